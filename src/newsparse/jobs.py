"""Running a batch: the command line's inputs expanded, the work done per input (in worker
processes, results in input order), and where the output goes.

:mod:`newsparse.cli` reads the arguments and drives these; :mod:`newsparse.batch` makes the
records (sources, article and error records) they pass around.
"""

from __future__ import annotations

import glob
import json
import os
import signal
import sys
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import IO, Any, Final, Literal, NamedTuple, TypeVar

from tqdm import tqdm

from newsparse.api import Format
from newsparse.batch import (
    Source,
    article_record,
    error_record,
    is_warc,
    parse_source,
    warc_sources,
)
from newsparse.models import Article

#: What ``newsparse parse`` writes.
Output = Literal["json", "jsonl", "markdown", "text"]
#: File name endings under ``--output-dir``, per output (archives: JSON Lines).
OUTPUT_SUFFIXES: Final = {"json": ".json", "jsonl": ".jsonl", "markdown": ".md", "text": ".txt"}

_T = TypeVar("_T")
_R = TypeVar("_R")


class UsageError(Exception):
    """A command-line mistake: reported in one line, exit status 2."""


# --------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------


class Input(NamedTuple):
    """One command-line input after expansion: a file, a WARC/WET archive, standard
    input, or a PATH that matched nothing."""

    path: str
    kind: Literal["file", "archive", "stdin", "missing"]


def _is_glob(arg: str) -> bool:
    return any(c in arg for c in "*?[")


def _dir_files(root: str) -> list[str]:
    """Every regular, non-hidden file under ``root``, sorted by path."""
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        out.extend(os.path.join(dirpath, f) for f in filenames if not f.startswith("."))
    return sorted(out)


def expand_inputs(args: Sequence[str]) -> list[Input]:
    """Expand command-line PATHs, in order: a directory to its files (recursive, sorted),
    a glob to its matches (sorted; ``**`` recurses), ``-`` to standard input. A PATH
    that is neither an existing file, a directory nor a matching glob is kept as a
    ``missing`` input so that it is reported as an error record. Archives are told from
    other files by name or by their first bytes (:func:`newsparse.batch.is_warc`)."""
    out: list[Input] = []
    stdin_seen = False
    for arg in args:
        if arg == "-":
            if stdin_seen:
                raise UsageError("'-' (standard input) may be given only once")
            stdin_seen = True
            out.append(Input("-", "stdin"))
            continue
        if os.path.isdir(arg):
            paths = _dir_files(arg)
        elif os.path.exists(arg) or not _is_glob(arg):
            paths = [arg]
        else:
            paths = sorted(p for p in glob.glob(arg, recursive=True) if os.path.isfile(p))
        if not paths:
            out.append(Input(arg, "missing"))
        for p in paths:
            if not os.path.exists(p):
                out.append(Input(p, "missing"))
            else:
                out.append(Input(p, "archive" if is_warc(p) else "file"))
    return out


def _missing_source(path: str) -> Source:
    message = (
        "no file matches this pattern"
        if _is_glob(path)
        else "no files in this directory"
        if os.path.isdir(path)
        else "no such file or directory"
    )
    return Source(path, error=("FileNotFoundError", message))


def iter_sources(
    inputs: Sequence[Input],
    *,
    url: str | None,
    stdin: IO[bytes],
    stats: Counter[str] | None = None,
    all_statuses: bool = False,
) -> Iterator[Source]:
    """The sources of ``inputs``, in order; archives are read lazily, record by record,
    so that an archive is never held in memory whole. ``stats`` counts skipped archive
    records by type (see :func:`newsparse.archive.read_archive`)."""
    for inp in inputs:
        if inp.kind == "stdin":
            yield Source("-", data=stdin.read(), url=url)
        elif inp.kind == "archive":
            yield from warc_sources(inp.path, stats=stats, all_statuses=all_statuses)
        elif inp.kind == "missing":
            yield _missing_source(inp.path)
        else:
            yield Source(inp.path, url=url)


# --------------------------------------------------------------------------------------
# Work done per input (in a worker process when --jobs > 1)
# --------------------------------------------------------------------------------------


class Outcome(NamedTuple):
    """What one input turned into: the text to write, or an error line."""

    ok: bool
    text: str
    """What is written: for JSON output the record (article or error), otherwise the
    rendered article (nothing for a failure)."""
    message: str = ""
    """For a failure, the line for standard error: ``PATH: TYPE: message``."""


def _render(article: Article, output: Output) -> str:
    if output == "markdown":
        return article.to_markdown().rstrip("\n") + "\n"
    if output == "text":
        head = f"{article.title}\n\n" if article.title else ""
        return f"{head}{article.text}".rstrip("\n") + "\n"
    raise AssertionError(output)


def process(source: Source, *, output: Output, format: Format, indent: int | None) -> Outcome:
    """Parse one source and render it for ``output``; never raises."""
    json_out = output in ("json", "jsonl")
    if source.error is not None:
        record = error_record(source)
    else:
        try:
            article = parse_source(source, format=format)
        except Exception as exc:  # one bad input must not stop the batch
            record = error_record(source, exc)
        else:
            if not json_out:
                return Outcome(True, _render(article, output))
            record = article_record(source, article)
            return Outcome(True, json.dumps(record, ensure_ascii=False, indent=indent))
    err = record["error"]
    where = source.path if source.record_id is None else f"{source.path} {source.record_id}"
    if "offset" in record:
        where += f" at offset {record['offset']}"
    message = f"{where}: {err['type']}: {err['message']}"
    if json_out:
        return Outcome(False, json.dumps(record, ensure_ascii=False, indent=indent), message)
    return Outcome(False, "", message)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops the pool cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(fn: Callable[[_T], _R], chunk: list[_T]) -> list[_R]:
    return [fn(item) for item in chunk]


