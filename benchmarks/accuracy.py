"""Accuracy benchmark: newsparse (and optionally reference extractors) against the corpus.

Run from the repository root::

    python -m benchmarks.accuracy                       # every item, newsparse only
    python -m benchmarks.accuracy --subset gate --check # the CI gate, exit 1 below a floor
    python -m benchmarks.accuracy --format html --compare trafilatura,readability
    python -m benchmarks.accuracy --subset gate --write-floors

Each item's bytes are parsed first; its truth is looked at only afterwards, by the scorer.
Any exception raised while parsing counts as an error for that item, which is then scored as
an empty prediction (body P = R = 0 even when the truth body is empty, no snippets found,
metadata wrong), so that a crash can never improve a score. The scoring rules are in
:mod:`benchmarks.scoring`.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import math
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

from benchmarks import scoring
from benchmarks.folds import FOLDS, fold_of

REPO_ROOT = Path(__file__).resolve().parent.parent
# The corpus lives beside the repository (``../shared/corpus`` from the repo root); this
# environment variable points elsewhere. Corpus files are never copied into the repo.
CORPUS_ENV = "NEWSPARSE_CORPUS"
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
MANIFEST_NAME = "manifest.jsonl"
FLOORS_PATH = Path(__file__).resolve().parent / "floors.json"

FORMATS = ("text", "markdown", "html")
# Text dumps of these styles are Markdown (the manifest calls them "text"): they are parsed
# with format="markdown" and form rows and gate floors of their own, apart from the plain
# dumps (Chromium, w3m).
MARKDOWN_STYLES = frozenset({"html2text"})
# The plain dump style a Markdown dump is compared with, page by page (--pairs).
PAIR_STYLE = "chromium"
ALL = "ALL"
OURS = "newsparse"
REFERENCE_ENGINES = ("trafilatura", "readability")

# A parse that takes longer than this is interrupted and counted as an error, so one
# pathological page cannot hang the gate (SIGALRM; main thread on POSIX only).
PER_ITEM_TIMEOUT_S = 60.0

# Gate subset rule: every item whose language is not "other" (the CJK pages are what this
# parser is for and they are few), plus the "other" pages whose page id hashes to 0 modulo
# this number. The hash is of the page id (the part before "@"), so a page's HTML and both of
# its text dumps are in or out together. The resulting id list is frozen in floors.json.
GATE_SAMPLE_MODULUS = 3
# Salt for that hash: the corpus's own sampling already selected wcxb ids by an unsalted
# sha1 modulo 3, so without a salt every wcxb page would land in the same bucket.
GATE_HASH_SALT = "newsparse-gate-v1:"
GATE_ALWAYS_LANGS = frozenset({"zh", "ja", "ko", "?"})

# Floors are suggested as the measured value minus this margin (ceilings: plus), rounded
# to FLOOR_DECIMALS in the safe direction, and only for metrics measured on at least
# MIN_N_FOR_FLOOR items, so a single page cannot make the gate flap.
FLOOR_MARGIN = 0.01
FLOOR_DECIMALS = 3
MIN_N_FOR_FLOOR = 10
# Higher-is-better metrics get a floor; lower-is-better ones (named *_max) get a ceiling.
FLOOR_METRICS = ("precision", "recall", "f1", "with_found", "title_acc", "date_acc", "author_acc")
CEILING_METRICS = ("without_leaked_max", "error_rate_max")
# Which Row attribute holds the item count a metric was measured on.
_METRIC_N = {
    "precision": "body_n",
    "recall": "body_n",
    "f1": "body_n",
    "with_found": "with_n",
    "title_acc": "title_n",
    "date_acc": "date_n",
    "author_acc": "author_n",
    "without_leaked_max": "without_n",
    "error_rate_max": "items",
}
# Default rows that carry floors: each format's ALL row and its zh row.
DEFAULT_FLOOR_LANGS = (ALL, "zh")

FLOORS_COMMENT = (
    "Accuracy floors for the CI gate (tests/test_accuracy_gate.py), measured with "
    "`python -m benchmarks.accuracy --subset gate`. Keys: format -> lang row ('ALL' = all "
    "languages) -> metric. Plain metrics are floors (measured must be >= floor); '*_max' "
    "metrics are ceilings (measured must be <= ceiling). A metric with no measured items is "
    "not checked. Policy: raise floors whenever accuracy rises (`--write-floors` suggests "
    "measured - margin and only ever tightens); never lower a floor or raise a ceiling "
    "without saying why in the commit message (`--write-floors --allow-lower`). The 'subset' "
    "id list is fixed: regenerate it only deliberately (`--write-gate-subset`) and re-set "
    "the floors in the same commit."
)


# --------------------------------------------------------------------------- manifest


@dataclass(frozen=True)
class Item:
    """One manifest line. ``truth`` is only read by :func:`score_item`, after parsing."""

    id: str
    set: str
    lang: str
    format: str
    path: str
    url: str | None
    source_html: str | None
    dump_style: str | None
    truth: Mapping[str, Any] = field(repr=False)

    @property
    def page_id(self) -> str:
        """The page's id: a text dump's id without its ``@style`` suffix."""
        return self.id.split("@", 1)[0]


def corpus_dir() -> Path:
    """The corpus directory: ``$NEWSPARSE_CORPUS`` or ``../shared/corpus`` from the repo."""
    override = os.environ.get(CORPUS_ENV)
    return Path(override) if override else DEFAULT_CORPUS


def load_manifest(corpus: Path | None = None) -> list[Item]:
    """Read ``manifest.jsonl`` of ``corpus`` (default :func:`corpus_dir`). A text dump of
    a :data:`MARKDOWN_STYLES` style gets the format ``markdown``."""
    root = corpus or corpus_dir()
    items: list[Item] = []
    with (root / MANIFEST_NAME).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            markdown = d["format"] == "text" and d.get("dump_style") in MARKDOWN_STYLES
            items.append(
                Item(
                    id=d["id"],
                    set=d["set"],
                    lang=d["lang"],
                    format="markdown" if markdown else d["format"],
                    path=d["path"],
                    url=d.get("url") or None,
                    source_html=d.get("source_html"),
                    dump_style=d.get("dump_style"),
                    truth=d.get("truth") or {},
                )
            )
    return items


def in_gate_rule(item: Item) -> bool:
    """The rule that generated the frozen gate id list (see GATE_SAMPLE_MODULUS)."""
    if item.lang in GATE_ALWAYS_LANGS:
        return True
    digest = hashlib.sha1((GATE_HASH_SALT + item.page_id).encode("utf-8")).hexdigest()
    return int(digest, 16) % GATE_SAMPLE_MODULUS == 0


def gate_rule_description() -> str:
    langs = ", ".join(sorted(GATE_ALWAYS_LANGS))
    return (
        f"every item with lang in {{{langs}}}, plus lang 'other' items whose page id (id "
        f"before '@') has int(sha1({GATE_HASH_SALT!r} + page_id).hexdigest(), 16) "
        f"% {GATE_SAMPLE_MODULUS} == 0; "
        "frozen as the id list below"
    )


def load_floors(path: Path | None = None) -> dict[str, Any]:
    """Read ``floors.json`` (or ``path``)."""
    with (path or FLOORS_PATH).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def gate_items(items: Sequence[Item], floors: Mapping[str, Any]) -> list[Item]:
    """The items of the frozen gate list, in manifest order.

    Raises ``LookupError`` when a listed id is missing from the manifest: the corpus changed
    and the floors no longer describe the same pages.
    """
    wanted = set(floors["subset"]["ids"])
    found = [it for it in items if it.id in wanted]
    missing = wanted - {it.id for it in found}
    if missing:
        raise LookupError(
            f"{len(missing)} gate ids are not in the manifest (e.g. {sorted(missing)[:3]}); "
            "regenerate the subset with --write-gate-subset and re-set the floors"
        )
    return found


# --------------------------------------------------------------------------- engines


@dataclass(frozen=True)
class Extraction:
    """What an engine returned for one item, in engine-neutral form."""

    text: str
    title: str | None = None
    published: datetime | date | None = None
    authors: tuple[str, ...] = ()
    has_title: bool = True
    has_date: bool = True
    has_authors: bool = True


@dataclass(frozen=True)
class Prediction:
    """An :class:`Extraction` (or the error that prevented it) and the time it took."""

    engine: str
    extraction: Extraction | None
    error: str | None
    seconds: float


Extractor = Callable[[bytes, Item], Extraction]


class EngineUnavailable(Exception):
    """A reference engine's library is not installed."""


