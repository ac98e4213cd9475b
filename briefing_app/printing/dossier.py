"""A meeting file (« dossier de séance », planned by ``core.dossier``) on paper: a cover,
a contents page with page numbers (each entry a link), then each briefing's bookmarked
sections in order, every quote highlighted in the text and its note in a framed box
right after it, and at the end the bookmarks « à revoir » with their notes, so that none
is silently left out. One text, laid out as any printed briefing (``layout``)."""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
)

from briefing_app.core.bookmarks.anchoring import locate
from briefing_app.core.bookmarks.model import CHANGED, DETACHED, Bookmark, current_text
from briefing_app.core.content.pages import PageCache, rendered_page
from briefing_app.core.content.sections import section_html
from briefing_app.core.dossier import Dossier, DossierBriefing
from briefing_app.printing.briefing import page_label, tr
from briefing_app.printing.drawing import Progress, draw_pages
from briefing_app.printing.layout import PagedText
from briefing_app.printing.pagetext import display_date, escape
from briefing_app.printing.paper import Paper, default_paper, print_stylesheet
from briefing_app.printing.pdf import write_pdf

HIGHLIGHT = "#ffe066"  # a quote, on paper
NOTE_BACKGROUND, NOTE_BORDER = "#fff8dc", "#b38f00"
_ID = re.compile(r'(\s(?:id|name)=")([^"]*)(")')
_HREF = re.compile(r'(<a\b[^>]*?\s)href="([^"]*)"')
_IMG = re.compile(r'(<img\b[^>]*?\ssrc=")([^"]*)(")')
# A contents entry's page number, until the pages are known: as wide as the numbers that
# replace it (the contents must be laid out the same with them), found by its name.
_PAGE = "<a href='#{0}' name='page-{0}'>000</a>"


def _scoped(html: str, key: str) -> str:
    """A briefing's HTML in a text of several: its ids and its own links prefixed with
    ``key`` (two briefings may both have a « donnees » section), its images named for
    its folder, and links to other files unlinked (a PDF cannot follow them)."""

    def href(match: re.Match[str]) -> str:
        target = match.group(2)
        if target.startswith("#"):
            return f'{match.group(1)}href="#{key}-{target[1:]}"'
        if target.startswith(("http://", "https://", "mailto:")):
            return match.group(0)
        return match.group(1).rstrip()

    html = _ID.sub(lambda m: f"{m.group(1)}{key}-{m.group(2)}{m.group(3)}", html)
    html = _HREF.sub(href, html)
    return _IMG.sub(lambda m: f"{m.group(1)}@{key}/{m.group(2)}{m.group(3)}", html)


def _details(item: DossierBriefing) -> str:
    briefing = item.briefing
    return " · ".join(p for p in (display_date(briefing.date), briefing.source) if p)


