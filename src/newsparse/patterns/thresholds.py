"""Thresholds of the region score, the title and heading tests, captions, repeats,
metadata lines and text-dump segmentation: the numbers the rules weigh with."""

from __future__ import annotations

import re
from typing import Final

#: A plain dump's line whose opening (this many characters or more) comes again a third
#: of the way in or later, and whose rest starts with as much of the line as it can, says
#: its text twice: a teaser's picture and headline (w3m writes the alt text and the link
#: that repeats it on one line), never the story's prose.
DOUBLED_MIN_CHARS: Final = 8
#: ... and what it says before the repeat ends no statement: a picture's alt text and a
#: headline end without a full stop (or with a question), a sentence of prose with one
#: (spaces and control characters after it aside).
DOUBLED_STATEMENT_END: Final = re.compile(r"[。.][\s\x00-\x1f\x7f]*$")
#: Units (CJK characters + words) a line needs before it reads as running text. Below
#: it a line is a label, a menu item, a heading or a caption.
PARAGRAPH_MIN_UNITS: Final = 20
#: A text line's contribution to the article-region score is capped, so that one very
#: long line (a terms-of-service blob) cannot pull a whole footer into the article.
REGION_LINE_CAP: Final = 120
#: A word of an alphabetic script carries about as much as 1.5 CJK characters (a
#: 20-word English sentence and a 30-character Chinese one say about as much).
REGION_WORD_WEIGHT: Final = 1.5
#: Every non-blank line costs this much in the region score: short lines (menus, lists of
#: links, comment metadata) make a region lose score, paragraphs make it gain.
REGION_LINE_COST: Final = 18
#: HTML: a block with more of its text inside links than this is a link list, and pays
#: for its linked words.
REGION_LINK_DENSITY_MAX: Final = 0.5
#: What a short line that does not read as running text costs: bare (menu items,
#: headline links) or punctuated (list and table rows inside a story).
REGION_SHORT_COST: Final = 9
REGION_SHORT_PUNCT_COST: Final = 1
#: A line of program source that a plain dump keeps from a story's code block ("id: number;",
#: "interface Todo {", "};", "return (", "todos.map(t =>", '<div class="row">', "</li>",
#: 'type="text"', "/>", "// a comment"): it ends with a semicolon, a brace, an open bracket
#: or an arrow, or is a markup tag, an attribute, a comment or only closing brackets. It
#: costs the region nothing (no sign of chrome), not a short line's price: a tutorial's
#: code blocks no longer cut its story.
CODE_LINE_ENDS: Final = (";", "{", "}", "(", "[", "=>")
#: ... or starts as one (anchored at the start: read with match(), not search()).
CODE_LINE_START: Final = re.compile(
    r"</?[A-Za-z][\w.-]*(?:\s.*)?>?$|/>$|[)\]}>][\s)\]}>]*$|//|\{?/\*"
)
#: ... (the first characters that can start one, tested before the expression)
CODE_LINE_FIRST: Final = "<>/{)]}"
#: ... or an attribute of a tag on its own line ('type="text"', "onClick={add}").
CODE_ATTRIBUTE: Final = re.compile(r"[\w-]+=[\"'{]")
#: ... when it is short (prose never ends with a brace; a long line ending with ";" is text).
CODE_LINE_MAX_UNITS: Final = 24
#: A line of text ending with a colon ("Here are some of the courses:", "包括：") announces
#: a list of the story: its items, however short, cost REGION_SHORT_PUNCT_COST (a story's
#: rows), not REGION_SHORT_COST (a menu's). Labels ("Tags:") are shorter than this.
LIST_INTRO_MIN_UNITS: Final = 5
LIST_INTRO_ENDS: Final = (":", "：")
#: Lines with a boilerplate or metadata marker count this much against a region.
REGION_MARKER_PENALTY: Final = 40
#: A sentence-punctuated line is text even when short; this bonus lets a short but real
#: paragraph ("He declined to comment.") pay for itself.
REGION_SENTENCE_BONUS: Final = 6

