"""The public Python API of a generated package, read statically with griffe (nothing is
imported).

Nothing about openapi-python-client's templates is assumed: every public module,
class, function (with its signature), attribute and ``__all__`` re-export is walked.
attrs classes and msgspec Structs (the models) get their constructor from their fields, since
both write ``__init__`` at import time and a static reader never sees it. Members that every
object has (``__repr__``, ``__eq__``, ...) are not API: removing one leaves it callable.

Runtime plumbing is not API either: an attribute whose value is an object of a class the
package keeps private (defined in an underscore module and re-exported by no public one),
such as an endpoint module's ``OPERATION`` or ``PAGINATION``. Callers cannot name its type,
only hand it back to the package; what changes in it reaches them through the public
objects that use it (an argument gained, a result type changed), which are compared.
Annotations are kept as written and with full dotted paths (:class:`Annotation`), which is
what the comparison judges and what a synthesised caller writes.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import griffe

from generator.diff.api_types import ANY, NO_ANNOTATION, Annotation

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
_VARIADIC = frozenset({"variadic positional", "variadic keyword"})
# What every object has: callable on any instance whether or not a class defines it.
_OBJECT_MEMBERS = frozenset(dir(object)) - {"__init__"} | {"__slots__", "__weakref__", "__dict__"}
_TYPE_VARIABLES = ("TypeVar(", "typing.TypeVar(", "ParamSpec(", "TypeVarTuple(")


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
    type: Annotation = NO_ANNOTATION

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
    returns_type: Annotation = NO_ANNOTATION
    type: Annotation = NO_ANNOTATION
    """For an attribute: its annotation."""
    labels: frozenset[str] = frozenset()
    """griffe's labels: ``async``, ``classmethod``, ``property``, ``class-attribute``..."""


class Api(dict[str, Entry]):
    """Every public object of a package by dotted path, and where private objects are public."""

    def __init__(self, package: str) -> None:
        super().__init__()
        self.package = package
        self.homes: dict[str, str] = {}
        """Dotted path of an object defined in a private module → where it is re-exported."""


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
    if not isinstance(root, griffe.Module):
        raise ApiLoadError(f"{package} in {search_path} is not a package")
    entries = Api(package)
    _homes(root, entries.homes)
    _module(root, entries)
    return entries


def _homes(module: griffe.Module, homes: dict[str, str]) -> None:
    """Record where each object of a private module is re-exported (``__all__``)."""
    exports = {str(name) for name in module.exports or ()}
    for name, member in module.members.items():
        if isinstance(member, griffe.Alias) and name in exports:
            target = _resolve(member)
            if target is not None and _private(target.path):
                homes.setdefault(target.path, f"{module.path}.{name}")
        elif isinstance(member, griffe.Module) and not name.startswith("_"):
            _homes(member, homes)


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
        # A method's self (or a classmethod's cls) is not something callers pass.
        bound = isinstance(member.parent, griffe.Class) and "staticmethod" not in member.labels
        entries[path] = _function(member, entries, bound=bound)
    elif isinstance(member, griffe.Attribute):
        if _plumbing(member, entries):
            return
        # Only class- and module-level values are constants; ``self.x = ...`` in a method
        # is an implementation detail.
        constant = member.value is not None and "instance-attribute" not in member.labels
        if "class-attribute" in member.labels or "module-attribute" in member.labels:
            constant = member.value is not None
        entries[path] = Entry(
            "attribute",
            annotation=_text(member.annotation),
            value=str(member.value) if constant else None,
            type=_annotation(member.annotation, entries),
            labels=frozenset(member.labels),
        )


def _plumbing(member: griffe.Attribute, entries: Api) -> bool:
    """Whether the attribute holds runtime plumbing: its declared type (or, undeclared, the
    class its value is built from) is a class of the package that only a private module has,
    or a container of nothing else (``tuple[Server, ...]``)."""
    declared = member.annotation
    while isinstance(declared, griffe.ExprSubscript) and _wrapper(declared.left):
        declared = declared.slice  # Final[X] and ClassVar[X] hold an X
    if declared is None or _wrapper(declared):
        declared = member.value.function if isinstance(member.value, griffe.ExprCall) else None
    return declared is not None and _private_type(declared, entries)


