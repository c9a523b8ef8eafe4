"""Heuristics as data: every marker word, pattern and threshold the pipeline uses.

Nothing else in the package hard-codes a marker or a number that decides: the code reads
these names, usually as ``from newsparse import patterns as P`` and ``P.NAME``. Each entry
says why it exists. The package is split by concern, not by language (one pattern often
mixes Chinese, English and German):

* :mod:`~newsparse.patterns.text`: characters, words, sentence ends, and the *hint*
  machinery that lets rare case-insensitive patterns skip most lines;
* :mod:`~newsparse.patterns.thresholds`: the numbers of the region score, the title,
  heading, caption and repeat tests, metadata and text-dump segmentation;
* :mod:`~newsparse.patterns.boilerplate`: the words that head legal notices, related
  links, share bars and menus;
* :mod:`~newsparse.patterns.fields`: labelled fields (来源：, By ...), names, tags,
  breadcrumbs;
* :mod:`~newsparse.patterns.dates`: date forms, month names, zones, date labels;
* :mod:`~newsparse.patterns.images`: image names in dumps, chrome images, caption marks;
* :mod:`~newsparse.patterns.language`: function words for the language guess;
* :mod:`~newsparse.patterns.html`: tags, class/id tokens, roles, ``<meta>`` names and the
  bounds of the HTML path;
* :mod:`~newsparse.patterns.decoding`: charsets, binary signatures, decoder bounds;
* :mod:`~newsparse.patterns.markdown`: the bounds of the Markdown segmenter and sniffer,
  and what a Markdown line's links cost the region.

Patterns are compiled once at import time; none has nested unbounded quantifiers, so
matching is linear in the line length. This module re-exports every public name of its
parts, so ``P.NAME`` works whichever part holds it.
"""

from newsparse.patterns.boilerplate import *  # noqa: F403
from newsparse.patterns.dates import *  # noqa: F403
from newsparse.patterns.decoding import *  # noqa: F403
from newsparse.patterns.fields import *  # noqa: F403
from newsparse.patterns.html import *  # noqa: F403
from newsparse.patterns.images import *  # noqa: F403
from newsparse.patterns.language import *  # noqa: F403
from newsparse.patterns.markdown import *  # noqa: F403
from newsparse.patterns.text import *  # noqa: F403
from newsparse.patterns.thresholds import *  # noqa: F403
