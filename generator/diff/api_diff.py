"""Compare the public Python API of two builds of a generated package (:mod:`public_api`).

Every public object added, removed or changed is a row. A type annotation that changes is
judged the way a type checker sees the caller's code (:mod:`api_types`): a parameter that
accepts less, or a result that may be more, breaks callers; and only where callers meet the
class that way (:mod:`api_roles`): the constructor of a model callers only receive, like a
response model, is not theirs, nor is what reading back a model they only send returns. The
spec rules judge response and request schemas the same way, so that one fact gets one
verdict in both reports.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.diff.api_roles import Role, class_roles
from generator.diff.api_types import Annotation, TypeJudge, read_view
from generator.diff.public_api import Api, Entry, Param
from generator.diff.rules import Change, change

_POSITIONAL = frozenset({"positional-only", "positional or keyword"})
MAX_ALTERNATIVES = 4


@dataclass(frozen=True)
class _Found:
    """A change before grouping: ``container.leaf suffix``."""

    rule: str
    container: str
    leaf: str
    suffix: str
    detail: str
    also: tuple[str, ...] = ()
    """Other dotted paths the row stands for (re-exports folded into it)."""

    @property
    def objects(self) -> tuple[str, ...]:
        """Return every dotted path the row is about."""
        return (f"{self.container}.{self.leaf}{self.suffix}", *self.also)


@dataclass(frozen=True)
class _At:
    """Where rows are found: ``container.leaf``, and how callers meet the container."""

    container: str
    leaf: str
    role: Role

    def row(self, rule: str, detail: str, suffix: str = "") -> _Found:
        return _Found(rule, self.container, self.leaf, suffix, detail)


def diff_api(old: Api, new: Api) -> list[Change]:
    """Return the changes from the ``old`` public API to the ``new`` one.

    Objects inside a module or class that was itself added or removed are not listed
    separately, and a re-export of an added or removed object is folded into its row.
    The same change to several functions of one module (``sync`` and ``asyncio``
    gaining a parameter) is one row.
    """
    return _grouped(_ApiDiff(old, new).rows())


class _ApiDiff:
    def __init__(self, old: Api, new: Api) -> None:
        self.old, self.new = old, new
        # Callers' code was written against the old package: its classes' roles decide.
        self.roles = {**class_roles(new), **class_roles(old)}
        # ...and is checked against the new one, whose class hierarchy decides (a class
        # that is gone keeps the bases it had: its removal is a row of its own).
        self.judge = TypeJudge(
            {p: e.bases for api in (old, new) for p, e in api.items() if e.kind == "class"}
        )

    def rows(self) -> list[_Found]:
        old, new = self.old, self.new
        # The insides of something that changed kind (a class that became a constant) are
        # part of that one change.
        recast = {path for path in old.keys() & new.keys() if old[path].kind != new[path].kind}
        removed = _outermost({p for p in old.keys() - new.keys() if not _within(p, recast)})
        added = _outermost({p for p in new.keys() - old.keys() if not _within(p, recast)})
        found = self._appeared(old, removed, "removed") + self._appeared(new, added, "added")
        for path in sorted(old.keys() & new.keys()):
            found += self._compare(path, old[path], new[path])
        # A constructor of a class callers only receive is the package's own business.
        return [
            row
            for row in found
            if row.leaf != "__init__" or self._role(row.container).built_by_callers
        ]

    def _role(self, container: str) -> Role:
        """Return the role of the class ``container`` (a module's functions are both)."""
        return self.roles.get(container, Role.BOTH)

    def _appeared(self, api: Api, paths: list[str], verb: str) -> list[_Found]:
        """Rows for objects only in ``api``: ``verb`` is ``added`` or ``removed``."""
        folded: dict[str, list[str]] = {}
        for path in paths:  # re-exports of an object that itself appeared or disappeared
            entry = api[path]
            if entry.kind == "export":
                owner = next(
                    (p for p in paths if p == entry.target or _inside(entry.target, p)), None
                )
                if owner is not None:
                    folded.setdefault(owner, []).append(path)
        hidden = {export for exports in folded.values() for export in exports}
        found = []
        for path in paths:
            if path in hidden:
                continue
            entry = api[path]
            container, _, leaf = path.rpartition(".")
            rule = f"api-{entry.kind}-{verb}"
            if verb == "added" and entry.init_required and self._role(container).built_by_callers:
                rule = "api-field-added-required"
            detail = f"{entry.kind} {verb}{_shape(entry)}"
            if path in folded:
                detail += f"; re-exported as {', '.join(folded[path])}"
            found.append(_Found(rule, container, leaf, "", detail, tuple(folded.get(path, ()))))
        return found

    def _compare(self, path: str, old: Entry, new: Entry) -> list[_Found]:
        container, _, leaf = path.rpartition(".")
        if old.kind != new.kind:
            if "export" in (old.kind, new.kind):
                return []  # moved between a private and a public module: still importable here
            return [_Found("api-kind-changed", container, leaf, "", f"{old.kind} → {new.kind}")]
        at = _At(container, leaf, self._role(container))
        found: list[_Found] = []
        if new.kind == "function":
            found += self._result(at, "return type", old.returns_type, new.returns_type)
            hide: set[str] = set()
            if new.synthetic:
                hide = _public_fields(path, self.old) | _public_fields(path, self.new)
            found += self._parameters(at, old.params, new.params, hide)
        elif new.kind == "attribute":
            found += self._result(at, "type", old.type, new.type)
            fields = old.init_required is not None or new.init_required is not None
            # A field's default is compared as its constructor parameter's; dunders such as
            # __version__ are metadata that changes with every release.
            if old.value != new.value and not fields and not leaf.startswith("__"):
                found.append(at.row("api-value-changed", f"value {old.value} → {new.value}"))
        elif new.kind == "class":
            found += [
                at.row("api-base-removed", f"base class {base} removed")
                for base in old.bases
                if base not in new.bases
            ]
        return found

    def _result(self, at: _At, what: str, old: Annotation, new: Annotation) -> list[_Found]:
        """A return or attribute type change: callers read the value through the old type."""
        if old.qualified == new.qualified:
            return []
        widened = at.role.read_by_callers and not self.judge.accepts(
            read_view(old.qualified), new.qualified
        )
        rule = "api-result-type-widened" if widened else "api-annotation-changed"
        return [at.row(rule, f"{what} {_types(old, new)}")]

    def _parameters(
        self, at: _At, old: tuple[Param, ...], new: tuple[Param, ...], hide: set[str]
    ) -> list[_Found]:
        """Rows for parameter changes; parameters of fields in ``hide`` that were added or
        removed are already rows of their own (the attribute)."""
        before = {p.name: p for p in old}
        after = {p.name: p for p in new}
        found: list[_Found] = []
        for name, param in before.items():
            if name not in after and param.field not in hide:
                found.append(at.row("api-parameter-removed", "parameter removed", f"({name})"))
        for name, param in after.items():
            if name in before:
                found += self._parameter(at, before[name], param)
            elif param.field not in hide:
                kind = "required" if param.required else "optional"
                annotation = f": {param.annotation}" if param.annotation else ""
                detail = f"{kind} parameter added{annotation}"
                found.append(at.row(f"api-parameter-added-{kind}", detail, f"({name})"))
        order_before = [p.name for p in old if p.kind in _POSITIONAL and p.name in after]
        order_after = [p.name for p in new if p.kind in _POSITIONAL and p.name in before]
        if sorted(order_before) == sorted(order_after) and order_before != order_after:
            detail = f"positional order ({', '.join(order_before)}) → ({', '.join(order_after)})"
            found.append(at.row("api-parameter-moved", detail))
        return found

    def _parameter(self, at: _At, old: Param, new: Param) -> list[_Found]:
        suffix = f"({new.name})"
        found: list[_Found] = []

        def row(rule: str, detail: str) -> None:
            found.append(at.row(rule, detail, suffix))

        if old.kind != new.kind:
            relaxed = new.kind == "positional or keyword" and old.kind in (
                "positional-only",
                "keyword-only",
            )
            rule = "api-parameter-kind-relaxed" if relaxed else "api-parameter-kind-restricted"
            row(rule, f"kind {old.kind} → {new.kind}")
        if old.required and not new.required:
            row("api-parameter-became-optional", f"gained the default {new.default}")
        elif new.required and not old.required:
            row("api-parameter-became-required", f"lost its default {old.default}")
        elif old.default != new.default:
            row("api-parameter-default-changed", f"default {old.default} → {new.default}")
        if old.type.qualified != new.type.qualified:
            # Callers pass values of the old type.
            narrowed = at.role.built_by_callers and not self.judge.accepts(
                new.type.qualified, old.type.qualified
            )
            rule = "api-parameter-type-narrowed" if narrowed else "api-annotation-changed"
            row(rule, f"type {_types(old.type, new.type)}")
        return found


def _types(old: Annotation, new: Annotation) -> str:
    """Return ``old → new`` as written, or with full paths when only those differ."""
    if old.text == new.text:
        return f"{old.qualified or '(none)'} → {new.qualified or '(none)'}"
    return f"{old.text or '(none)'} → {new.text or '(none)'}"


def _outermost(paths: set[str]) -> list[str]:
    """Return ``paths`` without those inside another one of them, sorted."""
    return sorted(p for p in paths if not _within(p, paths))


def _within(path: str, containers: set[str]) -> bool:
    """Whether ``path`` is strictly inside one of ``containers`` (dotted prefixes)."""
    parts = path.split(".")
    return any(".".join(parts[:end]) in containers for end in range(1, len(parts)))


def _inside(path: str, container: str) -> bool:
    return path != container and path.startswith(container + ".")


def _shape(entry: Entry) -> str:
    if entry.kind == "function":
        return f": ({_signature(entry.params)}) -> {entry.returns or 'None'}"
    if entry.kind == "attribute":
        text = f": {entry.annotation}" if entry.annotation else ""
        if entry.value is not None and entry.init_required is None:  # a constant's value
            text += f" = {entry.value}"
        if entry.init_required:
            text += " (required by the constructor)"
        return text
    if entry.kind == "export":
        return f" (of {entry.target})"
    return ""


def _signature(params: tuple[Param, ...]) -> str:
    return ", ".join(p.name if p.required else f"{p.name}=…" for p in params)


def _public_fields(init_path: str, api: Api) -> set[str]:
    """Return the public attribute names of the class whose constructor is ``init_path``."""
    cls = init_path.removesuffix(".__init__")
    return {
        path.rpartition(".")[2]
        for path, entry in api.items()
        if path.startswith(cls + ".")
        and path.count(".") == cls.count(".") + 1
        and entry.init_required is not None
    }


def _grouped(found: list[_Found]) -> list[Change]:
    """Merge rows that differ only by where they are: first the functions of one module
    (``sync`` and ``asyncio`` gaining a parameter), then those groups across modules or
    classes (a template change that adds the same parameter to every operation)."""
    by_leaf: dict[tuple[str, str, str, str], list[_Found]] = {}
    for row in found:
        by_leaf.setdefault((row.rule, row.container, row.suffix, row.detail), []).append(row)
    by_container: dict[tuple[str, str, str, str], list[tuple[str, list[_Found]]]] = {}
    for (rule, container, suffix, detail), rows in by_leaf.items():
        leaf = _alternatives(sorted({row.leaf for row in rows}))
        by_container.setdefault((rule, leaf, suffix, detail), []).append((container, rows))
    changes = []
    for (rule, leaf, suffix, detail), groups in by_container.items():
        containers = sorted(container for container, _ in groups)
        objects = tuple(sorted({o for _, rows in groups for row in rows for o in row.objects}))
        paths = tuple(f"{container}.{leaf}{suffix}" for container in containers)
        if len(containers) == 1:
            changes.append(replace(change(rule, paths[0], detail), objects=objects))
            continue
        prefix = _common_prefix(containers)
        rests = sorted(c.removeprefix(prefix).lstrip(".") for c in containers)
        location = ".".join(p for p in (prefix, _alternatives(rests), leaf) if p) + suffix
        found_here = change(rule, location, f"{detail} ({len(containers)} places)")
        changes.append(replace(found_here, paths=paths, objects=objects))
    return changes


def _alternatives(names: list[str]) -> str:
    """Return ``a`` for one name, ``{a, b}`` for a few, ``{a, b, … +7 more}`` for many."""
    if len(names) == 1:
        return names[0]
    shown = names if len(names) <= MAX_ALTERNATIVES else names[: MAX_ALTERNATIVES - 1]
    more = len(names) - len(shown)
    return "{" + ", ".join(shown) + (f", … +{more} more" if more else "") + "}"


def _common_prefix(paths: list[str]) -> str:
    parts = [path.split(".") for path in paths]
    common: list[str] = []
    for column in zip(*parts, strict=False):
        if len(set(column)) != 1:
            break
        common.append(column[0])
    return ".".join(common)


__all__ = ["diff_api"]
