"""What the templates are given about one API, derived from its spec and its config file.

Everything the runtime decides per API comes from here: names, servers, security schemes and
each operation's requirement, accepted media types, pagination, the package version.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.schema.untrusted_string import UntrustedString

from generator.auth import Scheme, Security, resolve_security
from generator.config import ClientSpec
from generator.errors import GenerationError
from generator.escaping import spec_text, untrusted
from generator.examples import readme_examples
from generator.identifiers import Namespace, Rules, python_name
from generator.names import RESERVED_CLASS_NAMES
from generator.operations import (
    OperationView,
    accept_header,
    deprecated_fields,
    deprecated_parameters,
    deprecation,
    parameter_docs,
    parameter_styles,
    replies,
)
from generator.pagination import resolve_pagination
from generator.parse import DocumentNames, document_names
from generator.resources import OperationRef, place_operations
from generator.specs import Spec, text
from generator.versions import package_version

STUB_ATTRIBUTES = frozenset(
    {"allow_unexpected", "allow_unused", "calls", "close", "failures", "verify"}
)
"""The public attributes of the runtime's ``Stub`` (templates/runtime/_testing/stubs.py.jinja)."""

RUNTIME_CLASSES = {
    "api_key": "ApiKey",
    "basic": "HTTPBasic",
    "bearer": "BearerToken",
    "http_scheme": "HTTPScheme",
    "access_token": "AccessToken",
    "client_credentials": "ClientCredentials",
}


@dataclass(frozen=True)
class MethodView:
    """One method of a resource: the operation it calls and how its arguments are written."""

    name: str
    endpoint: Any
    operation: OperationView
    module: str
    """The functional module, relative to the package: ``api.databases.list_databases``."""
    flat_body: tuple[Any, ...] | None
    """The body model's fields, taken as keyword arguments; None: a ``body`` argument."""
    body_class: str | None
    body_optional: bool = False
    """The body may be left out: its fields are all optional arguments, and it is sent only
    when one is given."""
    deprecation: str | None = None
    """The warning of a method the spec deprecates: its operation, or an argument it cannot
    be called without."""
    deprecated_arguments: Mapping[str, str] = field(default_factory=dict)
    """Python name → the warning of an optional argument (a parameter or body field) the spec
    deprecates: the method then has two overloads, the one taking them ``@deprecated``."""

    @property
    def deprecated(self) -> bool:
        """Whether type checkers flag every call of the method."""
        return self.deprecation is not None


@dataclass(frozen=True)
class ResourceView:
    """``client.<name>``: a tag's operations as methods, sync and async."""

    name: str
    class_name: str
    description: UntrustedString
    methods: tuple[MethodView, ...]
    imports: tuple[str, ...]
    shadowed: frozenset[str]
    """Builtins a method name hides inside the class (``list``): written ``builtins.list``."""


