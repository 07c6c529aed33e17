"""Compare the public Python API of two builds of a generated package, statically (griffe).

Nothing about openapi-python-client's templates is assumed: every public module,
class, function (with its signature), attribute and ``__all__`` re-export is walked.
attrs classes and msgspec Structs (the models) get their constructor from their fields, since
both write ``__init__`` at import time and a static reader never sees it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import griffe

from generator.diff.rules import Change, change

ATTRS_DECORATORS = frozenset(
    {
        "attr.attrs",
        "attr.define",
        "attr.frozen",
        "attr.mutable",
        "attr.s",
        "attrs.define",
        "attrs.frozen",
        "attrs.mutable",
    }
)
_FIELD_FUNCTIONS = frozenset({"field", "attrib", "ib"})
_POSITIONAL = frozenset({"positional-only", "positional or keyword"})
_VARIADIC = frozenset({"variadic positional", "variadic keyword"})
MAX_ALTERNATIVES = 4


class ApiLoadError(Exception):
    """A generated package that griffe cannot read."""


@dataclass(frozen=True)
class Param:
    """One parameter of a public function or constructor."""

    name: str
    kind: str
    """griffe's ``ParameterKind`` value, e.g. ``keyword-only``."""
    annotation: str
    default: str | None
    """Source text of the default; None when the parameter is required."""
    field: str | None = None
    """For a synthesised attrs constructor: the attribute the parameter sets."""

    @property
    def required(self) -> bool:
        """Return whether callers must pass this parameter."""
        return self.default is None and self.kind not in _VARIADIC


@dataclass(frozen=True)
class Entry:
    """One public object: what the comparison needs to know about it."""

    kind: str
    """``module``, ``class``, ``function``, ``attribute`` or ``export``."""
    params: tuple[Param, ...] = ()
    returns: str = ""
    annotation: str = ""
    value: str | None = None
    target: str = ""
    """For an export: the dotted path of what it re-exports."""
    bases: tuple[str, ...] = ()
    """For a class: the names of all its base classes, direct and inherited."""
    init_required: bool | None = None
    """For an attrs field: whether the constructor requires it; None for other objects."""
    synthetic: bool = False
    """A constructor built from attrs fields rather than read from the source."""


Api = dict[str, Entry]


def public_api(search_path: Path, package: str) -> Api:
    """Return every public object of ``package`` found under ``search_path``, by dotted path."""
    try:
        root = griffe.load(
            package,
            search_paths=[search_path],
            try_relative_path=False,  # never pick up a same-named folder in the cwd
            allow_inspection=False,  # never import generated code
            resolve_aliases=False,
        )
    except (ImportError, OSError, griffe.GriffeError) as err:
        raise ApiLoadError(f"cannot read the package {package} in {search_path}: {err}") from err
    entries: Api = {}
    if isinstance(root, griffe.Module):
        _module(root, entries)
    else:
        raise ApiLoadError(f"{package} in {search_path} is not a package")
    return entries


def _module(module: griffe.Module, entries: Api) -> None:
    entries[module.path] = Entry("module")
    exports = None if module.exports is None else {str(name) for name in module.exports}
    for name, member in module.members.items():
        path = f"{module.path}.{name}"
        if isinstance(member, griffe.Alias):  # an import: public only when re-exported
            if exports is not None and name in exports:
                _export(member, path, entries)
        elif isinstance(member, griffe.Module):
            if not name.startswith("_"):
                _module(member, entries)
        elif name in (exports or ()) or (exports is None and _public(name)):
            _object(member, path, entries)


def _export(alias: griffe.Alias, path: str, entries: Api) -> None:
    """Record a re-export; one of an object from a private module is that object's only
    public home, so the object itself is recorded there."""
    target = _resolve(alias)
    package = path.split(".", 1)[0]
    if target is not None and target.path.startswith(package + ".") and _private(target.path):
        _object(target, path, entries)
    else:
        entries[path] = Entry("export", target=alias.target_path)


