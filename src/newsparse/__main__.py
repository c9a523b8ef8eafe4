"""``python -m newsparse``: the command line, see :mod:`newsparse.cli`."""

from __future__ import annotations

from newsparse.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
