"""Going from place to place: showing a briefing, jumping to a section, back and
forward, resuming the last reading, following a link, opening a search hit or a
bookmarked passage."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Slot

from briefing_app.core.content.model import Briefing, Library
from briefing_app.core.content.pages import PageCache, rendered_page
from briefing_app.core.content.problems import ContentError, Problem
from briefing_app.core.navigation import Location, NavigationHistory
from briefing_app.core.packs.origins import Origin, origin_of
from briefing_app.core.search.records import SearchHit
from briefing_app.gui.window.base import WindowPart
from briefing_app.printing.pagetext import briefing_header

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction

    from briefing_app.gui.library.panel import LibraryPanel
    from briefing_app.gui.library.problems_notice import ProblemsNotice
    from briefing_app.gui.reader.reading_tracker import ReadingTracker
    from briefing_app.gui.reader.toc_panel import TocPanel
    from briefing_app.gui.reader.view import Reader
    from briefing_app.gui.search.panel import SearchPanel


class NavigationPart(WindowPart):
    """Where ``MainWindow`` shows what, and the places left behind (back, forward)."""

    if TYPE_CHECKING:  # provided by MainWindow
        origins: dict[str, Origin]
        _changes_shown: int  # -1 unless the changes of the briefing are shown
        library: Library
        pages: PageCache | None
        history: NavigationHistory
        current: Briefing | None
        reader: Reader
        toc: TocPanel
        notice: ProblemsNotice
        library_panel: LibraryPanel
        reading: ReadingTracker
        back_action: QAction
        forward_action: QAction
        briefing_shown: SignalInstance

        @property
        def search_panel(self) -> SearchPanel: ...
        def offer_changes(self) -> None: ...

    def location(self) -> Location | None:
        """Where the reader is now, or None when no briefing is open."""
        if self.current is None:
            return None
        return Location(self.current.id, self.reader.position())

    def open_briefing(
        self,
        briefing_id: str,
        anchor: str = "",
        position: float | None = None,
        *,
        record: bool = True,
    ) -> bool:
        """Show a briefing at ``anchor``, else at ``position``, else where it was last
        left; False if it cannot be shown."""
        briefing = self.library.get(briefing_id)
        if briefing is None:
            missing = self.tr("Briefing introuvable : %1").replace("%1", briefing_id)
            self.statusBar().showMessage(missing)
            return False
        try:
            rendered = rendered_page(briefing, self.pages)
        except ContentError as error:
            problem = Problem(briefing.path, error.line, error.message)
            if problem not in self.notice.problems():
                self.notice.set_problems((*self.notice.problems(), problem))
            self.statusBar().showMessage(str(problem))
            return False
        here = self.location()
        if record and here is not None:
            self.history.visit(here)
        self.reading.save()
        self.current = briefing
        base = QUrl.fromLocalFile(str(Path(briefing.path).parent) + "/")
        anchors = [section.id for section in rendered.toc]
        self.reader.show_page(self._header_html(briefing), rendered.html, anchors, base)
        self.toc.set_sections(rendered.toc)
        self.library_panel.select_briefing(briefing.id)
        self.setWindowTitle(self.tr("%1 — Briefings").replace("%1", briefing.title))
        if anchor:
            self.reader.scroll_to_section(anchor)
        else:
            self.reader.set_position(
                self.reading.position(briefing.id) if position is None else position
            )
        self.reading.track(briefing)
        self.briefing_shown.emit(briefing.id)
        self._update_history_actions()
        self.offer_changes()
        return True

    def show_section(self, briefing_id: str, anchor: str, top: float | None = None) -> bool:
        """Show a briefing's section: the briefing shown scrolls to it, another one opens
        there. ``top``: where a briefing opens, or the one shown goes, when there is no
        anchor. False if the briefing cannot be shown."""
        if self.current is None or self.current.id != briefing_id or self._changes_shown >= 0:
            return self.open_briefing(briefing_id, anchor, top)  # (from its changes: its text)
        if anchor or top is None:
            self.go_to_section(anchor)
        else:
            self.reader.set_position(top)
        return True

    def go_to_section(self, anchor: str) -> None:
        """Scroll the open briefing to a section, remembering where we were (from its
        changes, back to its text there)."""
        if self._changes_shown >= 0 and self.current is not None:
            self.open_briefing(self.current.id, anchor, record=False)
            return
        here = self.location()
        if here is not None:
            self.history.visit(here)
        self.reader.scroll_to_section(anchor)
        self._update_history_actions()

    @Slot()
    def go_back(self) -> None:
        """Return to the previous place (Alt+Left)."""
        here = self.location()
        target = self.history.back(here) if here is not None else None
        if target is not None:
            self._go_to(target)

    @Slot()
    def go_forward(self) -> None:
        """Return to the place left by going back (Alt+Right)."""
        here = self.location()
        target = self.history.forward(here) if here is not None else None
        if target is not None:
            self._go_to(target)

    def _go_to(self, target: Location) -> None:
        if self.current is not None and target.briefing == self.current.id:
            self.reader.set_position(target.position)
            self._update_history_actions()
        else:
            self.open_briefing(target.briefing, position=target.position, record=False)

    @Slot()
    def resume_reading(self) -> None:
        """Go back to the briefing read before this one, where it was left."""
        state = self.reading.resume_target()
        if state is None or self.library.get(state.briefing) is None:
            self.statusBar().showMessage(self.tr("Aucune autre lecture à reprendre."), 4000)
            return
        self.open_briefing(state.briefing, position=state.position)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def _header_html(self, briefing: Briefing) -> str:
        origin = origin_of(briefing.path, self.origins)
        if origin.verified:
            return briefing_header(briefing)
        unverified = self.tr("paquet « %1 », non vérifié").replace("%1", origin.label)
        return briefing_header(briefing, (unverified,))  # a pack no trusted key signed

    # --- requests from the panels -------------------------------------------------------------

    @Slot(str)
    def _on_briefing_requested(self, briefing_id: str) -> None:
        if self.current is None or briefing_id != self.current.id:
            self.open_briefing(briefing_id)

    @Slot(str)
    def _on_section_requested(self, anchor: str) -> None:
        self.go_to_section(anchor)

    @Slot(str, str)
    def _on_passage_requested(self, briefing_id: str, anchor: str) -> None:
        """Show a passage's section (a bookmark's), or its briefing from the top."""
        self.show_section(briefing_id, anchor, 0.0)

    @Slot(SearchHit, str)
    def _on_search_hit_activated(self, hit: SearchHit, query: str) -> None:
        from briefing_app.core.search.translation import match_spans  # the worker loaded Whoosh

        if not self.show_section(hit.briefing, hit.section):
            return
        extra = self.search_panel.expansions()
        spans = match_spans(self.reader.toPlainText(), query, extra)
        start = self.reader.section_start(hit.section) if hit.section else 0
        self.reader.show_matches(spans, start)
        if hit.section:
            self.reader.scroll_to_section(hit.section)

    # --- links in the page --------------------------------------------------------------------

    @Slot(QUrl)
    def _on_reader_link_clicked(self, url: QUrl) -> None:
        """An internal link goes there; an external one opens in the browser only once the
        user says yes; any other kind is refused with a word in the status bar."""
        from briefing_app.core.content.links import resolve_link  # on first click (start-up)

        target = resolve_link(url.toString())
        if target.kind == "external":
            from PySide6.QtGui import QDesktopServices  # dialogs load on first use (start-up)
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.tr("Ouvrir un lien externe"),
                self.tr("Ouvrir cette adresse dans votre navigateur ?\n\n%1").replace(
                    "%1", target.url
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl(target.url))
        elif target.kind == "internal" and target.briefing:
            self.show_section(target.briefing, target.anchor)
        elif target.kind == "internal":
            self.go_to_section(target.anchor)
        else:
            self.statusBar().showMessage(
                self.tr("Lien non pris en charge : %1").replace("%1", target.url)
            )

    @Slot(QUrl)
    def _on_reader_link_hovered(self, url: QUrl) -> None:
        self.statusBar().showMessage(url.toString())
