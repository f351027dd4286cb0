"""The rows of a file, read and prepared for an import (``RowPreparer``), a chunk at a time.

Reading and checking a row (names, emails, phone numbers) costs about 40 µs; matching and
writing it costs about as much again. For a big file both halves run side by side: a second
process reads and prepares the rows while this one matches and writes the chunk before. Small
files, and files whose reader cannot be handed to another process, are prepared here; so is
everything when a second process cannot start. Both ways give the same results in the same
order (tests/unit/test_import_feed.py).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import pickle
import queue
import sys
from collections.abc import Callable, Iterator
from contextlib import suppress
from itertools import islice
from typing import Any, NamedTuple

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.i18n import user_text
from crm_desktop.exchange.mapping import Mapping
from crm_desktop.exchange.table import Row, Table
from crm_desktop.services.contacts import CleanContact
from crm_desktop.services.import_prepare import RowPreparer
from crm_desktop.services.import_rows import Prepared
from crm_desktop.services.importer import CHUNK

log = logging.getLogger(__name__)

SECOND_PROCESS_FROM = 2_000_000  # bytes: below this, starting a process costs more than it saves
HEAD_START = 10_000  # rows prepared here while the second process starts (about a second)
_READ_AS_A_STREAM = ("csv", "vcard")  # files whose first rows come without reading the rest
_WAITING = 4  # chunks the second process may prepare ahead (bounded memory)
_POLL = 0.5  # seconds between checks that the second process is still there

Result = Prepared | str | None  # a contact, the reason the row cannot be imported, or an empty row
Chunk = list[tuple[int, Result]]  # (row number, result)


def prepare_row(prepare: RowPreparer, row: int, cells: list[Any]) -> Result:
    try:
        return prepare(row, cells)
    except Exception as exc:  # noqa: BLE001 - a malformed row is reported, never a crash
        return user_text("this row could not be read ({error})", error=exc.__class__.__name__)


def prepared_here(open_rows: Callable[[], Iterator[Row]], mapping: Mapping, region: str,
                   first: int = 0, stop: int | None = None) -> Iterator[Chunk]:
    """Rows ``first`` (counted from 0) up to ``stop`` (None: the end), prepared in this process."""
    prepare = RowPreparer(mapping, region)
    rows = islice(open_rows(), first, stop)
    while chunk := list(islice(rows, CHUNK)):
        yield [(row, prepare_row(prepare, row, cells)) for row, cells in chunk]


def chunks(table: Table, mapping: Mapping, region: str) -> Iterator[Chunk]:
    """The file's rows, prepared, in chunks of ``CHUNK``. Close the iterator when stopping early
    (it stops the second process)."""
    if _worth_a_process(table):
        # the head start only where the reader can stop early: a spreadsheet is read whole
        # before its first row (python-calamine), which would be done twice
        head = HEAD_START if table.kind in _READ_AS_A_STREAM else 0
        second = SecondProcess.start(table.open_rows, mapping, region, head)
        if second is not None:  # it starts after the head start, which this process prepares
            with second:
                if head:
                    yield from prepared_here(table.open_rows, mapping, region, stop=head)
                yield from second
            return
    yield from prepared_here(table.open_rows, mapping, region)


def _worth_a_process(table: Table) -> bool:
    try:
        return table.path.stat().st_size >= SECOND_PROCESS_FROM
    except OSError:
        return False


# --- the second process ------------------------------------------------------------------


_key_sets: dict[tuple[str, ...], tuple[str, ...]] = {}


def _pack(result: Result) -> Any:
    """A prepared row as plain tuples and lists: about ten times quicker to unpickle than the
    objects. Rows with the same value names share one tuple of names (pickled once a chunk)."""
    if not isinstance(result, Prepared):
        return result
    c = result.clean
    keys = tuple(c.values)
    keys = _key_sets.setdefault(keys, keys)
    return (result.row, keys, tuple(c.values.values()), c.emails, c.phones, c.company, c.tags,
            result.warnings, result.custom)


def _unpack(packed: Any) -> Result:
    if packed.__class__ is not tuple:
        return packed
    row, keys, values, emails, phones, company, tags, warnings, custom = packed
    return Prepared(row, CleanContact(dict(zip(keys, values, strict=True)), emails, phones, company, tags),
                    warnings, custom)


class _Done(NamedTuple):
    """The last item the second process sends: every row was sent."""

    peak_mb: float  # the most memory it held (resident size), for the log and the benchmark


def _peak_mb() -> float:
    """The most memory this process has held. On Linux from /proc (VmHWM): ``ru_maxrss`` of a
    spawned process also counts the parent's memory at the moment it forked, before exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except (OSError, ValueError):
        pass
    try:
        import resource
    except ImportError:  # not on Windows
        return 0.0
    size = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return size / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KB elsewhere


