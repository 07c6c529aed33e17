"""How a client authenticates, derived from the spec's ``securitySchemes`` and ``security``.

Each scheme becomes constructor arguments named after it (and environment variables named after
the API and the argument), and each operation gets the alternatives of its requirement: a tuple
of alternatives, each a tuple of scheme names that must all be sent (``security: []`` is no
alternative at all: nothing to send). The config file may rename arguments or compose an API
key from several values; nothing else is chosen by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.config import AuthOverride, ClientSpec
from generator.errors import GenerationError
from generator.identifiers import Rules, python_name
from generator.specs import HTTP_METHODS

Requirement = tuple[tuple[str, ...], ...]
"""Alternatives (any one suffices), each a set of schemes sent together."""

KINDS = ("api_key", "basic", "bearer", "http_scheme", "client_credentials", "access_token")
_API_KEY_LOCATIONS = ("header", "query", "cookie")


@dataclass(frozen=True)
class Argument:
    """One constructor argument that carries (part of) a credential."""

    name: str
    env: str | None
    secret: bool
    description: str


@dataclass(frozen=True)
class Scheme:
    """One security scheme, as the runtime applies it."""

    name: str
    kind: str
    arguments: tuple[Argument, ...]
    description: str = ""
    location: str = "header"
    """api_key: ``header``, ``query`` or ``cookie``."""
    parameter: str = "Authorization"
    """api_key: the header, query parameter or cookie name; http_scheme: the scheme's name
    (``Authorization: <parameter> <credential>``)."""
    formats: tuple[tuple[str, str], ...] = ()
    """api_key from several arguments: named templates of the value, the first the default."""
    format_argument: str | None = None
    token_url: str = ""
    """client_credentials: where tokens come from (may be relative to the base URL)."""
    token_body: bool = True
    """client_credentials: send ``grant_type=client_credentials`` (False when the spec documents
    the token operation with no request body)."""
    scopes: tuple[str, ...] = ()
    derived_from: str | None = None
    """basic: the client-credentials scheme whose id and secret it sends (a token endpoint's
    own scheme), so it needs no arguments of its own."""

    @property
    def argument_names(self) -> tuple[str, ...]:
        return tuple(argument.name for argument in self.arguments)


@dataclass(frozen=True)
class Security:
    """A client's schemes, its default requirement and each operation's own."""

    schemes: tuple[Scheme, ...]
    default: Requirement
    operations: Mapping[str, Requirement] = field(default_factory=dict)
    """Requirements that differ from ``default``, by operation key (the operation's name,
    generator/parse.py)."""
    warnings: tuple[tuple[str, str], ...] = ()
    """(JSON pointer, message): schemes the client cannot send, left out of every requirement."""

    def requirement(self, key: str) -> Requirement:
        return self.operations.get(key, self.default)

    @property
    def used(self) -> tuple[Scheme, ...]:
        """The schemes some operation asks for (the others need no arguments)."""
        names = {
            name for req in (self.default, *self.operations.values()) for alt in req for name in alt
        }
        return tuple(s for s in self.schemes if s.name in names)


def resolve_security(
    client: ClientSpec, document: Mapping[str, Any], operation_keys: Mapping[tuple[str, str], str]
) -> Security:
    """Return the client's security, checked against the spec.

    ``operation_keys`` maps ``(path, method)`` to the key the generated operation is known by.
    """
    everything = (document.get("components") or {}).get("securitySchemes") or {}
    unusable = {name: why for name, raw in everything.items() if (why := _unusable(raw))}
    declared = {name: raw for name, raw in everything.items() if name not in unusable}
    default = _requirement(document.get("security") or [], declared, unusable, "security")
    operations: dict[str, Requirement] = {}
    token_operations: dict[str, Requirement] = {}
    for path, method, operation in _operations(document):
        if "security" not in operation:
            continue
        where = f"paths.{path}.{method}.security"
        requirement = _requirement(operation["security"], declared, unusable, where)
        key = operation_keys[(path, method)]
        if requirement != default:
            operations[key] = requirement
        token_operations[path] = requirement
    unknown = set(client.auth) - set(declared)
    if unknown:
        raise GenerationError(
            f"{client.relative(client.config)}: auth names {sorted(unknown)}, which the spec "
            f"does not declare (its schemes: {sorted(declared)})"
        )
    schemes = tuple(
        _scheme(client, name, raw, document, token_operations) for name, raw in declared.items()
    )
    _check_argument_names(client, schemes)
    warnings = tuple(
        (
            f"/components/securitySchemes/{name.replace('~', '~0').replace('/', '~1')}",
            f"the client cannot send {name!r} ({why}): it is left out of every security "
            "requirement; an operation with no other alternative sends no credentials (pass "
            "them in RequestOptions headers)",
        )
        for name, why in unusable.items()
    )
    return Security(schemes, default, operations, warnings)


def _operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (document.get("paths") or {}).items():
        for method, operation in (item or {}).items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield path, method, operation


def _requirement(
    raw: list[Any], declared: Mapping[str, Any], unusable: Mapping[str, str], where: str
) -> Requirement:
    """The alternatives of a requirement, without those that need a scheme the client cannot
    send (a requirement of nothing but those is no longer "none": it becomes no alternative)."""
    alternatives = []
    for alternative in raw:
        names = tuple(alternative or {})
        if any(name in unusable for name in names):
            continue
        missing = [name for name in names if name not in declared]
        if missing:
            raise GenerationError(f"{where}: requires {missing}, which are not securitySchemes")
        alternatives.append(names)
    return tuple(alternatives)


def _unusable(raw: Any) -> str | None:
    """Why the client cannot send scheme ``raw``, or None if it can."""
    if not isinstance(raw, Mapping):
        return "not a Security Scheme Object"
    kind = raw.get("type")
    if kind == "apiKey" and raw.get("in") not in _API_KEY_LOCATIONS:
        return f"an API key in {raw.get('in')!r}, which is not a header, query or cookie"
    if kind == "http" and not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", str(raw.get("scheme"))):
        return f"the HTTP scheme {raw.get('scheme')!r} is not an HTTP authentication scheme name"
    if kind == "oauth2" and not isinstance(raw.get("flows"), Mapping):
        return "an OAuth2 scheme without flows"
    if kind not in ("apiKey", "http", "oauth2", "openIdConnect"):
        return f"type {kind!r}, which a client sets up outside HTTP requests or does not know"
    return None


def _scheme(
    client: ClientSpec,
    name: str,
    raw: Mapping[str, Any],
    document: Mapping[str, Any],
    token_operations: Mapping[str, Requirement],
) -> Scheme:
    override = client.auth.get(name, AuthOverride())
    kind = _kind(raw)
    stem = _stem(name)
    description = " ".join(str(raw.get("description", "")).split())
    if kind == "api_key":
        names = override.arguments or (_snake(name),)
        formats = tuple(override.formats.items()) or ((names[0], "{" + names[0] + "}"),)
        return Scheme(
            name,
            kind,
            _arguments(client, names, override, description),
            description,
            location=str(raw.get("in", "header")),
            parameter=str(raw.get("name", "")),
            formats=formats,
            format_argument=override.format_argument,
        )
    if kind == "basic":
        derived = _token_endpoint_client(name, document, token_operations)
        if derived is not None:
            return Scheme(name, kind, (), description, derived_from=derived)
        prefix = "" if stem in ("basic", "http") else f"{stem}_"
        names = override.arguments or (f"{prefix}username", f"{prefix}password")
        return Scheme(name, kind, _arguments(client, names, override, description), description)
    if kind == "client_credentials":
        flow = raw["flows"]["clientCredentials"]
        unique = (
            sum(1 for s in _declared(document).values() if _kind(s) == "client_credentials") == 1
        )
        prefix = "" if unique else f"{stem}_"
        names = override.arguments or (f"{prefix}client_id", f"{prefix}client_secret")
        return Scheme(
            name,
            kind,
            _arguments(client, names, override, description),
            description,
            token_url=str(flow["tokenUrl"]),
            token_body=_token_takes_body(document, str(flow["tokenUrl"])),
            scopes=tuple(flow.get("scopes") or {}),
        )
    if kind == "http_scheme":
        default_name = (
            _snake(name)
            if re.search(r"(token|key|credential)$", _snake(name))
            else (f"{stem}_credential")
        )
        names = override.arguments or (default_name,)
        return Scheme(
            name,
            kind,
            _arguments(client, names, override, description),
            description,
            parameter=str(raw.get("scheme")),
        )
    # bearer and access_token: one token, sent as Bearer
    default_name = _snake(name) if re.search(r"(token|key)$", _snake(name)) else f"{stem}_token"
    names = override.arguments or (default_name,)
    return Scheme(name, kind, _arguments(client, names, override, description), description)


def _declared(document: Mapping[str, Any]) -> Mapping[str, Any]:
    return (document.get("components") or {}).get("securitySchemes") or {}


def _kind(raw: Mapping[str, Any]) -> str:
    kind = raw.get("type")
    if kind == "apiKey":
        return "api_key"
    if kind == "http":
        scheme = str(raw.get("scheme", "")).lower()
        if scheme == "basic":
            return "basic"
        if scheme == "bearer":
            return "bearer"
        return "http_scheme"  # Authorization: <scheme> <credential>
    if kind == "oauth2":
        flows = raw.get("flows") or {}
        return "client_credentials" if "clientCredentials" in flows else "access_token"
    if kind == "openIdConnect":
        return "access_token"
    return "unusable"  # see _unusable: left out of every requirement


def _arguments(
    client: ClientSpec, names: tuple[str, ...], override: AuthOverride, description: str
) -> tuple[Argument, ...]:
    return tuple(
        Argument(
            name,
            credential_env(client.env_prefix, name) if override.env else None,
            secret=not name.endswith(("_id", "username")),
            description=description,
        )
        for name in names
    )


def credential_env(prefix: str, argument: str) -> str:
    """The environment variable a credential argument is read from: ``<PREFIX>_<ARGUMENT>``,
    the prefix said once (``petstore_token`` of ``PETSTORE`` → ``PETSTORE_TOKEN``)."""
    upper = argument.upper()
    return upper if upper.startswith(f"{prefix}_") else f"{prefix}_{upper}"


def _token_endpoint_client(
    name: str, document: Mapping[str, Any], token_operations: Mapping[str, Requirement]
) -> str | None:
    """The client-credentials scheme whose token endpoint is the only user of basic ``name``."""
    for other, raw in _declared(document).items():
        if _kind(raw) != "client_credentials":
            continue
        token_path = _path_of(str(raw["flows"]["clientCredentials"]["tokenUrl"]))
        users = {path for path, req in token_operations.items() if any(name in a for a in req)}
        if users == {token_path}:
            return other
    return None


def _token_takes_body(document: Mapping[str, Any], token_url: str) -> bool:
    """Whether to send a form body: not when the spec documents the token POST without one."""
    item = (document.get("paths") or {}).get(_path_of(token_url)) or {}
    operation = item.get("post")
    return not (isinstance(operation, dict) and "requestBody" not in operation)


def _path_of(url: str) -> str:
    return "/" + url.split("://", 1)[-1].split("/", 1)[-1] if "://" in url else url


def _check_argument_names(client: ClientSpec, schemes: tuple[Scheme, ...]) -> None:
    seen: dict[str, str] = {}
    reserved = {
        "base_url",
        "timeout",
        "deadline",
        "max_response_size",
        "max_retries",
        "retry",
        "headers",
        "http_client",
        "async_http_client",
        "auth",
        "server",
        "server_variables",
        "token_refresh_margin",
    }
    settings = {f"{client.env_prefix}_{name}" for name in ("BASE_URL", "LOG")}
    for scheme in schemes:
        for credential in scheme.arguments:
            if credential.env in settings:
                raise GenerationError(
                    f"{client.relative(client.config)}: the credential argument "
                    f"{credential.name!r} of scheme {scheme.name!r} would be read from "
                    f"{credential.env}, which the client reads for another setting; rename it "
                    f"under auth.{scheme.name}.arguments"
                )
        names = [*scheme.argument_names]
        if scheme.format_argument:
            names.append(scheme.format_argument)
        for argument in names:
            if argument in reserved or argument in seen:
                other = seen.get(argument, "the client itself")
                raise GenerationError(
                    f"{client.relative(client.config)}: the credential argument {argument!r} of "
                    f"scheme {scheme.name!r} is also used by {other}; rename it under "
                    f"auth.{scheme.name}.arguments"
                )
            seen[argument] = f"scheme {scheme.name!r}"


def _snake(name: str) -> str:
    return python_name(name, rules=Rules(prefix="key_"), fallback="key")


def _stem(name: str) -> str:
    snake = _snake(name)
    return re.sub(r"_(auth|authentication|security|scheme)$", "", snake) or snake
