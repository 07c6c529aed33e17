"""One corpus operation called through its generated client against Prism, and whether it passed.

A call passes when Prism accepts the request (no violation, no Prism error) and the client
returns the documented model for a 2xx, or raises the typed error of the documented non-2xx
status Prism chose, with no other exception. A failure is reported with the operation, every
request sent and Prism's answer to it, the exception and what was wrong.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import importlib
import json
import re
import traceback
import typing
import urllib.parse
import warnings
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx

from generator.normalise import IGNORED_HEADERS, TEXT, media_kind
from generator.operations import status_error_class
from tests.clients.credentials import DummyCredentials, make_client, token_url
from tests.clients.json_schema import schema_error
from tests.clients.operation_cases import OperationCase
from tests.clients.spec_examples import resolve
from tests.clients.typed_values import conforms, is_file_type
from tests.contract.prism import PrismServer, describe, is_about_response, refusal, violations
from tests.corpus.recording import Exchange, RecordingTransport


@dataclass
class Outcome:
    """What happened when one operation was called."""

    case: OperationCase
    exchanges: list[Exchange]
    credentials: DummyCredentials
    arguments: dict[str, Any] = field(default_factory=dict)
    response: Any = None
    error: BaseException | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems

    def report(self) -> str:
        case = self.case
        lines = [
            f"{case.id} ({case.method.upper()} {case.path}, operationId "
            f"{case.operation.get('operationId')!r}, module {case.module_name}):",
            *(f"  - {problem}" for problem in self.problems),
            *(exchange.describe() for exchange in self.exchanges),
        ]
        if not self.exchanges:
            lines.append("  no request was sent; the arguments were:")
            lines += [f"    {name}={value!r:.300}" for name, value in self.arguments.items()]
        if self.error is not None:
            lines.append("  exception:")
            lines += [
                "    " + line
                for chunk in traceback.format_exception(self.error, limit=-4)
                for line in chunk.rstrip().splitlines()
            ]
        return "\n".join(lines)


def call_through_prism(
    case: OperationCase, credentials: DummyCredentials, server: PrismServer
) -> Outcome:
    """Call ``case`` once with arguments built from the spec, and judge what came back."""
    base_url = server.url
    package = importlib.import_module(case.client.package_name)
    tokens = [token_url(url, base_url) for url in credentials.expected(case.key).token_urls]
    transport = RecordingTransport(tokens)
    outcome = Outcome(case, transport.exchanges, credentials)
    try:
        arguments = outcome.arguments = case.call_arguments()
    except Exception as err:
        outcome.error = err
        outcome.problems.append(f"no valid arguments could be built from the spec: {err}")
        return outcome
    try:
        with (
            warnings.catch_warnings(record=True) as warned,
            httpx.Client(transport=transport) as http,
            make_client(case.client, credentials, base_url, http_client=http) as client,
        ):
            warnings.simplefilter("always", DeprecationWarning)
            options = package.RequestOptions(max_retries=0)
            outcome.response = case.module.sync_detailed(
                client=client, options=options, **arguments
            )
    except Exception as err:  # judged below: a typed status error may be the right answer
        outcome.error = err
    outcome.problems = _judge(outcome, package) + _deprecation_problems(case, warned)
    if outcome.problems and outcome.exchanges:
        answer = outcome.exchanges[-1]
        about_answer = [v for v in violations(answer.headers, answer.body) if is_about_response(v)]
        if about_answer:
            outcome.problems.append(
                f"Prism's answer itself breaks the spec: {describe(about_answer)}"
            )
        if (answer.status or 0) >= 500:
            crashes = re.findall(r"^\w*Error: .*$", server.log_path.read_text(), re.MULTILINE)
            if crashes:
                outcome.problems.append(f"Prism's log ends with: {crashes[-1]}")
    return outcome


def _deprecation_problems(case: OperationCase, warned: list[warnings.WarningMessage]) -> list[str]:
    """A call of an operation the spec deprecates warns (once), any other does not."""
    deprecations = [w for w in warned if issubclass(w.category, DeprecationWarning)]
    expected = 1 if case.operation.get("deprecated") is True else 0
    if len(deprecations) == expected:
        return []
    said = "; ".join(str(w.message) for w in deprecations) or "nothing"
    return [f"expected {expected} DeprecationWarning (the spec's `deprecated`), got: {said}"]


def _check_structured_parts(case: OperationCase, exchange: Exchange) -> tuple[set[str], list[str]]:
    """Check the object and array fields of a multipart request against their schemas.

    Prism 5.14.2 cannot: it keeps the last part of each name as a string (its
    ``parseMultipartFormDataParams``), so it refuses the JSON part OpenAPI prescribes for an
    object and the part per item it prescribes for an array. Returns the fields checked here
    and what is wrong with them.
    """
    content_type = exchange.request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        return set(), []
    raw_body = resolve(case.document, case.operation["requestBody"])["content"]
    schema = resolve(case.document, raw_body.get("multipart/form-data", {}).get("schema", {}))
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + exchange.request_body
    )
    parts: dict[str, list[Any]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = bytes(part.get_payload(decode=True))
        decoded = json.loads(payload) if part.get_content_type() == "application/json" else payload
        parts.setdefault(str(name), []).append(decoded)
    checked: set[str] = set()
    problems: list[str] = []
    for name, field_schema in _properties(case, schema).items():
        resolved = resolve(case.document, field_schema)
        kinds = _kinds(case, resolved)
        if not kinds & {"object", "array"} or name not in parts:
            continue
        checked.add(name)
        values = parts[name]
        if "array" in kinds:
            items = resolve(case.document, _items(case, resolved))
            value: Any = [_typed_text(case, item, items) for item in values]
        elif len(values) == 1:
            value = values[0]
        else:
            problems.append(f"multipart field {name!r} sent as {len(values)} parts, not one")
            continue
        error = schema_error(case.document, field_schema, value)
        if error is not None:
            problems.append(f"multipart field {name!r} does not match its schema: {error}")
    return checked, problems


def _double_encoded_query_name(violation: dict[str, Any], request: httpx.Request) -> bool:
    """Whether ``violation`` is Prism 5.14.2 missing a query parameter whose name needs
    percent-encoding (``string with num``), which the request does carry: Prism looks the name
    up encoded (``string%20with%20num``) after decoding the query, so no request can satisfy it.
    """
    found = re.fullmatch(
        r"Request query must have required property '(.+)'", violation.get("message", "")
    )
    if found is None or (violation.get("location") or [])[:2] != ["request", "query"]:
        return False
    name = urllib.parse.unquote(found.group(1))
    return name != found.group(1) and name in request.url.params


_REQUIRED = re.compile(r"Request (path|body) must have required property '(.+)'")


def _properties(case: OperationCase, schema: dict[str, Any]) -> dict[str, Any]:
    """The properties of an object schema, those of its allOf members included."""
    found: dict[str, Any] = {}
    for member in schema.get("allOf") or []:
        found |= _properties(case, resolve(case.document, member))
    return found | (schema.get("properties") or {})


def _items(case: OperationCase, schema: dict[str, Any]) -> dict[str, Any]:
    """The item schema of an array schema, or of its array alternative."""
    if "items" in schema:
        return dict(schema["items"])
    for keyword in ("oneOf", "anyOf"):
        for alternative in schema.get(keyword) or []:
            resolved = resolve(case.document, alternative)
            if "items" in resolved:
                return dict(resolved["items"])
    return {}


def _kinds(case: OperationCase, schema: dict[str, Any]) -> set[str]:
    """The JSON types ``schema`` allows, its alternatives' included (a nullable object is
    ``oneOf: [null, {$ref: ...}]``)."""
    declared = schema.get("type")
    kinds = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    if "properties" in schema:
        kinds.add("object")
    for keyword in ("oneOf", "anyOf", "allOf"):
        for alternative in schema.get(keyword) or []:
            kinds |= _kinds(case, resolve(case.document, alternative))
    return kinds


def _one_item_array(violation: dict[str, Any], request: httpx.Request) -> bool:
    """Whether ``violation`` is Prism 5.14.2 reading a query array of one item (``?a=x``, an
    exploded array) of a parameter that may also be null as a string: the request carries it."""
    location = violation.get("location") or []
    return (
        location[:2] == ["request", "query"]
        and location[2:3] != []
        and violation.get("message", "").endswith("must be array,null")
        and len(request.url.params.get_list(str(location[2]))) == 1
    )


def _misrouted(case: OperationCase, violation: dict[str, Any]) -> bool:
    """Whether ``violation`` asks for a path parameter or body property that this operation
    does not have: Prism 5.14.2 matched the request to another path (OData's
    ``/Me/Trips({TripId})`` for ``/Me/...GetFriendsTrips(userName=...)``; Dropbox Sign's
    ``/oauth/token?refresh`` for ``/oauth/token``), or lowercased the names of two path
    parameters that differ only in case (``UserName``, ``userName``) into one."""
    found = _REQUIRED.fullmatch(violation.get("message", ""))
    if found is None:
        return False
    where, name = found.groups()
    if where == "path":
        return name not in {p["name"] for p in case.parameters() if p["in"] == "path"}
    body = case.operation.get("requestBody")
    if body is None:
        return True
    properties: set[str] = set()
    for media in resolve(case.document, body).get("content", {}).values():
        pending = [media.get("schema") or {}]
        while pending:
            schema = resolve(case.document, pending.pop())
            properties |= set(schema.get("properties") or {})
            pending += [
                *schema.get("allOf", []),
                *schema.get("oneOf", []),
                *schema.get("anyOf", []),
            ]
    return name not in properties


def _missing_credentials(outcome: Outcome, answer: Exchange) -> list[str]:
    """What the request should have carried of the operation's credentials and did not (the
    first alternative of its security requirement the client holds, as the runtime sends)."""
    sent = outcome.credentials.expected(outcome.case.key)
    request = answer.request
    cookies = request.headers.get("cookie", "")
    missing = [
        f"header {name}: {value!r}"
        for name, value in sent.headers.items()
        if request.headers.get(name) != value
    ]
    missing += [
        f"query {name}={value!r}"
        for name, value in sent.params.items()
        if request.url.params.get(name) != value
    ]
    missing += [
        f"cookie {name}={value!r}"
        for name, value in sent.cookies.items()
        if f"{name}={value}" not in cookies
    ]
    return [f"the request lacks its credentials: {', '.join(missing)}"] if missing else []


def _typed_text(case: OperationCase, value: Any, schema: dict[str, Any]) -> Any:
    """A text part read as the scalar its schema says (a JSON part is already decoded)."""
    if not isinstance(value, bytes):
        return value
    text = value.decode()
    kinds = schema.get("type")
    kinds = set(kinds) if isinstance(kinds, list) else {kinds}
    with contextlib.suppress(ValueError):
        if "integer" in kinds:
            return int(text)
        if "number" in kinds:
            return float(text)
        if "boolean" in kinds and text in ("true", "false"):
            return text == "true"
    return text


@dataclass(frozen=True)
class Documented:
    """What the spec says about the answer Prism chose: its status, media type and schema."""

    status: int
    media_type: str | None
    schema: Any
    shape: str
    """What the parsed body must be: ``none``, ``model``, ``list``, ``text``, ``file``, ``any``."""


def _judge(outcome: Outcome, package: ModuleType) -> list[str]:
    case, error = outcome.case, outcome.error
    if not outcome.exchanges:
        return [f"raised {type(error).__name__} before sending anything: {error}"]
    answer = outcome.exchanges[-1]
    if answer.status is None:
        return [f"raised {type(error).__name__} before any answer: {error}"]
    checked, problems = _check_structured_parts(case, answer)
    problems += _missing_credentials(outcome, answer)
    if problems:
        return problems

    def checked_here(violation: dict[str, Any]) -> bool:
        location = violation.get("location") or []
        if location[:2] == ["request", "body"] and location[2:] and location[2] in checked:
            return True
        if (
            location[:2] == ["request", "header"]
            and location[2:3]
            and (str(location[2]).lower() in IGNORED_HEADERS)
        ):
            return True  # OpenAPI ignores such parameters; Prism 5.14.2 checks them
        return _double_encoded_query_name(violation, answer.request) or _one_item_array(
            violation, answer.request
        )

    why = refusal(answer.headers, answer.body, checked_here)
    if why is not None:
        misrouted = refusal(
            answer.headers, answer.body, lambda v: checked_here(v) or _misrouted(case, v)
        )
        return _judge_refusal(case, error, package, why, misrouted=misrouted is None)
    response = _documented(case, answer.status)
    if response is None:
        return [
            f"Prism answered {answer.status}, which the operation does not document "
            f"(documented: {', '.join(map(str, case.operation['responses']))})"
        ]
    media_type, schema = _content(response, answer)
    documented = Documented(answer.status, media_type, schema, _shape(case, media_type, schema))
    if answer.status >= 400:  # a documented 1xx/3xx is an answer the client returns
        broken = any(is_about_response(v) for v in violations(answer.headers, answer.body))
        return _judge_error(error, package, documented, answer_breaks_spec=broken)
    if error is not None:
        return _judge_raised(case, error, package, answer, documented)
    return _judge_success(case, outcome.response, answer, documented)


def _judge_refusal(
    case: OperationCase,
    error: BaseException | None,
    package: ModuleType,
    why: str,
    *,
    misrouted: bool,
) -> list[str]:
    """A request Prism refused: a failure, unless what Prism refused is its own limit."""
    if misrouted:
        # Prism matched the request to another operation: its answer is that one's. The call
        # passes if the client raised its typed error (or read a success), nothing else.
        if error is None or isinstance(error, package.APIStatusError):
            return []
        return [f"raised {type(error).__name__} for Prism's answer to another operation: {error}"]
    if why.startswith("NOT_ACCEPTABLE") and _successes_without_content(case):
        # Prism 5.14.2 answers 406 to any Accept when the success it picked has no content
        # (Plex: 69 operations); the client sent the JSON it reads errors in. The call passes
        # if the client raised its typed error for that answer.
        if isinstance(error, package.APIStatusError) and error.status_code == 406:
            return []
        return [f"raised {type(error).__name__} for Prism's 406: {error}"]
    return [f"Prism refused the request: {why}"]


def _judge_raised(
    case: OperationCase,
    error: BaseException,
    package: ModuleType,
    answer: Exchange,
    documented: Documented,
) -> list[str]:
    """A call that raised for a documented success: right only when the body breaks the
    documented schema (Prism made it up wrong, or the spec's example is) and the client says
    so."""
    if isinstance(error, package.APIResponseValidationError) and (
        any(is_about_response(v) for v in violations(answer.headers, answer.body))
        or _breaks_schema(case, answer, documented)
    ):
        return []
    return [
        f"raised {type(error).__name__} for the documented {answer.status}: {error}",
        *_body_diagnosis(case, answer, documented),
    ]


def _judge_success(
    case: OperationCase, response: Any, answer: Exchange, documented: Documented
) -> list[str]:
    problems = []
    if response.status_code != documented.status:
        problems.append(f"Response.status_code is {response.status_code}, not {answer.status}")
    declared = typing.get_args(typing.get_type_hints(case.module.sync_detailed)["return"])[0]
    parsed = response.parsed
    if not conforms(parsed, declared):
        problems.append(f"parsed {parsed!r} is not the declared {declared!r}")
    if not _has_shape(parsed, documented.shape):
        problems.append(f"parsed {type(parsed).__name__} is not the documented {documented.shape}")
        problems += _body_diagnosis(case, answer, documented)
    if documented.shape == "model" and type(parsed).from_dict(parsed.to_dict()) != parsed:
        problems.append("the model does not round-trip through to_dict/from_dict")
    return problems


def _judge_error(
    error: BaseException | None,
    package: ModuleType,
    documented: Documented,
    *,
    answer_breaks_spec: bool = False,
) -> list[str]:
    """The typed error of the documented status, with its parsed body; a body that breaks the
    documented schema (Prism made it up wrong) is rightly not parsed (``error.body`` None)."""
    status = documented.status
    if error is None:
        return [f"returned instead of raising for the documented error status {status}"]
    if not isinstance(error, package.APIStatusError):
        return [f"raised {type(error).__name__} for the documented {status}: {error}"]
    expected = status_error_class(status)  # the class errors.py raises for it
    problems = []
    if type(error).__name__ != expected or error.status_code != status:
        problems.append(f"raised {type(error).__name__}({error.status_code}), not {expected}")
    if (
        documented.shape == "model"
        and not hasattr(error.body, "to_dict")
        and not (answer_breaks_spec and error.body is None)
    ):
        problems.append(f"the error body {error.body!r} is not the documented model")
    return problems


def _successes_without_content(case: OperationCase) -> bool:
    """Whether every documented 2xx response of the operation has no content."""
    successes = [
        resolve(case.document, response)
        for status, response in case.operation["responses"].items()
        if str(status).startswith("2")
    ]
    return bool(successes) and not any(response.get("content") for response in successes)


def _documented(case: OperationCase, status: int) -> dict[str, Any] | None:
    """The response the operation documents for ``status`` (exact, range, or default)."""
    responses = case.operation["responses"]
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        if key in responses:
            return resolve(case.document, responses[key])
    return None


def _content(response: dict[str, Any], answer: Exchange) -> tuple[str | None, Any]:
    """The documented media type Prism answered in, and its schema."""
    content = response.get("content") or {}
    if not content:
        return None, None
    answered = answer.headers.get("content-type", "").split(";")[0].strip().lower()
    for media_type, media in content.items():
        if media_type.split(";")[0].strip().lower() == answered:
            return media_type, media.get("schema")
    media_type = next(iter(content))
    return media_type, content[media_type].get("schema")


def _shape(case: OperationCase, media_type: str | None, schema: Any) -> str:
    if media_type is None:
        return "none"
    if case.body_kind(media_type) == "json":
        resolved = resolve(case.document, schema or {})
        if resolved.get("properties") or "allOf" in resolved:
            return "model"
        return "list" if resolved.get("type") == "array" else "any"
    return "text" if media_kind(media_type) == TEXT else "file"


def _has_shape(parsed: Any, shape: str) -> bool:
    return {
        "none": parsed is None,
        "model": hasattr(parsed, "to_dict"),
        "list": isinstance(parsed, list),
        "text": isinstance(parsed, str),
        "file": is_file_type(type(parsed)) or isinstance(parsed, bytes),
        "any": True,
    }[shape]


def _breaks_schema(case: OperationCase, answer: Exchange, documented: Documented) -> bool:
    """Whether Prism's body is known not to be what the operation documents."""
    media_type, schema = documented.media_type, documented.schema
    if media_type is None or schema is None or case.body_kind(media_type) != "json":
        return False
    try:
        body = json.loads(answer.body)
    except ValueError:
        return True  # not JSON: the client is right to refuse it
    try:
        return schema_error(case.document, schema, body) is not None
    except ValueError:  # a schema nested past what the check inlines: not known
        return False


def _body_diagnosis(case: OperationCase, answer: Exchange, documented: Documented) -> list[str]:
    """Say whether Prism's body (the spec's own example) matches the documented schema: if it
    does not, the spec is wrong; if it does, the client is."""
    media_type, schema = documented.media_type, documented.schema
    if media_type is None or schema is None or case.body_kind(media_type) != "json":
        return []
    try:
        body = json.loads(answer.body)
    except ValueError:
        return ["Prism's body is not JSON"]
    try:
        error = schema_error(case.document, schema, body)
    except ValueError as too_deep:  # a schema nested past what the check inlines
        return [f"whether Prism's body matches the documented schema is unknown: {too_deep}"]
    if error is None:
        return ["Prism's body matches the documented schema: the client is at fault"]
    return [
        "Prism's body (the spec's example, or one Prism made up) does not match the documented "
        f"schema at {error}"
    ]
