"""People: the names of authors and editors in labelled fields and bylines."""

from __future__ import annotations

from newsparse import patterns as P
from newsparse.text import name_parts
from newsparse.units import Unit


def split_names(value: str) -> list[str]:
    """The names in a labelled field's value ("张三 李四", "Jane Doe, John Roe"), each
    short and not a sentence."""
    names = []
    for n in name_parts(value):
        n = n.strip(" \t:：()（）[]【】")
        if n and len(n) <= P.NAME_MAX_CHARS and not P.ends_sentence(n):
            names.append(n)
    return names


def people(fields: list[tuple[str, str, str]], name: str) -> list[str]:
    """The names of every ``name`` field ("authors", "editors")."""
    out: list[str] = []
    for f, _, v in fields:
        if f == name and v:
            out.extend(split_names(v))
    return out


def bylines(meta_units: list[Unit]) -> list[str]:
    """The names of the English "By ..." bylines among the metadata units."""
    return [n for u in meta_units if u.byline for n in u.byline]
