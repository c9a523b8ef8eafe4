"""The ``newsparse`` command line (also ``python -m newsparse``).

``newsparse parse PATH...`` parses files (gzip-compressed ones too), directories
(recursively), glob patterns, WARC/WET archives (recognised by content; needs
``newsparse[warc]``) or ``-`` (standard input) and writes one JSON object for one input,
JSON Lines (one record a line, in input order) for many, for ``--output jsonl`` or for an
``-o`` file named ``*.jsonl``. A bad input never stops the batch: its line is an error
record, the exit status is 1, and a summary goes to standard error. ``newsparse schema``
prints the JSON Schema of :class:`~newsparse.models.Article`, ``newsparse schema
--record`` that of one batch line; ``newsparse explain INPUT`` writes an HTML report of
one input's blocks (:mod:`newsparse.explain`). See ``docs/cli.md``.

Exit status: 0 all inputs parsed, 1 some inputs failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable
from typing import IO, Any, Final, NamedTuple

from newsparse import __version__
from newsparse.archive import require_warcio
from newsparse.batch import (
    Source,
    article_schema,
    record_schema,
)
from newsparse.errors import MissingDependencyError, NewsparseError
from newsparse.jobs import (
    AtomicOutput,
    Input,
    OneOutput,
    Outcome,
    Output,
    OutputDir,
    UsageError,
    expand_inputs,
    iter_sources,
    ordered_map,
    process,
    progress_bar,
    zip_sources,
)

#: Above this many inputs a progress bar is drawn (when standard error is a terminal).
PROGRESS_MIN_INPUTS: Final = 5
#: The summary gives a rate only when the batch took at least this many seconds (a rate
#: over a few milliseconds says nothing).
RATE_MIN_SECONDS: Final = 1.0
#: Exit statuses.
EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2


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
    _add_parse(sub)
    _add_explain(sub)
    _add_schema(sub)
    return parser


def _add_parse(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``parse`` command: its inputs (:func:`_add_parse_inputs`) and its outputs
    (:func:`_add_parse_outputs`)."""
    p = sub.add_parser(
        "parse",
        help="parse files, directories, globs, WARC/WET archives or '-' (stdin)",
        description=(
            "Parse each PATH: a file (gzip-compressed too), a directory (recursively), a "
            "glob pattern, a WARC or WET archive (.warc, .warc.gz, .wet, .warc.wet.gz, told "
            "by content; needs newsparse[warc]) or '-' for standard input. One input prints "
            "one JSON object; many print JSON Lines in input order. "
            "Exit status: 0 all parsed, 1 some failed, 2 usage error."
        ),
        allow_abbrev=False,
    )
    _add_parse_inputs(p)
    _add_parse_outputs(p)


def _add_parse_inputs(p: argparse.ArgumentParser) -> None:
    """``parse``: what to read, and how."""
    p.add_argument("paths", nargs="*", metavar="PATH", help="input file, directory, glob or -")
    p.add_argument(
        "-i",
        "--input-list",
        metavar="LIST",
        help="read more PATHs from the file LIST, one a line ('-': standard input)",
    )
    p.add_argument("--url", help="the page's address (only with a single input)")
    p.add_argument(
        "--all-statuses",
        action="store_true",
        help="parse archive responses whatever their HTTP status (default: 2xx only; the "
        "others are skipped and counted)",
    )


def _add_parse_outputs(p: argparse.ArgumentParser) -> None:
    """``parse``: what to write, where, and how much to say."""
    p.add_argument(
        "--output",
        choices=("json", "jsonl", "markdown", "text"),
        default=None,
        help="json: an indented object for one input, JSON Lines for many (default; JSON "
        "Lines whatever the count when -o FILE ends in .jsonl); jsonl: always one compact "
        "line per record; markdown; text (title and body)",
    )
    p.add_argument(
        "--format",
        choices=("auto", "html", "text", "markdown"),
        default="auto",
        help="input format; auto sniffs each input (default)",
    )
    out = p.add_mutually_exclusive_group()
    out.add_argument(
        "-o",
        "--output-file",
        metavar="FILE",
        help="write to FILE (replaced only once the whole batch is written)",
    )
    out.add_argument(
        "--output-dir",
        metavar="DIR",
        help="write one file per input into DIR, named after the input (its path below "
        "the inputs' common folder, plus .json, .jsonl for an archive, .md or .txt)",
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
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, error lines or summary"
    )