def _private_type(expression: Any, entries: Api) -> bool:
    if isinstance(expression, griffe.ExprSubscript):
        if _private_type(expression.left, entries):
            return True  # Operation[Thing] is an Operation
        if str(expression.left).startswith(entries.package):
            return False
        slice_ = expression.slice
        members = slice_.elements if isinstance(slice_, griffe.ExprTuple) else [slice_]
        members = [m for m in members if str(m) != "..."]
        return bool(members) and all(_private_type(m, entries) for m in members)
    if isinstance(expression, griffe.ExprAttribute):
        expression = expression.last
    if not isinstance(expression, griffe.ExprName):
        return False
    try:
        target = expression.resolved
    # griffe raises AttributeError for a name it cannot follow (an external module's)
    except (griffe.AliasResolutionError, griffe.CyclicAliasError, AttributeError):
        return False
    if isinstance(target, griffe.Alias):
        target = _resolve(target)
    if not isinstance(target, griffe.Class):
        return False
    path = target.path
    return path.startswith(entries.package + ".") and _private(path) and path not in entries.homes


def _class(cls: griffe.Class, path: str, entries: Api) -> None:
    entries[path] = Entry("class", bases=_ancestors(cls, entries))
    fields = (
        _attrs_fields(cls, entries)
        if _is_attrs(cls)
        else _struct_fields(cls, entries)
        if _is_struct(cls)
        else None
    )
    by_field = {param.field: param for param in fields or ()}
    for name, member in _members(cls).items():
        if not _public(name) or name in _OBJECT_MEMBERS:
            continue
        member_path = f"{path}.{name}"
        _object(member, member_path, entries)
        if name in by_field and isinstance(member, griffe.Attribute):
            entries[member_path] = replace(
                entries[member_path], init_required=by_field[name].required
            )
    if fields is not None:
        entries[f"{path}.__init__"] = Entry(
            "function",
            params=fields,
            returns="None",
            synthetic=True,
            returns_type=Annotation("None", "None"),
        )


def _ancestors(cls: griffe.Class, entries: Api) -> tuple[str, ...]:
    """Return the dotted paths of every public base class: direct ones, and those of
    in-package bases (a private base is not API, its own bases are)."""
    bases = list(cls.bases)
    try:
        lineage = cls.mro()
    except (griffe.GriffeError, ValueError):  # an unresolvable base: direct bases only
        lineage = []
    for ancestor in lineage:
        bases += [*ancestor.bases]
    paths = [_annotation(base, entries).qualified.split("[", 1)[0] for base in bases]
    return tuple(dict.fromkeys(path for path in paths if path not in (ANY, "object")))


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


def _function(function: griffe.Function, entries: Api, *, bound: bool) -> Entry:
    params = tuple(
        Param(
            name=parameter.name,
            kind=parameter.kind.value if parameter.kind is not None else "positional or keyword",
            annotation=_text(parameter.annotation),
            default=None if parameter.default is None else str(parameter.default),
            type=_annotation(parameter.annotation, entries),
        )
        for parameter in list(function.parameters)[1 if bound else 0 :]
    )
    return Entry(
        "function",
        params=params,
        returns=_text(function.returns),
        returns_type=_annotation(function.returns, entries),
        labels=frozenset(function.labels),
    )


