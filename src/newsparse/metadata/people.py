"""People and outlets: the names of authors and editors in labelled fields and bylines,
and the checks that say whether a value can be a person's name or an outlet's."""

from __future__ import annotations

from itertools import pairwise

from newsparse import patterns as P
from newsparse.features import find_date
from newsparse.text import capitalised_name, name_parts
from newsparse.units import Unit


def split_names(value: str) -> list[str]:
    """The names in a labelled field's value ("张三 李四", "Jane Doe, John Roe"), each
    short and not a sentence."""
    alias = P.ALIAS_NAME.match(value.strip())
    if alias is not None:
        return [alias.group("head")]  # "周思博 (Joel Spolsky)": one person
    names = []
    for n in name_parts(value):
        n = n.strip(" \t:：()（）[]【】")
        if n and len(n) <= P.NAME_MAX_CHARS and not P.ends_sentence(n):
            names.append(n)
    return names


def unmarked(value: str) -> str:
    """``value`` without Markdown marks ("[Name](/author/name)", "**X**") and the
    separators left at its ends."""
    return P.VALUE_MARKUP.sub(lambda m: m.group(1) or "", value).strip(P.VALUE_TRIM)


def _when_only(value: str) -> bool:
    """True when every word of ``value`` says when (a weekday, a month, a number, a date
    label or a clock word): "Friday,", "Publiziert:", "Offentliggjort torsdag", "Uhr"."""
    words = P.VALUE_WORD.findall(value.lower())
    return all(
        w.isdigit() or w in P.WEEKDAYS or w in P.MONTHS or w in P.NOT_NAME_WORDS for w in words
    )


def without_when(value: str) -> str:
    """``value`` without its comma-separated parts that only say when ("Artikel
    veröffentlicht am , Tobias Költzsch" gives "Tobias Költzsch"; "Stefan Trunzik, Uhr"
    gives "Stefan Trunzik"), the others joined by ", "."""
    parts = (p.strip(P.VALUE_TRIM) for p in P.VALUE_PART_SEP.split(" ".join(value.split())))
    return ", ".join(p for p in parts if p and not _when_only(p))


def _not_a_value(value: str, max_chars: int = P.NAME_MAX_CHARS) -> bool:
    """What no name and no outlet is: nothing with a letter, too long, a date, a byline
    head, a reader's location line, a bare label, or only words that say when."""
    return (
        not any(ch.isalpha() for ch in value)
        or len(value) > max_chars
        or P.BYLINE_HEAD.match(value) is not None
        or P.LOCATION_LINE.match(value) is not None
        or value.lower() in P.PEOPLE_LABEL_WORDS
        or value.startswith(("http://", "https://"))
        or _when_only(value)
    )


def person_name(value: str, declared: bool = False) -> str | None:
    """``value`` as a person's name, or None when it is something else: a weekday, a
    date, a label, a location line, an outlet (:func:`publication`). A ``declared`` name
    (JSON-LD, ``<meta>``) may be longer: a page states its authors' names in full."""
    name = _unglued(P.GLUED_COUNT.sub("", unmarked(value)))
    if (
        not name
        or _not_a_value(name, P.DECLARED_NAME_MAX_CHARS if declared else P.NAME_MAX_CHARS)
        or P.YEAR.search(name) is not None
        or any(ch in name for ch in ":：")
        or all(w in P.JOB_TITLE_WORDS for w in P.VALUE_WORD.findall(name.lower()))
        or P.CJK_PUBLICATION.match(name) is not None
    ):
        return None
    return name


def _unglued(name: str) -> str:
    """``name`` without a word a dump glued onto it ("Kathryn GiuffridaMar" gives
    "Kathryn Giuffrida"; "Ulrich ExnerKorrespondent", "Ulrich Exner")."""
    for m in P.GLUED_WORD.finditer(name):
        word = m.group().lower()
        if word in P.MONTHS or word in P.NOT_NAME_WORDS or word in P.JOB_TITLE_WORDS:
            return name[: m.start()].rstrip()
    return name


def publication(value: str, site: str | None) -> bool:
    """True when a name given as an author's is an outlet's: a Chinese publication's
    name ("新京报", "央视新闻客户端") or the site's own name."""
    return P.CJK_PUBLICATION.match(value) is not None or (
        site is not None and value.casefold() == site.casefold()
    )


def outlet(value: str) -> str | None:
    """``value`` as an outlet's name (a publication, agency or site) without its label
    ("来源：新华网" gives "新华网"), or None when it cannot be one: a weekday, a date
    label, a byline ("By Jane Doe,"), a reader's location line."""
    name = P.SOURCE_LABEL.sub("", unmarked(value))
    cut = P.VALUE_INNER_LABEL.search(name, 1)
    if cut is not None:
        name = name[: cut.start()]
    hit = find_date(name)
    while hit is not None:
        name = name[: hit.start] + " " + name[hit.end :]
        hit = find_date(name)
    name = without_when(name)  # "Stefan Trunzik, Uhr"
    if not name or _not_a_value(name):
        return None
    return name


def author_box(units: list[Unit]) -> tuple[Unit, str] | None:
    """The name of the page's author box (:data:`~newsparse.patterns.AUTHOR_BOX_VERB`):
    a line that is only a person's name, above a paragraph that opens with that name and
    a verb that says who that is; the line and the name. None when the page shows no
    such pair, or several (:data:`~newsparse.patterns.AUTHOR_BOX_MAX_PER_PAGE`)."""
    texts = [u for u in units if u.text]
    found: list[tuple[Unit, str]] = []
    for u, nxt in pairwise(texts):
        name = u.text
        if not nxt.text.startswith(name) or nxt.text[len(name) : len(name) + 1] != " ":
            continue  # (most pairs: tested first, as it costs least)
        if not capitalised_name(name):
            continue
        rest = nxt.text[len(name) + 1 :]
        if P.AUTHOR_BOX_VERB.match(rest) and person_name(name) is not None:
            found.append((u, name))
    return found[0] if 0 < len(found) <= P.AUTHOR_BOX_MAX_PER_PAGE else None