class _ImportEnded(Exception):
    """The importing process is gone: nobody will read what this one prepares."""


def _send(out: Any, item: Any) -> None:
    """Put ``item`` in the queue, waiting while it is full; give up when the importing process
    has ended (stopped hard, or crashed), so that this one never waits for ever."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            out.put(item, timeout=_POLL)
            return
        except queue.Full:
            if parent is not None and not parent.is_alive():
                raise _ImportEnded() from None


def _work(open_rows: Callable[[], Iterator[Row]], mapping: Mapping, region: str, first: int, out: Any) -> None:
    """In the second process: prepare every row from ``first`` on and send the chunks; then
    ``None`` (done), or the error that stopped the reading."""
    gc.freeze()  # what the modules loaded is never garbage: keep the collector off it
    try:
        for chunk in prepared_here(open_rows, mapping, region, first=first):
            _send(out, [(row, _pack(result)) for row, result in chunk])
        _send(out, _Done(_peak_mb()))
    except _ImportEnded:
        out.cancel_join_thread()  # what is still buffered for the pipe can be dropped
    except Exception as exc:  # noqa: BLE001 - handed to the importing process as it is
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # noqa: BLE001 - an error that cannot travel: its text does
            exc = CrmError(str(exc))
        with suppress(_ImportEnded):
            _send(out, exc)


class SecondProcess:
    """Rows prepared in a second process, from row ``first`` on: iterate for the chunks; close
    (or leave the ``with`` block) to stop it."""

    def __init__(self, process: Any, out: Any) -> None:
        self.process, self.out = process, out
        self.peak_mb = 0.0  # the most memory the process held, known once it sent every row

    @classmethod
    def start(cls, open_rows: Callable[[], Iterator[Row]], mapping: Mapping, region: str,
              first: int) -> SecondProcess | None:
        """The process, started; None when it cannot be used (then prepare in this one)."""
        try:
            pickle.dumps((open_rows, mapping, region))  # a reader defined in place cannot travel
            context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
            out = context.Queue(_WAITING)
            process = context.Process(target=_work, args=(open_rows, mapping, region, first, out), daemon=True,
                                      name="crm-desktop import reader")
            process.start()
        except Exception:  # noqa: BLE001 - no second process here
            return None
        return cls(process, out)

    def __iter__(self) -> Iterator[Chunk]:
        while True:
            try:
                item = self.out.get(timeout=_POLL)
            except queue.Empty:
                if self.process.is_alive():
                    continue
                try:
                    item = self.out.get(timeout=_POLL)  # sent just before it ended
                except queue.Empty:
                    raise CrmError(user_text(
                        "Reading the file stopped unexpectedly. Nothing was imported; please try again."
                    )) from None
            if isinstance(item, _Done):
                self.peak_mb = item.peak_mb
                log.info("import reader process done, peak resident size %.0f MB", item.peak_mb)
                return
            if isinstance(item, BaseException):
                raise item
            yield [(row, _unpack(packed)) for row, packed in item]

    def close(self) -> None:
        """Stop the process (it may be waiting to send chunks nobody will read)."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(5)
        self.out.close()
        self.out.join_thread()

    def __enter__(self) -> SecondProcess:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
