"""Names a person would choose for the classes the spec leaves unnamed.

openapi-python-client names an inline response schema after its operation and status
(``ListDatabasesResponse200``) or, for FastAPI specs, after a title that repeats the operation
and its path (139 characters). Here such a model is named by what it is: the envelope of a
paginated list is ``<Item>Page`` (``DatabasePage``), of another list ``<Item>List``, any other
response ``<Operation>Response``; models named after a renamed one follow it; a schema with the
name of something the generated modules import gets ``Model`` appended, and so does one that
another class has; a name Python would read as another (NFKC: fullwidth letters) or too long
for a file name is rewritten (generator/identifiers.py). The config's ``names:``
section overrides any of it. Schemas the spec names (``components/schemas``) keep their names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from http import HTTPStatus

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.strings import ClassName

from generator.config import ClientSpec
from generator.identifiers import Rules, python_name
from generator.specs import text

# Names the generated modules import or define next to the models (package root, client,
# endpoint, model, enum and resource modules, the runtime): a schema with one of these names
# is renamed ``<Name>Model``.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Any",
        "AsyncAPIResource",
        "AsyncPage",
        "AsyncPaginator",
        "Auth",
        "BaseClient",
        "Body",
        "Callable",
        "IntEnum",
        "Literal",
        "Operation",
        "Pagination",
        "Param",
        "Reply",
        "Server",
        "ServerVariable",
        "StrEnum",
        "SyncAPIResource",
        "SyncPage",
        "TypeAlias",
        "BinaryIO",
        "Generator",
        "HTTPStatus",
        "Mapping",
        "T",
        "TextIO",
        "TypeVar",
        "cast",
        "APIConnectionError",
        "APIError",
        "APIResponseValidationError",
        "APIStatusError",
        "APITimeoutError",
        "AccessToken",
        "ApiKey",
        "AuthenticationError",
        "BadRequestError",
        "BearerToken",
        "ClientClosedError",
        "ClientCredentials",
        "ConflictError",
        "Fallback",
        "FastDecoder",
        "File",
        "FreeFormModel",
        "HTTPBasic",
        "HTTPScheme",
        "InternalServerError",
        "NOT_GIVEN",
        "NotFoundError",
        "NotGiven",
        "PaginationError",
        "PermissionDeniedError",
        "RateLimitError",
        "RequestOptions",
        "Response",
        "ResponseTooLargeError",
        "RetryPolicy",
        "UNSET",
        "UnexpectedStatus",
        "UnprocessableEntityError",
        "Unset",
    }
)

MAX_LENGTH = 40
"""The longest generated class name (a test holds every registered API to it)."""
MAX_CLASS_BYTES = 64
"""The longest class name any spec can give (its module's file name is about as long)."""
_LIST_FIELDS = ("data", "items", "results")
_PREPOSITIONS = frozenset({"For", "By", "Of", "In", "To", "From", "With", "On", "At"})


def choose_names(
    client: ClientSpec,
    openapi: GeneratorData,
    component_schemas: Iterable[str],
    paginated: Mapping[str, str],
    prefix: str,
) -> dict[str, str]:
    """Return the renames (class name → new name) for one parse of a spec.

    ``paginated`` maps the names of paginated operations to their item type.
    """
    endpoints = {
        str(endpoint.name): endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }.values()
    reserved = RESERVED_CLASS_NAMES | {client.class_name, f"Async{client.class_name}"}
    current = {str(c.class_info.name) for c in [*openapi.models, *openapi.enums]}
    named_by_spec = {str(ClassName(name, prefix)) for name in component_schemas}
    renames: dict[str, str] = {}
    taken = set(current)

    def rename(old: str, new: str) -> None:
        if old in renames:
            return
        others = frozenset((taken - {old}) | reserved)
        rules = Rules("pascal", others, suffix="Model", max_bytes=MAX_CLASS_BYTES)
        candidate = python_name(new, rules=rules, fallback="Model")
        if candidate != old:
            renames[old] = candidate
            taken.add(candidate)

    for endpoint in endpoints:
        key = str(endpoint.name)
        for response in endpoint.responses.patterns:
            prop = response.prop
            if not isinstance(prop, ModelProperty) or response.status_code.range is None:
                continue
            old = str(prop.class_info.name)
            if old in named_by_spec or old in renames:
                continue
            rename(old, _response_name(key, response.status_code.range, prop, paginated))
    # Models named after a renamed one (its inline fields' models) follow it.
    for name in sorted(current - set(renames)):
        for old, new in renames.items():
            if name.startswith(old) and name != old:
                rename(name, new + name[len(old) :])
                break
    for name in sorted(current):
        # What Python would read as another name (NFKC), what the runtime or the package
        # already uses, what is too long for a file name.
        normal = unicodedata.normalize("NFKC", name)
        if name in reserved or normal != name or len(name.encode()) > MAX_CLASS_BYTES:
            rename(name, normal)
    for old, new in client.names.items():
        renames[old] = new
    for name in sorted(current - set(renames)):
        if python_name(name) == name:  # no cased letter: its module would hide the class
            renames[name] = name
    return renames


def _response_name(
    operation: str, status: tuple[int, int], prop: ModelProperty, paginated: Mapping[str, str]
) -> str:
    pascal = _pascal(operation)
    low = status[0]
    if low >= 400:
        phrase = _phrase(low)
        return f"{pascal}{phrase}Error"
    item = paginated.get(operation) or _list_item(prop)
    if item and re.fullmatch(r"[A-Z]\w*", item):
        return f"{item}Page" if operation in paginated else f"{item}List"
    name = f"{pascal}Response"
    # Too long: without what follows its last preposition (usage_for_customer -> usage).
    words = re.findall(r"[A-Z][a-z0-9]*", pascal)
    while len(name) > MAX_LENGTH and any(w in _PREPOSITIONS for w in words[1:]):
        cut = max(i for i, w in enumerate(words) if i and w in _PREPOSITIONS)
        words = words[:cut]
        name = "".join(words) + "Response"
    return name


def _list_item(prop: ModelProperty) -> str | None:
    """The item class of an envelope whose one list field is named like a list of results."""
    fields = [*(prop.required_properties or []), *(prop.optional_properties or [])]
    lists = [f for f in fields if isinstance(f, ListProperty)]
    if len(lists) != 1 or text(lists[0].name) not in _LIST_FIELDS:
        return None
    inner = lists[0].inner_property
    return str(inner.class_info.name) if isinstance(inner, ModelProperty) else None


def _phrase(status: int) -> str:
    try:
        words = HTTPStatus(status).phrase
    except ValueError:
        return {4: "Client", 5: "Server"}.get(status // 100, "Status")
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", words))


def _pascal(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_") if part)