#: The longest line (in units) that can be a heading or a caption without sentence end.
HEADING_MAX_UNITS: Final = 30
CAPTION_MAX_UNITS: Final = 60
#: A headline candidate's score: its length in units up to TITLE_LENGTH_CAP (a longer line
#: is no more a headline for it), TITLE_HEADER_BONUS when a dateline or byline follows it
#: (within TITLE_HEADER_REACH lines),
#: and up to TITLE_NEARNESS_BONUS for standing right above the article.
TITLE_LENGTH_CAP: Final = 30
TITLE_HEADER_BONUS: Final = 25
TITLE_NEARNESS_BONUS: Final = 10
#: How many lines of text under a headline candidate its dateline or byline may stand: a
#: standfirst and a label ("Author of the article:") may come between.
TITLE_HEADER_REACH: Final = 3
#: The labelled fields that head a story as a dateline or byline does (a source or a photo
#: credit does not: the one may follow anything, the other follows a caption).
HEADER_FIELDS: Final = frozenset({"authors", "published"})
#: What a line marked as a Markdown dump's top heading ("# ...") adds to its title score.
TITLE_MARKDOWN_H1_BONUS: Final = 25
#: What stands right under the headline: a sub-headline or a dateline within this many units
#: of it, the next line of text within NEXT_TEXT_REACH units (slots between them).
UNDER_TITLE_WINDOW: Final = 3
#: A dateline may stand this many units above the headline (over a kicker and a picture
#: credit): pages set the date above the headline too.
ABOVE_TITLE_WINDOW: Final = 4
NEXT_TEXT_REACH: Final = 3
#: A byline this many units below the story's last is a teaser's in the list under it
#: ("More Trending" / "By Jane Doe"), not the story's: the story's own sign-off stands
#: right under it. Such a byline is read only when nothing else names an author.
LATE_BYLINE_UNITS: Final = 3
#: A dated line above the story that dates a page which gives no other date is not a
#: link (more than this share of its text linked: a teaser in a list above the story).
HEADER_DATE_MAX_LINK_DENSITY: Final = 0.5
#: A dateline or byline vouches for a region down to this many units into it (the region's
#: scoring may start on the byline itself); a dateline is the story's down to
#: DATELINE_INTO_REGION units into it (a picture or a kicker may come first).
HEADER_INTO_REGION: Final = 1
DATELINE_INTO_REGION: Final = 2
#: How far above the article region (in non-blank lines) the title and dateline are looked
#: for: news pages put them right above the first paragraph, after the menus.
HEADER_WINDOW: Final = 12
#: How far above the region (in non-blank lines) the nearest dateline is still the
#: story's: beyond the header window, pictures, teasers and share bars may intervene.
DATELINE_WINDOW: Final = 40
#: With no dateline above the region, how far below its end (in lines) one is still the
#: story's: blogs sign a post off with its date, before the related posts and footer.
DATELINE_BELOW: Final = 8
#: A dated line with at most this many words beside its date (a label: "Published:",
#: "Posted on") is a bare date; one within DATELINE_BELOW lines under the headline dates
#: the story before a nearer date above the headline (a teaser's, the edition's): a
#: date in a sentence under the headline ("berichtet ... am 26.08.2024 um 06:00 Uhr", a
#: broadcast's) is not the story's stamp.
BARE_DATE_MAX_REST_UNITS: Final = 2
#: A dated line that ends with its date after at least this many words (or CJK
#: characters) of its own, next to another such line, is one of a list of dated teasers
#: ("·Headline（2005-04-01 09:56）" over "·Headline（2005-03-31 17:42）"), never the
#: story's dateline: a dateline's words are a label, a source, a name.
TEASER_DATE_MIN_UNITS: Final = 4
#: Lines between a dateline labelled "Updated" and the publication date above it
#: ("Posted on" / date / "Updated at" / date, as a page's elements split them).
DATELINE_PAIR_GAP: Final = 4
#: How far past the region's end metadata (责编, tags) is still looked for.
FOOTER_WINDOW: Final = 12
#: Article.confidence: the second estimate of where the story is (rules/region.py,
#: confidence) is the run of prose lines (sentence-ending, link-poor, no marker) where each
#: other line of text costs PROSE_GAP_COST: a menu or a byline between two paragraphs does
#: not split the run, a list of forty links does. A region with CONFIDENCE_FULL_UNITS units
#: of prose (about a short news brief) is long enough to be sure of by its size. Measured
#: on the corpus's folds, confidence ranks pages by body F1 with an AUC of 0.86 (fold A)
#: and 0.80 (fold B).
PROSE_GAP_COST: Final = 4
CONFIDENCE_FULL_UNITS: Final = 100
#: A line that opens with one of these is a config file's or a script's comment, not prose,
#: even when it reads as a sentence ("# This file is sourced by the shell.").
COMMENT_MARKS: Final = ("#", "//", ";")
#: Title length bounds in units: shorter is a menu item, longer is a paragraph.
TITLE_MIN_UNITS: Final = 4
TITLE_MAX_UNITS: Final = 60
#: A line one unit shorter ("Healthy Eating Tips") can be the headline when the page's
#: address spells all of its words: a three-word menu item rarely is the page's slug.
TITLE_SHORT_UNITS: Final = TITLE_MIN_UNITS - 1
#: A JSON-LD headline that repeats the page's description and is longer than this (in
#: units) is an excerpt put in the headline field (og:title then names the headline);
#: a short one is a headline that the description repeats.
TITLE_DESCRIPTION_MIN_UNITS: Final = 30

