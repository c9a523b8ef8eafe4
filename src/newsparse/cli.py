"""The ``newsparse`` command line (also ``python -m newsparse``).

``newsparse parse PATH...`` parses files, directories (recursively), glob patterns,
WARC archives (``.warc``/``.warc.gz``, needs ``newsparse[warc]``) or ``-`` (standard
input) and writes one JSON object for one input, JSON Lines (one article a line, in input
order) for many. A bad input never stops the batch: its line is an error record, the
exit status is 1, and a summary goes to standard error. ``newsparse schema`` prints the
JSON Schema of :class:`~newsparse.models.Article`; ``newsparse explain INPUT`` writes an
HTML report of one input's blocks (:mod:`newsparse.explain`). See ``docs/cli.md``.

Exit status: 0 all inputs parsed, 1 some inputs failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import glob
import json
import os
import signal
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import IO, Final, Literal, NamedTuple, TypeVar

from newsparse import __version__
from newsparse.api import Format
from newsparse.batch import (
    MissingDependencyError,
    Record,
    Source,
    article_record,
    error_record,
    is_warc,
    parse_source,
    require_warcio,
    source_record,
    warc_sources,
)
from newsparse.errors import NewsparseError
from newsparse.models import Article

Output = Literal["json", "jsonl", "markdown", "text"]

#: Above this many inputs a progress bar is drawn (when standard error is a terminal).
PROGRESS_MIN_INPUTS: Final = 5
#: Exit statuses.
EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2

_T = TypeVar("_T")
_R = TypeVar("_R")


class UsageError(Exception):
    """A command-line mistake: reported in one line, exit status 2."""


# --------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------


class Input(NamedTuple):
    """One command-line input after expansion: a file, a WARC archive, standard input,
    or a PATH that matched nothing."""

    path: str
    kind: Literal["file", "warc", "stdin", "missing"]


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
    ``missing`` input so that it is reported as an error record."""
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
                out.append(Input(p, "warc" if is_warc(p) else "file"))
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
) -> Iterator[Source]:
    """The sources of ``inputs``, in order; WARC archives are read lazily, record by
    record, so that an archive is never held in memory whole. ``stats`` counts skipped
    WARC records (see :func:`newsparse.batch.warc_sources`)."""
    for inp in inputs:
        if inp.kind == "stdin":
            yield Source("-", data=stdin.read(), url=url)
        elif inp.kind == "warc":
            yield from warc_sources(inp.path, stats=stats)
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
    """For JSON output, the record (article or error); otherwise the rendered article,
    or for a failure the one-line message written to standard error."""


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
    record: Record
    if source.error is not None:
        record = source_record(source, format=format)
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
    if json_out:
        return Outcome(False, json.dumps(record, ensure_ascii=False, indent=indent))
    err = record["error"]
    where = source.path if source.record_id is None else f"{source.path} {source.record_id}"
    return Outcome(False, f"{where}: {err['type']}: {err['message']}")


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


class Progress:
    """A one-line progress bar with documents per second, redrawn on standard error at
    most ten times a second. ``total`` is ``None`` when unknown (WARC input)."""

    WIDTH: Final = 30

    def __init__(self, stream: IO[str], total: int | None, enabled: bool) -> None:
        self.stream, self.total, self.enabled = stream, total, enabled
        self.start = self._last = time.monotonic()
        self.done = 0

    def rate(self) -> float:
        """Documents per second so far."""
        return self.done / max(time.monotonic() - self.start, 1e-9)

    def step(self) -> None:
        """Count one finished document; redraw if due."""
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self._last >= 0.1 or self.done == self.total):
            self._last = now
            self._draw()

    def _draw(self) -> None:
        if self.total:
            filled = self.WIDTH * self.done // self.total
            bar = "#" * filled + "." * (self.WIDTH - filled)
            line = f"[{bar}] {self.done}/{self.total}"
        else:
            line = f"{self.done} docs"
        self.stream.write(f"\r{line}  {self.rate():.1f} docs/s ")
        self.stream.flush()

    def close(self) -> None:
        """Finish the bar's line."""
        if self.enabled and self.done:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()


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
        fd, self._tmp = tempfile.mkstemp(
            dir=directory, prefix=f".{os.path.basename(target)}.", suffix=".tmp"
        )
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


