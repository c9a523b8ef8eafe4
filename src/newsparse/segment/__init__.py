"""Segmentation: the decoded input cut into candidate units (:class:`~newsparse.units.Unit`),
in reading order. :mod:`.text` cuts a text dump into lines (joining hard-wrapped ones);
:mod:`.markdown` reads a Markdown dump block by block (keeping its source and links);
:mod:`.html` walks a page's tree into block units with what only the DOM knows."""
