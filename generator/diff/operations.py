"""Which operations of two documents are the same operation.

An operation is identified by its method and path template with the parameter names
blanked (``get /a/{}``), so that renaming ``{id}`` is a change to one operation. Two paths
of one document may differ only in their parameter names (``/a/{id}`` and ``/a/{name}``):
then each is matched by its exact path, then by its operationId, and a pair left alone on
both sides is one renamed operation. Nothing is ever dropped: whatever is not matched was
removed or added.
"""

from __future__ import annotations

from generator.diff.model import Operation, operation_key


def match_operations(
    old: dict[str, Operation], new: dict[str, Operation]
) -> tuple[list[tuple[Operation, Operation]], list[Operation], list[Operation]]:
    """Return the matched ``(old, new)`` pairs (in the new document's order), the old
    operations left over (removed) and the new ones left over (added)."""
    partner: dict[int, Operation] = {}
    for key in dict.fromkeys(operation_key(op) for op in old.values()):
        left = [op for op in old.values() if operation_key(op) == key]
        right = [op for op in new.values() if operation_key(op) == key]
        for same in (_exact_path, _operation_id):
            for operation in list(left):
                found = [candidate for candidate in right if same(operation, candidate)]
                if len(found) == 1:
                    partner[id(found[0])] = operation
                    left.remove(operation)
                    right.remove(found[0])
        if len(left) == 1 and len(right) == 1:  # one operation whose parameters were renamed
            partner[id(right[0])] = left.pop()
    pairs = [(partner[id(op)], op) for op in new.values() if id(op) in partner]
    matched = {id(op) for op, _ in pairs}
    removed = [op for op in old.values() if id(op) not in matched]
    added = [op for op in new.values() if id(op) not in partner]
    return pairs, removed, added


def _exact_path(first: Operation, second: Operation) -> bool:
    return first.path == second.path


def _operation_id(first: Operation, second: Operation) -> bool:
    return first.operation_id is not None and first.operation_id == second.operation_id