class PrintedDossier:
    """A dossier laid out in pages (see module docstring)."""

    def __init__(
        self,
        dossier: Dossier,
        pages: PageCache | None,
        device: QPagedPaintDevice,
        paper: Paper,
    ) -> None:
        """Lay ``dossier`` out for ``device``; the briefings' pages from ``pages``."""
        self.dossier = dossier
        self.keyed = [(f"b{n}", item) for n, item in enumerate(dossier.briefings, start=1)]
        folders = {key: item.briefing.folder for key, item in self.keyed}
        html = self._cover() + self._contents() + self._body(pages) + self._review()
        self.text = PagedText(html, paper, device, print_stylesheet(), folders, paginated=False)
        self._mark_bookmarks(device.logicalDpiY())
        self.text.paginate()
        self._number_contents()
        self.pages = self.text.page_count()
        self._details = {
            item.briefing.title: _details(item) for item in dossier.briefings
        }  # the footer of a briefing's pages

    # --- the text ---------------------------------------------------------------------------

    def _cover(self) -> str:
        d = self.dossier
        lines = [f"<p class='cover-title'>{escape(d.title)}</p>"]
        lines += [f"<p class='cover-meta'>{escape(part)}</p>" for part in (d.day, d.name) if part]
        count = tr("%1 briefing(s), %2 signet(s)")
        count = count.replace("%1", str(len(d.briefings))).replace("%2", str(d.bookmark_count))
        lines.append(f"<p class='meta'>{escape(count)}</p>")
        return "<div style='margin-top: 180px'>" + "".join(lines) + "</div>"

    def _contents(self) -> str:
        rows = []
        for key, item in self.keyed:
            rows.append(self._row(key, item.briefing.title, "contents-briefing", 0))
            for section in item.sections:
                if section.anchor:
                    anchor = f"{key}-{section.anchor}"
                    rows.append(self._row(anchor, section.title, "contents-section", 1))
        if self.dossier.to_review:
            rows.append(self._row("a-revoir", tr("À revoir"), "contents-briefing", 0))
        title = escape(tr("Sommaire"))
        return (
            f"<p class='cover-title' style='page-break-before: always'>{title}</p>"
            f"<table width='100%' cellspacing='0' cellpadding='3'>{''.join(rows)}</table>"
        )

    @staticmethod
    def _row(anchor: str, title: str, kind: str, level: int) -> str:
        indent = f" style='padding-left: {40 * level}px'" if level else ""
        return (
            f"<tr><td class='{kind}'{indent}><a href='#{anchor}'>{escape(title)}</a></td>"
            f"<td class='{kind}' align='right' width='12%'>{_PAGE.format(anchor)}</td></tr>"
        )

    def _body(self, pages: PageCache | None) -> str:
        parts = []
        for number, (key, item) in enumerate(self.keyed):
            rendered = rendered_page(item.briefing, pages)
            html = (
                rendered.html
                if item.whole
                else section_html(rendered.html, rendered.toc, {s.anchor for s in item.sections})
            )
            breaking = " style='page-break-before: always'" if number == 0 else ""
            parts.append(
                f"<h1{breaking}><a name='{key}'></a>{escape(item.briefing.title)}</h1>"
                f"<p class='meta'>{escape(_details(item))}</p>{_scoped(html, key)}"
            )
        return "".join(parts)

    def _review(self) -> str:
        if not self.dossier.to_review:
            return ""
        intro = tr(
            "Ces signets n’ont pas pu être placés tels quels dans la version actuelle des "
            "briefings : leur passage a disparu, ou ne dit plus la même chose. Les voici "
            "avec leurs notes."
        )
        items = "".join(_review_item(b) for b in self.dossier.to_review)
        title = escape(tr("À revoir"))
        return (
            f"<h1 style='page-break-before: always'><a name='a-revoir'></a>{title}</h1>"
            f"<p>{escape(intro)}</p>{items}"
        )

    # --- quotes and notes in the text ----------------------------------------------------------

    def _mark_bookmarks(self, dpi: float) -> None:
        """Highlight each quote, and set its note in a framed box after its paragraph
        (from the end of the text backwards: a box moves what follows it)."""
        document = self.text.document
        plain = document.toPlainText()
        starts = {name: where for name, (where, _page) in self.text.anchors().items()}
        # a quote is looked for in its section only: up to the next heading of the contents
        headings = ["a-revoir"] + [key for key, _ in self.keyed]
        headings += [f"{key}-{s.id}" for key, item in self.keyed for s in item.briefing.sections]
        ends = sorted({len(plain)} | {starts[name] for name in headings if name in starts})
        notes: list[tuple[int, Bookmark]] = []
        highlight = QTextCharFormat()
        highlight.setBackground(QColor(HIGHLIGHT))
        for key, item in self.keyed:
            region = starts.get(key, 0)
            for section in item.sections:
                after = starts.get(f"{key}-{section.anchor}", region) if section.anchor else region
                for bookmark in section.bookmarks:
                    where = after
                    if bookmark.quote.exact and bookmark.status != DETACHED:
                        end = ends[bisect.bisect_right(ends, after)]
                        found = locate(plain[after:end], bookmark.quote)
                        span = (found[0] + after, found[1] + after) if found else None
                        if span is not None:
                            cursor = QTextCursor(document)
                            cursor.setPosition(span[0])
                            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
                            cursor.mergeCharFormat(highlight)
                            where = span[1]
                    if bookmark.note or bookmark.status == CHANGED:
                        notes.append((where, bookmark))
        for where, bookmark in sorted(notes, key=lambda note: -note[0]):
            cursor = QTextCursor(document)
            cursor.setPosition(where)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            frame = cursor.insertFrame(_note_format(dpi))
            frame.firstCursorPosition().insertHtml(_note_html(bookmark))

    def _number_contents(self) -> None:
        """Put each contents entry's page number in (in place of a placeholder as wide)."""
        anchors = self.text.anchors()
        numbers = [
            (anchors[f"page-{name}"][0], page)
            for name, (_where, page) in anchors.items()
            if f"page-{name}" in anchors
        ]
        cursor = QTextCursor(self.text.document)
        cursor.beginEditBlock()  # one change for Qt to lay out, not one per number
        for where, page in sorted(numbers, reverse=True):  # from the end: positions hold
            cursor.setPosition(where)
            cursor.setPosition(where + 3, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(str(page + 1))  # in the placeholder's format: a link
        cursor.endEditBlock()

    # --- pages --------------------------------------------------------------------------------

    def around(self, page: int) -> tuple[str, str, str, str]:
        """The running header and the footer of ``page`` (none on the cover)."""
        if page == 0:
            return "", "", "", ""
        title, section = self.text.running(page)
        footer = self._details.get(title, self.dossier.day)
        return title or self.dossier.title, section, page_label(page, self.pages), footer

    def draw(self, painter: QPainter, progress: Progress | None = None) -> None:
        """Draw every page, telling ``progress`` of each."""
        draw_pages(self.text, painter, range(self.pages), self.around, progress)


def _note_format(dpi: float) -> QTextFrameFormat:
    frame = QTextFrameFormat()
    frame.setBorder(max(1.0, dpi / 150))
    frame.setBorderBrush(QColor(NOTE_BORDER))
    frame.setBackground(QColor(NOTE_BACKGROUND))
    frame.setPadding(dpi / 12)
    frame.setTopMargin(dpi / 30)
    frame.setBottomMargin(0)  # Qt leaves an empty paragraph after a frame: room enough
    return frame


def _note_html(bookmark: Bookmark) -> str:
    lines = []
    if bookmark.note:
        note = "<br>".join(escape(line) for line in bookmark.note.splitlines())
        lines.append(f"<b>{escape(tr('Note'))} :</b> {note}")
    if bookmark.status == CHANGED:
        changed = tr("À revoir : le texte ne dit plus la même chose que les mots marqués")
        lines.append(f"<i class='to-review'>{escape(changed)} (« {escape(bookmark.marked)} »).</i>")
    if bookmark.label:
        lines.append(f"<span class='meta'>{escape(bookmark.label)}</span>")
    return "<br>".join(lines)


def _review_item(bookmark: Bookmark) -> str:
    parts = (bookmark.briefing_title or bookmark.briefing, bookmark.section_title)
    where = " — ".join(escape(part) for part in parts if part)
    why = (
        tr("passage introuvable dans la version actuelle")
        if bookmark.status == DETACHED
        else tr("le texte actuel ne dit plus la même chose")
    )
    lines = [f"<h3>{where}</h3>", f"<p class='to-review'>{escape(why)}</p>"]
    if bookmark.marked:
        lines.append(f"<blockquote>« {escape(bookmark.marked)} »</blockquote>")
    now = current_text(bookmark)
    if now:
        lines.append(f"<p>{escape(tr('Texte actuel'))} : « {escape(now)} »</p>")
    if bookmark.note:
        note = "<br>".join(escape(line) for line in bookmark.note.splitlines())
        lines.append(f"<p><b>{escape(tr('Note'))} :</b> {note}</p>")
    return "".join(lines)


def dossier_pdf(
    dossier: Dossier,
    pages: PageCache | None,
    path: Path,
    author: str = "",
    paper: Paper | None = None,
    progress: Progress | None = None,
) -> int:
    """Write ``dossier`` to the PDF ``path``; return its pages.

    Raises:
        PrintError: the file cannot be written (none is left behind).
    """
    paper = paper or default_paper()
    counted: list[int] = []

    def draw(device: QPagedPaintDevice, painter: QPainter) -> None:
        printed = PrintedDossier(dossier, pages, device, paper)
        printed.draw(painter, progress)
        counted.append(printed.pages)

    write_pdf(path, paper, dossier.title, author or dossier.name or "Briefings", draw)
    return counted[0]