def _object(member: griffe.Object, path: str, entries: Api) -> None:
    if isinstance(member, griffe.Class):
        _class(member, path, entries)
    elif isinstance(member, griffe.Function):
        entries[path] = _function(member)
    elif isinstance(member, griffe.Attribute):
        # Only class- and module-level values are constants; ``self.x = ...`` in a method
        # is an implementation detail.
        constant = member.value is not None and "instance-attribute" not in member.labels
        if "class-attribute" in member.labels or "module-attribute" in member.labels:
            constant = member.value is not None
        entries[path] = Entry(
            "attribute",
            annotation=_text(member.annotation),
            value=str(member.value) if constant else None,
        )


def _class(cls: griffe.Class, path: str, entries: Api) -> None:
    entries[path] = Entry("class", bases=_ancestors(cls))
    fields = (
        _attrs_fields(cls) if _is_attrs(cls) else _struct_fields(cls) if _is_struct(cls) else None
    )
    by_field = {param.field: param for param in fields or ()}
    for name, member in _members(cls).items():
        if not _public(name):
            continue
        member_path = f"{path}.{name}"
        _object(member, member_path, entries)
        if name in by_field and isinstance(member, griffe.Attribute):
            entry = entries[member_path]
            entries[member_path] = Entry(
                entry.kind,
                annotation=entry.annotation,
                value=entry.value,
                init_required=by_field[name].required,
            )
    if fields is not None:
        entries[f"{path}.__init__"] = Entry("function", params=fields, synthetic=True)


def _ancestors(cls: griffe.Class) -> tuple[str, ...]:
    """Return the names of every base class: direct ones, and those of in-package bases."""
    names = [str(base) for base in cls.bases]
    try:
        lineage = cls.mro()
    except (griffe.GriffeError, ValueError):  # an unresolvable base: direct bases only
        lineage = []
    for ancestor in lineage:
        names += [ancestor.name, *(str(base) for base in ancestor.bases)]
    return tuple(dict.fromkeys(names))


def _members(cls: griffe.Class) -> dict[str, griffe.Object]:
    """Return the class's own and inherited members (inherited from in-package classes;
    external bases such as ``Exception`` cannot be read statically and are skipped)."""
    members: dict[str, griffe.Object] = {}
    try:
        everything = cls.all_members
    except griffe.GriffeError:  # a base that cannot be resolved: own members only
        everything = dict(cls.members)
    for name, member in everything.items():
        if not isinstance(member, griffe.Alias):
            members[name] = member
        elif member.inherited:  # other aliases in a class body are imports, not API
            target = _resolve(member)
            if target is not None:
                members[name] = target
    return members


def _resolve(alias: griffe.Alias) -> griffe.Object | None:
    """Return what ``alias`` points to, or None when it is outside the loaded package."""
    try:
        target = alias.final_target
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    return target if isinstance(target, griffe.Object) else None


def _private(path: str) -> bool:
    return any(part.startswith("_") and not part.startswith("__") for part in path.split("."))


def _function(function: griffe.Function) -> Entry:
    params = tuple(
        Param(
            name=parameter.name,
            kind=parameter.kind.value if parameter.kind is not None else "positional or keyword",
            annotation=_text(parameter.annotation),
            default=None if parameter.default is None else str(parameter.default),
        )
        for parameter in function.parameters
    )
    return Entry("function", params=params, returns=_text(function.returns))


def _is_attrs(cls: griffe.Class) -> bool:
    for decorator in cls.decorators:
        try:
            if decorator.callable_path in ATTRS_DECORATORS:
                return True
        except (griffe.GriffeError, KeyError):  # an unresolvable decorator is not attrs
            continue
    return False


def _is_struct(cls: griffe.Class) -> bool:
    return any(str(base) in ("msgspec.Struct", "Struct") for base in cls.bases)


