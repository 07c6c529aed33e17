"""How an operation's arguments are declared (the functional layer's and the resources'
signatures) and how a call is written in the method reference (api.md).

One list of parameters per method, in the order Python takes them: path parameters
positional, then keyword-only the client (functional layer), the body (its fields, when they
are the method's keywords), the query, header and cookie parameters, and ``options``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty

from generator.specs import text


@dataclass(frozen=True)
class Parameter:
    """One parameter of a generated signature."""

    name: str
    type: str
    """The annotation, as Python source (an enum also accepts the ``Literal`` of its values)."""
    default: str | None
    """The default, as Python source; None: required."""
    positional: bool
    description: str = ""

    @property
    def declaration(self) -> str:
        """``name: type = default``, as the signature declares it."""
        return f"{self.name}: {self.type}" + (f" = {self.default}" if self.default else "")

    @property
    def in_call(self) -> str:
        """The parameter as a call is written in the reference: ``name`` or ``name=...``."""
        return self.name if self.default is None else f"{self.name}=..."


OPTIONS = Parameter(
    "options",
    "RequestOptions | None",
    "None",
    positional=False,
    description="Per-call settings: timeout, deadline, retries, headers, query.",
)


def signature_parameters(
    endpoint: Any,
    *,
    include_client: bool = False,
    flat_body: Sequence[Any] | None = None,
    optional_body: bool = False,
    parameter_docs: dict[str, str] | None = None,
) -> list[Parameter]:
    """Return the parameters of a call of ``endpoint`` (an openapi-python-client endpoint).

    ``flat_body``: the body model's fields, taken as keywords instead of a ``body`` argument;
    with ``optional_body`` every one of them may be left out. ``parameter_docs``: the spec's
    description of each parameter, by Python name.
    """
    docs = parameter_docs or {}
    parameters = [_parameter(p, docs, positional=True) for p in endpoint.path_parameters]
    if include_client:
        parameters.append(Parameter("client", "BaseClient", None, positional=False))
    if flat_body is not None:
        for prop in flat_body:
            parameter = _parameter(prop, {}, positional=False)
            if optional_body and prop.required:
                parameter = Parameter(
                    parameter.name,
                    f"{parameter.type} | Unset",
                    "UNSET",
                    positional=False,
                    description=parameter.description,
                )
            parameters.append(parameter)
    elif endpoint.bodies:
        bodies = endpoint.bodies
        required = all(body.prop.required for body in bodies)
        if len(bodies) == 1:
            kind = accepted_type(bodies[0].prop)
        else:
            kind = " | ".join(accepted_type(b.prop, no_optional=True) for b in bodies)
            kind += "" if required else " | Unset"
        parameters.append(
            Parameter(
                "body",
                kind,
                None if required else "UNSET",
                positional=False,
                description="The request body.",
            )
        )
    for prop in endpoint.query_parameters + endpoint.header_parameters + endpoint.cookie_parameters:
        parameters.append(_parameter(prop, docs, positional=False))
    parameters.append(OPTIONS)
    return parameters


def declarations(parameters: Sequence[Parameter]) -> list[str]:
    """The parameters as the ``def`` line lists them, ``*`` before the first keyword-only."""
    written: list[str] = []
    for parameter in parameters:
        if not parameter.positional and "*" not in written:
            written.append("*")
        written.append(parameter.declaration)
    return written


def call_arguments(parameters: Sequence[Parameter]) -> str:
    """The parameters as a call is written in the reference: ``org, *, page=..., options=...``."""
    written: list[str] = []
    for parameter in parameters:
        if not parameter.positional and "*" not in written:
            written.append("*")
        written.append(parameter.in_call)
    return ", ".join(written)


def accepted_type(prop: Any, *, no_optional: bool = False) -> str:
    """The annotation of ``prop`` as an argument: an enum also accepts the ``Literal`` of its
    values, so ``plan="hobby"`` type-checks as well as ``plan=Plan.HOBBY``."""
    annotation = str(prop.get_type_string(no_optional=no_optional).as_unembedded_code())
    enum = widened_enum(prop)
    if enum is None:
        return annotation
    values = ", ".join(python_literal(value) for value in enum.values.values())
    name = str(enum.class_info.name)
    return re.sub(
        rf"(?<![\w.]){re.escape(name)}(?![\w.])", f"{name} | Literal[{values}]", annotation, count=1
    )


def widened_enum(prop: Any) -> EnumProperty | None:
    """The enum of ``prop`` when the argument also takes its values as strings (or integers):
    an enum, maybe nullable (a list stays ``list[Enum]``: lists are invariant)."""
    if isinstance(prop, EnumProperty):
        return prop
    if isinstance(prop, UnionProperty):
        inner = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        if len(inner) == 1 and isinstance(inner[0], EnumProperty):
            return inner[0]
    return None


def field_value(prop: Any) -> str:
    """The expression that passes the argument of ``prop`` to the body model: a value of an
    enum given as its string becomes the member (the model's field holds the enum)."""
    enum = widened_enum(prop)
    name = str(prop.python_name)
    return f"as_member({enum.class_info.name}, {name})" if enum is not None else name


def python_literal(value: str | int) -> str:
    """``value`` (a string or integer from the spec) as a Python literal."""
    return repr(value)


def _parameter(prop: Any, docs: dict[str, str], *, positional: bool) -> Parameter:
    name = str(prop.python_name)
    if prop.default is not None:
        default: str | None = prop.default.python_code.as_unembedded_code()
    elif not prop.required:
        default = "UNSET"
    else:
        default = None
    description = docs.get(name) or " ".join(text(prop.description or "").split())
    return Parameter(name, accepted_type(prop), default, positional, description)


def expand_maps(annotation: object, maps: Mapping[str, str]) -> str:
    """Spell the names of maps of builtin values out (``dict[str, int]``) in ``annotation``."""
    source = (
        annotation.as_unembedded_code()
        if hasattr(annotation, "as_unembedded_code")
        else str(annotation)
    )
    if not maps:
        return source
    pattern = r"\b(" + "|".join(sorted(maps, key=len, reverse=True)) + r")\b"
    return re.sub(pattern, lambda found: maps[found.group(1)], source)