@dataclass(frozen=True)
class ApiView:
    """The ``api`` global of every template."""

    name: str
    title: UntrustedString
    spec: UntrustedString
    version: str
    api_version: UntrustedString
    description: UntrustedString
    package_summary: UntrustedString
    """One line for the package metadata's summary (PyPI)."""
    class_name: str
    env_prefix: str
    header: list[str]
    servers: list[dict[str, Any]]
    default_base_url: UntrustedString | None
    selectable_servers: bool
    security: Security
    positional: tuple[str, ...]
    hints: Mapping[str, str]
    argument_docs: Mapping[str, UntrustedString]
    auth_doc: list[UntrustedString]
    auth_classes: tuple[str, ...]
    composite_schemes: tuple[dict[str, Any], ...]
    error_model: str | None
    error_model_module: str | None
    operations: Mapping[str, OperationView] = field(default_factory=dict)
    resources: tuple[ResourceView, ...] = ()
    examples: Mapping[str, Any] = field(default_factory=dict)
    """For the README: an operation to call, a list to paginate, how to pass credentials."""
    model_modules: frozenset[str] = frozenset()
    """The modules under models/ that hold a model class (not an enum)."""
    type_modules: Mapping[str, str] = field(default_factory=dict)
    """The module under models/ of each model and enum, by class name (what api.md links)."""
    model_classes: frozenset[str] = frozenset()
    """The models' class names (the others of ``type_modules`` are enums)."""
    maps: Mapping[str, str] = field(default_factory=dict)
    """Objects of open keys with builtin values, by name: what annotations spell them as
    (``dict[str, int]``), so a change of their value type is a change of the annotation."""
    warnings: tuple[str, ...] = ()
    """Names a collision changed (generation goes on; the generator prints them)."""
    alias_maps: frozenset[str] = frozenset()
    """Objects of open keys generated as ``dict[str, T]`` aliases: all but those on a
    reference cycle (an alias is evaluated at import, so it cannot wait for a model that
    needs it); those are classes holding only extra fields."""

    @property
    def schemes(self) -> tuple[Scheme, ...]:
        return self.security.schemes

    @property
    def used_schemes(self) -> tuple[Scheme, ...]:
        return tuple(s for s in self.security.used if s.derived_from is None)

    @property
    def public_operations(self) -> bool:
        """Whether some operation of an API with credentials sends none."""
        return _has_public_operations(self.security)

    @property
    def has_client_credentials(self) -> bool:
        return any(s.kind == "client_credentials" for s in self.used_schemes)

    @property
    def auth_exports(self) -> tuple[str, ...]:
        """The credential classes the package exports."""
        return tuple(
            sorted({*self.auth_classes, *(c["class_name"] for c in self.composite_schemes)})
        )

    @property
    def stub_class(self) -> str:
        """The stub of ``testing.py``: ``PlanetScaleStub`` for ``PlanetScaleClient``."""
        name = self.class_name.removesuffix("Client")
        return f"{self.class_name}Stub" if name in ("", "Stub") else f"{name}Stub"

    def stub_attribute(self, resource: ResourceView) -> str:
        """``stub.<name>`` of ``resource`` in ``testing.py``: its name on the client, unless that
        is one of the stub's own attributes (``calls``): then with an underscore after it."""
        return f"{resource.name}_" if resource.name in STUB_ATTRIBUTES else resource.name

    def resource_stub_class(self, resource: ResourceView) -> str:
        """The stubs of ``resource``'s methods in ``testing.py``: ``DatabasesStub``."""
        name = f"{resource.class_name}Stub"
        return f"{resource.class_name}ResourceStub" if name == self.stub_class else name

    def operation(self, key: str) -> OperationView:
        return self.operations[key]

    def imports_a_model(self, line: str) -> bool:
        """Whether an import line of a model module imports another model (not an enum)."""
        found = re.match(r"from \.+(?:models\.)?(\w+) import", line)
        return found is not None and found.group(1) in self.model_modules

    def composite_class(self, scheme: str) -> str | None:
        """The generated credential class of an API key built from several arguments."""
        return next((c["class_name"] for c in self.composite_schemes if c["name"] == scheme), None)