def _struct_fields(cls: griffe.Class) -> tuple[Param, ...]:
    """Return the constructor parameters msgspec derives from a Struct's annotated fields."""
    kw_only = str(getattr(cls, "keywords", {}).get("kw_only")) == "True"
    return tuple(_own_attrs_fields(cls, kw_only=kw_only, struct=True))


def _attrs_fields(cls: griffe.Class) -> tuple[Param, ...]:
    """Return the constructor parameters attrs derives from the annotated fields of the
    class and of its attrs base classes (theirs first, as attrs orders them)."""
    params: dict[str, Param] = {}
    try:
        lineage = [base for base in reversed(cls.mro()) if _is_attrs(base)]
    except (griffe.GriffeError, ValueError):  # unresolvable bases: own fields only
        lineage = []
    for owner in [*lineage, cls]:
        for param in _own_attrs_fields(owner):
            params.pop(param.name, None)  # a redefined field moves to the end, as in attrs
            params[param.name] = param
    return tuple(params.values())


def _own_attrs_fields(
    cls: griffe.Class, *, kw_only: bool | None = None, struct: bool = False
) -> list[Param]:
    """Return the constructor parameters of an attrs class's (or a Struct's) own fields."""
    if kw_only is None:
        kw_only = any(
            isinstance(decorator.value, griffe.ExprCall)
            and _keywords(decorator.value).get("kw_only") == "True"
            for decorator in cls.decorators
        )
    params: list[Param] = []
    # attrs classes are slotted: every annotated attribute is declared in the body, a field.
    for name, member in cls.members.items():
        if (
            not isinstance(member, griffe.Attribute)
            or member.annotation is None
            or "property" in member.labels
            or _text(member.annotation).startswith(("ClassVar", "typing.ClassVar"))
        ):
            continue
        # attrs drops leading underscores from argument names; msgspec keeps them
        init_name = name if struct else name.lstrip("_")
        default: str | None = None if member.value is None else str(member.value)
        field_kw_only = kw_only
        if isinstance(member.value, griffe.ExprCall) and _callee(member.value) in _FIELD_FUNCTIONS:
            options = _keywords(member.value)
            if options.get("init") == "False":
                continue
            init_name = _literal(options.get("alias")) or init_name
            factory = options.get("factory") or options.get("default_factory")
            default = options.get("default") or (f"{factory}()" if factory else None)
            field_kw_only = kw_only or options.get("kw_only") == "True"
        kind = "keyword-only" if field_kw_only else "positional or keyword"
        params.append(Param(init_name, kind, _text(member.annotation), default, field=name))
    return params


def _callee(call: griffe.ExprCall) -> str:
    return str(call.function).rsplit(".", 1)[-1].lstrip("_").removeprefix("attrs_")


def _keywords(call: griffe.ExprCall) -> dict[str, str]:
    return {
        argument.name: str(argument.value)
        for argument in call.arguments
        if isinstance(argument, griffe.ExprKeyword)
    }


