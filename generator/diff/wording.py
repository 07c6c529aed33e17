"""One line per fact in the words a user of the generated client reads: what they call or
read, and what changed for them (``client.databases.create()`` now requires ``region``).

Used for the report's summary table and for the changelog. Names are Markdown code spans
(:func:`code`); a fact with nothing better to say is its location and detail.
"""

from __future__ import annotations

from generator.diff.facts import Fact
from generator.diff.generated_names import argument_name
from generator.diff.rules import Change

_CALL_PHRASES = {
    "parameter-added-optional": "accepts a new optional argument {name}",
    "parameter-added-required": "now requires a new argument {name}",
    "parameter-removed": "no longer takes the argument {name}",
    "parameter-became-required": "now requires {name}",
    "parameter-became-optional": "no longer requires {name}",
    "parameter-renamed": "takes {name} under a new name",
    "request-property-added-optional": "accepts a new optional field {name}",
    "request-property-added-required": "now requires a new field {name}",
    "request-property-removed": "no longer takes the field {name}",
    "request-property-became-required": "now requires {name}",
    "request-property-became-optional": "no longer requires {name}",
    "operation-removed": "was removed",
    "operation-added": "is new",
    "operation-deprecated": "is deprecated",
}
"""Phrases for a fact about a call (``client.x.y()``); ``{name}`` is the argument."""

_MEMBER_PHRASES = {
    "response-property-added": "is new",
    "response-property-removed": "was removed",
    "response-property-became-optional": "may now be unset",
    "response-property-became-required": "is now always set",
    "response-became-nullable": "may now be None",
    "response-became-non-nullable": "is never None any more",
    "request-property-added-optional": "is a new optional field",
    "request-property-added-required": "is a new required field",
    "request-property-removed": "was removed",
    "request-property-became-required": "is now required",
    "request-property-became-optional": "is now optional",
}
"""Phrases for a fact about a model field (``Database.html_url``)."""


def sentence(fact: Fact) -> str:
    """Return the fact in one line (Markdown), without a verdict."""
    main = fact.main
    rule = main.rule.id
    name = _argument(main)
    if (
        fact.call is not None
        and rule in _CALL_PHRASES
        and ("{name}" not in _CALL_PHRASES[rule] or name)
    ):
        phrase = _CALL_PHRASES[rule].format(name=code(name or ""))
        return f"{code(fact.call)} {phrase}{_operation_note(main, fact.call)}"
    if fact.member is not None and rule in _MEMBER_PHRASES:
        return f"{code(fact.member)} {_MEMBER_PHRASES[rule]}"
    return f"{code(main.location)}: {' '.join(main.detail.split())}"


def code(text: str) -> str:
    """Return ``text`` as a Markdown code span."""
    return f"`{text}`"


def _argument(found: Change) -> str | None:
    """Return the argument or field a change is about, as the generated code names it."""
    location = found.location
    if location.endswith(")") and " parameter " in location:
        return argument_name(location.rsplit(" parameter ", 1)[1][:-1])
    if "." in location and found.rule.area in ("request", "response"):
        return argument_name(location.rsplit(".", 1)[1])
    return None


def _operation_note(found: Change, call: str) -> str:
    """Return `` (`POST /x`)`` for a fact about a whole operation."""
    if found.rule.area == "operation" and found.location != call:
        return f" ({code(found.location)})"
    return ""