#: Boilerplate kinds that close an article: a region pays dearly to run past one.
REGION_BARRIER_KINDS: Final = frozenset(
    {"related_links", "comment", "footer", "disclaimer", "consent", "references"}
)
REGION_BARRIER_PENALTY: Final = 150
#: Boilerplate that neither costs nor pays in the region score: placeholder text sits in a
#: template's slots wherever they are, inside the story's element or not; so does a
#: newsletter box's text, which pages put between a story's paragraphs as often as below.
REGION_NEUTRAL_KINDS: Final = frozenset({"placeholder", "newsletter"})
#: Heads that end the region wherever they stand in it, however much text follows: a
#: bibliography comes after the story's text, never between two of its paragraphs.
REGION_END_KINDS: Final = frozenset({"references"})
#: Heads below which running text is teasers or comments, until a dateline or byline
#: starts a story again.
REGION_ZONE_KINDS: Final = frozenset({"related_links", "comment", "consent"})
#: ... but only once a story has been seen above (menus at the top name "Trending" too).
REGION_ZONE_AFTER: Final = 150
#: A dump's list of teaser cards (kicker, headline, one-paragraph summary; or kicker,
#: date, headline, summary) below or
#: beside a story: this many cards in a row or more, whose summaries gain the region only
#: half their score (MD_REGION_TEASER_DIVISOR), as Markdown's linked cards do. Two in a row are
#: as often a box of links inside the story (its sub-heading over a single paragraph).
DUMP_CARD_MIN_RUN: Final = 3
#: ... except under a comments head: each comment is dated and signed as a story is, and
#: no story follows a page's comments.
REGION_STICKY_ZONE_KINDS: Final = frozenset({"comment"})
#: Below a "related" or comments head, a line with more than this share of its text in
#: links is the zone's list even inside the story's element (an old table-laid page whose
#: content cell holds the story and, under "相关报道：", its links with their dates, read
#: as one cell): the share above which a unit is no paragraph for the main vote either.
REGION_ZONE_LINK_SHARE: Final = 0.33
#: A blog post's footer (POST_COUNT) ends the post when the post's last paragraph is at
#: most this many units above it (a picture between them is skipped).
POST_FOOTER_REACH: Final = 2
#: A "related" head that is only a box inside the story ("MOST READ IN FOOTBALL" over four
#: teasers): within INLINE_BOX_REACH units below it, INLINE_BOX_PROSE running paragraphs in a
#: row resume the story. Such a head costs as a short line and opens no zone.
INLINE_BOX_REACH: Final = 6
INLINE_BOX_PROSE: Final = 3
#: A line of only digits, dates and times ("04-09", "05-11  2271", "00:35"): the
#: metadata of a list item (a teaser, a comment), never a sentence of a story.
NUMERIC_LINE: Final = re.compile(r"^[\d\s\-:/.,年月日|·•]+$")
REGION_NUMERIC_COST: Final = 20

#: Marks that cannot open a sentence: a line that opens with one goes on with the
#: sentence above it, when a dump breaks at every link ("Drake Maye" / ", but ...").
CLOSING_MARKS_AT_START: Final = frozenset(",.;:!?)]}。，；：！？、）】」』”’")
#: A dump is broken at inline elements once this many links sit alone on their lines
#: between the sentence's two halves (none of the corpus's 677 rendered dumps, nor 340
#: lynx dumps, shows even three; half of get_text("\n") dumps show three or more).
INLINE_SPLIT_MIN_LINKS: Final = 3

