"""One verdict per fact: the spec changes and the package changes that are one change a user
sees, merged.

A spec edit shows in the generated package in several places: making ``region`` required in
a request body makes the model's constructor require it, narrows its type, and does the
same to ``create`` on both resource classes. Each of those package rows is *where* the fact
shows, not another fact. A package row belongs to a spec change when the generated names
say so: it is a function or resource method of an operation the change reaches (the names
the generator gives operations, :func:`generator.resources.place_operations`), or a class
generated for the schema on the change's path, at the field the change is about
(:mod:`generated_names`). A package row that belongs to no spec change (a template change)
is a fact of its own; so is a spec change with no package row (a constraint the client does
not check).

A fact breaks callers when its spec change does, or when the package shows it in a way a
type checker flags: the spec rules judge the wire, the package rules the Python, and the
verdict oracle referees both (:mod:`oracle`). Document-level spec changes (servers, security)
show as the client module's constants (``SECURITY``, ``DEFAULT_BASE_URL``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from generator.config import ClientSpec
from generator.diff.generated_names import argument_name, class_name, operation_name, tag_name
from generator.diff.model import build_api
from generator.diff.public_api import Api
from generator.diff.rules import Change
from generator.errors import GenerationError
from generator.resources import OperationRef, Placement, place_operations

_OPERATION = re.compile(r"^([A-Z]+) (/\S*)")
_PARAMETER = re.compile(r"^ \((?:query|path|header|cookie) parameter (.+)\)$")
_BODY = re.compile(r"^ (?:request body|\S+ response)(?: \([^)]*\))?")
_DECORATIONS = re.compile(r"<[^<>]*>|\[\d*\]|\{\}")
"""Parts of a location that name no field: variants, array items, additional properties."""


@dataclass(frozen=True)
class Fact:
    """One change a user sees: the spec change it is (if any) and every package row that
    shows it in the generated code."""

    spec: Change | None
    api: tuple[Change, ...] = ()
    call: str | None = None
    """How callers call the resource method the fact is about (``client.databases.create()``)."""
    member: str | None = None
    """The model field the fact is about, as callers write it (``Database.html_url``)."""

    @property
    def rows(self) -> tuple[Change, ...]:
        """Return every row of the fact, the spec change first."""
        return (*((self.spec,) if self.spec else ()), *self.api)

    @property
    def main(self) -> Change:
        """Return the row that names the fact: the spec change, else the package row."""
        return self.rows[0]

    @property
    def breaking(self) -> bool:
        """Return whether the fact breaks callers.

        The spec rules judge what happens on the wire and the package rules what a type
        checker sees: a spec change breaks when its own rule says so or when the package
        shows it in a way a type checker flags. A package row that breaks only at run time
        (a value, a default) says nothing the spec rule did not already judge about the
        wire; a package row with no spec change decides alone.
        """
        if self.spec is None:
            return any(row.breaking for row in self.api)
        return self.spec.breaking or any(
            row.breaking and not row.rule.runtime_only for row in self.api
        )

    @property
    def python(self) -> tuple[str, ...]:
        """Return where the fact shows in the generated package, as dotted paths."""
        return tuple(row.location for row in self.api)


def facts_of(spec_changes: Iterable[Change], api_changes: Iterable[Change] = ()) -> list[Fact]:
    """Return one fact per change, unmerged (when only one layer was compared)."""
    return [Fact(found) for found in spec_changes] + [Fact(None, (found,)) for found in api_changes]


@dataclass
class Homes:
    """Where each operation of two documents lives in the generated packages."""

    modules: dict[str, set[str]] = field(default_factory=dict)
    """Operation label (``METHOD /path``) → the names of its generated modules."""
    methods: dict[str, set[Placement]] = field(default_factory=dict)
    """Operation label → its resource methods (``databases.create``)."""


def operation_homes(client: ClientSpec, *documents: dict[str, Any]) -> Homes:
    """Return the generated names of every operation of ``documents`` (old and new)."""
    homes = Homes()
    for document in documents:
        operations = build_api(document).operations.values()
        refs = {
            operation.label: OperationRef(
                key=operation_name(operation.method, operation.path, operation.operation_id),
                operation_id=operation.operation_id or "",
                tag=tag_name(operation.tag),
                path=operation.path,
            )
            for operation in operations
        }
        # the config's renames of operations this document has (the other side may have
        # others: a pull request that renames an operation and its override together)
        names = {ref.operation_id for ref in refs.values()} | {ref.key for ref in refs.values()}
        renames = {name: to for name, to in client.resources.items() if name in names}
        try:
            placements = place_operations(replace(client, resources=renames), refs.values())
        except GenerationError:  # names that collide: the resource methods stay unknown
            placements = {}
        for label, ref in refs.items():
            homes.modules.setdefault(label, set()).add(ref.key)
            if ref.key in placements:
                homes.methods.setdefault(label, set()).add(placements[ref.key])
    return homes


def client_facts(
    client: ClientSpec,
    documents: tuple[dict[str, Any], dict[str, Any]],
    changes: tuple[list[Change], list[Change]],
    apis: tuple[Api, Api],
) -> list[Fact]:
    """Return the facts of one client: its spec ``changes`` and package changes between the
    old and new ``documents`` and public ``apis``, merged."""
    return merge(*changes, *apis, operation_homes(client, *documents))


def merge(
    spec_changes: list[Change], api_changes: list[Change], old: Api, new: Api, homes: Homes
) -> list[Fact]:
    """Return the facts: each spec change with the package rows that show it, then every
    package row that shows none."""
    subjects = [_Subject.of(found) for found in spec_changes]
    index = _Index(old, new, homes)
    linked: list[list[Change]] = [[] for _ in spec_changes]
    calls: list[str | None] = [None for _ in spec_changes]
    members: list[str | None] = [None for _ in spec_changes]
    alone: list[Change] = []
    # the most specific change first: a field's or a parameter's before an operation's
    order = sorted(range(len(subjects)), key=lambda number: subjects[number].whole_operation)
    for row in api_changes:
        places = [index.place(obj) for obj in row.objects or (row.location,)]
        owner = next(
            (
                number
                for number in order
                if any(subjects[number].shows_at(place, index) for place in places)
            ),
            None,
        )
        if owner is None:
            alone.append(row)
            continue
        linked[owner].append(row)
        for place in places:
            calls[owner] = calls[owner] or place.call(subjects[owner].operations, homes)
            if place.cls is not None and place.member and place.member != "__init__":
                members[owner] = members[owner] or f"{place.cls.rpartition('.')[2]}.{place.member}"
    for number, subject in enumerate(subjects):
        placements = {p for label in subject.operations for p in homes.methods.get(label, ())}
        if subject.whole_operation and linked[number] and len(placements) == 1:
            [placement] = placements  # an operation added or removed with its whole resource
            calls[number] = calls[number] or f"client.{placement.dotted}()"
    facts = [
        Fact(found, tuple(rows), call, member)
        for found, rows, call, member in zip(spec_changes, linked, calls, members, strict=True)
    ]
    return facts + [Fact(None, (row,)) for row in alone]


@dataclass(frozen=True)
class _Subject:
    """What a spec change is about, read from its location."""

    operations: frozenset[str]
    parameter: str | None
    """The parameter's name, for a change to a parameter."""
    root: str | None
    """The component schema at the start of the path; None when the path starts at an
    operation's request body or response."""
    side: str
    fields: tuple[str, ...]
    """The field names from the root down (``owner``, ``login``)."""
    whole_operation: bool
    document_level: bool
    """A change to the servers or security of the whole document."""

    @classmethod
    def of(cls, found: Change) -> _Subject:
        location = _DECORATIONS.sub("", found.location)
        operations = set(found.operations)
        parameter = root = None
        fields: tuple[str, ...] = ()
        matched = _OPERATION.match(location)
        if matched:
            operations.add(f"{matched[1]} {matched[2]}")
            rest = location[matched.end() :]
            named = _PARAMETER.match(rest)
            body = _BODY.match(rest)
            if named:
                parameter = named[1]
            elif body:
                fields = tuple(p for p in rest[body.end() :].split(".") if p)
        elif found.rule.area in ("request", "response"):
            root, *parts = location.split(".")
            fields = tuple(p for p in parts if p)
        whole = found.rule.area == "operation"
        document_level = found.rule.area in ("security", "server") and not matched
        side = "response" if found.rule.area == "response" else "request"
        return cls(frozenset(operations), parameter, root, side, fields, whole, document_level)

    def shows_at(self, place: _Place, index: _Index) -> bool:
        """Whether the package row at ``place`` shows this change."""
        if self.document_level:  # a module's constant, not anything in a class or function
            return place.cls is None and place.kind == "attribute"
        serves = any(place.serves(label, index.homes) for label in self.operations)
        if self.whole_operation:
            # its functions, resource methods, the classes only it uses (its body), and
            # what holds them when that appeared or went with it (a tag's folder, a
            # resource module, the client's accessor of the resource)
            return (
                serves
                or index.is_body_class(place, self.operations)
                or index.holds_home(place, self.operations)
            )
        if self.parameter is not None:
            return serves and place.argument == argument_name(self.parameter)
        if serves and self.root is None and not self.fields:
            return True  # the operation's body or responses as a whole: its signatures
        if self.side == "request" and serves and self.fields:
            # resource methods take a request body's fields as keyword arguments
            if place.argument == argument_name(self.fields[0]):
                return True
        return self._in_class(place, index)

    def _in_class(self, place: _Place, index: _Index) -> bool:
        """Whether ``place`` is in a class generated for the schema on the path, at the
        field the change is about (or anywhere in it when the change is about the class)."""
        if self.root is None and not self.fields and place.kind == "module":
            # the module of a class the operation's body or response now is (or was)
            classes = index.body_classes(self.operations, self.side)
            return any(cls.startswith(place.path + ".") for cls in classes)
        if place.cls is None:
            return False
        owner = place.cls.rpartition(".")[2]
        if self.root is not None:
            roots = {class_name(self.root)}
        else:  # an operation's own body or response: the classes its functions use
            roots = {c.rpartition(".")[2] for c in index.body_classes(self.operations, self.side)}
        for depth in range(len(self.fields) + 1):
            names = {class_name("_".join([root, *self.fields[:depth]])) for root in roots}
            if owner not in names:
                continue
            if depth == len(self.fields) or place.path == place.cls:
                return True  # in the class the change is about, or the class as a whole
            return place.member == argument_name(self.fields[depth])
        return False


