"""The one table that says which changes break code written against the generated clients.

Detection code (``spec_diff``, ``schema_diff``, ``api_diff``) only decides *what* changed
and names the rule; whether that breaks users is looked up here and nowhere else. The
table in ``generator/diff/README.md`` is rendered from :data:`RULES`
(``python -m generator.diff.rules`` rewrites it; a test checks that it is current).

"Request" means a value the client sends (a parameter, or a request body and anything
in it); "response" means a value the client receives. The same schema change can break
one side and not the other: sending more shapes is harmless, receiving more is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Rule:
    """One kind of change and its verdict for code written against the generated client."""

    id: str
    area: str
    """Where it applies: client, operation, parameter, request, response, security, server,
    or package (the public Python API of a generated package)."""
    what: str
    breaking: bool
    why: str
    runtime_only: bool = False
    """A breaking change that a type checker may not flag in code that uses the generated
    client (a value, a default or the server's behaviour changes, not a type); the verdict
    oracle expects no type error from it."""


YES, NO = True, False

RULES: tuple[Rule, ...] = (
    Rule(
        "client-added",
        "client",
        "A new API client (its spec did not exist at the base)",
        NO,
        "A new package: no existing code uses it.",
    ),
    # Operations
    Rule(
        "operation-added",
        "operation",
        "An operation was added",
        NO,
        "A new generated module and functions; existing code is unaffected.",
    ),
    Rule(
        "operation-removed",
        "operation",
        "An operation was removed",
        YES,
        "Its generated module and functions disappear; imports and calls fail.",
    ),
    Rule(
        "operation-id-changed",
        "operation",
        "An operation's operationId changed",
        YES,
        "Generated modules and functions are named after the operationId, so they move.",
    ),
    Rule(
        "operation-tag-changed",
        "operation",
        "An operation's first tag changed",
        YES,
        "The generated module lives in api/<first tag>/, so its import path changes.",
    ),
    Rule(
        "operation-id-respelled",
        "operation",
        "An operation's operationId changed, but not the names generated from it (only case or "
        "separators differ: createTeam → create_team)",
        NO,
        "The generated module, functions and resource method keep their names; nothing callers "
        "write changes.",
    ),
    Rule(
        "operation-tag-respelled",
        "operation",
        "An operation's first tag changed, but not the folder and resource generated from it "
        "(Service Tokens → Service tokens)",
        NO,
        "Import paths and resource attributes stay as they are.",
    ),
    Rule(
        "operation-deprecated",
        "operation",
        "An operation was marked deprecated",
        NO,
        "It still works; noted so that callers can plan to move off it.",
    ),
    # Parameters
    Rule(
        "parameter-added-required",
        "parameter",
        "A required parameter was added",
        YES,
        "Every existing call lacks the new required argument.",
    ),
    Rule(
        "parameter-added-optional",
        "parameter",
        "An optional parameter was added",
        NO,
        "The new argument has a default; existing calls are unchanged.",
    ),
    Rule(
        "parameter-removed",
        "parameter",
        "A parameter was removed",
        YES,
        "The generated argument is gone; calls that pass it fail.",
    ),
    Rule(
        "parameter-became-required",
        "parameter",
        "A parameter became required",
        YES,
        "Calls that omitted it now fail.",
    ),
    Rule(
        "parameter-became-optional",
        "parameter",
        "A parameter became optional",
        NO,
        "Existing calls pass it anyway.",
    ),
    Rule(
        "parameter-location-changed",
        "parameter",
        "A parameter moved (for example from query to header or path)",
        YES,
        "The server expects the value elsewhere, and the generated argument may change kind or "
        "name (path parameters are positional, header names are converted); when it keeps its "
        "name, only the requests change.",
        runtime_only=True,
    ),
    Rule(
        "parameter-renamed",
        "parameter",
        "A path parameter was renamed",
        YES,
        "The generated argument is renamed: calls that pass it by keyword fail.",
    ),
    # Requests: parameter values and request bodies, which the client sends
    Rule(
        "parameter-respelled",
        "parameter",
        "A parameter was renamed, but its generated argument keeps its name (orgId → org_id)",
        NO,
        "Callers pass the same argument; the regenerated client sends it under its new name.",
    ),
    Rule(
        "request-body-added-required",
        "request",
        "A required request body was added",
        YES,
        "Every existing call lacks the new body argument.",
    ),
    Rule(
        "request-body-added-optional",
        "request",
        "An optional request body was added",
        NO,
        "The new body argument has a default.",
    ),
    Rule(
        "request-body-removed",
        "request",
        "The request body was removed",
        YES,
        "The generated body argument is gone.",
    ),
    Rule(
        "request-body-became-required",
        "request",
        "The request body became required",
        YES,
        "Calls that omitted it now fail.",
    ),
    Rule(
        "request-body-became-optional",
        "request",
        "The request body became optional",
        NO,
        "Existing calls pass it anyway.",
    ),
    Rule(
        "request-media-type-added",
        "request",
        "A request body media type was added",
        NO,
        "One more way to send the body; the existing one still works.",
    ),
    Rule(
        "request-media-type-removed",
        "request",
        "A request body media type was removed",
        YES,
        "The server no longer accepts the body in that format; the regenerated client sends "
        "another, so calls keep their shape.",
        runtime_only=True,
    ),
    Rule(
        "request-property-added-required",
        "request",
        "A required field was added to a request schema",
        YES,
        "Building the request model now needs a value the existing code does not give.",
    ),
    Rule(
        "request-property-added-optional",
        "request",
        "An optional field was added to a request schema",
        NO,
        "The new model field defaults to unset.",
    ),
    Rule(
        "request-property-removed",
        "request",
        "A field was removed from a request schema",
        YES,
        "The model loses the field; code that sets it fails.",
    ),
    Rule(
        "request-property-respelled",
        "request",
        "A request field was renamed in JSON, but its generated model field keeps its name "
        "(displayName → display_name)",
        NO,
        "Code that sets the field is unchanged; the regenerated client sends it under its new "
        "name.",
    ),
    Rule(
        "request-property-became-required",
        "request",
        "A request field became required",
        YES,
        "Code that left it unset now sends invalid requests and fails to build the model.",
    ),
    Rule(
        "request-property-became-optional",
        "request",
        "A request field became optional",
        NO,
        "Code that sets it keeps working.",
    ),
    Rule(
        "request-became-nullable",
        "request",
        "A request value now accepts null",
        NO,
        "None is accepted in addition to what was accepted before.",
    ),
    Rule(
        "request-became-non-nullable",
        "request",
        "A request value no longer accepts null",
        YES,
        "Code that sends None is now rejected.",
    ),
    Rule(
        "request-type-widened",
        "request",
        "A request value's type was widened",
        NO,
        "Everything that was accepted still is (integer widens to number).",
    ),
    Rule(
        "request-type-narrowed",
        "request",
        "A request value's type was narrowed",
        YES,
        "Values that were accepted are now rejected.",
    ),
    Rule(
        "request-type-changed",
        "request",
        "A request value's type was replaced",
        YES,
        "Values of the old type are now rejected.",
    ),
    Rule(
        "request-type-added",
        "request",
        "A request value that accepted any type now has one",
        YES,
        "Values of other types are now rejected; the generated annotation was Any, so type "
        "checkers do not flag existing calls.",
        runtime_only=True,
    ),
    Rule(
        "request-type-removed",
        "request",
        "A request value's type was removed: it accepts any value",
        NO,
        "Everything that was accepted still is.",
    ),
    Rule(
        "request-format-changed",
        "request",
        "A request value's format changed",
        YES,
        "The generated Python type follows the format (date-time is datetime, uuid is UUID, "
        "binary is File), and the server parses the value differently.",
    ),
    Rule(
        "request-enum-value-added",
        "request",
        "A value was added to a request enum",
        NO,
        "One more value can be sent; the existing ones still work.",
    ),
    Rule(
        "request-enum-value-removed",
        "request",
        "A value was removed from a request enum",
        YES,
        "The generated enum loses the member and the server rejects the value.",
    ),
    Rule(
        "request-enum-added",
        "request",
        "A request value was restricted to an enum",
        YES,
        "Only the listed values are accepted, and the generated type becomes an enum class.",
    ),
    Rule(
        "request-enum-removed",
        "request",
        "A request value's enum was removed",
        YES,
        "The generated enum class disappears; code that uses its members fails.",
    ),
    Rule(
        "request-default-added",
        "request",
        "A request value gained a default",
        NO,
        "Documents what the server already does when the value is omitted.",
    ),
    Rule(
        "request-default-removed",
        "request",
        "A request value lost its default",
        YES,
        "The generated client stops sending the documented default for callers that omit it.",
        runtime_only=True,
    ),
    Rule(
        "request-default-changed",
        "request",
        "A request value's default changed",
        YES,
        "Callers that omit the value now send a different one without any code change.",
        runtime_only=True,
    ),
    Rule(
        "request-variant-added",
        "request",
        "A request schema accepts one more oneOf/anyOf variant",
        NO,
        "One more shape can be sent; the existing ones still work.",
    ),
    Rule(
        "request-variant-removed",
        "request",
        "A request schema lost a oneOf/anyOf variant",
        YES,
        "Code that sends that shape is rejected, and its generated type leaves the union.",
    ),
    Rule(
        "request-model-replaced",
        "request",
        "A request value that was a component schema (a generated model or enum class) is now "
        "another schema, inline or named otherwise",
        YES,
        "The generated class changes even when its fields do not: code that builds the old class "
        "and passes it fails to type-check.",
    ),
    Rule(
        "request-model-respelled",
        "request",
        "A request value's component schema was renamed, but its generated class keeps its name "
        "(service_token → ServiceToken)",
        NO,
        "Code that builds the class is unchanged.",
    ),
    Rule(
        "request-constraint-tightened",
        "request",
        "A request value must meet a stricter constraint (a lower maxLength or maximum, a higher "
        "minLength or minimum, a new or changed pattern, a multipleOf, fewer items or properties, "
        "uniqueItems, a narrower x-extensible-enum or propertyNames, a new "
        "not/if/contains/dependent* condition, ...)",
        YES,
        "The generated client does not check constraints: calls that were accepted are now "
        "rejected by the server.",
        runtime_only=True,
    ),
    Rule(
        "request-constraint-loosened",
        "request",
        "A constraint on a request value was relaxed or removed",
        NO,
        "Everything that was accepted still is.",
    ),
    Rule(
        "request-additional-properties-added",
        "request",
        "A request object now accepts keys beyond its properties",
        NO,
        "Existing calls send the keys they sent before.",
    ),
    Rule(
        "request-additional-properties-removed",
        "request",
        "A request object no longer accepts keys beyond its properties (additionalProperties: "
        "false)",
        YES,
        "Extra keys the caller adds (with_additional_properties) are rejected by the server; "
        "every model keeps the method, so the type checker cannot see it.",
        runtime_only=True,
    ),
    # Responses, which the client receives
    Rule(
        "response-success-status-added",
        "response",
        "A success (2xx) status code was added",
        YES,
        "Callers get a status their code does not expect, and the parsed result may be of another "
        "type; the generated return type gains Any, so type checkers do not flag it.",
        runtime_only=True,
    ),
    Rule(
        "response-success-status-removed",
        "response",
        "A success (2xx) status code was removed",
        YES,
        "Code that handles that status or its parsed type no longer matches the responses; the "
        "generated types may not show it.",
        runtime_only=True,
    ),
    Rule(
        "response-error-status-added",
        "response",
        "An error (non-2xx or default) status code was added",
        NO,
        "Errors are already failures for the caller; the new one is now documented.",
    ),
    Rule(
        "response-error-status-removed",
        "response",
        "An error (non-2xx or default) status code was removed",
        NO,
        "Code that handles it still runs; it is just no longer documented.",
    ),
    Rule(
        "response-media-type-added",
        "response",
        "A response media type was added",
        NO,
        "The client keeps asking for and parsing the existing one.",
    ),
    Rule(
        "response-media-type-removed",
        "response",
        "A response media type was removed",
        YES,
        "The server no longer sends the body in that format, so what callers parse from it is "
        "gone; the generated types may not show it.",
        runtime_only=True,
    ),
    Rule(
        "response-body-added",
        "response",
        "A response that had no body now has one",
        NO,
        "Existing code ignores the new parsed body.",
    ),
    Rule(
        "response-body-removed",
        "response",
        "A response body was removed",
        YES,
        "Code that reads the parsed body gets nothing; the generated return type becomes Any, so "
        "type checkers do not flag it.",
        runtime_only=True,
    ),
    Rule(
        "response-property-added",
        "response",
        "A field was added to a response schema",
        NO,
        "Existing code does not read it; the model gains an attribute.",
    ),
    Rule(
        "response-property-removed",
        "response",
        "A field was removed from a response schema",
        YES,
        "The model loses the attribute; code that reads it fails.",
    ),
    Rule(
        "response-property-respelled",
        "response",
        "A response field was renamed in JSON, but its generated model field keeps its name",
        NO,
        "Code that reads the field is unchanged; the regenerated client reads its new name.",
    ),
    Rule(
        "response-property-became-optional",
        "response",
        "A response field became optional",
        YES,
        "Callers may now get Unset where they relied on a value.",
    ),
    Rule(
        "response-property-became-required",
        "response",
        "A response field became required",
        NO,
        "Callers always get a value now; their Unset checks are just unneeded.",
    ),
    Rule(
        "response-became-nullable",
        "response",
        "A response value can now be null",
        YES,
        "Callers may now get None where they relied on a value.",
    ),
    Rule(
        "response-became-non-nullable",
        "response",
        "A response value can no longer be null",
        NO,
        "Callers' None checks are just unneeded.",
    ),
    Rule(
        "response-type-widened",
        "response",
        "A response value's type was widened",
        YES,
        "Callers may get values of a type their code does not handle.",
    ),
    Rule(
        "response-type-narrowed",
        "response",
        "A response value's type was narrowed",
        NO,
        "Everything received is of a type callers already handle.",
    ),
    Rule(
        "response-type-changed",
        "response",
        "A response value's type was replaced",
        YES,
        "Callers get values of a type their code does not handle.",
    ),
    Rule(
        "response-type-added",
        "response",
        "A response value that could be of any type now has one",
        NO,
        "Callers that handled any value handle this one.",
    ),
    Rule(
        "response-type-removed",
        "response",
        "A response value's type was removed: it may be of any type",
        YES,
        "Callers may get values their code does not handle; the generated annotation becomes Any, "
        "so type checkers do not flag it.",
        runtime_only=True,
    ),
    Rule(
        "response-format-changed",
        "response",
        "A response value's format changed",
        YES,
        "The generated Python type follows the format (date-time is datetime, uuid is UUID), "
        "so parsed values change type.",
    ),
    Rule(
        "response-enum-value-added",
        "response",
        "A value was added to a response enum",
        NO,
        "The generated clients are forward-compatible: unknown enum values are kept, not rejected.",
    ),
    Rule(
        "response-enum-value-removed",
        "response",
        "A value was removed from a response enum",
        YES,
        "The generated enum loses the member; code that compares with it fails.",
    ),
    Rule(
        "response-enum-added",
        "response",
        "A response value was restricted to an enum",
        NO,
        "Callers get a subset of the values they handled; generated enums are str subclasses.",
    ),
    Rule(
        "response-enum-removed",
        "response",
        "A response value's enum was removed",
        YES,
        "The generated enum class disappears, and any string may now arrive.",
    ),
    Rule(
        "response-default-changed",
        "response",
        "A response value's default was added, removed or changed",
        NO,
        "Defaults do not change what the server sends.",
    ),
    Rule(
        "response-variant-added",
        "response",
        "A response schema has one more oneOf/anyOf variant",
        YES,
        "Callers may receive a shape their code does not handle.",
    ),
    Rule(
        "response-variant-removed",
        "response",
        "A response schema lost a oneOf/anyOf variant",
        NO,
        "Callers receive a subset of the shapes they handled.",
    ),
    Rule(
        "response-model-replaced",
        "response",
        "A response value that was a component schema (a generated model or enum class) is now "
        "another schema, inline or named otherwise",
        YES,
        "The generated class changes even when its fields do not: code that names the old class "
        "(annotations, isinstance) no longer matches what it gets.",
    ),
    Rule(
        "response-model-respelled",
        "response",
        "A response value's component schema was renamed, but its generated class keeps its name "
        "(service_token → ServiceToken)",
        NO,
        "Code that reads the class is unchanged.",
    ),
    Rule(
        "response-constraint-changed",
        "response",
        "A constraint on a response value changed (tightened or loosened)",
        NO,
        "Constraints do not shape the generated types; reported as information for callers that "
        "rely on them.",
    ),
    Rule(
        "response-additional-properties-added",
        "response",
        "A response object may now carry keys beyond its properties",
        NO,
        "Extra keys land in the model's additional_properties; existing code is unaffected.",
    ),
    Rule(
        "response-additional-properties-removed",
        "response",
        "A response object no longer carries keys beyond its properties (additionalProperties: "
        "false)",
        NO,
        "Every model keeps additional_properties; it is simply empty, as the server sends no "
        "extra keys.",
    ),
    # Security
    Rule(
        "security-requirement-added",
        "security",
        "An operation now requires credentials",
        YES,
        "Callers without credentials are refused, and the generated function now requires "
        "an AuthenticatedClient.",
        runtime_only=True,
    ),
    Rule(
        "security-requirement-removed",
        "security",
        "An operation no longer requires credentials",
        NO,
        "Callers that send credentials still succeed.",
    ),
    Rule(
        "security-alternative-added",
        "security",
        "An operation accepts one more kind of credentials",
        NO,
        "The credentials callers use still work.",
    ),
    Rule(
        "security-requirement-changed",
        "security",
        "An operation requires credentials or scopes that the holders of one of its alternatives "
        "do not have",
        YES,
        "Callers holding those credentials are now refused.",
        runtime_only=True,
    ),
    Rule(
        "security-requirement-relaxed",
        "security",
        "An operation asks for less (a scope removed, or an alternative removed whose holders meet "
        "another one)",
        NO,
        "Every caller's credentials still satisfy an alternative.",
    ),
    Rule(
        "security-scheme-added",
        "security",
        "A security scheme was added",
        NO,
        "Nothing uses it until an operation requires it.",
    ),
    Rule(
        "security-scheme-removed",
        "security",
        "A security scheme that some operation required was removed",
        YES,
        "Credentials of that kind are no longer accepted.",
        runtime_only=True,
    ),
    Rule(
        "security-scheme-changed",
        "security",
        "A security scheme that some operation required changed (type, location, name, HTTP scheme "
        "or flows)",
        YES,
        "Credentials must be sent differently.",
        runtime_only=True,
    ),
    Rule(
        "security-scheme-no-longer-used",
        "security",
        "A security scheme is still declared but no operation asks for it any more",
        YES,
        "The generated client takes credentials only for the schemes operations use: its "
        "constructor loses the scheme's arguments, so code that passes them fails.",
    ),
    Rule(
        "security-unused-scheme-changed",
        "security",
        "A security scheme that no operation required was removed or changed",
        NO,
        "No caller used it.",
    ),
    # Servers
    Rule(
        "server-changed",
        "server",
        "The server URLs changed",
        NO,
        "Callers pass base_url themselves; noted so that configuration and docs can follow.",
    ),
    # The generated package's public Python API (griffe)
    Rule(
        "api-module-added",
        "package",
        "A public module was added",
        NO,
        "New code; existing imports are unaffected.",
    ),
    Rule(
        "api-module-removed",
        "package",
        "A public module was removed",
        YES,
        "Imports of it and of everything in it fail.",
    ),
    Rule(
        "api-class-added",
        "package",
        "A public class was added",
        NO,
        "New code; existing imports are unaffected.",
    ),
    Rule(
        "api-class-removed",
        "package",
        "A public class was removed",
        YES,
        "Imports and uses of it fail.",
    ),
    Rule(
        "api-function-added",
        "package",
        "A public function or method was added",
        NO,
        "New code; existing calls are unaffected.",
    ),
    Rule(
        "api-function-removed",
        "package",
        "A public function or method was removed",
        YES,
        "Calls to it fail.",
    ),
    Rule(
        "api-attribute-added",
        "package",
        "A public attribute, model field with a default, or enum member was added",
        NO,
        "Existing code does not use it, and constructors do not require it.",
    ),
    Rule(
        "api-field-added-required",
        "package",
        "A model field without a default was added",
        YES,
        "Constructing the class now needs an argument existing code does not pass.",
    ),
    Rule(
        "api-attribute-removed",
        "package",
        "A public attribute, model field or enum member was removed",
        YES,
        "Code that reads, sets or passes it fails.",
    ),
    Rule(
        "api-export-added",
        "package",
        "A name was added to a module's __all__ re-exports",
        NO,
        "One more import path; existing ones are unaffected.",
    ),
    Rule(
        "api-export-removed",
        "package",
        "A re-exported name was removed from a module",
        YES,
        "Imports through that module fail.",
    ),
    Rule(
        "api-kind-changed",
        "package",
        "A public name changed kind (for example from function to class)",
        YES,
        "Code using it the old way fails.",
    ),
    Rule(
        "api-base-removed",
        "package",
        "A class lost a base class",
        YES,
        "isinstance checks and inherited members change.",
    ),
    Rule(
        "api-parameter-added-required",
        "package",
        "A function or constructor gained a required parameter",
        YES,
        "Existing calls do not pass it.",
    ),
    Rule(
        "api-parameter-added-optional",
        "package",
        "A function or constructor gained an optional parameter",
        NO,
        "Existing calls are unchanged.",
    ),
    Rule(
        "api-parameter-removed",
        "package",
        "A function or constructor lost a parameter",
        YES,
        "Calls that pass it fail.",
    ),
    Rule(
        "api-parameter-became-required",
        "package",
        "A parameter lost its default",
        YES,
        "Calls that omitted it fail.",
    ),
    Rule(
        "api-parameter-became-optional",
        "package",
        "A parameter gained a default",
        NO,
        "Existing calls pass it anyway.",
    ),
    Rule(
        "api-parameter-default-changed",
        "package",
        "A parameter's default value changed",
        YES,
        "Calls that omit it behave differently without any code change.",
        runtime_only=True,
    ),
    Rule(
        "api-parameter-kind-restricted",
        "package",
        "A parameter can be passed in fewer ways (for example it became keyword-only)",
        YES,
        "Calls that pass it the old way fail.",
    ),
    Rule(
        "api-parameter-kind-relaxed",
        "package",
        "A parameter can be passed in more ways (for example it is no longer keyword-only)",
        NO,
        "Existing calls still work.",
    ),
    Rule(
        "api-parameter-moved",
        "package",
        "Positional parameters changed order",
        YES,
        "Positional calls pass values to the wrong parameters.",
        runtime_only=True,
    ),
    Rule(
        "api-annotation-changed",
        "package",
        "A type annotation changed (parameter, return value or attribute) in a way existing code "
        "still type-checks against",
        NO,
        "A parameter accepts at least what it did, or a result gives at most what it did, or the "
        "class is not used that way by callers (a model they only receive is not theirs to build; "
        "one they only send is not theirs to read back).",
    ),
    Rule(
        "api-parameter-type-narrowed",
        "package",
        "A parameter's annotation no longer accepts some values callers passed (a type checker "
        "flags the call)",
        YES,
        "Calls that pass values of the old type fail to type-check, and the values are likely "
        "rejected.",
    ),
    Rule(
        "api-result-type-widened",
        "package",
        "A return value or attribute may now be of a type callers' code does not expect (a type "
        "checker flags the use)",
        YES,
        "Code that uses the value as the old type fails to type-check, and may fail at run time.",
    ),
    Rule(
        "api-value-changed",
        "package",
        "The value of a public attribute (an enum member or constant) changed",
        YES,
        "Code relying on the value sees a different one.",
        runtime_only=True,
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


@dataclass(frozen=True)
class Change:
    """One detected change, classified by its :class:`Rule`."""

    rule: Rule
    location: str
    """Where: a schema field (``Database.name``), an operation (``GET /databases``), a
    parameter, or a dotted Python path in a generated package."""
    detail: str
    """What exactly, in one line (old and new values where there are any)."""
    operations: tuple[str, ...] = ()
    """For spec changes: every operation (``METHOD /path``) the change reaches."""
    paths: tuple[str, ...] = ()
    """For package changes that one row reports for several objects: each dotted path."""
    objects: tuple[str, ...] = ()
    """For package changes: the dotted path of every object the row is about, spelled out
    (``pkg.api.x.sync(limit)``), which the verdict oracle matches type errors against."""

    @property
    def breaking(self) -> bool:
        """Return whether the change breaks code written against the generated client."""
        return self.rule.breaking


def change(rule_id: str, location: str, detail: str) -> Change:
    """Return a :class:`Change` classified by the rule called ``rule_id``.

    An unknown id is a programming error and raises :class:`KeyError`.
    """
    return Change(RULES_BY_ID[rule_id], location, detail)


README = Path(__file__).resolve().parent / "README.md"
TABLE_START = "<!-- rules table: generated by `python -m generator.diff.rules`; do not edit -->"
TABLE_END = "<!-- end of rules table -->"


def rules_table() -> str:
    """Return :data:`RULES` as the Markdown table that ``README.md`` contains."""
    lines = ["| Rule | Area | What changed | Breaking | Why |", "|---|---|---|---|---|"]
    for rule in RULES:
        verdict = "no" if not rule.breaking else "yes, at run time" if rule.runtime_only else "yes"
        cells = (f"`{rule.id}`", rule.area, rule.what, verdict, rule.why)
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines)


def readme_table(text: str) -> str:
    """Return the rules table currently in the README ``text`` (between its markers)."""
    start = text.index(TABLE_START) + len(TABLE_START)
    return text[start : text.index(TABLE_END, start)].strip()


def update_readme(path: Path = README) -> bool:
    """Rewrite the rules table in ``path`` from :data:`RULES`; return whether it changed."""
    text = path.read_text(encoding="utf-8")
    if readme_table(text) == rules_table():
        return False
    start = text.index(TABLE_START) + len(TABLE_START)
    end = text.index(TABLE_END, start)
    text = f"{text[:start]}\n{rules_table()}\n{text[end:]}"
    path.write_text(text, encoding="utf-8")
    return True


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    print("README.md updated" if update_readme() else "README.md already up to date")