# --- Features --------------------------------------------------------------------------

#: A line longer than this (characters) is not an image file name or URL, however it ends.
IMAGE_NAME_MAX_CHARS: Final = 300
#: Labelled fields and dates are looked for in lines up to this long (characters): a
#: metadata line is short, and a longer line's date is the story's, not its dateline.
FIELD_LINE_MAX_CHARS: Final = 400
#: A breadcrumb trail is one short line (characters).
BREADCRUMB_MAX_CHARS: Final = 200
#: An English "By ..." byline is one short line (characters).
BYLINE_MAX_CHARS: Final = 160


# --- The rules ------------------------------------------------------------------------

#: Words (or CJK characters) a dateline may carry besides its date: a source, a label.
DATELINE_MAX_REST_UNITS: Final = 14
#: A date that says when something ends, not when the story appeared: a video's
#: "Verfügbar bis 06.05.2024", an offer's "valid until ...".
EXPIRY_DATE: Final = re.compile(
    r"\b(?:verfügbar bis|available until|expires?|gültig bis|valid until|disponible jusqu)"
    r"|有效期|截止",
    re.I,
)
#: How many lines above a region a dateline may sit and still vouch for it.
REGION_HEADER_LOOKBACK: Final = 6
#: A dateline with another of its shape (digits aside) at most this many units away is one
#: of a series, each comment's or reply's signature, and gives no header evidence.
DATED_SERIES_REACH: Final = 4
#: What a dateline right above a run of text is worth, in region-score points: about
#: one solid paragraph, so a short story under its dateline beats a longer comment
#: thread or link list further down.
REGION_HEADER_BONUS: Final = 80
#: An <h1> and a title hint that contain one another match when the shorter is at least
#: this share of the longer (a headline under a " - Site" suffix, not the site's logo).
TITLE_HINT_MIN_SHARE: Final = 0.5
#: What a full stop or a run of clauses costs a headline candidate. Ledes, standfirsts and
#: captions sit between a dump's headline and its body and end their sentences; headlines
#: do not. The cost outweighs what length (at most 26) and nearness (at most 10) can add,
#: so such a line wins only with a dateline under it or a repeat elsewhere (15 before:
#: text-dump titles 33.6% -> 38.2% on the dev corpus, body F1 unchanged).
TITLE_SENTENCE_PENALTY: Final = 40
#: Commas and colons a headline may hold.
TITLE_MAX_PUNCT: Final = 2
#: What it is worth for a headline candidate to occur again elsewhere on the page.
TITLE_REPEAT_BONUS: Final = 12
#: A dump's headline candidate whose words hold this share of the URL slug's words
#: (text.url_slug) is named by the address; it scores TITLE_SLUG_BONUS times that share,
#: wherever above the article's end it stands. At 40, a caption printed twice (alt text
#: and caption) over the byline outscored the named headline (its length, the byline
#: under it, the repeat and nearness); 55 lets nine tenths of the slug outweigh that
#: (plain dumps' titles: fold A 67.1% -> 67.5%, fold B 65.7% -> 66.4%; 70 and 100 score
#: the same as 55).
TITLE_SLUG_MIN_COVER: Final = 0.6
TITLE_SLUG_BONUS: Final = 55
#: A dump's breadcrumb trail ends with the story's name as the page's metadata gives it
#: ("Startseite" / "Fußball" / "Rückschlag im Titelkampf - Liverpool verliert bei
#: Everton"), where the headline may add a kicker ("Premier League Rückschlag ...") or
#: drop one: that last item, within TRAIL_TITLE_REACH lines over the headline and holding
#: TRAIL_TITLE_MIN_SHARE of its words in the headline, is the title (a w3m dump may put a
#: dozen lines of share buttons and menus between them: 16, not 8, lines; plain-dump
#: titles fold A 76.1% -> 76.5%, fold B 71.9% unchanged). A trail is at most
#: TRAIL_MAX_ITEMS items of TRAIL_ITEM_MAX_UNITS units, the first of them the home page's,
#: or whose line opens with it (w3m writes an inline trail on one line: "Startseite
#: Leben"; plain-dump titles fold A 181/234 -> 182/234, fold B unchanged).
TRAIL_TITLE_REACH: Final = 16
TRAIL_TITLE_MIN_SHARE: Final = 0.5
TRAIL_MAX_ITEMS: Final = 5
TRAIL_ITEM_MAX_UNITS: Final = 3
#: Lines shorter than this are too short to call a repeat with confidence.
REPEAT_MIN_UNITS: Final = 10
#: Lines longer than a caption are paragraphs, even when they restate something.
REPEAT_MAX_UNITS: Final = CAPTION_MAX_UNITS
#: When more than this share of the region's lines repeat each other, repetition is the
#: page's nature (a list, a template), not a sign of restated captions.
REPEAT_MAX_REGION_SHARE: Final = 0.3
#: Share of a line's shingles found elsewhere that makes it a repeat.
REPEAT_SHARE: Final = 0.6
#: A labelled line longer than this is a paragraph that starts with a label word.
LABELLED_MAX_UNITS: Final = 60
#: Share of a line its "label: value" fields must cover for it to be a metadata line
#: ("来源：新华社 作者：张三" is all fields; "张三作者的新书" merely holds a label word).
LABELLED_MIN_COVER: Final = 0.5
#: A one- or two-sentence photo description may run this long.
CAPTION_SENTENCE_MAX_UNITS: Final = 90
#: Commas and colons a heading may hold ("Trends, risks and the way ahead").
HEADING_MAX_PUNCT: Final = 2
#: The tags of a list's item, a table, a quote and code (HTML and Markdown): the content
#: a heading may stand over though its lines are short and end no sentence (a story's
#: closing lines, which have no running text below them, are no headings).
HEADING_CONTENT_TAGS: Final = frozenset({"li", "dd", "td", "th", "table", "pre", "blockquote"})
#: Commas that close a clause, not a heading: a line that ends with one is a sentence
#: going on, wrapped by hand ("子供たちは芝生の上をずっと走り回っていて、", a blog's line
#: per clause).
CLAUSE_END: Final = "、，,"


