"""``python_name``: any text becomes a Python identifier that is what Python reads, avoids
what is taken, fits a file name, and never meets another text's name silently."""

from __future__ import annotations

import keyword
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.identifiers import MAX_NAME_BYTES, Namespace, Rules, python_name

texts = st.text(st.characters(codec="utf-8"), max_size=400) | st.sampled_from(
    ["class", "list", "self", "to_dict", "\uff49\uff44", "\u0130stanbul", "2fa", "", "!!!"]
)
styles = st.sampled_from(["snake", "upper", "pascal"])
SETTINGS = settings(max_examples=400, deadline=None, database=None, derandomize=True)


@SETTINGS
@given(text=texts, style=styles)
def test_a_name_is_an_identifier_python_reads_as_written(text: str, style: str) -> None:
    rules = Rules(style)  # type: ignore[arg-type]
    name = python_name(text, rules=rules)
    assert name.isidentifier()
    assert unicodedata.normalize("NFKC", name) == name  # what the compiler reads
    assert not keyword.iskeyword(name)
    assert len(name.encode()) <= MAX_NAME_BYTES
    assert python_name(text, rules=rules) == name  # deterministic


@SETTINGS
@given(text=texts)
def test_openapi_python_client_leaves_our_names_as_they_are(text: str) -> None:
    """It derives module, function and folder names from ours (generator/parse.py)."""
    name = python_name(text, rules=Rules(prefix="field_"))
    assert PythonIdentifier(name, "field_") == name
    pascal = python_name(text, rules=Rules("pascal", prefix="Field"))
    assert ClassName(pascal, "Field") == pascal


@SETTINGS
@given(texts=st.lists(texts, min_size=2, max_size=8, unique=True))
def test_different_texts_never_get_one_name(texts: list[str]) -> None:
    namespace = Namespace("fields", Rules(reserved=frozenset({"to_dict"})))
    names = [namespace.name(text) for text in texts]
    assert len(set(names)) == len(names)
    assert "to_dict" not in names
    wanted = [python_name(text, rules=namespace.rules) for text in texts]
    renamed = sum(1 for want, got in zip(wanted, names, strict=True) if want != got)
    assert len(namespace.warnings) == renamed  # each rename said, naming both texts


def test_fullwidth_letters_are_the_ascii_name_and_collide_with_it() -> None:
    fields = Namespace("schema Thing")
    assert [fields.name("id"), fields.name("\uff49\uff44")] == ["id", "id_2"]
    assert fields.warnings == [
        "schema Thing: '\uff49\uff44' and 'id' would both be 'id' in Python; "
        "'\uff49\uff44' is 'id_2'"
    ]


def test_keywords_builtins_and_reserved_names_get_a_suffix() -> None:
    assert python_name("class") == "class_"
    assert python_name("list") == "list_"
    assert python_name("list", rules=Rules(builtins=False)) == "list"  # an attribute
    assert python_name("to_dict", rules=Rules(reserved=frozenset({"to_dict"}))) == "to_dict_"
    reserved = frozenset({"Operation"})
    assert python_name("Operation", rules=Rules("pascal", reserved, suffix="Model")) == (
        "OperationModel"
    )


def test_a_long_name_is_cut_and_keeps_its_texts_apart() -> None:
    first, second = "get" + "x" * 300 + "a", "get" + "x" * 300 + "b"
    names = {python_name(first), python_name(second)}
    assert len(names) == 2
    assert all(len(name.encode()) <= MAX_NAME_BYTES for name in names)


def test_a_text_with_no_letter_gets_the_fallback_or_the_prefix() -> None:
    assert python_name("!!!", fallback="default") == "default"
    assert python_name("2fa", rules=Rules(prefix="field_")) == "field_2fa"
    assert python_name("a-b", rules=Rules("upper")) == python_name("a_b", rules=Rules("upper"))
