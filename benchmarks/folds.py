"""Site folds: the corpus split in two by site (registered domain), no site in both.

A rule fitted to a few corpus pages lifts the corpus score and nothing else. To see that,
look at one fold's pages while building a rule and read the other fold's numbers only;
keep a rule when both folds agree (``python -m benchmarks.accuracy --folds``; every
accuracy commit message gives both folds' change). A page's fold follows from its site
alone, so its text dumps and encoded copies are in the same fold, and a new corpus page of
a known site joins that site's fold.
"""

from __future__ import annotations

import hashlib
from typing import Final
from urllib.parse import urlsplit

#: The two folds.
FOLDS: Final = ("A", "B")
#: Mixed into the hash, so that the split is not that of some other tool's.
FOLD_SALT: Final = "newsparse-folds-v1:"
#: Second-level labels under which a country's sites register ("news.sina.com.cn" is
#: sina.com.cn, "www.bbc.co.uk" bbc.co.uk): a short list of the usual ones, not the whole
#: public suffix list (which the benchmark does not need to depend on).
SECOND_LEVEL: Final = frozenset({"com", "net", "org", "gov", "edu", "co", "ac", "or", "ne", "go"})


def registered_domain(url: str | None) -> str | None:
    """The site a URL belongs to: its host's last two labels, or three under a country's
    second-level label (``com.cn``, ``co.uk``); None for no URL or no host."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    labels = host.lower().rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def fold_of(item_id: str, url: str | None) -> str:
    """The fold of a corpus item: by its site, or (without a URL) by its page's id (the
    id without a dump's ``@style`` or an encoded copy's ``#codec`` suffix)."""
    key = registered_domain(url) or "page:" + item_id.split("@", 1)[0].split("#", 1)[0]
    digest = hashlib.sha256((FOLD_SALT + key).encode("utf-8")).digest()
    return FOLDS[digest[0] % 2]
