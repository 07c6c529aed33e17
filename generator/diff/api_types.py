"""Whether code typed against one annotation still type-checks against another.

Annotations arrive as source text whose names are full dotted paths
(``pkg.models.thing.Thing | pkg.types.Unset``). A caller holds values of the old types and
passes them in, so a parameter change breaks it unless the new annotation accepts every
old value; a caller reads results through read-only views (``Sequence``, ``Mapping``: it
iterates a returned list, it does not store it in a ``list[...]`` of its own), so a return
or attribute change breaks it unless the old view accepts every new value. The rules are
those of a type checker: ``Any`` matches anything both ways, unions are sets of members,
``Literal`` values belong to their type, ``bool < int < float < complex``, subclasses are
accepted where their bases are, ``list``/``dict``/``set`` are invariant and read-only
containers covariant.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass, field

ANY = "typing.Any"


@dataclass(frozen=True)
class Annotation:
    """A type annotation: as written, and with every name as its full dotted path."""

    text: str = ""
    """As written in the source, for reports."""
    qualified: str = ""
    """Names replaced by full dotted paths; what is compared and what a caller can write.
    Empty when there is no annotation (anything goes)."""
    names: frozenset[str] = frozenset()
    """The full dotted paths the annotation refers to."""


NO_ANNOTATION = Annotation()

_ALIASES = {
    "typing.List": "list",
    "typing.Dict": "dict",
    "typing.Set": "set",
    "typing.FrozenSet": "frozenset",
    "typing.Tuple": "tuple",
    "typing.Type": "type",
    "typing.Sequence": "collections.abc.Sequence",
    "typing.Mapping": "collections.abc.Mapping",
    "typing.Iterable": "collections.abc.Iterable",
    "typing.Iterator": "collections.abc.Iterator",
    "typing.AsyncIterator": "collections.abc.AsyncIterator",
    "typing.Awaitable": "collections.abc.Awaitable",
    "typing.Callable": "collections.abc.Callable",
    "typing.AbstractSet": "collections.abc.Set",
    "builtins.object": "object",
}
_READ_VIEWS = {
    "list": "collections.abc.Sequence",
    "dict": "collections.abc.Mapping",
    "set": "collections.abc.Set",
}
# Known subtype facts outside the package (the package's own classes bring their bases).
_SUPERTYPES: dict[str, tuple[str, ...]] = {
    "bool": ("int",),
    "int": ("float",),
    "float": ("complex",),
    "enum.StrEnum": ("str", "enum.Enum"),
    "enum.IntEnum": ("int", "enum.Enum"),
    "datetime.datetime": ("datetime.date",),
    "list": ("collections.abc.Sequence",),
    "tuple": ("collections.abc.Sequence",),
    "collections.abc.Sequence": ("collections.abc.Collection", "collections.abc.Iterable"),
    "dict": ("collections.abc.Mapping",),
    "collections.abc.Mapping": ("collections.abc.Collection", "collections.abc.Iterable"),
    "set": ("collections.abc.Set",),
    "frozenset": ("collections.abc.Set",),
    "collections.abc.Set": ("collections.abc.Collection", "collections.abc.Iterable"),
    "collections.abc.Iterator": ("collections.abc.Iterable",),
    "collections.abc.AsyncIterator": ("collections.abc.AsyncIterable",),
}
# Which type arguments may vary, by position ("+" covariant, "=" invariant): list[int] is
# not a list[float], a Sequence[int] is a Sequence[float].
_VARIANCE = {
    "list": "=",
    "set": "=",
    "dict": "==",
    "collections.abc.Mapping": "=+",
    "collections.abc.Sequence": "+",
    "collections.abc.Set": "+",
    "frozenset": "+",
    "collections.abc.Collection": "+",
    "collections.abc.Iterable": "+",
    "collections.abc.Iterator": "+",
    "collections.abc.AsyncIterable": "+",
    "collections.abc.AsyncIterator": "+",
    "collections.abc.Awaitable": "+",
    "type": "+",
}


@dataclass(frozen=True)
class _Type:
    name: str
    args: tuple[_Type, ...] = ()
    values: tuple[object, ...] = ()
    """For ``Literal``: its values."""


@dataclass
class TypeJudge:
    """Relates annotations; ``ancestors`` gives every base class of the package's classes."""

    ancestors: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def accepts(self, target: str, source: str) -> bool:
        """Return whether every value of the annotation ``source`` is a value of ``target``
        (an empty annotation is anything, like ``Any``)."""
        if not target or not source:
            return True
        return self._union_fits(_members(_parse(source)), _members(_parse(target)))

    def _union_fits(self, sources: list[_Type], targets: list[_Type]) -> bool:
        return all(any(self._fits(s, t) for t in targets) for s in sources)

    def _fits(self, source: _Type, target: _Type) -> bool:
        if ANY in (source.name, target.name) or target.name == "object":
            return True
        if "typing.Literal" in (source.name, target.name):
            return self._literal_fits(source, target)
        if source.name == "None" or target.name == "None":
            return source.name == target.name
        if not self._subclass(source.name, target.name):
            return False
        if not source.args or not target.args:
            return True  # a bare generic is generic over anything
        if len(source.args) != len(target.args):
            return False
        # tuple[X, Y] is covariant in every position
        variance = (
            "+" * len(target.args) if target.name == "tuple" else _VARIANCE.get(target.name, "")
        )
        for position, (given, wanted) in enumerate(zip(source.args, target.args, strict=True)):
            covariant = position < len(variance) and variance[position] == "+"
            if not self._union_fits(_members(given), _members(wanted)):
                return False
            if not covariant and not self._union_fits(_members(wanted), _members(given)):
                return False
        return True

    def _literal_fits(self, source: _Type, target: _Type) -> bool:
        if source.name != "typing.Literal":
            return False  # only literals are a literal type
        if target.name == "typing.Literal":
            return set(source.values) <= set(target.values)
        return all(self._fits(_Type(type(value).__name__), target) for value in source.values)

    def _subclass(self, name: str, base: str) -> bool:
        seen, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current == base:
                return True
            if current not in seen:
                seen.add(current)
                todo += [*self.ancestors.get(current, ()), *_SUPERTYPES.get(current, ())]
        return False