def ordered_map(
    fn: Callable[[_T], _R], items: Iterable[_T], *, jobs: int, chunksize: int
) -> Iterator[_R]:
    """``map(fn, items)`` over ``jobs`` processes, results in input order, streaming.

    Like ``ProcessPoolExecutor.map(fn, items, chunksize=...)``, but at most
    ``4 * jobs`` chunks are in flight: before Python 3.14 ``Executor.map`` submits the
    whole iterable at once, which would hold every WARC record (and every finished
    result) in memory. ``jobs <= 1`` runs in this process.
    """
    if jobs <= 1:
        yield from map(fn, items)
        return
    it = iter(items)
    pending: deque[Future[list[_R]]] = deque()
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)
    try:

        def submit() -> bool:
            chunk = list(islice(it, chunksize))
            if chunk:
                pending.append(executor.submit(_run_chunk, fn, chunk))
            return bool(chunk)

        for _ in range(4 * jobs):
            if not submit():
                break
        while pending:
            results = pending.popleft().result()
            submit()
            yield from results
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------------------
# Output and progress
# --------------------------------------------------------------------------------------


def progress_bar(stream: IO[str], total: int | None, enabled: bool) -> Any:
    """A ``tqdm`` bar on ``stream``: done/total (or a count when the total is unknown, as
    for archives), elapsed time, rate and ETA; a no-op when not ``enabled``."""
    return tqdm(
        total=total,
        file=stream,
        disable=not enabled,
        unit="doc",
        mininterval=0.1,
        dynamic_ncols=True,
        leave=True,
    )


class AtomicOutput:
    """Where output goes: standard output, or a file that is written under a temporary
    name in the same directory and moved into place only when the batch completes."""

    def __init__(self, target: str | None, stdout: IO[str]) -> None:
        self.target = target
        self._tmp: str | None = None
        if target is None:
            self.stream: IO[str] = stdout
            return
        directory = os.path.dirname(os.path.abspath(target))
        try:
            fd, self._tmp = tempfile.mkstemp(
                dir=directory, prefix=f".{os.path.basename(target)}.", suffix=".tmp"
            )
        except OSError as exc:  # name the file asked for, not the temporary one
            raise OSError(f"cannot write {target}: {exc.strerror}") from None
        self.stream = open(fd, "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def commit(self) -> None:
        """Flush, and move the temporary file onto the target."""
        self.stream.flush()
        if self._tmp is not None and self.target is not None:
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.replace(self._tmp, self.target)
            self._tmp = None

    def abort(self) -> None:
        """Drop the temporary file; the target is left as it was."""
        if self._tmp is not None:
            self.stream.close()
            os.unlink(self._tmp)
            self._tmp = None


class OutputDir:
    """``--output-dir``: one atomically written file per input, named after the input's
    path below the inputs' common folder."""

    def __init__(self, root: str, inputs: Sequence[Input], output: Output) -> None:
        self.root, self.output = root, output
        self.archives = {i.path for i in inputs if i.kind == "archive"}
        folders = [os.path.dirname(os.path.abspath(i.path)) for i in inputs if i.kind != "stdin"]
        self.base = os.path.commonpath(folders) if folders else os.getcwd()
        self.current: AtomicOutput | None = None
        self._target: str | None = None

    def target(self, source: Source) -> str:
        """The output file of ``source``."""
        if source.path == "-":
            name = "stdin"
        else:
            name = os.path.relpath(os.path.abspath(source.path), self.base)
        archive = source.path in self.archives and self.output in ("json", "jsonl")
        suffix = ".jsonl" if archive else OUTPUT_SUFFIXES[self.output]
        return os.path.join(self.root, name + suffix)

    def stream(self, source: Source) -> IO[str]:
        """The stream for ``source``: a new file, unless it is the next record of the
        archive being written."""
        target = self.target(source)
        if self.current is None or target != self._target or source.path not in self.archives:
            self.commit()
            os.makedirs(os.path.dirname(target), exist_ok=True)
            self.current, self._target = AtomicOutput(target, sys.stdout), target
        return self.current.stream

    def commit(self) -> None:
        """Move the file being written into place."""
        if self.current is not None:
            self.current.commit()
            self.current = None

    def abort(self) -> None:
        """Drop the file being written."""
        if self.current is not None:
            self.current.abort()
            self.current = None


class OneOutput:
    """Every input's output into one stream (standard output or ``-o FILE``), as
    :class:`OutputDir` puts each into a file of its own."""

    def __init__(self, out: AtomicOutput) -> None:
        self.out = out

    def stream(self, source: Source) -> IO[str]:
        """The one stream, whatever ``source``."""
        return self.out.stream

    def commit(self) -> None:
        """Move the output into place."""
        self.out.commit()

    def abort(self) -> None:
        """Drop the output."""
        self.out.abort()


def zip_sources(
    sources: Iterator[Source], run: Callable[[Iterable[Source]], Iterator[Outcome]]
) -> Generator[tuple[Source, Outcome], None, None]:
    """Pair each outcome with its source (kept here without its bytes, for headers)."""
    seen: deque[Source] = deque()

    def tee() -> Iterator[Source]:
        for s in sources:
            seen.append(s._replace(data=None))
            yield s

    for outcome in run(tee()):
        yield seen.popleft(), outcome


__all__ = [
    "OUTPUT_SUFFIXES",
    "AtomicOutput",
    "Input",
    "OneOutput",
    "Outcome",
    "Output",
    "OutputDir",
    "UsageError",
    "expand_inputs",
    "iter_sources",
    "ordered_map",
    "process",
    "progress_bar",
    "zip_sources",
]
