"""The one redaction path (``_redaction.py``, the same in every generated package): a secret is
found in any encoding a server may echo it in, character by character, and a short one only as
a whole token."""

from __future__ import annotations

import base64
import json
from urllib.parse import quote, quote_plus

import httpx
from hypothesis import given
from hypothesis import strategies as st
from planetscale_client._redaction import Redactor
from planetscale_client.errors import APIConnectionError, redact_error

PRINTABLE = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
SECRETS = st.text(PRINTABLE, min_size=8, max_size=40)
AROUND = st.text(max_size=30)


def _forms(character: str) -> list[str]:
    """Every form one character of a secret can be echoed in."""
    code = ord(character)
    forms = [
        character,
        f"%{code:02X}",
        f"%{code:02x}",
        f"%25{code:02X}",
        f"\\u{code:04x}",
        f"\\u{code:04X}",
        f"&#{code};",
        f"&#x{code:x};",
    ]
    if character == " ":
        forms.append("+")
    if not character.isalnum():
        forms.append("\\" + character)
    return forms


@st.composite
def echoed(draw: st.DrawFn) -> tuple[str, str]:
    """A secret and one way a server may echo it: each character in a form of its own."""
    secret = draw(SECRETS)
    return secret, "".join(draw(st.sampled_from(_forms(c))) for c in secret)


@given(echoed(), AROUND, AROUND)
def test_a_secret_echoed_in_any_mix_of_encodings_is_redacted(
    echo: tuple[str, str], before: str, after: str
) -> None:
    secret, form = echo

    redacted = Redactor([secret]).text(before + form + after)

    assert form not in redacted
    assert "***" in redacted


@given(SECRETS, AROUND, AROUND)
def test_the_usual_encodings_of_a_whole_secret_are_redacted(
    secret: str, before: str, after: str
) -> None:
    redactor = Redactor([secret])
    for form in (
        secret,
        quote(secret, safe=""),
        quote_plus(secret, safe=""),
        json.dumps(secret)[1:-1],
        json.dumps(secret)[1:-1].replace("/", "\\/"),
        repr(secret)[1:-1],
    ):
        assert form not in redactor.text(before + form + after), form


@given(SECRETS, st.text(PRINTABLE, min_size=1, max_size=20))
def test_a_basic_pair_is_redacted_in_base64(password: str, username: str) -> None:
    pair = f"{username.replace(':', '')}:{password}"
    encoded = base64.b64encode(pair.encode()).decode()

    assert encoded not in Redactor([pair, encoded, password]).text(f"Basic {encoded}")


@given(st.text(st.characters(min_codepoint=0x61, max_codepoint=0x7A), min_size=1, max_size=7))
def test_a_short_secret_is_redacted_as_a_whole_token_only(secret: str) -> None:
    redactor = Redactor([secret])

    assert redactor.text(f"[{secret}]") == "[***]"
    assert redactor.text(f'{{"": "{secret}"}}') == '{"": "***"}'
    word = f"0{secret}9"
    assert redactor.text(f"-{word}-") == f"-{word}-"  # inside a word: left alone


def test_a_one_letter_secret_leaves_a_url_readable() -> None:
    url = "http://127.0.0.1:8000/products/widgets?key=t"

    assert Redactor(["t"]).text(url) == "http://127.0.0.1:8000/products/widgets?key=***"


def test_headers_and_urls_are_redacted() -> None:
    import httpx  # noqa: PLC0415 - one use

    redactor = Redactor(["key with space/and+plus"])
    url = httpx.URL("https://api.test/v1", params={"api_key": "key with space/and+plus"})

    assert str(redactor.url(url)) == "https://api.test/v1?api_key=***"
    assert redactor.headers({"Authorization": "x", "X-Echo": "key with space/and+plus!"}) == {
        "Authorization": "***",
        "X-Echo": "***!",
    }


def test_redact_error_takes_the_secrets_themselves_as_in_1_0_0() -> None:
    """``errors.redact_error(error, secrets)``: 1.0.0 exported it taking the strings; it still
    does (and also takes a client's ``Redactor``), through its chain."""
    request = httpx.Request("GET", "https://api.example/v1?key=s3cret-value-1")
    error = APIConnectionError(request, "cannot reach s3cret-value-1")
    error.__cause__ = ValueError("s3cret-value-1 refused")
    redact_error(error, ["s3cret-value-1"])
    assert "s3cret-value-1" not in str(error)
    assert error.__cause__ is None
    second = APIConnectionError(request, "token s3cret-value-2")
    redact_error(second, Redactor(["s3cret-value-2"]))
    assert "s3cret-value-2" not in str(second)