def _annotation(expression: Any, entries: Api) -> Annotation:
    """Return ``expression`` as written and with every name as the dotted path a caller
    can write: where the object is public, ``typing.Any`` for a type variable or an
    object only a private module has."""
    if expression is None:
        return NO_ANNOTATION
    names: set[str] = set()
    declared = expression
    while isinstance(declared, griffe.ExprSubscript) and _wrapper(declared.left):
        declared = declared.slice  # Final[int] and ClassVar[int] hold an int

    def qualified(part: Any) -> str:
        if isinstance(part, str):
            return part
        if isinstance(part, griffe.ExprName | griffe.ExprAttribute):
            name = _public_path(
                part.last if isinstance(part, griffe.ExprAttribute) else part, entries
            )
            if name != ANY:
                names.add(name)
            return name
        return "".join(qualified(piece) for piece in part.iterate(flat=False))

    if _wrapper(declared):  # a bare Final: the type is the value's, which is not written
        return Annotation(str(expression))
    return Annotation(str(expression), qualified(declared), frozenset(names))


def _wrapper(expression: Any) -> bool:
    """Whether ``expression`` names ``typing.Final`` or ``typing.ClassVar``."""
    return isinstance(expression, griffe.ExprName | griffe.ExprAttribute) and str(
        expression.canonical_path
    ) in ("typing.Final", "typing.ClassVar", "typing_extensions.Final")


def _public_path(name: griffe.ExprName, entries: Api) -> str:
    path = name.canonical_path
    try:
        target = name.resolved
    # griffe raises AttributeError for a name it cannot follow (an external module's)
    except (griffe.AliasResolutionError, griffe.CyclicAliasError, AttributeError):
        target = None
    if isinstance(target, griffe.Attribute) and str(target.value).startswith(_TYPE_VARIABLES):
        return ANY
    if path in entries.homes:
        return entries.homes[path]
    if path.startswith(entries.package + ".") and _private(path):
        return ANY
    return path


def _is_attrs(cls: griffe.Class) -> bool:
    for decorator in cls.decorators:
        try:
            if decorator.callable_path in ATTRS_DECORATORS:
                return True
        except (griffe.GriffeError, KeyError):  # an unresolvable decorator is not attrs
            continue
    return False


def _is_struct(cls: griffe.Class) -> bool:
    """Whether ``cls`` is a msgspec Struct: directly, or through a base of the package's own
    (the runtime's ``_models.Model``)."""
    return any(_struct_base(klass) for klass in _lineage(cls))


def _struct_base(cls: griffe.Class) -> bool:
    return any(str(base) in ("msgspec.Struct", "Struct") for base in cls.bases)


def _lineage(cls: griffe.Class) -> list[griffe.Class]:
    try:
        return [cls, *cls.mro()]
    except (griffe.GriffeError, ValueError):  # unresolvable bases: the class alone
        return [cls]


def _struct_fields(cls: griffe.Class, entries: Api) -> tuple[Param, ...]:
    """Return the constructor parameters msgspec derives from a Struct's annotated fields
    (``kw_only`` is inherited from the Struct bases that set it)."""
    kw_only = any(
        str(getattr(klass, "keywords", {}).get("kw_only")) == "True" for klass in _lineage(cls)
    )
    return tuple(_own_attrs_fields(cls, entries, kw_only=kw_only, struct=True))


def _attrs_fields(cls: griffe.Class, entries: Api) -> tuple[Param, ...]:
    """Return the constructor parameters attrs derives from the annotated fields of the
    class and of its attrs base classes (theirs first, as attrs orders them)."""
    params: dict[str, Param] = {}
    try:
        lineage = [base for base in reversed(cls.mro()) if _is_attrs(base)]
    except (griffe.GriffeError, ValueError):  # unresolvable bases: own fields only
        lineage = []
    for owner in [*lineage, cls]:
        for param in _own_attrs_fields(owner, entries):
            params.pop(param.name, None)  # a redefined field moves to the end, as in attrs
            params[param.name] = param
    return tuple(params.values())


def _own_attrs_fields(
    cls: griffe.Class, entries: Api, *, kw_only: bool | None = None, struct: bool = False
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
        annotation = _annotation(member.annotation, entries)
        params.append(
            Param(init_name, kind, _text(member.annotation), default, field=name, type=annotation)
        )
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


__all__ = ["Api", "ApiLoadError", "Entry", "Param", "public_api"]