@dataclass(frozen=True)
class _Place:
    """Where a package row is: the object, its class, module and the argument or member."""

    path: str
    cls: str | None
    module: str
    function: str | None
    """The function or method, for a row about one (or its argument)."""
    member: str | None
    """The attribute or constructor argument of ``cls`` the row is about."""
    argument: str | None
    kind: str
    """The object's kind (``module``, ``class``, ``function``, ``attribute``, ``export``)."""

    @classmethod
    def of(cls, obj: str, old: Api, new: Api) -> _Place:
        path, _, called = obj.partition("(")
        argument = called.rstrip(")") or None
        kinds = {p: (old.get(p) or new.get(p)) for p in _prefixes(path)}
        module = max((p for p, e in kinds.items() if e and e.kind == "module"), key=len, default="")
        classes = [p for p, e in kinds.items() if e and e.kind == "class"]
        owner = max(classes, key=len, default=None)
        entry = kinds.get(path)
        function = path if entry is not None and entry.kind == "function" else None
        member = None
        if owner is not None and path != owner:
            leaf = path[len(owner) + 1 :].split(".", 1)[0]
            member = argument if leaf == "__init__" else leaf
        return cls(path, owner, module, function, member, argument, entry.kind if entry else "")

    def call(self, operations: frozenset[str], homes: Homes) -> str | None:
        """Return ``client.<resource>.<method>()`` when the object is the resource method of
        one of ``operations``."""
        if self.function is None or self.cls is None:
            return None
        method = self.function.rpartition(".")[2]
        module_name = self.module.rpartition(".")[2]
        for label in sorted(operations):
            for placement in homes.methods.get(label, ()):
                if placement.method == method and placement.resource == module_name:
                    return f"client.{placement.dotted}()"
        return None

    def serves(self, label: str, homes: Homes) -> bool:
        """Whether the object is (in) a module of operation ``label``, or its resource
        method (or a member of that name on another class of the resource's module, such
        as the raw-response wrapper's)."""
        module_name = self.module.rpartition(".")[2]
        if module_name in homes.modules.get(label, set()):
            return True
        if self.cls is None:
            return False
        method = self.function.rpartition(".")[2] if self.function else self.member
        return any(
            p.method == method and p.resource == module_name for p in homes.methods.get(label, ())
        )


