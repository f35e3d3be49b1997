"""Checks on the shape of a scenario's story: every node reachable, every path able to end."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def reachable(start: str, edges: Mapping[str, Sequence[str]]) -> set[str]:
    """Ids of the nodes that can be reached from `start` by following choices."""
    seen = {start}
    todo = [start]
    while todo:
        for target in edges.get(todo.pop(), ()):
            if target in edges and target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def cannot_end(edges: Mapping[str, Sequence[str | None]]) -> set[str]:
    """Ids of nodes from which no sequence of choices reaches an ending.

    A node ends the story when it has no choices, or when one of its choices has no `next`.
    """
    reverse: dict[str, list[str]] = {node: [] for node in edges}
    can_end: set[str] = set()
    for node, targets in edges.items():
        if not targets or any(t is None for t in targets):
            can_end.add(node)
        for target in targets:
            if target is not None and target in reverse:
                reverse[target].append(node)
    todo = list(can_end)
    while todo:
        for parent in reverse[todo.pop()]:
            if parent not in can_end:
                can_end.add(parent)
                todo.append(parent)
    return set(edges) - can_end