# --- Metadata -------------------------------------------------------------------------

#: The outlet name beside a dateline is short; more is a sentence.
DATELINE_SOURCE_MAX_UNITS: Final = 8
#: How much text the language guess reads.
LANGUAGE_SAMPLE_CHARS: Final = 4000
#: Function words are ~20-40% of running text in these languages; below 8% no guess.
LANGUAGE_MIN_STOPWORD_SHARE: Final = 0.08
#: CJK text is Japanese when kana are more than this share of its CJK characters (Japanese
#: prose is about half kana; Chinese quotes a Japanese name now and then), Korean when
#: hangul are more than HANGUL_MIN_SHARE of them.
KANA_MIN_SHARE: Final = 0.05
HANGUL_MIN_SHARE: Final = 0.3
#: The languages written in CJK characters: a page that declares one and whose text is not
#: CJK (or the reverse) declares a template's language, not its own.
CJK_LANGUAGES: Final = frozenset({"zh", "ja", "ko"})
#: The declared language is checked against this much of the page's text (characters),
#: read from units of at least LANGUAGE_CHECK_MIN_CHARS (not menus and buttons).
LANGUAGE_CHECK_CHARS: Final = 4000
LANGUAGE_CHECK_MIN_CHARS: Final = 20


# --- Text-dump segmentation ----------------------------------------------------------

