"""The window's actions and menus (French, with their shortcuts), and what the simple
ones do: zoom, find in page, about. The bookmark actions hand over to the bookmarks
controller, loaded on first need."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from briefing_app import __version__
from briefing_app.gui.window.base import WindowPart

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from briefing_app.gui.bookmarks.controller import BookmarksController
    from briefing_app.gui.reader.find_bar import FindBar
    from briefing_app.gui.reader.view import Reader


class ActionsPart(WindowPart):
    """Makes the actions and the menus of ``MainWindow``; its own slots for them."""

    if TYPE_CHECKING:  # provided by MainWindow
        reader: Reader
        library_dock: QDockWidget
        toc_dock: QDockWidget
        search_dock: QDockWidget
        bookmarks_dock: QDockWidget

        @property
        def find_bar(self) -> FindBar: ...
        def load_bookmarks(self) -> BookmarksController: ...
        @property
        def loading(self) -> bool: ...

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
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
        self.import_action = self._action(self.tr("&Importer…"), keys.Open)
        self.packs_action = self._action(self.tr("&Paquets installés…"))
        self.preferences_action = self._action(self.tr("&Préférences…"), "Ctrl+,")
        self.changes_action = self._action(self.tr("Voir les &changements"), "Ctrl+Shift+C")
        self.print_action = self._action(self.tr("Im&primer…"), keys.Print)
        self.export_pdf_action = self._action(self.tr("E&xporter en PDF…"), "Ctrl+Shift+E")
        self.dossier_action = self._action(self.tr("Préparer un &dossier de séance…"))
        self.reading_mode_action = self._action(self.tr("&Mode lecture"), "F11")
        self.reading_mode_action.setCheckable(True)
        self.leave_action = self._action(self.tr("Quitter le mode lecture"), "Esc")
        self.leave_action.setEnabled(False)
        self.toc_action = self._action(self.tr("&Sommaire"), "Ctrl+Shift+T")
        self.next_pane_action = self._action(self.tr("Panneau s&uivant"), "F6")
        self.previous_pane_action = self._action(self.tr("Panneau pré&cédent"), "Shift+F6")
        self.shortcuts_action = self._action(self.tr("&Raccourcis clavier"), keys.HelpContents)
        self.guide_action = self._action(self.tr("&Guide de Briefings"))
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.undo_action.setEnabled(False)
        self.changes_action.setEnabled(False)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.export_pdf_action)
        file_menu.addSeparator()
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
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = bar.addMenu(self.tr("&Affichage"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.reading_mode_action)
        view_menu.addAction(self.changes_action)
        view_menu.addSeparator()
        for dock in (self.library_dock, self.toc_dock, self.search_dock, self.bookmarks_dock):
            view_menu.addAction(dock.toggleViewAction())
        go_menu = bar.addMenu(self.tr("A&ller"))
        go_menu.addAction(self.back_action)
        go_menu.addAction(self.forward_action)
        go_menu.addSeparator()
        go_menu.addAction(self.resume_action)
        go_menu.addAction(self.toc_action)
        go_menu.addSeparator()
        go_menu.addAction(self.next_pane_action)
        go_menu.addAction(self.previous_pane_action)
        library_menu = bar.addMenu(self.tr("&Bibliothèque"))
        library_menu.addAction(self.import_action)
        library_menu.addAction(self.packs_action)
        bookmarks_menu = bar.addMenu(self.tr("&Signets"))
        for action in (self.bookmark_action, self.show_bookmarks_action, self.export_action):
            bookmarks_menu.addAction(action)
        bookmarks_menu.addAction(self.dossier_action)
        help_menu = bar.addMenu(self.tr("Ai&de"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.problems_action)
        help_menu.addAction(self.about_action)
        # The window holds them too: their shortcuts work with the menu bar hidden (the
        # reading mode), and Échap only there.
        self.addActions([a for menu in bar.findChildren(QMenu) for a in menu.actions()])
        self.addAction(self.leave_action)

    def shortcut_actions(self) -> list[QAction]:
        """The actions that have a shortcut, in menu order (Aide › Raccourcis clavier)."""
        seen: list[QAction] = []
        for action in self.actions():
            if action.shortcuts() and action not in seen:
                seen.append(action)
        return seen

    # --- what the simple actions do -----------------------------------------------------------

    @Slot()
    def _on_find_triggered(self) -> None:
        self.find_bar.open_on_selection()

    @Slot()
    def _on_find_next_triggered(self) -> None:
        self.find_bar.find_next()

    @Slot()
    def _on_find_previous_triggered(self) -> None:
        self.find_bar.find_previous()

    @Slot()
    def _on_toc_triggered(self) -> None:
        """Bring the contents forward and give them the keyboard."""
        self.toc_dock.show()
        self.toc_dock.raise_()
        self.toc_dock.widget().setFocus()

    @Slot()
    def _on_zoom_in(self) -> None:
        self.reader.set_zoom(self.reader.zoom() + 1)

    @Slot()
    def _on_zoom_out(self) -> None:
        self.reader.set_zoom(self.reader.zoom() - 1)

    @Slot()
    def _on_zoom_reset(self) -> None:
        self.reader.set_zoom(0)

    def _bookmarks_ready(self) -> BookmarksController | None:
        """The bookmarks, or None (and a line in the status bar) while the library is
        still loading: a bookmark is placed against the whole library."""
        if self.loading:
            self.statusBar().showMessage(
                self.tr("Les signets seront disponibles une fois la bibliothèque chargée."), 4000
            )
            return None
        return self.load_bookmarks()

    @Slot()
    def _on_bookmark_triggered(self) -> None:
        if bookmarks := self._bookmarks_ready():
            bookmarks.add_here()

    @Slot()
    def _on_undo_triggered(self) -> None:
        if bookmarks := self._bookmarks_ready():
            bookmarks.undo()

    @Slot()
    def _on_export_triggered(self) -> None:
        if bookmarks := self._bookmarks_ready():
            bookmarks.export_markdown()

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