def read_view(qualified: str) -> str:
    """Return the annotation a caller reads a value through: ``list``, ``dict`` and ``set``
    replaced by their read-only ``Sequence``, ``Mapping`` and ``Set`` wherever reading
    allows it (not inside an invariant generic such as ``Response[list[X]]``)."""
    if not qualified:
        return qualified
    return ast.unparse(_view(ast.parse(qualified, mode="eval").body))


def _view(node: ast.expr) -> ast.expr:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return ast.BinOp(_view(node.left), node.op, _view(node.right))
    if not isinstance(node, ast.Subscript):
        return node
    name = _canonical(_dotted(node.value))
    view = _READ_VIEWS.get(name, name)
    elements = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    if name in ("tuple", "typing.Union", "typing.Optional"):
        variance = "+" * len(elements)
    else:
        variance = _VARIANCE.get(view, "")
    viewed = [
        _view(e) if i < len(variance) and variance[i] == "+" else e for i, e in enumerate(elements)
    ]
    value = ast.parse(view, mode="eval").body if view != name else node.value
    inner = ast.Tuple(viewed, ast.Load()) if isinstance(node.slice, ast.Tuple) else viewed[0]
    return ast.Subscript(value, inner, ast.Load())


def _parse(text: str) -> _Type:
    return _convert(ast.parse(text, mode="eval").body)


def _convert(node: ast.expr) -> _Type:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _Type("typing.Union", (_convert(node.left), _convert(node.right)))
    if isinstance(node, ast.Constant):
        return _Type(ANY if node.value is Ellipsis else "None" if node.value is None else ANY)
    if isinstance(node, ast.Subscript):
        name = _canonical(_dotted(node.value))
        elements = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if name == "typing.Literal":
            values = tuple(e.value for e in elements if isinstance(e, ast.Constant))
            return _Type(name, values=values)
        if name == "typing.Optional":
            return _Type("typing.Union", (_convert(elements[0]), _Type("None")))
        if name == "tuple" and any(
            isinstance(e, ast.Constant) and e.value is Ellipsis for e in elements
        ):
            return _Type("collections.abc.Sequence", (_convert(elements[0]),))
        return _Type(name, tuple(_convert(e) for e in elements))
    if isinstance(node, ast.List):  # Callable's parameter list: compared as a whole
        return _Type(ast.unparse(node))
    return _Type(_canonical(_dotted(node)))


def _members(annotation: _Type) -> list[_Type]:
    if annotation.name != "typing.Union":
        return [annotation]
    return [member for arg in annotation.args for member in _members(arg)]


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    if isinstance(node, ast.Name):
        return node.id
    return ast.unparse(node)


def _canonical(name: str) -> str:
    return _ALIASES.get(name, name)
