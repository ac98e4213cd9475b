"""The main window: library and TOC docks around the reader, menus, history, saved state."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from briefing_app import __version__
from briefing_app.core.bookmarks.store import BookmarkStore
from briefing_app.core.content.model import Briefing, Library
from briefing_app.core.content.pages import PageCache, rendered_page
from briefing_app.core.content.problems import ContentError, Problem
from briefing_app.core.history import History, Location
from briefing_app.gui.library.panel import LibraryPanel, display_date
from briefing_app.gui.library.problems_notice import ProblemsNotice
from briefing_app.gui.reader.reading_tracker import ReadingTracker
from briefing_app.gui.reader.toc_panel import TocPanel
from briefing_app.gui.reader.view import Reader, escape

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from briefing_app.gui.bookmarks.controller import BookmarksController
    from briefing_app.gui.bookmarks.panel import BookmarksPanel
    from briefing_app.gui.reader.find_bar import FindBar
    from briefing_app.gui.search.controller import SearchController
    from briefing_app.gui.search.panel import SearchPanel


class MainWindow(QMainWindow):
    """Library, reader, table of contents, search and bookmarks, with French menus."""

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        store: BookmarkStore,
        pages: PageCache | None = None,
        stylesheet: str = "",
    ) -> None:
        """Build the window on ``library``; window state is read from and saved to
        ``settings``, bookmarks and reading positions to ``store``."""
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Briefings — France urbaine"))
        self.library = library
        self.settings = settings
        self.pages = pages
        self.history = History()
        self.current: Briefing | None = None
        self.reader = Reader(stylesheet, self)
        self._find_bar: FindBar | None = None  # made on first use (Ctrl+F, F3)
        self.notice = ProblemsNotice(self)
        self.library_panel = LibraryPanel(self)
        self.toc = TocPanel(self)
        self.store = store
        self.reading = ReadingTracker(store, self.reader)
        self._build_central()
        self.library_dock = self._dock(self.library_panel, self.tr("Bibliothèque"), "library_dock")
        self.toc_dock = self._dock(self.toc, self.tr("Sommaire"), "toc_dock")
        # The search and bookmarks panels come just after the first paint.
        self.search_dock = self._dock(QWidget(self), self.tr("Recherche"), "search_dock")
        self.bookmarks_dock = self._dock(QWidget(self), self.tr("Signets"), "bookmarks_dock")
        self.search: SearchController | None = None
        self._search_panel: SearchPanel | None = None
        self._index_dir: Path | None = None  # where to search, once the page has painted
        self._started = False  # the first paint is over
        self.bookmarks: BookmarksController | None = None
        self._create_actions()
        self._create_menus()
        self._connect_signals()
        self.library_panel.set_briefings(library.briefings)
        self.library_panel.model.set_reading(self.reading.statuses())
        self.notice.set_problems(library.problems)
        self.resize(1280, 800)
        self._restore_state()
        if self.current is not None:  # bookmarks wait for the page to show
            self.reader.first_painted.connect(self._on_first_painted)
        else:
            QTimer.singleShot(0, self, self._after_first_paint)

    # --- construction ---------------------------------------------------------------------

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.reader, 1)
        self.setCentralWidget(central)

    def _dock(self, widget: QWidget, title: str, name: str) -> QDockWidget:
        """A dock, not yet placed (see ``_place_docks``)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    def _place_docks(self) -> None:
        """Put the docks where the user left them: the saved state places them itself,
        with no ``Qt`` enum (see gui.startup). Docks it does not place (a first start, a
        state from another version) go where they go at first."""
        state = self.settings.value("window/state")
        restored = isinstance(state, QByteArray) and self.restoreState(state)
        docks = (self.library_dock, self.toc_dock, self.search_dock, self.bookmarks_dock)
        unplaced = [dock for dock in docks if not restored or self.layout().indexOf(dock) < 0]
        if not unplaced:
            return
        from PySide6.QtCore import Qt

        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        for dock in unplaced:
            self.addDockWidget(left if dock in docks[:2] else right, dock)
        if self.bookmarks_dock in unplaced:
            self.tabifyDockWidget(self.search_dock, self.bookmarks_dock)
            self.search_dock.raise_()
        if not restored:
            horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
            self.resizeDocks([self.library_dock, self.search_dock], [330, 330], horizontal)
            self.resizeDocks([self.library_dock, self.toc_dock], [220, 520], vertical)

    @Slot()
    def load_bookmarks(self) -> BookmarksController:
        """The bookmarks (panel, controller), loaded on first need: just after the first
        paint, or at once if the user asks for them sooner."""
        if self.bookmarks is None:
            # Imported here: these modules cost start-up time, and no bookmark is
            # needed to show the page being read.
            from briefing_app.gui.bookmarks.controller import BookmarksController
            from briefing_app.gui.bookmarks.panel import BookmarksPanel

            panel = BookmarksPanel(self)
            self.bookmarks_dock.setWidget(panel)
            self.bookmarks = BookmarksController(self, self.store, panel)
            self.bookmarks.show_store_notice()
            self.bookmarks.refresh()
        return self.bookmarks

    @Slot()
    def _on_first_painted(self) -> None:
        QTimer.singleShot(0, self, self._after_first_paint)  # once this paint is over

    @Slot()
    def _after_first_paint(self) -> None:
        """What the first page need not wait for: search, bookmarks, the window's icon."""
        from PySide6.QtGui import QIcon  # the SVG icon engine loads then, not at start

        from briefing_app.core.paths import resources_dir

        self._started = True
        self.library_panel.enable_sorting()
        self._load_search_panel()  # the dock shows it
        if self._index_dir is not None:
            self.start_search(self._index_dir)
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "briefings.svg")))
        self.load_bookmarks()

    @property
    def find_bar(self) -> FindBar:
        """The find-in-page bar under the reader, made on first need: it starts hidden,
        and its module need not load before the first page shows."""
        if self._find_bar is None:
            from briefing_app.gui.reader.find_bar import FindBar

            self._find_bar = FindBar(self.reader, self)
            layout = self.centralWidget().layout()
            layout.insertWidget(layout.indexOf(self.reader) + 1, self._find_bar)
        return self._find_bar

    @Slot()
    def _on_find_triggered(self) -> None:
        self.find_bar.open_on_selection()

    @Slot()
    def _on_find_next_triggered(self) -> None:
        self.find_bar.find_next()

    @Slot()
    def _on_find_previous_triggered(self) -> None:
        self.find_bar.find_previous()

    @property
    def bookmarks_panel(self) -> BookmarksPanel:
        """The bookmarks dock's panel (loaded if it was not yet)."""
        return self.load_bookmarks().panel

    @property
    def search_panel(self) -> SearchPanel:
        """The search dock's panel (made on first need: after the first paint, or sooner
        if asked for)."""
        return self._load_search_panel()

    def _load_search_panel(self) -> SearchPanel:
        if self._search_panel is None:
            from briefing_app.gui.search.panel import SearchPanel  # costs start-up time

            self._search_panel = SearchPanel(self)
            self.search_dock.setWidget(self._search_panel)
            self._search_panel.hit_activated.connect(self._on_search_hit_activated)
            self._search_panel.set_library(self.library.briefings)
        return self._search_panel

    def start_search(self, index_dir: Path) -> None:
        """Start the search worker on this library and index it in the background (once
        the first page has painted: until then, only remember where)."""
        self._index_dir = index_dir
        if not self._started or self.search is not None:
            return
        from briefing_app.gui.search.controller import SearchController

        self.search = SearchController(self.search_panel, self.library, self.pages, index_dir)
        self.search.status_changed.connect(self.statusBar().showMessage)
        self.search.start_indexing()

    def _action(self, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:  # setShortcut() would build the Qt namespace (see gui.startup)
            action.setShortcuts([QKeySequence(shortcut)])
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.quit_action = self._action(self.tr("&Quitter"), keys.Quit)
        self.find_action = self._action(self.tr("&Rechercher dans le briefing…"), keys.Find)
        self.search_action = self._action(self.tr("Rechercher dans &tous les briefings…"))
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+Shift+F")])
        self.find_next_action = self._action(self.tr("Occurrence &suivante"), keys.FindNext)
        self.find_previous_action = self._action(
            self.tr("Occurrence &précédente"), keys.FindPrevious
        )
        self.zoom_in_action = self._action(self.tr("Zoom &avant"), keys.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom a&rrière"), keys.ZoomOut)
        self.zoom_reset_action = self._action(self.tr("&Taille normale"), "Ctrl+0")
        self.back_action = self._action(self.tr("&Précédent"), "Alt+Left")
        self.forward_action = self._action(self.tr("&Suivant"), "Alt+Right")
        self.bookmark_action = self._action(self.tr("Ajouter un &signet…"), "Ctrl+D")
        self.undo_action = self._action(self.tr("&Annuler la suppression du signet"), keys.Undo)
        self.export_action = self._action(self.tr("&Exporter les signets et les notes…"))
        self.show_bookmarks_action = self._action(self.tr("&Afficher les signets"), "Ctrl+B")
        self.resume_action = self._action(self.tr("&Reprendre la lecture"), "Ctrl+R")
        self.problems_action = self._action(self.tr("&Problèmes de contenu…"))
        self.about_action = self._action(self.tr("À &propos de Briefings"))
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.undo_action.setEnabled(False)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("É&dition"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        for action in (self.search_action, self.find_action):
            edit_menu.addAction(action)
        for action in (self.find_next_action, self.find_previous_action):
            edit_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&Affichage"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.library_dock.toggleViewAction())
        view_menu.addAction(self.toc_dock.toggleViewAction())
        view_menu.addAction(self.search_dock.toggleViewAction())
        view_menu.addAction(self.bookmarks_dock.toggleViewAction())
        go_menu = bar.addMenu(self.tr("A&ller"))
        go_menu.addAction(self.back_action)
        go_menu.addAction(self.forward_action)
        go_menu.addSeparator()
        go_menu.addAction(self.resume_action)
        bookmarks_menu = bar.addMenu(self.tr("&Signets"))
        for action in (self.bookmark_action, self.show_bookmarks_action, self.export_action):
            bookmarks_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("Ai&de"))
        help_menu.addAction(self.problems_action)
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self._on_find_triggered)
        self.search_action.triggered.connect(self._on_search_triggered)
        self.find_next_action.triggered.connect(self._on_find_next_triggered)
        self.find_previous_action.triggered.connect(self._on_find_previous_triggered)
        self.zoom_in_action.triggered.connect(self._on_zoom_in)
        self.zoom_out_action.triggered.connect(self._on_zoom_out)
        self.zoom_reset_action.triggered.connect(self._on_zoom_reset)
        self.back_action.triggered.connect(self.go_back)
        self.forward_action.triggered.connect(self.go_forward)
        self.bookmark_action.triggered.connect(self._on_bookmark_triggered)
        self.undo_action.triggered.connect(self._on_undo_triggered)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.show_bookmarks_action.triggered.connect(self.show_bookmarks)
        self.resume_action.triggered.connect(self.resume_reading)
        self.reading.status_changed.connect(self.library_panel.set_status)
        self.problems_action.triggered.connect(self.notice.show_details)
        self.about_action.triggered.connect(self._on_about)
        self.library_panel.briefing_requested.connect(self._on_library_briefing_requested)
        self.toc.section_requested.connect(self._on_toc_section_requested)
        self.reader.section_changed.connect(self.toc.set_current_anchor)
        self.reader.anchorClicked.connect(self._on_reader_link_clicked)
        self.reader.highlighted.connect(self._on_reader_link_hovered)

    # --- navigation -------------------------------------------------------------------------

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
        if self.bookmarks is not None:
            self.bookmarks.mark_toc()
        self._update_history_actions()
        return True

    def go_to_section(self, anchor: str) -> None:
        """Scroll the open briefing to a section, remembering where we were."""
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

    @Slot()
    def show_bookmarks(self) -> None:
        """Show the bookmarks dock and put the keyboard in its filter."""
        panel = self.bookmarks_panel
        self.bookmarks_dock.show()
        self.bookmarks_dock.raise_()
        panel.filter_edit.setFocus()

    @Slot()
    def _on_bookmark_triggered(self) -> None:
        self.load_bookmarks().add_here()

    @Slot()
    def _on_undo_triggered(self) -> None:
        self.load_bookmarks().undo()

    @Slot()
    def _on_export_triggered(self) -> None:
        self.load_bookmarks().export_markdown()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def _header_html(self, briefing: Briefing) -> str:
        details = [display_date(briefing.date)]
        details += [part for part in (briefing.source, briefing.theme) if part]
        meta = " · ".join(escape(part) for part in details)
        header = f"<h1>{escape(briefing.title)}</h1><p class='meta'>{meta}</p>"
        if briefing.summary:
            header += f"<p class='summary'>{escape(briefing.summary)}</p>"
        return header

    # --- slots --------------------------------------------------------------------------------

    @Slot(str)
    def _on_library_briefing_requested(self, briefing_id: str) -> None:
        if self.current is None or briefing_id != self.current.id:
            self.open_briefing(briefing_id)

    @Slot(str)
    def _on_toc_section_requested(self, anchor: str) -> None:
        self.go_to_section(anchor)

    @Slot(QUrl)
    def _on_reader_link_clicked(self, url: QUrl) -> None:
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
            if self.current is not None and target.briefing == self.current.id:
                self.go_to_section(target.anchor)
            else:
                self.open_briefing(target.briefing, target.anchor)
        elif target.kind == "internal":
            self.go_to_section(target.anchor)
        else:
            self.statusBar().showMessage(
                self.tr("Lien non pris en charge : %1").replace("%1", target.url)
            )

    @Slot(QUrl)
    def _on_reader_link_hovered(self, url: QUrl) -> None:
        self.statusBar().showMessage(url.toString())

    @Slot()
    def _on_search_triggered(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_field()

    @Slot(object, str)
    def _on_search_hit_activated(self, hit: object, query: str) -> None:
        from briefing_app.core.search.translation import (
            match_spans,  # Whoosh is loaded by the worker
        )

        briefing, section = hit.briefing, hit.section  # type: ignore[attr-defined]
        if self.current is not None and briefing == self.current.id:
            self.go_to_section(section)
        elif not self.open_briefing(briefing, section):
            return
        extra = self.search_panel.expansions()
        spans = match_spans(self.reader.toPlainText(), query, extra)
        self.reader.show_matches(spans, self.reader.section_start(section) if section else 0)
        if section:
            self.reader.scroll_to_section(section)

    @Slot()
    def _on_zoom_in(self) -> None:
        self.reader.set_zoom(self.reader.zoom() + 1)

    @Slot()
    def _on_zoom_out(self) -> None:
        self.reader.set_zoom(self.reader.zoom() - 1)

    @Slot()
    def _on_zoom_reset(self) -> None:
        self.reader.set_zoom(0)

    @Slot()
    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("À propos de Briefings"),
            self.tr(
                "Briefings %1\n\nLes notes de France urbaine sur le numérique, "
                "à lire hors connexion."
            ).replace("%1", __version__),
        )

    # --- saved state ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._place_docks()
        self.reader.set_zoom(int(self.settings.value("reader/zoom", 0) or 0))
        last = self.store.last_read()
        resume = last.briefing if last is not None else ""  # reopened where it was left
        if self.library.get(resume) is not None and self.open_briefing(resume):
            return
        for briefing in self.library.briefings:
            if self.open_briefing(briefing.id):
                return
        self.reader.show_message(
            self.tr("Aucun briefing"),
            self.tr("Aucun briefing n’a pu être chargé depuis les dossiers de contenu."),
        )

    def save_state(self) -> None:
        """Write geometry, docks and zoom to the settings, the reading position to the store."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("reader/zoom", self.reader.zoom())
        self.settings.sync()
        self.reading.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window's state and stop the search thread before closing."""
        self.save_state()
        self.stop_search()
        super().closeEvent(event)

    @Slot()
    def stop_search(self) -> None:
        """Stop the search thread (on close, and when the application quits)."""
        if self.search is not None:
            self.search.stop()
            self.search = None