def build_api_view(
    client: ClientSpec, spec: Spec, header: list[str], openapi: GeneratorData, prefix: str
) -> ApiView:
    """Return the template context of ``client``, whose spec openapi-python-client parsed."""
    document = spec.document
    models = {str(m.class_info.name): str(m.class_info.module_name) for m in openapi.models}
    endpoints: dict[str, Any] = {
        str(endpoint.name): endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    info = document.get("info") or {}
    title = client.api_title(document)
    names = document_names(document, prefix)
    keys = dict(names.operations)
    security = resolve_security(client, document, keys)
    servers = _servers(document)
    default_base_url = client.base_url or _default_server_url(servers)
    used = tuple(s for s in security.used if s.derived_from is None)
    positional = used[0].argument_names if used else ()
    error_model = client.error_model
    if error_model is not None and error_model not in models:
        raise GenerationError(
            f"{client.relative(client.config)}: error_model {error_model!r} is not a model of "
            "the spec (leave it out: error bodies are then kept raw)"
        )
    operation_ids = {
        key: str(document["paths"][path][method].get("operationId") or key)
        for (path, method), key in keys.items()
    }
    pagination = resolve_pagination(client, endpoints.values(), operation_ids)
    placements, renamed = place_operations(
        client,
        [
            OperationRef(
                key=key,
                operation_id=str(document["paths"][path][method].get("operationId") or ""),
                tag=names.tag(document["paths"][path][method]),
                path=path,
            )
            for (path, method), key in keys.items()
            if key in endpoints
        ],
    )
    operations: dict[str, OperationView] = {}
    for (path, method), key in keys.items():
        operation = document["paths"][path][method]
        endpoint = endpoints.get(key)
        successes, failures = replies(endpoint) if endpoint is not None else ((), ())
        placement = placements.get(key)
        what = f"`{placement.dotted if placement else key}()`"
        operations[key] = OperationView(
            key=key,
            path=path,
            method=method,
            security=security.operations.get(key),
            accept=accept_header(operation, document),
            pagination=pagination.get(key),
            placement=placement,
            successes=successes,
            failures=failures,
            summary=spec_text(text(operation.get("summary"))),
            description=spec_text(str(operation.get("description") or "").strip()),
            parameter_docs=parameter_docs(document, path, operation, endpoint),
            parameter_styles=parameter_styles(document, path, operation, endpoint),
            deprecation=deprecation(what, operation),
            deprecated_parameters=deprecated_parameters(document, path, operation, endpoint, what),
        )
    return ApiView(
        name=client.name,
        title=spec_text(title),
        spec=spec_text(client.relative(client.spec)),
        version=package_version(client, str(info.get("version", ""))),
        api_version=spec_text(str(info.get("version", ""))),
        description=spec_text(str(info.get("description", "")).strip()),
        package_summary=spec_text(
            " ".join(
                f"Typed Python client for the {title} (API version {info.get('version', '')}), "
                "generated from its OpenAPI document.".split()
            )
        ),
        class_name=client.class_name,
        env_prefix=client.env_prefix,
        header=header,
        servers=servers,
        default_base_url=spec_text(default_base_url.rstrip("/")) if default_base_url else None,
        selectable_servers=len(servers) > 1 or any(s["variables"] for s in servers),
        security=security,
        positional=positional,
        hints={s.name: _instruction(s, security, client.class_name) for s in security.schemes},
        argument_docs={
            argument.name: spec_text(_argument_doc(scheme, argument.name, argument.env))
            for scheme in used
            for argument in scheme.arguments
        },
        auth_doc=[spec_text(line) for line in _auth_doc(client, security, used)],
        # Every kind, whatever the spec declares: a scheme it drops must not remove an export.
        auth_classes=tuple(sorted(RUNTIME_CLASSES.values())),
        composite_schemes=_composites(client, used),
        error_model=error_model,
        error_model_module=models[error_model] if error_model else None,
        operations=operations,
        resources=_resources(document, names, openapi, operations, models),
        examples=readme_examples(client, openapi, operations, used, default_base_url is None),
        model_modules=frozenset(models.values()),
        model_classes=frozenset(models),
        type_modules={
            **models,
            **{str(e.class_info.name): str(e.class_info.module_name) for e in openapi.enums},
        },
        maps=_maps(openapi),
        alias_maps=_alias_maps(openapi),
        warnings=tuple(renamed),
    )


def _servers(document: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The spec's servers, their texts marked for escaping."""
    servers = []
    for server in document.get("servers") or []:
        variables = {
            spec_text(name): {
                "default": spec_text(str(variable.get("default", ""))),
                "enum": tuple(spec_text(str(v)) for v in variable.get("enum") or ()),
            }
            for name, variable in (server.get("variables") or {}).items()
        }
        servers.append(
            {
                "url": spec_text(str(server.get("url", ""))),
                "description": spec_text(" ".join(str(server.get("description", "")).split())),
                "variables": variables,
            }
        )
    return servers


def _default_server_url(servers: list[dict[str, Any]]) -> str | None:
    """The first server's URL with its variables' defaults, if it is absolute."""
    if not servers:
        return None
    first = servers[0]
    defaults = {untrusted(name): untrusted(v["default"]) for name, v in first["variables"].items()}
    url = re.sub(
        r"{(\w+)}", lambda m: defaults.get(m.group(1), m.group(0)), untrusted(first["url"])
    )
    return url if url.startswith(("http://", "https://")) and "{" not in url else None


def _is_composite(scheme: Scheme) -> bool:
    return scheme.kind == "api_key" and (len(scheme.arguments) > 1 or len(scheme.formats) > 1)


def _composites(client: ClientSpec, used: tuple[Scheme, ...]) -> tuple[dict[str, Any], ...]:
    """The credential classes of API keys built from several arguments (``ServiceToken``)."""
    reserved = {client.class_name, f"Async{client.class_name}", *RUNTIME_CLASSES.values()}
    rules = Rules("pascal", frozenset(reserved | RESERVED_CLASS_NAMES), suffix="Key")
    classes = Namespace("security schemes", rules)
    return tuple(
        {
            "name": spec_text(scheme.name),
            "class_name": classes.name(scheme.name, fallback="ApiKey"),
            "description": spec_text(scheme.description),
            "location": scheme.location,
            "parameter": spec_text(scheme.parameter),
            "formats": scheme.formats,
            "format_argument": scheme.format_argument,
            "arguments": scheme.arguments,
            "shown": [a.name for a in scheme.arguments if not a.secret],
            "needs": spec_text(
                f"{scheme.name} needs {' and '.join(a.name for a in scheme.arguments)}"
            ),
        }
        for scheme in used
        if _is_composite(scheme)
    )


def _hint(scheme: Scheme, security: Security) -> str:
    if scheme.derived_from is not None:
        source = next(s for s in security.schemes if s.name == scheme.derived_from)
        return _hint(source, security)
    names = " and ".join(a.name for a in scheme.arguments)
    env = " and ".join(a.env for a in scheme.arguments if a.env)
    return f"{names} (or set {env})" if env else names


_KIND_WORDS = {
    "api_key": "an API key",
    "basic": "HTTP Basic credentials",
    "bearer": "a bearer token",
    "http_scheme": "an HTTP credential",
    "access_token": "an OAuth2 access token",
    "client_credentials": "OAuth2 client credentials",
}


def _instruction(scheme: Scheme, security: Security, class_name: str) -> str:
    """How to give the client ``scheme``, for the error of an operation that needs it:
    ``petstore_auth (an OAuth2 access token: pass petstore_token=... to PetstoreClient() or
    set PETSTORE_TOKEN)``."""
    source = scheme
    if scheme.derived_from is not None:
        source = next(s for s in security.schemes if s.name == scheme.derived_from)
    arguments = ", ".join(f"{a.name}=..." for a in source.arguments)
    env = " and ".join(a.env for a in source.arguments if a.env)
    how = f"pass {arguments} to {class_name}()" + (f" or set {env}" if env else "")
    return f"{scheme.name} ({_KIND_WORDS[source.kind]}: {how})"


def _argument_doc(scheme: Scheme, name: str, env: str | None) -> str:
    what = {
        "api_key": f"the ``{scheme.name}`` API key (sent as the {scheme.location} "
        f"``{scheme.parameter}``)",
        "basic": f"HTTP Basic credentials of ``{scheme.name}``",
        "bearer": f"the ``{scheme.name}`` bearer token",
        "http_scheme": f"the ``{scheme.name}`` credential (sent as ``Authorization: "
        f"{scheme.parameter} <credential>``)",
        "access_token": f"an OAuth2 access token for ``{scheme.name}``",
        "client_credentials": f"OAuth2 client credentials of ``{scheme.name}`` (token from "
        f"``{scheme.token_url}``)",
    }[scheme.kind]
    lead = f"Part of {what}" if len(scheme.arguments) > 1 else what[:1].upper() + what[1:]
    return lead + (f"; read from ``{env}`` when not given." if env else ".")


def _auth_doc(client: ClientSpec, security: Security, used: tuple[Scheme, ...]) -> list[str]:
    if not used:
        return ["The API's spec declares no credentials: calls are sent without any."]
    lines = ["Credentials (any one of the spec's alternatives; see ``SECURITY``):"]
    for scheme in used:
        lines.append(f"- ``{scheme.name}``: {_hint(scheme, security)}.")
    if _has_public_operations(security):
        lines.append("Operations the spec marks public send none.")
    return lines


def _has_public_operations(security: Security) -> bool:
    requirements = security.operations.values()
    return any(not alternative for req in requirements for alternative in req) or any(
        not req for req in requirements
    )


_RESOURCE_MODULE_NAMES = frozenset(
    {
        "Any",
        "AsyncAPIResource",
        "AsyncPaginator",
        "File",
        "RequestOptions",
        "Response",
        "SyncAPIResource",
        "SyncPage",
        "UNSET",
        "Unset",
    }
)
"""What templates/resources/resource.py.jinja imports beside the models."""
_BUILTINS = frozenset({"list", "dict", "set", "type", "str", "int", "float", "bool", "bytes"})


def _resources(
    document: Mapping[str, Any],
    names: DocumentNames,
    openapi: GeneratorData,
    operations: Mapping[str, OperationView],
    models: Mapping[str, str],
) -> tuple[ResourceView, ...]:
    """Group the operations into resources, in document order."""
    folders: dict[str, str] = {}
    endpoints: dict[str, Any] = {}
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            folders.setdefault(endpoint.name, str(tag))
            endpoints.setdefault(endpoint.name, endpoint)
    grouped: dict[str, list[MethodView]] = {}
    imports: dict[str, set[str]] = {}
    for key, operation in operations.items():
        if operation.placement is None or key not in endpoints:
            continue
        endpoint = endpoints[key]
        flat, body_class = _flat_body(endpoint)
        optional = flat is not None and not any(b.prop.required for b in endpoint.bodies)
        what = f"`{operation.placement.dotted}()`"
        node = document["paths"][operation.path][operation.method]
        arguments = {
            **operation.deprecated_parameters,
            **deprecated_fields(document, node, flat, what),
        }
        needed = [
            arguments.pop(name)
            for name in _required_arguments(endpoint, flat, optional)
            if name in arguments
        ]
        grouped.setdefault(operation.placement.resource, []).append(
            MethodView(
                name=operation.placement.method,
                endpoint=endpoint,
                operation=operation,
                module=f"api.{folders[key]}.{key}",
                flat_body=flat,
                body_class=body_class,
                body_optional=optional,
                deprecation="; ".join(filter(None, [operation.deprecation, *needed])) or None,
                deprecated_arguments=arguments,
            )
        )
        lines = imports.setdefault(operation.placement.resource, set())
        lines.update(line.replace("from ...", "from ..") for line in endpoint.relative_imports)
        if operation.pagination is not None:
            lines.update(
                line.replace("from ...", "from ..") for line in operation.pagination.imports
            )
        for prop in flat or ():  # the types of the body's fields, now arguments
            lines.update(prop.get_imports(prefix=".."))
            lines.update(prop.get_lazy_imports(prefix=".."))
    descriptions: dict[str, str] = {}
    for tag in document.get("tags") or []:
        if isinstance(tag, Mapping) and str(tag.get("name")) in names.tags:
            descriptions.setdefault(
                names.tags[str(tag.get("name"))],
                " ".join(str(tag.get("description") or "").split()),
            )
    # A resource module imports its models and defines Name, AsyncName, NameRaw, AsyncNameRaw.
    taken = {*models, *_RESOURCE_MODULE_NAMES}
    taken |= {m.removeprefix("Async").removesuffix("Raw") for m in taken}
    views = []
    for name, methods in grouped.items():
        class_name = python_name(name, rules=Rules("pascal", frozenset(taken), suffix="Resource"))
        taken.add(class_name)
        views.append(
            ResourceView(
                name=name,
                class_name=class_name,
                description=spec_text(descriptions.get(name, "")),
                methods=tuple(methods),
                imports=tuple(sorted(imports[name])),
                shadowed=frozenset(m.name for m in methods) & _BUILTINS,
            )
        )
    return tuple(views)


def _required_arguments(endpoint: Any, flat: tuple[Any, ...] | None, optional: bool) -> list[str]:
    """The Python names of the arguments a method cannot be called without."""
    names = [str(p.python_name) for p in endpoint.path_parameters]
    names += [
        str(p.python_name)
        for p in [
            *endpoint.query_parameters,
            *endpoint.header_parameters,
            *endpoint.cookie_parameters,
        ]
        if p.required
    ]
    if not optional:
        names += [str(p.python_name) for p in flat or () if p.required]
    return names


def _flat_body(endpoint: Any) -> tuple[tuple[Any, ...] | None, str | None]:
    """The object body whose fields are the method's keyword arguments, and its class.

    The first body that is a model with fields (a JSON body, when the operation also takes
    the same model as a form): its other media types or its being optional do not change
    how callers write the call. A body that may also be something else (text, a file) is one
    ``body`` argument instead.
    """
    body = next(
        (
            b
            for b in endpoint.bodies
            if isinstance(b.prop, ModelProperty)
            and str(b.body_type.value) != "content"
            and (b.prop.required_properties or b.prop.optional_properties)
        ),
        None,
    )
    if body is None:
        return None, None
    prop = body.prop
    own_type = prop.get_type_string(no_optional=True)
    if any(b.prop.get_type_string(no_optional=True) != own_type for b in endpoint.bodies):
        return None, None  # text or a file besides: a ``body`` argument of either type
    fields = [*(prop.required_properties or []), *(prop.optional_properties or [])]
    taken = {str(p.python_name) for p in endpoint.list_all_parameters()} | {"self", "options"}
    if any(str(f.python_name) in taken for f in fields):
        return None, None
    return tuple(fields), prop.get_type_string(no_optional=True).as_unembedded_code()


_PLAIN = re.compile(r"(str|int|float|bool|Any|None)( \| (str|int|float|bool|Any|None))*")


def _alias_maps(openapi: GeneratorData) -> frozenset[str]:
    modules = {str(m.class_info.module_name): str(m.class_info.name) for m in openapi.models}
    refers: dict[str, set[str]] = {}
    for model in openapi.models:
        lines = {*(model.relative_imports or ()), *(model.lazy_imports or ())}
        extra: Any = model.additional_properties
        if hasattr(extra, "get_imports"):  # None, True, or a property
            lines |= {*extra.get_imports(prefix=".."), *extra.get_lazy_imports(prefix="..")}
        refers[str(model.class_info.name)] = {
            modules[found.group(1)]
            for line in lines
            if (found := re.match(r"from \.+models\.(\w+) import", line))
            and found.group(1) in modules
        }
    maps = {
        str(m.class_info.name)
        for m in openapi.models
        if not (m.required_properties or m.optional_properties) and m.additional_properties
    }
    return frozenset(name for name in maps if not _reaches(refers, name, name))


def _reaches(refers: Mapping[str, set[str]], start: str, target: str) -> bool:
    seen: set[str] = set()
    stack = list(refers.get(start, ()))
    while stack:
        name = stack.pop()
        if name == target:
            return True
        if name not in seen:
            seen.add(name)
            stack.extend(refers.get(name, ()))
    return False


def _maps(openapi: GeneratorData) -> dict[str, str]:
    maps = {}
    for model in openapi.models:
        extra = model.additional_properties
        if model.required_properties or model.optional_properties or extra is None:
            continue
        value = extra.get_type_string().as_unembedded_code()
        if _PLAIN.fullmatch(value):
            maps[str(model.class_info.name)] = f"dict[str, {value}]"
    return maps
