"""A small memo for values worked out again and again (a file repeats the same few companies,
tags and cell texts on thousands of rows), with a bounded size."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Remembered(dict[K, V], Generic[K, V]):
    """``memo[key]`` is ``make(key)``, worked out once; when ``limit`` keys are held it forgets
    them all and starts again (memory stays bounded however many distinct keys come by)."""

    def __init__(self, make: Callable[[K], V], limit: int = 4096) -> None:
        super().__init__()
        self.make, self.limit = make, limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.make(key)
        return value
