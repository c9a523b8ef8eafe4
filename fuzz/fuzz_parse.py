"""Coverage-guided fuzzing of :func:`newsparse.parse` with atheris (libFuzzer).

Any exception other than a :class:`newsparse.NewsparseError` is a crash; so is a hang
(libFuzzer's ``-timeout``) and running out of memory (``-rss_limit_mb``). Run from the
repository root (see docs/robustness.md)::

    pip install atheris
    python -m fuzz.seeds /tmp/fuzz-html html            # a small seed corpus
    NEWSPARSE_FUZZ_FORMAT=html python fuzz/fuzz_parse.py /tmp/fuzz-html \\
        -max_total_time=300 -timeout=10 -rss_limit_mb=2048

``NEWSPARSE_FUZZ_FORMAT`` is ``auto`` (default), ``html`` or ``text``. The first byte of
each input chooses how it is passed: even as ``bytes``, odd as ``str`` (the rest decoded
as UTF-8 with ``surrogateescape``, so lone surrogates reach the ``str`` path too).
"""

from __future__ import annotations

import os
import sys

import atheris

with atheris.instrument_imports(include=["newsparse"]):
    import newsparse
    from newsparse import NewsparseError

FORMAT = os.environ.get("NEWSPARSE_FUZZ_FORMAT", "auto")
if FORMAT not in ("auto", "html", "text"):
    raise SystemExit(f"NEWSPARSE_FUZZ_FORMAT must be auto, html or text, not {FORMAT!r}")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    payload: bytes | str = data[1:]
    if data[0] & 1:
        payload = data[1:].decode("utf-8", "surrogateescape")
    try:
        article = newsparse.parse(payload, format=FORMAT)  # type: ignore[arg-type]
    except NewsparseError:
        return
    article.model_dump_json()  # the result must serialise, too


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
