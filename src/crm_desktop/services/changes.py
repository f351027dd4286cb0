"""What a mutation changed, so that views can refresh only what they show.

Every service mutation returns a ``Change`` and publishes it on the ``ChangeHub``. The
GUI bridges the hub to a Qt signal; the CLI ignores it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    kind: str  # "contact", "company", "deal", "activity", "followup", "tag", "pipeline", ...
    created: frozenset[int] = field(default_factory=frozenset)
    updated: frozenset[int] = field(default_factory=frozenset)
    deleted: frozenset[int] = field(default_factory=frozenset)
    reset: bool = False  # too much changed: reload everything of this kind

    @property
    def ids(self) -> frozenset[int]:
        return self.created | self.updated | self.deleted

    @classmethod
    def of(
        cls,
        kind: str,
        created: object = (),
        updated: object = (),
        deleted: object = (),
        reset: bool = False,
    ) -> Change:
        return cls(kind, frozenset(created), frozenset(updated), frozenset(deleted), reset)  # type: ignore[arg-type]


Listener = Callable[[Change], None]


class ChangeHub:
    """A tiny publish/subscribe hub. Listeners may be called from worker threads."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def publish(self, *changes: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for change in changes:
            for listener in listeners:
                listener(change)