def _utf8(stream: IO[str]) -> IO[str]:
    """Standard output as UTF-8 whatever the locale says (the output is JSON/UTF-8)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower() != "utf-8":
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8")
    return stream


# --------------------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn raw news pages and plain-text dumps into typed Article JSON.",
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "parse",
        help="parse files, directories, globs, WARC archives or '-' (stdin)",
        description=(
            "Parse each PATH: a file, a directory (recursively), a glob pattern, a WARC "
            "archive (.warc, .warc.gz; needs newsparse[warc]) or '-' for standard input. "
            "One input prints one JSON object; many print JSON Lines in input order. "
            "Exit status: 0 all parsed, 1 some failed, 2 usage error."
        ),
        allow_abbrev=False,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="input file, directory, glob or -")
    p.add_argument(
        "--output",
        choices=("json", "jsonl", "markdown", "text"),
        default="json",
        help="json: an indented object for one input, JSON Lines for many (default); "
        "jsonl: always one compact line per input; markdown; text (title and body)",
    )
    p.add_argument(
        "--format",
        choices=("auto", "html", "text"),
        default="auto",
        help="input format; auto sniffs each input (default)",
    )
    p.add_argument("--url", help="the page's address (only with a single input)")
    p.add_argument(
        "-o",
        "--output-file",
        metavar="FILE",
        help="write to FILE (replaced only once the whole batch is written)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: CPU count; 1 parses in this process)",
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"progress bar on stderr (default: when more than {PROGRESS_MIN_INPUTS} "
        "inputs and stderr is a terminal)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")

    e = sub.add_parser(
        "explain",
        help="an HTML report of why every line went where it went",
        description=(
            "Parse INPUT (a file, or '-' for standard input) and write one self-contained "
            "HTML report: the metadata and where each value was found, every block in "
            "reading order coloured by role with its kind, rule and line, and a legend "
            "with counts and role toggles. Exit status: 0 written, 1 INPUT could not be "
            "read or parsed, 2 usage error."
        ),
        allow_abbrev=False,
    )
    e.add_argument("path", metavar="INPUT", help="input file, or - for standard input")
    e.add_argument(
        "-o",
        "--output-file",
        metavar="FILE",
        help="write the report to FILE (default: standard output)",
    )
    e.add_argument(
        "--format",
        choices=("auto", "html", "text"),
        default="auto",
        help="input format; auto sniffs (default)",
    )
    e.add_argument("--url", help="the page's address")

    sub.add_parser(
        "schema",
        help="print the JSON Schema of Article",
        description="Print the JSON Schema of the Article model (serialization mode).",
    )
    return parser


def cmd_schema(stdout: IO[str]) -> int:
    """Print ``Article.model_json_schema(mode="serialization")``, indented by 2."""
    schema = Article.model_json_schema(mode="serialization")
    stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def cmd_explain(
    args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str], stderr: IO[str]
) -> int:
    """Run ``newsparse explain``: parse one input and write its HTML report."""
    from newsparse.api import parse
    from newsparse.explain import explain

    path: str = args.path
    try:
        if path == "-":
            data = stdin.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
        article = parse(data, url=args.url, format=args.format)
    except (OSError, NewsparseError) as exc:
        stderr.write(f"newsparse: {path}: {type(exc).__name__}: {exc}\n")
        return EXIT_FAILED
    report = explain(article)
    sink = AtomicOutput(args.output_file, stdout)
    try:
        sink.stream.write(report)
        sink.commit()
    except BaseException:
        sink.abort()
        raise
    return EXIT_OK


def cmd_parse(args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str], stderr: IO[str]) -> int:
    """Run ``newsparse parse``; see the module docstring."""
    output: Output = args.output
    format: Format = args.format
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    inputs = expand_inputs(args.paths)
    has_warc = any(i.kind == "warc" for i in inputs)
    if args.url is not None and (len(inputs) != 1 or has_warc):
        raise UsageError("--url needs exactly one input file (WARC records carry their own)")
    if has_warc:
        require_warcio()  # fail before any output is written
    total = None if has_warc else len(inputs)
    single = total == 1
    indent = 2 if output == "json" and single else None
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if total is not None:
        jobs = min(jobs, total)
    chunksize = 4 if total is None else max(1, min(32, total // (8 * max(jobs, 1))))
    show = (
        args.progress
        if args.progress is not None
        else (not args.quiet and stderr.isatty() and (total is None or total > PROGRESS_MIN_INPUTS))
    )
    progress = Progress(stderr, total, bool(show))
    fn = functools.partial(process, output=output, format=format, indent=indent)
    stats: Counter[str] = Counter()
    sources = iter_sources(inputs, url=args.url, stdin=stdin, stats=stats)
    sink = AtomicOutput(args.output_file, stdout)
    ok = failed = 0
    results = _zip_sources(sources, lambda s: ordered_map(fn, s, jobs=jobs, chunksize=chunksize))
    try:
        with contextlib.closing(results):  # stops the workers at once on an error
            for source, outcome in results:
                if not outcome.ok and output in ("markdown", "text"):
                    if progress.enabled:
                        stderr.write("\n")
                    stderr.write(f"newsparse: {outcome.text}\n")
                else:
                    if output in ("markdown", "text") and not single:
                        sink.stream.write(_header(source, output, first=ok == 0))
                    sink.stream.write(outcome.text)
                    if output in ("json", "jsonl"):
                        sink.stream.write("\n")
                ok += outcome.ok
                failed += not outcome.ok
                progress.step()
        progress.close()
        sink.commit()
    except BaseException:
        progress.close()
        sink.abort()
        raise
    if not args.quiet and (not single or failed):
        skipped = (
            f", {stats['skipped']} WARC records skipped (not HTML or text)"
            if stats["skipped"]
            else ""
        )
        rate = progress.rate()
        stderr.write(f"newsparse: {ok} ok, {failed} failed{skipped} ({rate:.1f} docs/s)\n")
    return EXIT_FAILED if failed else EXIT_OK


def _zip_sources(
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


def _header(source: Source, output: Output, *, first: bool) -> str:
    name = source.path if source.url is None else f"{source.path} {source.url}"
    sep = "" if first else "\n"
    if output == "markdown":
        return f"{sep}<!-- {name} -->\n\n"
    return f"{sep}==> {name} <==\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit
    status: 0 all inputs parsed, 1 some failed, 2 usage error."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (status 2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    stdout = _utf8(sys.stdout)
    try:
        if args.command == "schema":
            return cmd_schema(stdout)
        if args.command == "explain":
            return cmd_explain(args, sys.stdin.buffer, stdout, sys.stderr)
        return cmd_parse(args, sys.stdin.buffer, stdout, sys.stderr)
    except (UsageError, MissingDependencyError) as exc:
        sys.stderr.write(f"newsparse: error: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `newsparse parse dir | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except OSError as exc:  # the output file cannot be written
        sys.stderr.write(f"newsparse: error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("\nnewsparse: interrupted\n")
        return 130


__all__ = [
    "Input",
    "Outcome",
    "Progress",
    "cmd_explain",
    "expand_inputs",
    "main",
    "ordered_map",
    "process",
]
