"""A synthetic caller of a generated package: Python code that uses every public object the
way code written against the package would, for a type checker to check against another
build of the package (the verdict oracle, :mod:`oracle`).

Everything is discovered from the package's public API (:mod:`public_api`), never from
its layout: every module is imported; every public function and method is called with
every parameter (once with the required ones only, once positionally, once by keyword,
so that a new required parameter, a reordering and a renaming are all seen); its result is
read as the old return type; every class callers build is constructed; every attribute
and property is read as its old type; every base class is used as such; every enum member
and re-export is named. Values passed in are typed with the old annotations; results are
read through read-only views (``Sequence`` for ``list``, :func:`api_types.read_view`).
Which classes callers build and read follows :mod:`api_roles`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from generator.diff.api_roles import Role
from generator.diff.api_types import ANY, read_view
from generator.diff.public_api import Api, Entry, Param

_ENUM_BASES = frozenset({"enum.Enum", "enum.StrEnum", "enum.IntEnum", "enum.Flag", "enum.IntFlag"})
_NUMBER = "{number}"
_ASYNC_ITERATORS = tuple(
    f"{module}.{name}"
    for module in ("collections.abc", "typing")
    for name in ("AsyncIterator", "AsyncGenerator", "AsyncIterable")
)
_EXTRA_KEYWORD = "oracle_extra"
"""A keyword argument no function names: only a ``**kwargs`` accepts it."""


@dataclass(frozen=True)
class Use:
    """One function of the caller: which public object it uses, and on which lines."""

    element: str
    """The dotted path of the object used (``pkg.models.thing.Thing.__init__`` for a
    construction, ``pkg.models.thing.Thing`` for its base classes)."""
    names: frozenset[str]
    """Every dotted path its code names (types in annotations)."""
    first: int
    last: int


@dataclass(frozen=True)
class _Code:
    """One part of the caller before it is numbered and placed."""

    element: str
    names: frozenset[str]
    lines: list[str]


@dataclass
class Caller:
    """The caller's source text and what each part of it uses."""

    text: str = ""
    uses: list[Use] = field(default_factory=list)

    def use_at(self, line: int) -> Use | None:
        """Return the use whose code is on ``line`` (1-based), if any."""
        return next((use for use in self.uses if use.first <= line <= use.last), None)


def synthesize_caller(api: Api, roles: dict[str, Role], alias: str | None = None) -> Caller:
    """Return a caller of every public object of ``api``; the package is imported as
    ``alias`` (default: its own name), while :attr:`Use.element` keeps the real paths."""
    return _Writer(api, roles, alias or api.package).write()