def _literal(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def _public(name: str) -> bool:
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


def _text(expression: Any) -> str:
    return "" if expression is None else str(expression)


# Comparison ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    """A change before grouping: ``container.leaf suffix``."""

    rule: str
    container: str
    leaf: str
    suffix: str
    detail: str


def diff_api(old: Api, new: Api) -> list[Change]:
    """Return the changes from the ``old`` public API to the ``new`` one.

    Objects inside a module or class that was itself added or removed are not listed
    separately, and a re-export of an added or removed object is folded into its row.
    The same change to several functions of one module (``sync`` and ``asyncio``
    gaining a parameter) is one row.
    """
    # The insides of something that changed kind (a class that became a constant) are part
    # of that one change.
    recast = {path for path in old.keys() & new.keys() if old[path].kind != new[path].kind}
    removed = _outermost({p for p in old.keys() - new.keys() if not _within(p, recast)})
    added = _outermost({p for p in new.keys() - old.keys() if not _within(p, recast)})
    found: list[_Found] = []
    found += _appeared(old, removed, "removed")
    found += _appeared(new, added, "added")
    for path in sorted(old.keys() & new.keys()):
        found += _compare(path, old[path], new[path], old, new)
    return _grouped(found)


def _outermost(paths: set[str]) -> list[str]:
    """Return ``paths`` without those inside another one of them, sorted."""
    return sorted(p for p in paths if not _within(p, paths))


def _within(path: str, containers: set[str]) -> bool:
    """Whether ``path`` is strictly inside one of ``containers`` (dotted prefixes)."""
    parts = path.split(".")
    return any(".".join(parts[:end]) in containers for end in range(1, len(parts)))


def _inside(path: str, container: str) -> bool:
    return path != container and path.startswith(container + ".")


def _appeared(api: Api, paths: list[str], verb: str) -> list[_Found]:
    """Rows for objects only in ``api``: ``verb`` is ``added`` or ``removed``."""
    folded: dict[str, list[str]] = {}
    for path in paths:  # re-exports of an object that itself appeared or disappeared
        entry = api[path]
        if entry.kind == "export":
            owner = next((p for p in paths if p == entry.target or _inside(entry.target, p)), None)
            if owner is not None:
                folded.setdefault(owner, []).append(path)
    hidden = {export for exports in folded.values() for export in exports}
    found = []
    for path in paths:
        if path in hidden:
            continue
        entry = api[path]
        rule = f"api-{entry.kind}-{verb}"
        if verb == "added" and entry.init_required:
            rule = "api-field-added-required"
        detail = f"{entry.kind} {verb}{_shape(entry)}"
        if path in folded:
            detail += f"; re-exported as {', '.join(folded[path])}"
        container, _, leaf = path.rpartition(".")
        found.append(_Found(rule, container, leaf, "", detail))
    return found


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


def _compare(path: str, old: Entry, new: Entry, old_api: Api, new_api: Api) -> list[_Found]:
    container, _, leaf = path.rpartition(".")
    if old.kind != new.kind:
        if "export" in (old.kind, new.kind):
            return []  # moved between a private and a public module: still importable here
        return [_Found("api-kind-changed", container, leaf, "", f"{old.kind} → {new.kind}")]
    found: list[_Found] = []
    if new.kind == "function":
        if old.returns != new.returns:
            found.append(
                _Found(
                    "api-annotation-changed",
                    container,
                    leaf,
                    "",
                    f"return type {old.returns or '(none)'} → {new.returns or '(none)'}",
                )
            )
        hide: set[str] = set()
        if new.synthetic:
            hide = _public_fields(path, old_api) | _public_fields(path, new_api)
        found += _parameters(container, leaf, old.params, new.params, hide)
    elif new.kind == "attribute":
        if old.annotation != new.annotation:
            found.append(
                _Found(
                    "api-annotation-changed",
                    container,
                    leaf,
                    "",
                    f"type {old.annotation or '(none)'} → {new.annotation or '(none)'}",
                )
            )
        fields = old.init_required is not None or new.init_required is not None
        # A field's default is compared as its constructor parameter's; dunders such as
        # __version__ are metadata that changes with every release.
        if old.value != new.value and not fields and not leaf.startswith("__"):
            found.append(
                _Found("api-value-changed", container, leaf, "", f"value {old.value} → {new.value}")
            )
    elif new.kind == "class":
        for base in old.bases:
            if base not in new.bases:
                found.append(
                    _Found("api-base-removed", container, leaf, "", f"base class {base} removed")
                )
    return found


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


def _parameters(
    container: str,
    leaf: str,
    old: tuple[Param, ...],
    new: tuple[Param, ...],
    hide: set[str],
) -> list[_Found]:
    """Rows for parameter changes; parameters of fields in ``hide`` that were added or
    removed are already rows of their own (the attribute)."""
    before = {p.name: p for p in old}
    after = {p.name: p for p in new}
    found: list[_Found] = []

    def row(rule: str, name: str, detail: str) -> None:
        found.append(_Found(rule, container, leaf, f"({name})", detail))

    for name, param in before.items():
        if name not in after and param.field not in hide:
            row("api-parameter-removed", name, "parameter removed")
    for name, param in after.items():
        if name in before:
            found.extend(_parameter(container, leaf, before[name], param))
        elif param.field not in hide:
            kind = "required" if param.required else "optional"
            annotation = f": {param.annotation}" if param.annotation else ""
            row(f"api-parameter-added-{kind}", name, f"{kind} parameter added{annotation}")
    order_before = [p.name for p in old if p.kind in _POSITIONAL and p.name in after]
    order_after = [p.name for p in new if p.kind in _POSITIONAL and p.name in before]
    if sorted(order_before) == sorted(order_after) and order_before != order_after:
        found.append(
            _Found(
                "api-parameter-moved",
                container,
                leaf,
                "",
                f"positional order ({', '.join(order_before)}) → ({', '.join(order_after)})",
            )
        )
    return found


_KIND_ORDER = (
    "positional-only",
    "positional or keyword",
    "variadic positional",
    "keyword-only",
    "variadic keyword",
)


def _parameter(container: str, leaf: str, old: Param, new: Param) -> list[_Found]:
    suffix = f"({new.name})"
    found: list[_Found] = []
    if old.kind != new.kind:
        relaxed = new.kind == "positional or keyword" and old.kind in (
            "positional-only",
            "keyword-only",
        )
        rule = "api-parameter-kind-relaxed" if relaxed else "api-parameter-kind-restricted"
        found.append(_Found(rule, container, leaf, suffix, f"kind {old.kind} → {new.kind}"))
    if old.required and not new.required:
        found.append(
            _Found(
                "api-parameter-became-optional",
                container,
                leaf,
                suffix,
                f"gained the default {new.default}",
            )
        )
    elif new.required and not old.required:
        found.append(
            _Found(
                "api-parameter-became-required",
                container,
                leaf,
                suffix,
                f"lost its default {old.default}",
            )
        )
    elif old.default != new.default:
        found.append(
            _Found(
                "api-parameter-default-changed",
                container,
                leaf,
                suffix,
                f"default {old.default} → {new.default}",
            )
        )
    if old.annotation != new.annotation:
        found.append(
            _Found(
                "api-annotation-changed",
                container,
                leaf,
                suffix,
                f"type {old.annotation or '(none)'} → {new.annotation or '(none)'}",
            )
        )
    return found


def _grouped(found: list[_Found]) -> list[Change]:
    """Merge rows that differ only by where they are: first the functions of one module
    (``sync`` and ``asyncio`` gaining a parameter), then those groups across modules or
    classes (a template change that adds the same parameter to every operation)."""
    by_leaf: dict[tuple[str, str, str, str], list[str]] = {}
    for row in found:
        by_leaf.setdefault((row.rule, row.container, row.suffix, row.detail), []).append(row.leaf)
    by_container: dict[tuple[str, str, str, str], list[str]] = {}
    for (rule, container, suffix, detail), leaves in by_leaf.items():
        leaf = _alternatives(sorted(set(leaves)))
        by_container.setdefault((rule, leaf, suffix, detail), []).append(container)
    changes = []
    for (rule, leaf, suffix, detail), containers in by_container.items():
        paths = tuple(f"{container}.{leaf}{suffix}" for container in sorted(containers))
        if len(containers) == 1:
            changes.append(change(rule, paths[0], detail))
            continue
        prefix = _common_prefix(containers)
        rests = sorted(c.removeprefix(prefix).lstrip(".") for c in containers)
        location = ".".join(p for p in (prefix, _alternatives(rests), leaf) if p) + suffix
        found_here = change(rule, location, f"{detail} ({len(containers)} places)")
        changes.append(replace(found_here, paths=paths))
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


__all__ = ["ApiLoadError", "Entry", "Param", "diff_api", "public_api"]