def _add_explain(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``explain`` command."""
    e = sub.add_parser(
        "explain",
        help="an HTML report of why every line went where it went",
        description=(
            "Parse INPUT (a file, gzip-compressed too, or '-' for standard input) and write "
            "one self-contained HTML report: the metadata and where each value was found, "
            "every block in reading order coloured by role with its kind, rule and line, "
            "and a legend with counts and role toggles. Exit status: 0 written, 1 INPUT "
            "could not be read or parsed, 2 usage error."
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
        choices=("auto", "html", "text", "markdown"),
        default="auto",
        help="input format; auto sniffs (default)",
    )
    e.add_argument("--url", help="the page's address")


def _add_schema(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``schema`` command."""
    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of Article (or of a batch line)",
        description="Print the JSON Schema of the Article model (serialization mode), or "
        "with --record that of one line of `newsparse parse` JSON output.",
        allow_abbrev=False,
    )
    s.add_argument(
        "--record",
        action="store_true",
        help="the schema of a batch line: an article record or an error record",
    )


def _parse_args(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """``parser.parse_args``, except that an unknown option is reported with the usage of
    the subcommand it was given to, not the top-level usage."""
    args, extra = parser.parse_known_args(argv)
    if extra:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        sub.choices[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def cmd_schema(args: argparse.Namespace, stdout: IO[str]) -> int:
    """Print :func:`newsparse.batch.article_schema` (or, with ``--record``,
    :func:`newsparse.batch.record_schema`), indented by 2."""
    schema = record_schema() if args.record else article_schema()
    stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def cmd_explain(
    args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str], stderr: IO[str]
) -> int:
    """Run ``newsparse explain``: parse one input and write its HTML report."""
    from newsparse.api import parse
    from newsparse.archive import gunzip
    from newsparse.explain import explain

    path: str = args.path
    try:
        if path == "-":
            data = stdin.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
        article = parse(gunzip(data), url=args.url, format=args.format)
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


def _read_list(name: str, stdin: IO[bytes]) -> list[str]:
    """The non-empty lines of the file ``name`` (``-``: standard input)."""
    if name == "-":
        data = stdin.read()
    else:
        try:
            with open(name, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise UsageError(f"cannot read the input list {name}: {exc.strerror}") from None
    return [line.strip() for line in data.decode("utf-8", "replace").splitlines() if line.strip()]


class _Plan(NamedTuple):
    """What ``newsparse parse`` will do, settled before anything is read or written."""

    inputs: list[Input]
    output: Output
    total: int | None
    """How many inputs; None when an archive's records are not counted beforehand."""
    single: bool
    """One input, written as one (indented) object."""
    jobs: int
    chunksize: int
    progress: bool


def _plan(args: argparse.Namespace, stdin: IO[bytes], stderr: IO[str]) -> _Plan:
    """Check the options against each other and settle the inputs, the output, the
    workers and the progress bar; a contradiction is a :class:`UsageError`."""
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    inputs = expand_inputs(_paths(args, stdin))
    jsonl_file = (args.output_file or "").lower().endswith(".jsonl")
    output: Output = args.output or ("jsonl" if jsonl_file else "json")
    has_archive = any(i.kind == "archive" for i in inputs)
    if args.url is not None and (len(inputs) != 1 or has_archive):
        raise UsageError("--url needs exactly one input file (archive records carry their own)")
    if has_archive:
        require_warcio()  # fail before any output is written
    total = None if has_archive else len(inputs)
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if total is not None:
        jobs = min(jobs, total)
    chunksize = 4 if total is None else max(1, min(32, total // (8 * max(jobs, 1))))
    progress = (
        args.progress
        if args.progress is not None
        else (not args.quiet and stderr.isatty() and (total is None or total > PROGRESS_MIN_INPUTS))
    )
    single = total == 1 and args.output_dir is None
    return _Plan(inputs, output, total, single, jobs, chunksize, bool(progress))


def _paths(args: argparse.Namespace, stdin: IO[bytes]) -> list[str]:
    """The PATH arguments and those of ``-i LIST``."""
    paths = list(args.paths)
    if args.input_list is not None:
        if args.input_list == "-" and "-" in paths:
            raise UsageError("'-i -' reads the list from standard input: no PATH may be '-'")
        paths += _read_list(args.input_list, stdin)
    if not paths:
        raise UsageError("give at least one PATH (or -i LIST)")
    return paths


def cmd_parse(args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str], stderr: IO[str]) -> int:
    """Run ``newsparse parse``; see the module docstring."""
    plan = _plan(args, stdin, stderr)
    indent = 2 if plan.output == "json" and plan.single else None
    fn = functools.partial(process, output=plan.output, format=args.format, indent=indent)
    stats: Counter[str] = Counter()
    sources = iter_sources(
        plan.inputs, url=args.url, stdin=stdin, stats=stats, all_statuses=args.all_statuses
    )
    sink: OutputDir | OneOutput = (
        OutputDir(args.output_dir, plan.inputs, plan.output)
        if args.output_dir
        else OneOutput(AtomicOutput(args.output_file, stdout))
    )
    start = time.monotonic()
    bar = progress_bar(stderr, plan.total, plan.progress)
    run = functools.partial(ordered_map, fn, jobs=plan.jobs, chunksize=plan.chunksize)
    results = zip_sources(sources, run)
    try:
        with contextlib.closing(results):  # stops the workers at once on an error
            ok, failed = _write(results, plan, sink, bar, stderr, quiet=args.quiet)
        bar.close()
        sink.commit()
    except BaseException:
        bar.close()
        sink.abort()
        raise
    if not args.quiet and (not plan.single or failed or stats):
        stderr.write(_summary(ok, failed, stats, time.monotonic() - start) + "\n")
    return EXIT_FAILED if failed else EXIT_OK


def _write(
    results: Iterable[tuple[Source, Outcome]],
    plan: _Plan,
    sink: OutputDir | OneOutput,
    bar: Any,
    stderr: IO[str],
    *,
    quiet: bool,
) -> tuple[int, int]:
    """Write each outcome as it comes, in input order; say each distinct error once.
    Returns (ok, failed)."""
    ok = failed = 0
    said: set[str] = set()
    headers = (
        plan.output in ("markdown", "text") and not plan.single and isinstance(sink, OneOutput)
    )
    for source, outcome in results:
        if not outcome.ok and not quiet and outcome.message not in said:
            said.add(outcome.message)  # each distinct message once
            bar.write(f"newsparse: {outcome.message}", file=stderr)
        if outcome.text:
            stream = sink.stream(source)
            if headers:
                stream.write(_header(source, plan.output, first=ok == 0))
            stream.write(outcome.text)
            if plan.output in ("json", "jsonl"):
                stream.write("\n")
        ok += outcome.ok
        failed += not outcome.ok
        bar.update()
    return ok, failed


def _summary(ok: int, failed: int, skipped: Counter[str], seconds: float) -> str:
    """``newsparse: 5 ok, 1 failed; skipped 3 archive records: 1 request, ... (12.3
    docs/s)``; the rate only when the batch took :data:`RATE_MIN_SECONDS` or more."""
    line = f"newsparse: {ok} ok, {failed} failed"
    if skipped:
        n = sum(skipped.values())
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(skipped.items()))
        line += f"; skipped {n} archive record{'s' * (n != 1)}: {kinds}"
    if seconds >= RATE_MIN_SECONDS:
        line += f" ({(ok + failed) / seconds:.1f} docs/s)"
    return line


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
        args = _parse_args(parser, argv)
    except SystemExit as exc:  # --help, --version, or a usage error (status 2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    stdout = _utf8(sys.stdout)
    try:
        if args.command == "schema":
            return cmd_schema(args, stdout)
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
    "OutputDir",
    "cmd_explain",
    "expand_inputs",
    "main",
    "ordered_map",
    "process",
    "progress_bar",
]