class _Writer:
    """Writes the caller: one small function per use, numbered, imports first."""

    def __init__(self, api: Api, roles: dict[str, Role], alias: str) -> None:
        self.api, self.roles, self.alias = api, roles, alias
        self.lines: list[str] = []
        self.uses: list[Use] = []

    def write(self) -> Caller:
        body: list[_Code] = []
        for path, entry in self.api.items():
            body += self._entry(path, entry)
        modules = sorted(p for p, e in self.api.items() if e.kind == "module")
        external = sorted(
            {_module_of(name) for code in body for name in code.names if not self._ours(name)}
            - {""}
            | {"collections.abc", "typing"}  # the read views, and Any
        )
        self.lines = [f"# A synthetic caller of every public object of {self.api.package}."]
        for module in external:
            self.lines.append(f"import {module}")
        for module in modules:
            self._add(_Code(module, frozenset({module}), [f"import {module}"]))
        for code in body:
            self.lines.append("")
            self._add(code)
        return Caller("\n".join(self.lines) + "\n", self.uses)

    def _add(self, code: _Code) -> None:
        first = len(self.lines) + 1
        number = str(len(self.uses))
        self.lines += [self._spelled(line.replace(_NUMBER, number, 1)) for line in code.lines]
        self.uses.append(Use(code.element, code.names, first, len(self.lines)))

    def _ours(self, name: str) -> bool:
        return name == self.api.package or name.startswith(self.api.package + ".")

    def _spelled(self, line: str) -> str:
        """Return a line of code with the package imported under its alias."""
        return re.sub(rf"\b{re.escape(self.api.package)}\b", self.alias, line)

    # What to write for each kind of object -------------------------------------------

    def _entry(self, path: str, entry: Entry) -> list[_Code]:
        owner = path.rpartition(".")[0]
        owner_entry = self.api.get(owner)
        in_class = owner_entry is not None and owner_entry.kind == "class"
        if entry.kind == "export":
            return [_Code(path, frozenset({path}), _define([], "object", [f"return {path}"]))]
        if entry.kind == "class":
            return self._class(path, entry)
        if entry.kind == "attribute":
            return [self._attribute(path, entry, owner if in_class else None)]
        if entry.kind == "function":
            name = path.rpartition(".")[2]
            if in_class and name == "__init__":
                return self._construction(owner, entry)
            return [self._call(path, entry, owner if in_class else None)]
        return []

    def _class(self, path: str, entry: Entry) -> list[_Code]:
        """Each public base class: an instance must still be one."""
        return [
            _Code(
                path, frozenset({path, base}), _define([f"value: {path}"], base, ["return value"])
            )
            for base in entry.bases
            if not base.startswith("typing.") and base != ANY
        ]

    def _construction(self, cls: str, entry: Entry) -> list[_Code]:
        if not self._role(cls).built_by_callers or _ENUM_BASES & set(self.api[cls].bases):
            return []
        params = list(entry.params)
        signature, names = self._signature(params, typed=True)
        calls = _calls(cls, params)
        code = [*calls[:-1], f"return {calls[-1]}"]
        return [_Code(f"{cls}.__init__", names | {cls}, _define(signature, cls, code))]

    def _attribute(self, path: str, entry: Entry, cls: str | None) -> _Code:
        name = path.rpartition(".")[2]
        reads = cls is None or self._role(cls).read_by_callers
        result = read_view(entry.type.qualified) if reads and entry.type.qualified else "object"
        names = frozenset({path, *entry.type.names})
        if cls is None:  # a module attribute
            return _Code(path, names, _define([], result, [f"return {path}"]))
        if entry.value is not None and not entry.type.qualified:  # a class constant
            if _ENUM_BASES & set(self.api[cls].bases):
                result = cls  # an enum member is an instance of its enum
            return _Code(path, names | {cls}, _define([], result, [f"return {cls}.{name}"]))
        code = _define([f"value: {cls}"], result, [f"return value.{name}"])
        return _Code(path, names | {cls}, code)

    def _call(self, path: str, entry: Entry, cls: str | None) -> _Code:
        role = Role.BOTH if cls is None else self._role(cls)
        params = _positional_only(list(entry.params), path.rpartition(".")[2])
        receiver: list[str] = []
        if cls is not None and not {"staticmethod", "classmethod"} & entry.labels:
            receiver, target = [f"value: {cls}"], f"value.{path.rpartition('.')[2]}"
        else:
            target = path
        signature, names = self._signature(params, typed=role.built_by_callers)
        returns = entry.returns_type
        reads = role.read_by_callers and returns.qualified not in ("", "None")
        result = read_view(returns.qualified) if reads else "None"
        names |= {path, *returns.names} | ({cls} if cls else set())
        # an async generator (async def ... yield) is iterated, not awaited
        generator = returns.qualified.startswith(_ASYNC_ITERATORS)
        awaited = "await " if "async" in entry.labels and not generator else ""
        calls = [f"{awaited}{call}" for call in _calls(target, params)]
        code = [*calls[:-1], f"return {calls[-1]}" if reads else calls[-1]]
        lines = _define(receiver + signature, result, code, is_async="async" in entry.labels)
        return _Code(path, names, lines)

    def _signature(self, params: list[Param], *, typed: bool) -> tuple[list[str], frozenset[str]]:
        """Return the caller's parameters standing for ``params`` (typed with the old
        annotations, or ``Any`` where what callers pass is not judged) and the names used."""
        declared: list[str] = []
        names: set[str] = set()
        for param in params:
            annotation = param.type.qualified if typed and param.type.qualified else ANY
            if typed:
                names |= param.type.names
            # *args and **kwargs get one value each: the type of one argument
            declared.append(f"{_argument(param)}: {annotation}")
        return declared, frozenset(names)

    def _role(self, cls: str) -> Role:
        return self.roles.get(cls, Role.BOTH)


def _define(
    params: list[str], result: str, body: list[str], *, is_async: bool = False
) -> list[str]:
    head = f"{'async ' if is_async else ''}def use_{_NUMBER}({', '.join(params)}) -> {result}:"
    return [head, *(f"    {line}" for line in body)]


def _calls(target: str, params: list[Param]) -> list[str]:
    """Return the distinct calls: required parameters only, all positionally where they
    can be, all by keyword where they can be (with one extra argument where the function
    takes ``*args`` or ``**kwargs``, so that losing those is seen)."""
    forms = [
        [_pass(p, positional=True) for p in params if p.required],
        [_pass(p, positional=True) for p in params],
        [_pass(p, positional=False) for p in params if p.kind != "variadic positional"],
    ]
    return list(dict.fromkeys(f"{target}({', '.join(form)})" for form in forms))


def _pass(param: Param, *, positional: bool) -> str:
    name = _argument(param)
    if param.kind == "variadic keyword":
        return f"{_EXTRA_KEYWORD}={name}"
    if param.kind in ("positional-only", "variadic positional") or (
        positional and param.kind == "positional or keyword"
    ):
        return name
    return f"{param.name}={name}"


def _positional_only(params: list[Param], method: str) -> list[Param]:
    """Return ``params`` as a type checker reads them: the parameters of a dunder method
    (``__getitem__(self, key)``) and those named ``__x`` are positional-only."""
    dunder = method.startswith("__") and method.endswith("__") and method != "__init__"
    return [
        replace(p, kind="positional-only")
        if p.kind == "positional or keyword" and (dunder or p.name.startswith("__"))
        else p
        for p in params
    ]


def _argument(param: Param) -> str:
    return f"arg_{param.name}"


def _module_of(name: str) -> str:
    """Return the module to import for an outside name (``datetime`` for
    ``datetime.datetime``); empty for a builtin."""
    return name.rpartition(".")[0]