#: A wrapped line ends within this many columns of the document's right margin (a long
#: word that did not fit moved to the next line).
WRAP_SLACK: Final = 24
#: w3m draws a bordered table's frame with box-drawing characters: "│" each side of every
#: line (padded to the column's width, so every line of a framed story reaches the wrap
#: margin), "┌───┐" above, "└───┘" below. Text dumps read a framed line's text between
#: its borders (segment.text._unframe).
BOX_DRAWING: Final = "│┃┌┐└┘├┤┬┴┼─━┏┓┗┛┣┫┳┻╋"
BOX_VERTICALS: Final = "│┃"
#: Every frame holds one of these (a border's straight lines): a dump without any is read
#: without looking for borders line by line.
BOX_LINES: Final = "─━│┃"
#: At least this many lines must reach the margin before the document counts as wrapped.
WRAP_MIN_LINES: Final = 4
#: Renderers wrap at 60 columns or more (w3m's default is 80); a narrower "margin" is just
#: the longest of some short lines.
WRAP_MIN_WIDTH: Final = 60
#: Renderers wrap at a fixed column; a "margin" wider than this is just a long paragraph.
WRAP_MAX_WIDTH: Final = 260
#: Some renderers (lynx) leave lines they cannot break (URLs, the numbered link list at the
#: end) past the margin, so the widest lines do not show it. The margin then shows as a
#: cliff: many lines end within WRAP_CLIFF_BAND columns below it (a wrapped line misses
#: the margin by less than a word), and in the WRAP_SLACK columns above it lines end at
#: most WRAP_CLIFF_MAX_ABOVE as densely (lines per column). Text that is not hard-wrapped
#: has no such cliff: its line widths fall off gradually.
WRAP_CLIFF_BAND: Final = 8
WRAP_CLIFF_MAX_ABOVE: Final = 0.15
#: ... the lines at such a cliff must be a real share of the dump (a "most read" box of
#: headlines of about the same length is a cliff of a few lines) ...
WRAP_CLIFF_MIN_SHARE: Final = 0.03
#: ... and a peak: wrapped lines crowd the last columns before the margin, at least this
#: many times as many as end in the WRAP_CLIFF_BAND columns below those. Lines far past
#: the margin (unbreakable ones) may not outnumber those at it: in text that is not
#: wrapped, the paragraphs are the long lines.
WRAP_CLIFF_PEAK: Final = 1.0
#: Wrapped lines miss the margin by a word's length, so they end on several different
#: columns; lines made from one template ("Story 1 about ...", "Story 2 about ...") end on
#: one or two.
WRAP_CLIFF_MIN_WIDTHS: Final = 3
#: A dump with too few wrapped lines for a margin (w3m at a wide ``-cols``: only the
#: longest paragraphs wrap) is still wrapped at its widest line (of WRAP_MIN_WIDTH to
#: WRAP_MAX_WIDTH columns) when, of the lines within WRAP_SPARSE_BAND columns of it, at
#: least WRAP_SPARSE_MIN_LINES and WRAP_SPARSE_MIN_SHARE stop mid-sentence with more text
#: on the next line (one such line is as likely a paragraph without its full stop above
#: a caption). Only such lines are joined then (a CJK line misses the margin by a
#: character or two that may not start a line, a Latin one by a word).
WRAP_SPARSE_BAND: Final = 12
WRAP_SPARSE_MIN_LINES: Final = 2
WRAP_SPARSE_MIN_SHARE: Final = 0.5
#: A line at the margin is not joined with a next line that opens with its first this
#: many characters: that is a copy (w3m writes a picture's alt text, then its caption,
#: both cut at the margin), not the rest of the sentence.
REPEAT_PREFIX_CHARS: Final = 40
#: A wrapped paragraph's lines open at one column (its first line up to a few columns
#: further in: "　　", a bullet's hanging indent). A line that opens further in or out than
#: this, in terminal columns, is not the line above going on: in w3m's dump of a page laid
#: out in a table, it is the next cell's column (a sidebar beside the story, whose lines
#: reach the margin only through the sidebar's text), and joining it would run the
#: story's paragraphs and the sidebar together over the blank lines between them.
WRAP_INDENT_SLACK: Final = 8
#: Inside the article, a text dump's line that opens this many terminal columns or more
#: right of the story's paragraphs (``Doc.para_indent``) is another column's: w3m sets a
#: sidebar's cell beside the story's, and its lines fall between the story's where the
#: story has none (a story's own line never opens that far in: a centred caption of a few
#: words in a cell of ordinary width opens less than half of it in). The sidebar shows
#: itself beside the story too: a line next to this one holds a cell that w3m set apart
#: by SIDE_COLUMN_GAP, starting within SIDE_COLUMN_ALIGN columns of where this one opens
#: (a dump that indents a story's own lines oddly has no such neighbour). A sidebar is
#: narrow: its line is SIDE_COLUMN_MAX_WIDTH columns wide at most (a form's centred
#: heading is wider).
SIDE_COLUMN_MIN_OFFSET: Final = 40
SIDE_COLUMN_MAX_WIDTH: Final = 40
SIDE_COLUMN_GAP: Final = re.compile(r" {3,}")
SIDE_COLUMN_ALIGN: Final = 12
#: A paragraph wrapped at a column of its own, narrower than the dump's margin (w3m
#: draws each table cell at its own width; old pages break their text with <br> every
#: so many characters): CJK text wraps at an exact count of characters, so lines of one
#: width in terminal columns (within CELL_WRAP_SLACK: a wide character does not fit in the
#: last column), none ending a sentence, followed by a line no wider that ends one, are
#: one paragraph. At least CELL_WRAP_MIN_LINES lines in all, of at least
#: CELL_WRAP_MIN_WIDTH columns (eight Han characters: a narrower column holds no prose).
#: A list of headlines cut to one length ends no sentence on its last line. Only lines
#: whose next line is within CELL_WRAP_NEAR of their width as the segmenter first measures
#: it (CJK punctuation one column) are measured again.
CELL_WRAP_MIN_WIDTH: Final = 16
CELL_WRAP_MIN_LINES: Final = 3
CELL_WRAP_SLACK: Final = 1
CELL_WRAP_NEAR: Final = 6
#: A paragraph in such a column is at most this many lines long: a run is not followed
#: further.
CELL_WRAP_MAX_LINES: Final = 50
#: Share of the runs of lines at such a cliff that must end a sentence on the line after
#: them (paragraphs end with a full stop; lists of headlines do not).
WRAP_PROSE_MIN_SHARE: Final = 0.5


