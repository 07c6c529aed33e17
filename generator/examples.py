"""What the package README shows, picked from the spec so that every example runs as written
(the tests run each README code block against Prism serving the spec)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openapi_python_client.parser import GeneratorData

from generator.auth import Scheme
from generator.config import ClientSpec
from generator.escaping import py_literal
from generator.operations import OperationView

_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def readme_examples(
    client: ClientSpec,
    openapi: GeneratorData,
    operations: Mapping[str, OperationView],
    used: tuple[Scheme, ...],
    needs_base_url: bool,
) -> dict[str, Any]:
    """Return the README's examples: a GET that needs only path parameters, a paginated list,
    and the client built with each alternative's credentials."""
    call = listing = fallback = None
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            operation = operations[str(endpoint.name)]
            others = [
                p for p in endpoint.list_all_parameters() if p not in endpoint.path_parameters
            ]
            simple = not any(p.required for p in others) and not any(
                b.prop.required for b in endpoint.bodies
            )
            values = [_value(p) for p in endpoint.path_parameters]
            received = [
                f"UUID({v})" if type(p).__name__ == "UUIDProperty" else v
                for p, v in zip(endpoint.path_parameters, values, strict=True)
            ]
            size = operation.pagination.size if operation.pagination else None
            example = {
                "module": f"{client.package_name}.api.{tag}",
                "function": str(endpoint.name),
                "method": operation.placement.dotted if operation.placement else "",
                "args": ", ".join(values),
                "call_args": "".join(f"{v}, " for v in values),
                "kwargs": "".join(
                    f", {p.python_name}={v}"
                    for p, v in zip(endpoint.path_parameters, values, strict=True)
                ),
                # what a stub records of the call: its arguments as the method takes them
                "received": "{"
                + ", ".join(
                    f'"{p.python_name}": {v}'
                    for p, v in zip(endpoint.path_parameters, received, strict=True)
                )
                + "}",
                "uses_uuid": any(v.startswith("UUID(") for v in received),
                # a page size small enough for the README's three stubbed items
                "page_size": f"{', ' if values else ''}{size}=2" if size else "",
            }
            if call is None and endpoint.method == "get" and simple:
                call = example
            fallback = fallback or example
            if listing is None and operation.pagination and simple:
                listing = example
    base = ['base_url="https://..."'] if needs_base_url else []
    constructors = []
    credentials = []
    for scheme in used:
        arguments = ", ".join([*(f'{a.name}="..."' for a in scheme.arguments), *base])
        credentials.append(arguments)
        env = " and ".join(a.env for a in scheme.arguments if a.env)
        note = f"  # or set {env}" if env else ""
        constructors.append(f"client = {client.class_name}({arguments}){note}")
    if not constructors:
        credentials.append(", ".join(base))
        constructors.append(f"client = {client.class_name}({credentials[0]})")
    return {
        "call": call or fallback,
        "listing": listing,
        "constructors": constructors,
        "credentials": credentials[0],
        "and_credentials": f", {credentials[0]}" if credentials[0] else "",
    }


def _value(prop: Any) -> str:
    """A Python literal the parameter accepts (and a mock serving the spec too)."""
    kind = type(prop).__name__
    if kind == "UUIDProperty":
        return py_literal(_UUID)
    if kind in ("IntProperty", "FloatProperty"):
        return "1"
    if kind == "BooleanProperty":
        return "True"
    values = getattr(prop, "values", None)
    if isinstance(values, dict) and values:
        return py_literal(str(next(iter(values.values()))))
    example = getattr(prop, "example", None)
    if isinstance(example, str) and example:
        return py_literal(example)
    return py_literal(str(prop.python_name))