class _Index:
    """The two packages' objects, where they are, and what the operations' functions use."""

    def __init__(self, old: Api, new: Api, homes: Homes) -> None:
        self.old, self.new, self.homes = old, new, homes
        self._places: dict[str, _Place] = {}
        self._bodies: dict[str, dict[str, set[str]]] = {}

    def place(self, obj: str) -> _Place:
        """Return where ``obj`` (a dotted path, with ``(argument)`` perhaps) is."""
        if obj not in self._places:
            self._places[obj] = _Place.of(obj, self.old, self.new)
        return self._places[obj]

    def holds_home(self, place: _Place, operations: frozenset[str]) -> bool:
        """Whether ``place`` is a module holding a module or the resource module of one of
        ``operations``, or a class member named after its resource (``client.widgets``)."""
        modules = {name for label in operations for name in self.homes.modules.get(label, ())}
        resources = {p.resource for label in operations for p in self.homes.methods.get(label, ())}
        if place.cls is not None:
            return place.kind == "attribute" and place.member in resources
        if place.kind != "module":
            return False
        inside = [
            path
            for api in (self.old, self.new)
            for path in api
            if path.startswith(place.path + ".")
        ]
        names = {place.path.rpartition(".")[2]} | {path.rpartition(".")[2] for path in inside}
        return bool(names & (modules | resources))

    def is_body_class(self, place: _Place, operations: frozenset[str]) -> bool:
        """Whether ``place`` is a class that only the functions of ``operations`` take or
        give (an operation's own body or response model), a module holding one, or inside
        one."""
        for side in ("request", "response"):
            for cls, labels in self._uses(side).items():
                if not labels <= operations:
                    continue
                if place.path == cls or cls.startswith(place.path + ".") or place.cls == cls:
                    return True
        return False

    def body_classes(self, operations: frozenset[str], side: str) -> set[str]:
        """Return the dotted paths of the classes the functions of ``operations`` take
        (request) or give (response)."""
        return {cls for cls, labels in self._uses(side).items() if labels & operations}

    def _uses(self, side: str) -> dict[str, set[str]]:
        """Return, per class, the operations whose functions take it (request) or give it
        (response), computed once."""
        if side in self._bodies:
            return self._bodies[side]
        uses: dict[str, set[str]] = {}
        labels = sorted(self.homes.modules.keys() | self.homes.methods.keys())
        for api in (self.old, self.new):
            for path, entry in api.items():
                if entry.kind != "function":
                    continue
                place = self.place(path)
                served = {label for label in labels if place.serves(label, self.homes)}
                if not served:
                    continue
                if side == "request":
                    names = {n for p in entry.params for n in p.type.names}
                else:
                    names = set(entry.returns_type.names)
                for name in names:
                    if name in api and api[name].kind == "class":
                        uses.setdefault(name, set()).update(served)
        self._bodies[side] = uses
        return uses


def _prefixes(path: str) -> list[str]:
    parts = path.split(".")
    return [".".join(parts[: end + 1]) for end in range(len(parts))]