# --- Bounds of the rules on huge lines ------------------------------------------------

#: How much of a unit find_repeats reads: a caption restates a paragraph of ordinary
#: length; a megabyte-long line would cost a tuple per character.
REPEAT_SCAN_CHARS: Final = 50_000
#: How much of an image's src and alt the marker searches read (a 10 MB src costs seconds).
IMAGE_LABEL_MAX_CHARS: Final = 2000
#: The safety net against whole-article loss (rules/region.py, rescue_region). Its second
#: estimate of where the story is, a density profile over lines: each line's weight is its
#: length in units outside links, averaged over RESCUE_WINDOW lines on each side; the lines
#: whose average reaches RESCUE_DENSITY_MIN are dense, and the densest stretch is the run of
#: dense lines holding the most paragraphs (a sentence-ending line of RESCUE_PARAGRAPH_UNITS
#: units or more). It ignores every mark, header and vote the region score reads.
RESCUE_WINDOW: Final = 2
RESCUE_DENSITY_MIN: Final = 12
RESCUE_PARAGRAPH_UNITS: Final = 15
#: A stretch goes on through this many sparse lines (a subheading between two "Article
#: content" labels, a short advertisement slot).
RESCUE_GAP: Final = 2
#: The region is decided again only on clear loss: the density profile finds a stretch of
#: RESCUE_MIN_PARAGRAPHS paragraphs or more that the body does not touch, the body is no
#: story of its own (at most RESCUE_MAX_BODY_PARAGRAPHS paragraphs, or paragraphs in
#: under RESCUE_THIN_BODY of its blocks: an empty body, a lone line, a cookie notice, a
#: paywall's pitch or a list of teasers, short lines all) and its paragraphs hold less
#: than RESCUE_SHARE of the stretch's prose (in units). A story's body is paragraphs
#: mostly, however short the story.
RESCUE_MIN_PARAGRAPHS: Final = 5
RESCUE_MAX_BODY_PARAGRAPHS: Final = 1
RESCUE_THIN_BODY: Final = 0.5
RESCUE_SHARE: Final = 0.3
#: Chromium's innerText writes a table row as one line, its cells separated by tabs (w3m:
#: DUMP_CELL_GAP): a run of DUMP_TABLE_MIN_ROWS such lines or more of one shape (as many
#: cells; w3m: cells starting at the same columns) is a data table,
#: which costs the region nothing (as a Markdown table's plain cells) and closes a story
#: it follows.
DUMP_CELL_SEP: Final = "\t"
#: html2text writes a layout table's row as one line too, its cells apart by " | ": a
#: Markdown line's date is judged by its own cell, as a Chromium dump's by its tab-cell.
MD_CELL_SEP: Final = " | "
#: w3m lays a table's cells out in columns set apart by two spaces or more: rows of one
#: table are lines whose cells start at the same columns (a cell that fills its column
#: leaves one space only: its row still starts its cells at the table's columns).
DUMP_CELL_GAP: Final = re.compile(r" {2,}")
DUMP_TABLE_MIN_ROWS: Final = 3
