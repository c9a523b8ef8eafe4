"""Scale out with Dask: parse many files or WARC archives on a cluster.

The same code runs on a laptop (``LocalCluster``) and on a real cluster
(``Client("scheduler:8786")``, dask-jobqueue, Kubernetes): see ``docs/scale.md``.

>>> from dask.distributed import Client, LocalCluster           # doctest: +SKIP
>>> client = Client(LocalCluster(n_workers=2, threads_per_worker=1))  # doctest: +SKIP
>>> bag = articles_bag(["a.txt", "b.txt"], format="text")       # doctest: +SKIP
>>> records = bag.compute()                                     # doctest: +SKIP

Each element of a bag is a JSON-ready ``dict``: an article
(``Article.model_dump(mode="json")`` led by ``"path"``, and ``"url"`` and
``"record_id"`` for WARC records) or an error record
``{"path": ..., "error": {"type": ..., "message": ...}}``. Building and computing a bag
never raises for a bad input. Elements keep input order.

Dask is an optional dependency (``pip install 'newsparse[dask]'``), imported only when a
bag is built; this module itself imports without it.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from newsparse.api import Format
from newsparse.batch import MissingDependencyError, Record, path_record, warc_records

if TYPE_CHECKING:
    import dask.bag

#: Files per partition of :func:`articles_bag`: a partition is one task, so it should
#: take a good fraction of a second (text dumps parse at about 20-100 per second).
DEFAULT_PARTITION_SIZE: Final = 16


def _dask_bag() -> Any:
    try:
        return importlib.import_module("dask.bag")
    except ImportError as exc:
        raise MissingDependencyError(
            "newsparse.distributed needs dask: pip install 'newsparse[dask]'"
        ) from exc


def articles_bag(
    paths: Sequence[str],
    *,
    format: Format = "auto",
    partition_size: int = DEFAULT_PARTITION_SIZE,
) -> dask.bag.Bag:
    """A Dask bag with one record per file of ``paths``, in order.

    Files are read where the task runs, so every worker must see ``paths`` (a shared
    file system, or object-store paths mounted alike). ``format`` is passed to
    :func:`newsparse.parse`. Raises :class:`~newsparse.batch.MissingDependencyError`
    when dask is not installed; a bad file becomes an error record.
    """
    db = _dask_bag()
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    bag: dask.bag.Bag = db.from_sequence(
        [str(p) for p in paths], partition_size=partition_size
    ).map(path_record, format=format)
    return bag


def warc_file_records(path: str, *, format: Format = "auto") -> list[Record]:
    """Every record of one WARC archive (see :func:`newsparse.batch.warc_records`); a
    missing ``warcio`` on the worker becomes an error record too."""
    try:
        return list(warc_records(path, format=format))
    except MissingDependencyError as exc:
        return [{"path": path, "error": {"type": type(exc).__name__, "message": str(exc)}}]


def warc_bag(warc_paths: Sequence[str], *, format: Format = "auto") -> dask.bag.Bag:
    """A Dask bag with one record per HTML or text HTTP response of the WARC archives
    ``warc_paths``, in archive order and file order. Each archive is one task; workers
    need ``newsparse[warc]`` installed."""
    db = _dask_bag()
    bag: dask.bag.Bag = (
        db.from_sequence([str(p) for p in warc_paths], partition_size=1)
        .map(warc_file_records, format=format)
        .flatten()
    )
    return bag


__all__ = ["DEFAULT_PARTITION_SIZE", "articles_bag", "warc_bag", "warc_file_records"]
