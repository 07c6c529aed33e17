"""Security changes judged by what a caller holds.

A caller of an operation holds the credentials of one alternative of its requirement: the
schemes it names, with their scopes. A change breaks that caller when no alternative of the
new requirement asks for nothing more; removing a scope, or an alternative whose holders
satisfy another one, breaks nobody. A security scheme that no operation used can change or
go away without breaking anyone.
"""

from __future__ import annotations

from generator.diff.rules import Change, change

Alternative = frozenset[tuple[str, tuple[str, ...]]]
"""One way to authenticate: scheme names with the scopes each must carry."""
Requirement = frozenset[Alternative]
"""Any one of the alternatives suffices; an empty alternative means no credentials."""


def requirement_changes(before: Requirement, after: Requirement, where: str) -> list[Change]:
    """Return the change from the requirement ``before`` to ``after`` (none if equal)."""
    if before == after:
        return []
    detail = f"{describe(before)} → {describe(after)}"
    if not requires(before):
        return [change("security-requirement-added", where, detail)]
    if not requires(after):
        return [change("security-requirement-removed", where, detail)]
    if any(not any(_satisfies(held, needed) for needed in after) for held in before):
        return [change("security-requirement-changed", where, detail)]
    if before < after:
        return [change("security-alternative-added", where, detail)]
    return [change("security-requirement-relaxed", where, detail)]


def scheme_changes(
    before: dict[str, dict[str, object]], after: dict[str, dict[str, object]], used: set[str]
) -> list[Change]:
    """Return the changes to the security schemes; ``used`` are the names that some
    operation required at the base."""
    changes = []
    for name, scheme in before.items():
        location = f"security scheme {name}"
        if name in after and after[name] == scheme:
            continue
        if name in after:
            keys = sorted(
                k for k in scheme.keys() | after[name].keys() if scheme.get(k) != after[name].get(k)
            )
            detail = "changed: " + ", ".join(keys)
        else:
            detail = "scheme removed"
        if name not in used:
            changes.append(change("security-unused-scheme-changed", location, detail))
        elif name in after:
            changes.append(change("security-scheme-changed", location, detail))
        else:
            changes.append(change("security-scheme-removed", location, detail))
    for name, scheme in after.items():
        if name not in before:
            detail = f"scheme added ({scheme.get('type', '?')})"
            changes.append(change("security-scheme-added", f"security scheme {name}", detail))
    return changes


def requires(requirement: Requirement) -> bool:
    """Whether credentials are needed: some alternative exists and none is empty."""
    return bool(requirement) and frozenset() not in requirement


def describe(requirement: Requirement) -> str:
    """Return ``bearer[read] or key``; ``none`` when no credentials are needed."""
    if not requires(requirement):
        return "none"
    alternatives = []
    for alternative in requirement:
        schemes = [
            f"{name}[{', '.join(scopes)}]" if scopes else name
            for name, scopes in sorted(alternative)
        ]
        alternatives.append(" + ".join(schemes))
    return " or ".join(sorted(alternatives))


def _satisfies(held: Alternative, needed: Alternative) -> bool:
    """Whether credentials for ``held`` meet ``needed``: every scheme it names, each with
    no scope that ``held`` lacks."""
    scopes = dict(held)
    return all(name in scopes and set(wanted) <= set(scopes[name]) for name, wanted in needed)