def _newsparse_extract(data: bytes, item: Item) -> Extraction:
    # Imported per call (cached by Python after the first success) so that a parser that
    # cannot even be imported yet is an error for each item, not a crash of the run.
    newsparse = importlib.import_module("newsparse")
    art = newsparse.parse(data, url=item.url, format=item.format)
    published = art.published
    return Extraction(
        text=str(art.text or ""),
        title=None if art.title is None else str(art.title),
        published=published if isinstance(published, (datetime, date)) else None,
        authors=tuple(str(a) for a in (art.authors or ())),
    )


def _decode(data: bytes) -> str:
    # Corpus pages are stored as UTF-8 whatever their meta charset says; reference engines
    # get the decoded text so they are not misled by a stale declaration.
    return data.decode("utf-8", errors="replace")


def _import_optional(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise EngineUnavailable(name) from exc


def _trafilatura_extractor() -> tuple[Extractor, Extractor]:
    """(timed body extractor, untimed metadata extractor) for trafilatura."""
    traf = _import_optional("trafilatura")

    def body(data: bytes, item: Item) -> Extraction:
        out = traf.extract(_decode(data), url=item.url, output_format="txt", include_comments=False)
        return Extraction(text=str(out or ""))

    def meta(data: bytes, item: Item) -> Extraction:
        md = traf.extract_metadata(_decode(data), default_url=item.url)
        authors = tuple(a.strip() for a in str(md.author or "").split(";") if a.strip())
        return Extraction(
            text="",
            title=md.title or None,
            published=_parse_loose_date(md.date),
            authors=authors,
        )

    return body, meta


def _parse_loose_date(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return scoring.parse_truth_date(value[:10])
    except ValueError:
        return None


# Tags after which readability's HTML summary needs a line break to keep words apart.
_BLOCK_TAG_RE = re.compile(
    r"(?i)<(/?)(p|div|h[1-6]|li|br|tr|td|th|table|ul|ol|dl|dt|dd|blockquote|pre|section|"
    r"article|figure|figcaption|header|footer)\b"
)


def _html_fragment_to_text(fragment: str) -> str:
    import lxml.html

    if not fragment.strip():
        return ""
    spaced = _BLOCK_TAG_RE.sub(lambda m: "\n<" + m.group(1) + m.group(2), fragment)
    return "".join(str(t) for t in lxml.html.fromstring(spaced).itertext())


def _readability_extractor() -> tuple[Extractor, Extractor | None]:
    rd = _import_optional("readability")

    def body(data: bytes, item: Item) -> Extraction:
        doc = rd.Document(_decode(data), url=item.url)
        summary = str(doc.summary(html_partial=True))
        return Extraction(
            text=_html_fragment_to_text(summary),
            title=str(doc.short_title() or "") or None,
            has_date=False,
            has_authors=False,
        )

    return body, None


def _engine(name: str) -> tuple[Extractor, Extractor | None]:
    if name == OURS:
        return _newsparse_extract, None
    if name == "trafilatura":
        return _trafilatura_extractor()
    if name == "readability":
        return _readability_extractor()
    raise ValueError(f"unknown engine {name!r}; choose from {OURS}, {REFERENCE_ENGINES}")


class _Timeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def _on_alarm(signum: int, frame: FrameType | None) -> None:
        raise _Timeout(f"parse took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def predict(
    engine: str,
    extract: Extractor,
    metadata: Extractor | None,
    data: bytes,
    item: Item,
) -> Prediction:
    """Run one engine on one item, timing ``extract`` only; never raises ``Exception``."""
    start = time.perf_counter()
    try:
        with time_limit(PER_ITEM_TIMEOUT_S):
            result = extract(data, item)
    except Exception as exc:
        return Prediction(engine, None, _describe(exc), time.perf_counter() - start)
    seconds = time.perf_counter() - start
    if metadata is not None:
        try:
            with time_limit(PER_ITEM_TIMEOUT_S):
                md = metadata(data, item)
            result = Extraction(result.text, md.title, md.published, md.authors)
        except Exception:
            result = Extraction(result.text, None, None, ())
    return Prediction(engine, result, None, seconds)


def _describe(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) <= 200 else text[:197] + "..."


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class ItemScore:
    """The scores of one engine on one item. ``None`` = not measured (no truth for it)."""

    engine: str
    id: str
    set: str
    lang: str
    format: str
    error: str | None
    seconds: float
    precision: float | None
    recall: float | None
    with_found: int
    with_total: int
    without_leaked: int
    without_total: int
    title_ok: bool | None
    date_ok: bool | None
    author_ok: bool | None


def _truth_str(truth: Mapping[str, Any], key: str) -> str | None:
    value = truth.get(key)
    return value if isinstance(value, str) else None


def _truth_list(truth: Mapping[str, Any], key: str) -> list[str]:
    value = truth.get(key)
    return [str(v) for v in value] if isinstance(value, list) else []


def score_item(item: Item, pred: Prediction) -> ItemScore:
    """Score ``pred`` against ``item.truth``. Errors score as an empty prediction.

    Body is scored when the truth has a ``body`` key (even an empty one, see
    :func:`benchmarks.scoring.body_score`); title, date and authors only when the truth
    gives a non-empty value, and only for engines that produce that field.
    """
    ext = pred.extraction or Extraction(text="", title=None, published=None, authors=())
    truth = item.truth
    body_truth = _truth_str(truth, "body")
    body = scoring.body_score(ext.text, body_truth) if body_truth is not None else None
    if body is not None and pred.error is not None:
        # Not the empty-vs-empty rule: a crash on a page with an empty truth body scores 0.
        body = scoring.BodyScore(0.0, 0.0, 0, 0, body.truth)
    with_snips = _truth_list(truth, "with")
    without_snips = _truth_list(truth, "without")
    title = _truth_str(truth, "title")
    published = _truth_str(truth, "published")
    authors = _truth_list(truth, "authors")
    return ItemScore(
        engine=pred.engine,
        id=item.id,
        set=item.set,
        lang=item.lang,
        format=item.format,
        error=pred.error,
        seconds=pred.seconds,
        precision=None if body is None else body.precision,
        recall=None if body is None else body.recall,
        with_found=sum(scoring.snippet_in(s, ext.text) for s in with_snips),
        with_total=len(with_snips),
        without_leaked=sum(scoring.snippet_in(s, ext.text) for s in without_snips),
        without_total=len(without_snips),
        title_ok=scoring.title_matches(ext.title, title) if title and ext.has_title else None,
        date_ok=(
            scoring.date_matches(ext.published, published) if published and ext.has_date else None
        ),
        author_ok=(
            scoring.authors_match(ext.authors, authors) if authors and ext.has_authors else None
        ),
    )


@dataclass(frozen=True)
class Row:
    """Aggregate scores of one engine over one (set, lang, format) group; ``ALL`` = any.

    Rates are fractions in [0, 1]; ``None`` when no item of the group had truth for them.
    ``with_found``/``without_leaked`` are pooled over all snippets of the group.
    """

    engine: str
    set: str
    lang: str
    format: str
    items: int
    errors: int
    error_rate: float
    body_n: int
    precision: float | None
    recall: float | None
    f1: float | None
    with_n: int
    with_found: float | None
    without_n: int
    without_leaked: float | None
    title_n: int
    title_acc: float | None
    date_n: int
    date_acc: float | None
    author_n: int
    author_acc: float | None
    ms_per_doc: float

    def metric(self, name: str) -> float | None:
        """A floor metric by name; ``*_max`` names map to the plain attribute."""
        value = getattr(self, name.removesuffix("_max"))
        return None if value is None else float(value)

    def metric_n(self, name: str) -> int:
        return int(getattr(self, _METRIC_N[name]))


def _rate(flags: Sequence[bool | None]) -> tuple[int, float | None]:
    measured = [f for f in flags if f is not None]
    return len(measured), (sum(measured) / len(measured) if measured else None)


def aggregate(engine: str, key: tuple[str, str, str], scores: Sequence[ItemScore]) -> Row:
    """One :class:`Row` from the item scores of a group."""
    bodies = [
        scoring.BodyScore(s.precision, s.recall, 0, 0, 0)
        for s in scores
        if s.precision is not None and s.recall is not None
    ]
    corpus = scoring.corpus_score(bodies)
    with_n = sum(s.with_total for s in scores)
    without_n = sum(s.without_total for s in scores)
    title_n, title_acc = _rate([s.title_ok for s in scores])
    date_n, date_acc = _rate([s.date_ok for s in scores])
    author_n, author_acc = _rate([s.author_ok for s in scores])
    errors = sum(s.error is not None for s in scores)
    n = len(scores)
    return Row(
        engine=engine,
        set=key[0],
        lang=key[1],
        format=key[2],
        items=n,
        errors=errors,
        error_rate=errors / n if n else 0.0,
        body_n=len(bodies),
        precision=None if corpus is None else corpus.precision,
        recall=None if corpus is None else corpus.recall,
        f1=None if corpus is None else corpus.f1,
        with_n=with_n,
        with_found=sum(s.with_found for s in scores) / with_n if with_n else None,
        without_n=without_n,
        without_leaked=sum(s.without_leaked for s in scores) / without_n if without_n else None,
        title_n=title_n,
        title_acc=title_acc,
        date_n=date_n,
        date_acc=date_acc,
        author_n=author_n,
        author_acc=author_acc,
        ms_per_doc=1000 * sum(s.seconds for s in scores) / n if n else 0.0,
    )


def group_rows(scores: Sequence[ItemScore], engines: Sequence[str]) -> list[Row]:
    """Rows per (set, lang, format), per (ALL, lang, format), per (ALL, ALL, format) and
    (ALL, ALL, ALL), for each engine; ordered so the engines of a group sit together."""
    groups: dict[tuple[str, str, str, str], list[ItemScore]] = {}
    for s in scores:
        for key in (
            (s.set, s.lang, s.format),
            (ALL, s.lang, s.format),
            (ALL, ALL, s.format),
            (ALL, ALL, ALL),
        ):
            groups.setdefault((s.engine, *key), []).append(s)
    order = {name: i for i, name in enumerate(engines)}

    def sort_key(k: tuple[str, str, str, str]) -> tuple[Any, ...]:
        engine, set_, lang, fmt = k
        fmt_rank = (fmt == ALL, FORMATS.index(fmt) if fmt in FORMATS else len(FORMATS), fmt)
        return (*fmt_rank, set_ == ALL, set_, lang == ALL, lang, order.get(engine, len(order)))

    return [aggregate(k[0], (k[1], k[2], k[3]), groups[k]) for k in sorted(groups, key=sort_key)]


def fold_rows(scores: Sequence[ItemScore], items: Sequence[Item]) -> list[Row]:
    """The rows of each site fold (:mod:`benchmarks.folds`): per (fold, lang, format) and
    (fold, ALL, format), the fold's name standing in the set column."""
    fold = {it.id: fold_of(it.id, it.url) for it in items}
    groups: dict[tuple[str, str, str, str], list[ItemScore]] = {}
    for s in scores:
        name = f"fold {fold[s.id]}"
        for key in ((name, s.lang, s.format), (name, ALL, s.format)):
            groups.setdefault((s.engine, *key), []).append(s)
    return [aggregate(k[0], (k[1], k[2], k[3]), groups[k]) for k in sorted(groups)]


def evaluate(
    items: Sequence[Item],
    *,
    corpus: Path | None = None,
    engines: Sequence[str] = (OURS,),
    progress: Callable[[str], None] | None = None,
) -> tuple[list[ItemScore], list[str]]:
    """Run every engine on its items and score them.

    Reference engines only see HTML items. Returns the item scores and the names of the
    engines that actually ran (a reference engine whose library is missing is skipped, and
    reported through ``progress``).
    """
    root = corpus or corpus_dir()
    loaded: list[tuple[str, Extractor, Extractor | None]] = []
    for name in engines:
        try:
            extract, metadata = _engine(name)
        except EngineUnavailable as exc:
            if progress:
                progress(
                    f"skipping {name}: the {exc} package is not installed in this environment "
                    "(see docs/benchmarks.md for the .venv-bench setup)"
                )
            continue
        loaded.append((name, extract, metadata))
    scores: list[ItemScore] = []
    for i, item in enumerate(items, 1):
        data = (root / item.path).read_bytes()
        for name, extract, metadata in loaded:
            if name != OURS and item.format != "html":
                continue
            pred = predict(name, extract, metadata, data, item)
            scores.append(score_item(item, pred))  # truth is looked at only here
        if progress and i % 100 == 0:
            progress(f"{i}/{len(items)} items")
    return scores, [name for name, _, _ in loaded]


def run(
    items: Sequence[Item],
    *,
    corpus: Path | None = None,
    engines: Sequence[str] = (OURS,),
    progress: Callable[[str], None] | None = None,
) -> list[Row]:
    """Evaluate ``items`` with ``engines`` and return the grouped :class:`Row` table."""
    scores, ran = evaluate(items, corpus=corpus, engines=engines, progress=progress)
    return group_rows(scores, ran)


# --------------------------------------------------------------------------- floors


@dataclass(frozen=True)
class FloorCheck:
    """One metric of one row compared with its floor (or ``*_max`` ceiling)."""

    format: str
    lang: str
    metric: str
    bound: float
    measured: float | None
    n: int

    @property
    def is_ceiling(self) -> bool:
        return self.metric.endswith("_max")

    @property
    def ok(self) -> bool:
        if self.measured is None:
            return True  # nothing measured: not checked
        if self.is_ceiling:
            return self.measured <= self.bound + 1e-12
        return self.measured >= self.bound - 1e-12


def find_row(rows: Sequence[Row], fmt: str, lang: str, engine: str = OURS) -> Row | None:
    for row in rows:
        if (row.engine, row.set, row.lang, row.format) == (engine, ALL, lang, fmt):
            return row
    return None


def floor_table(floors: Mapping[str, Any]) -> dict[str, dict[str, dict[str, float]]]:
    """The ``format -> lang -> metric -> bound`` part of a floors file."""
    return {fmt: floors[fmt] for fmt in FORMATS if isinstance(floors.get(fmt), dict)}


def check_floors(rows: Sequence[Row], floors: Mapping[str, Any]) -> list[FloorCheck]:
    """Compare newsparse's rows with every floor in ``floors``.

    A row that has floors but is absent from ``rows`` (no item of that format and language
    was run) is reported with ``measured=None`` and passes; the gate test asserts that the
    rows exist separately.
    """
    checks: list[FloorCheck] = []
    for fmt, langs in floor_table(floors).items():
        for lang, metrics in langs.items():
            row = find_row(rows, fmt, lang)
            for metric, bound in metrics.items():
                if metric not in _METRIC_N:
                    raise KeyError(f"unknown metric {metric!r} in floors for {fmt}/{lang}")
                measured = None if row is None else row.metric(metric)
                n = 0 if row is None else row.metric_n(metric)
                checks.append(FloorCheck(fmt, lang, metric, float(bound), measured, n))
    return checks


def format_checks(checks: Sequence[FloorCheck]) -> str:
    lines = [f"{'format':<6} {'lang':<5} {'metric':<20} {'bound':>8} {'measured':>9} {'n':>5}"]
    for c in checks:
        measured = "n/a" if c.measured is None else f"{c.measured:.4f}"
        sign = "<=" if c.is_ceiling else ">="
        status = "ok" if c.ok else "BELOW FLOOR" if not c.is_ceiling else "ABOVE CEILING"
        lines.append(
            f"{c.format:<6} {c.lang:<5} {c.metric:<20} {sign}{c.bound:>6.3f} {measured:>9} "
            f"{c.n:>5}  {status}"
        )
    return "\n".join(lines)


def suggest_bound(metric: str, measured: float) -> float:
    """measured - margin rounded down (floors) or + margin rounded up (ceilings), in [0, 1]."""
    scale = 10.0**FLOOR_DECIMALS
    if metric.endswith("_max"):
        return min(1.0, math.ceil((measured + FLOOR_MARGIN) * scale - 1e-9) / scale)
    return max(0.0, math.floor((measured - FLOOR_MARGIN) * scale + 1e-9) / scale)


def updated_floors(
    rows: Sequence[Row], floors: Mapping[str, Any], *, allow_lower: bool = False
) -> tuple[dict[str, Any], list[str]]:
    """New floors from ``rows`` and the diff lines describing every change or refusal.

    Tightening is always applied; loosening (a lower floor, a higher ceiling) is only
    applied with ``allow_lower`` and is otherwise kept at the old value and reported.
    """
    new: dict[str, Any] = json.loads(json.dumps(floors))
    diff: list[str] = []
    for fmt in FORMATS:
        langs = new.setdefault(fmt, {})
        for lang in DEFAULT_FLOOR_LANGS:
            langs.setdefault(lang, {})
        for lang, metrics in langs.items():
            row = find_row(rows, fmt, lang)
            if row is None:
                diff.append(f"  {fmt}/{lang}: no measured row, floors kept")
                continue
            for metric in (*FLOOR_METRICS, *CEILING_METRICS):
                measured = row.metric(metric)
                n = row.metric_n(metric)
                old = metrics.get(metric)
                if measured is None or n < MIN_N_FOR_FLOOR:
                    if old is not None:
                        diff.append(
                            f"  {fmt}/{lang}/{metric}: n={n} < {MIN_N_FOR_FLOOR}, kept {old}"
                        )
                    continue
                suggested = suggest_bound(metric, measured)
                ceiling = metric.endswith("_max")
                if old is None:
                    metrics[metric] = suggested
                    diff.append(f"+ {fmt}/{lang}/{metric}: {suggested} (measured {measured:.4f})")
                    continue
                old = float(old)
                looser = suggested > old if ceiling else suggested < old
                if suggested == old:
                    continue
                if looser and not allow_lower:
                    diff.append(
                        f"! {fmt}/{lang}/{metric}: measured {measured:.4f} suggests {suggested}, "
                        f"LOOSER than {old}; kept {old} (use --allow-lower and explain why "
                        "in the commit message)"
                    )
                    continue
                metrics[metric] = suggested
                verb = "LOOSENED" if looser else "tightened"
                diff.append(
                    f"~ {fmt}/{lang}/{metric}: {old} -> {suggested} {verb} "
                    f"(measured {measured:.4f})"
                )
    return new, diff


def write_json(path: Path, data: Mapping[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- report


def _pct(value: float | None, n: int) -> str:
    return "-" if value is None else f"{100 * value:5.1f} ({n})"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(rows: Sequence[Row]) -> str:
    """The human-readable table: one line per row, a blank line between formats."""
    header = (
        f"{'engine':<11} {'set':<10} {'lang':<5} {'fmt':<4} {'items':>5} {'err':>4} "
        f"{'P':>5} {'R':>5} {'F1':>5} {'with%':>11} {'w/o leak%':>11} {'title%':>11} "
        f"{'date%':>11} {'author%':>11} {'ms/doc':>7}"
    )
    lines = [header, "-" * len(header)]
    previous_fmt: str | None = None
    for r in rows:
        if previous_fmt is not None and r.format != previous_fmt:
            lines.append("")
        previous_fmt = r.format
        lines.append(
            f"{r.engine:<11} {r.set:<10} {r.lang:<5} {r.format:<4} {r.items:>5} {r.errors:>4} "
            f"{_num(r.precision):>5} {_num(r.recall):>5} {_num(r.f1):>5} "
            f"{_pct(r.with_found, r.with_n):>11} {_pct(r.without_leaked, r.without_n):>11} "
            f"{_pct(r.title_acc, r.title_n):>11} {_pct(r.date_acc, r.date_n):>11} "
            f"{_pct(r.author_acc, r.author_n):>11} {r.ms_per_doc:>7.1f}"
        )
    return "\n".join(lines)


def _first_errors(scores: Sequence[ItemScore], limit: int = 5) -> list[str]:
    seen: dict[str, tuple[int, str]] = {}
    for s in scores:
        if s.error is not None:
            count, example = seen.get(f"{s.engine}: {s.error}", (0, s.id))
            seen[f"{s.engine}: {s.error}"] = (count + 1, example)
    top = sorted(seen.items(), key=lambda kv: -kv[1][0])[:limit]
    return [f"  {count:>4} x {msg}  (e.g. {example})" for msg, (count, example) in top]


# --------------------------------------------------------------------------- pairs


def with_pairs(items: Sequence[Item], manifest: Sequence[Item]) -> list[Item]:
    """``items`` plus the :data:`PAIR_STYLE` dump of every Markdown item's page."""
    pages = {it.page_id for it in items if it.format == "markdown"}
    have = {it.id for it in items}
    extra = [
        it
        for it in manifest
        if it.id == f"{it.page_id}@{PAIR_STYLE}" and it.page_id in pages and it.id not in have
    ]
    return [*items, *extra]


@dataclass(frozen=True)
class PairCount:
    """Markdown dumps against the :data:`PAIR_STYLE` dumps of the same pages, by body F1."""

    pages: int
    worse: int
    """Pages where the Markdown dump's F1 is lower (at all)."""
    worse_by: int
    """Pages where it is lower by more than :data:`PAIR_MARGIN`."""
    mean_gain: float
    """Mean of (Markdown F1 - plain F1) over the pages."""


# A difference of F1 below this is called rounding noise in PairCount.worse_by.
PAIR_MARGIN = 0.02


def pair_scores(scores: Sequence[ItemScore]) -> PairCount:
    """Compare newsparse's body F1 on each Markdown dump with its page's plain dump."""
    plain: dict[str, float] = {}
    markdown: dict[str, float] = {}
    for s in scores:
        if s.engine != OURS or s.precision is None or s.recall is None:
            continue
        f1 = scoring.f1(s.precision, s.recall)
        page = s.id.split("@", 1)[0]
        if s.format == "markdown":
            markdown[page] = f1
        elif s.id.endswith("@" + PAIR_STYLE):
            plain[page] = f1
    both = [p for p in markdown if p in plain]
    gains = [markdown[p] - plain[p] for p in both]
    return PairCount(
        pages=len(both),
        worse=sum(g < 0 for g in gains),
        worse_by=sum(g < -PAIR_MARGIN for g in gains),
        mean_gain=sum(gains) / len(gains) if gains else 0.0,
    )


def fold_pairs(scores: Sequence[ItemScore], items: Sequence[Item]) -> dict[str, PairCount]:
    """:func:`pair_scores` of each site fold (a page's dumps are all in its page's fold)."""
    fold = {it.id: fold_of(it.id, it.url) for it in items}
    return {f: pair_scores([s for s in scores if fold.get(s.id) == f]) for f in FOLDS}


def format_pairs(pc: PairCount, label: str = "") -> str:
    """One line: how often the Markdown dumps score below the plain dumps of their pages."""

    def share(k: int) -> str:
        return f"{100 * k / pc.pages:.1f}%" if pc.pages else "-"

    return (
        f"{label}markdown vs {PAIR_STYLE} dumps of the same {pc.pages} pages: markdown's body "
        f"F1 lower on {pc.worse} ({share(pc.worse)}), lower by more than {PAIR_MARGIN} on "
        f"{pc.worse_by} ({share(pc.worse_by)}); mean F1 difference {pc.mean_gain:+.3f}"
    )


# --------------------------------------------------------------------------- CLI


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.accuracy", description=__doc__)
    p.add_argument("--subset", choices=("all", "gate"), default="all")
    p.add_argument("--format", choices=FORMATS, help="only items of this format")
    p.add_argument("--lang", help="only items of this manifest lang (zh, ja, ko, other, ?)")
    p.add_argument("--style", help="only text dumps of this dump_style (chromium, w3m, html2text)")
    p.add_argument(
        "--pairs",
        action="store_true",
        help=f"also run each Markdown dump's {PAIR_STYLE} dump and count the pages where the "
        "Markdown dump's body F1 is lower",
    )
    p.add_argument(
        "--set", dest="set_", metavar="SET", help="only items of this set (magic-html, ...)"
    )
    p.add_argument("--limit", type=int, help="only the first N selected items (for a quick look)")
    p.add_argument(
        "--folds",
        action="store_true",
        help="add the rows of the two site folds (benchmarks/folds.py: no site in both)",
    )
    p.add_argument("--fold", choices=FOLDS, help="only the items of this site fold")
    p.add_argument(
        "--compare",
        default="",
        help="comma-separated reference engines to run on the HTML items: "
        + ",".join(REFERENCE_ENGINES),
    )
    p.add_argument("--json", type=Path, help="write rows and per-item scores to this file")
    p.add_argument("--check", action="store_true", help="exit 1 if a floor is not met")
    p.add_argument(
        "--write-floors",
        action="store_true",
        help="with --subset gate: tighten floors.json to measured - margin, print the diff",
    )
    p.add_argument(
        "--allow-lower",
        action="store_true",
        help="with --write-floors: also apply loosened floors (say why in the commit)",
    )
    p.add_argument(
        "--write-gate-subset",
        action="store_true",
        help="regenerate floors.json's frozen gate id list from the rule and exit; with "
        "--format, only add that format's items by the rule to the list",
    )
    p.add_argument("--corpus", type=Path, help=f"corpus directory (default ${CORPUS_ENV} or ../)")
    return p.parse_args(argv)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    corpus = args.corpus or corpus_dir()
    if not (corpus / MANIFEST_NAME).is_file():
        _log(f"corpus not found at {corpus} (set {CORPUS_ENV} or pass --corpus)")
        return 2
    items = load_manifest(corpus)
    floors: dict[str, Any] = load_floors() if FLOORS_PATH.is_file() else {"comment": FLOORS_COMMENT}

    if args.write_gate_subset:
        ids = [it.id for it in items if in_gate_rule(it)]
        if args.format and "subset" in floors:
            # only add the rule's items of one format: the other rows keep their pages
            kept = set(floors["subset"]["ids"])
            ids = [
                i.id for i in items if i.id in kept or (i.format == args.format and in_gate_rule(i))
            ]
        floors["subset"] = {"rule": gate_rule_description(), "count": len(ids), "ids": ids}
        write_json(FLOORS_PATH, floors)
        print(f"wrote {len(ids)} gate ids to {FLOORS_PATH}; re-set the floors in the same commit")
        return 0
    if (args.write_floors or args.check) and args.subset != "gate":
        _log("--write-floors and --check measure the fixed gate subset: add --subset gate")
        return 2
    if (args.write_floors or args.check) and (
        args.lang or args.set_ or args.fold or args.style or args.limit is not None
    ):
        # Those filters change what the per-format ALL rows contain; --format does not.
        _log("--write-floors and --check cannot be combined with --lang, --set, --style or --limit")
        return 2
    if args.subset == "gate":
        items = gate_items(items, floors)
    if args.format:
        items = [it for it in items if it.format == args.format]
    if args.lang:
        items = [it for it in items if it.lang == args.lang]
    if args.set_:
        items = [it for it in items if it.set == args.set_]
    if args.fold:
        items = [it for it in items if fold_of(it.id, it.url) == args.fold]
    if args.style:
        items = [it for it in items if it.dump_style == args.style]
    if args.pairs:
        items = with_pairs(items, load_manifest(corpus))
    if args.limit is not None:
        items = items[: args.limit]
    engines = [OURS] + [e.strip() for e in args.compare.split(",") if e.strip()]
    for name in engines[1:]:
        if name not in REFERENCE_ENGINES:
            _log(f"unknown --compare engine {name!r}; choose from {', '.join(REFERENCE_ENGINES)}")
            return 2

    start = time.perf_counter()
    scores, ran = evaluate(items, corpus=corpus, engines=engines, progress=_log)
    rows = group_rows(scores, ran)
    elapsed = time.perf_counter() - start
    print(format_table(rows + (fold_rows(scores, items) if args.folds else [])))
    print(
        f"\n{len(items)} items, engines: {', '.join(ran)}, {elapsed:.1f} s wall. "
        "P/R/F1: mean per-page 4-shingle precision/recall, F1 of the means; with%: share of "
        "must-have snippets found; w/o leak%: share of must-not snippets found; title/date/"
        "author%: share right among pages whose truth has that field; (n) = items measured."
    )
    if args.pairs:
        print("\n" + format_pairs(pair_scores(scores)))
        if args.folds:
            for f, pc in fold_pairs(scores, items).items():
                print(format_pairs(pc, f"fold {f}: "))
    errors = _first_errors(scores)
    if errors:
        print("\nmost frequent errors:\n" + "\n".join(errors))
    if args.json:
        payload = {
            "corpus": str(corpus),
            "subset": args.subset,
            "engines": ran,
            "rows": [asdict(r) for r in rows],
            "items": [asdict(s) for s in scores],
        }
        write_json(args.json, payload)
        print(f"\nwrote {args.json}")

    status = 0
    if args.write_floors:
        new, diff = updated_floors(rows, floors, allow_lower=args.allow_lower)
        new.setdefault("comment", FLOORS_COMMENT)
        print(f"\nfloors diff (margin {FLOOR_MARGIN:.3f}, min n {MIN_N_FOR_FLOOR}):")
        print("\n".join(diff) if diff else "  (no change)")
        if new != floors:
            write_json(FLOORS_PATH, new)
            print(f"wrote {FLOORS_PATH}")
        floors = new
    if args.check:
        checks = check_floors(rows, floors)
        print("\n" + format_checks(checks))
        if not all(c.ok for c in checks):
            print("\nGATE FAILED: a metric is below its floor (or above its ceiling)")
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
