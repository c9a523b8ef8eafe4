"""Scale out with Dask: parse many files or WARC archives on a cluster.

The same code runs on a laptop (``LocalCluster``) and on a real cluster
(``Client("scheduler:8786")``, dask-jobqueue, Kubernetes): see ``docs/scale.md``.

>>> from dask.distributed import Client, LocalCluster           # doctest: +SKIP
>>> client = Client(LocalCluster(n_workers=2, threads_per_worker=1))  # doctest: +SKIP
>>> bag = articles_bag(["a.txt", "b.txt"], format="text")       # doctest: +SKIP
>>> records = bag.compute()                                     # doctest: +SKIP

Each element of a bag is a JSON-ready ``dict``, the same record the command line writes
(``newsparse schema --record``): an article (``Article.model_dump(mode="json")`` led by
``"path"``, and ``"url"``, ``"record_id"`` and ``"http_status"`` for archive records) or
an error record ``{"path": ..., "error": {"type": ..., "message": ...}}``. Building and
computing a bag never raises for a bad input. Elements keep input order.

Dask is an optional dependency (``pip install 'newsparse[dask]'``), imported only when a
bag is built; this module itself imports without it.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from newsparse.api import Format
from newsparse.batch import Record, path_record, warc_records
from newsparse.errors import MissingDependencyError

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
    :func:`newsparse.parse`. Raises :class:`~newsparse.errors.MissingDependencyError`
    when dask is not installed; a bad file becomes an error record.
    """
    db = _dask_bag()
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    bag: dask.bag.Bag = db.from_sequence(
        [str(p) for p in paths], partition_size=partition_size
    ).map(path_record, format=format)
    return bag


def warc_file_records(
    path: str, *, format: Format = "auto", all_statuses: bool = False
) -> list[Record]:
    """Every record of one WARC/WET archive (see :func:`newsparse.batch.warc_records`):
    its page records, then an error record if the archive is broken; a missing
    ``warcio`` on the worker becomes an error record too."""
    return list(warc_records(path, format=format, all_statuses=all_statuses))


def warc_bag(
    warc_paths: Sequence[str], *, format: Format = "auto", all_statuses: bool = False
) -> dask.bag.Bag:
    """A Dask bag with one record per page record of the WARC/WET archives
    ``warc_paths`` (HTML or text responses with a 2xx status, or any status with
    ``all_statuses``; resource and WET conversion records), in archive order and file
    order; a broken archive adds one error record after the records read before the
    break. Each archive is one task; workers need ``newsparse[warc]`` installed."""
    db = _dask_bag()
    bag: dask.bag.Bag = (
        db.from_sequence([str(p) for p in warc_paths], partition_size=1)
        .map(warc_file_records, format=format, all_statuses=all_statuses)
        .flatten()
    )
    return bag


__all__ = ["DEFAULT_PARTITION_SIZE", "articles_bag", "warc_bag", "warc_file_records"]
