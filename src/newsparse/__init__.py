"""newsparse: raw news pages and text dumps -> validated, typed Article objects.

>>> import newsparse
>>> art = newsparse.parse("Breadcrumb > News\\nA headline\\n2019-07-23\\n" + "Text. " * 30)
>>> art.title
'A headline'
"""

from newsparse.api import parse, parse_file
from newsparse.errors import EmptyInputError, NewsparseError, NotAPageError
from newsparse.explain import explain
from newsparse.models import Article, Block, Evidence, Image, ImageRole, Kind, Link, Role, Span

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "EmptyInputError",
    "Evidence",
    "Image",
    "ImageRole",
    "Kind",
    "Link",
    "NewsparseError",
    "NotAPageError",
    "Role",
    "Span",
    "__version__",
    "explain",
    "parse",
    "parse_file",
]
