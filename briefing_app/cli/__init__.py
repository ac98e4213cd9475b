"""The command line: the window by default, or a sub-command (list, check, search...).

This module holds the parser and the dispatch and imports nothing heavy: each command
group (``content``, ``search``, ``bookmarks``, ``packs``, ``imports``, ``printing``)
declares its arguments in its own module and imports what it works with inside the
command functions. Every command, like the window, works on one ``core.session.Session``
made from the options. None imports Qt itself (``printing`` does, for ``pdf`` and
``dossier``, offscreen).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, Protocol

from briefing_app import __version__
from briefing_app.cli.options import add_common
from briefing_app.core.session import Session


class CommandGroup(Protocol):
    """A command-group module: the commands it runs, their parsers, and their runner."""

    @property
    def COMMANDS(self) -> tuple[str, ...]: ...  # noqa: N802 (a module constant)

    def add_parsers(self, commands: Any) -> None: ...

    def run(self, session: Session, args: argparse.Namespace) -> int: ...


def _groups() -> tuple[CommandGroup, ...]:
    """The command-group modules (light; not even imported by a start with no option)."""
    from briefing_app.cli import bookmarks, content, imports, packs, printing, search

    return (content, search, bookmarks, packs, imports, printing)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (global options are accepted before or after a sub-command)."""
    parser = argparse.ArgumentParser(
        prog="briefing-app",
        description="Briefings: read France urbaine's briefings offline.",
    )
    parser.add_argument("--version", action="version", version=f"briefing-app {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="headless smoke test of the whole chain; exit 0 when sound",
    )
    add_common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in _groups():
        group.add_parsers(commands)
    return parser


def _folder_problem(option: str, folder: Path, *, may_be_missing: bool) -> str:
    """A one-line message when ``folder`` cannot serve as ``option``'s folder, else ""."""
    if folder.is_dir() or (may_be_missing and not folder.exists()):
        return ""
    from briefing_app.core.messages import fill, translate

    if folder.exists():
        problem = translate("cli", "briefing-app : %1 %2 : ce n’est pas un dossier")
    else:
        problem = translate("cli", "briefing-app : %1 %2 : dossier introuvable")
    return fill(problem, option, folder)


def run(argv: list[str]) -> int:
    """Parse ``argv`` and run the command; return the exit status."""
    if not argv:  # started from the desktop: the window, without making the parser (8 ms)
        return _window(Session.start())
    _speak(_data_dir_given(argv))
    argv, files = _files_to_open(argv)
    missing = [f for f in files if not Path(f).is_file()]
    if missing:
        from briefing_app.core.messages import fill, translate

        print(
            fill(translate("cli", "briefing-app : %1 : fichier introuvable"), missing[0]),
            file=sys.stderr,
        )
        return 2
    args = build_parser().parse_args(argv)
    problems = [_folder_problem("--content", f, may_be_missing=False) for f in args.content or []]
    if args.data_dir is not None:
        problems.append(_folder_problem("--data-dir", args.data_dir, may_be_missing=True))
    if any(problems):
        print("\n".join(problem for problem in problems if problem), file=sys.stderr)
        return 2
    session = Session.start(args.content or (), args.data_dir)
    if args.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from briefing_app.gui.selftest import self_test

        # Without --data-dir the self-test works in a temporary folder, not the user's.
        return self_test(session.folders, session.paths if args.data_dir else None)
    for group in _groups():
        if args.command in group.COMMANDS:
            return group.run(session, args)
    return _window(session, files)


def _data_dir_given(argv: list[str]) -> Path | None:
    """The ``--data-dir`` of ``argv``, before it is parsed (its settings say the language
    of the parser's own messages too)."""
    for index, argument in enumerate(argv):
        if argument.startswith("--data-dir="):
            return Path(argument.partition("=")[2])
        if argument == "--data-dir" and index + 1 < len(argv):
            return Path(argv[index + 1])
    return None


def _speak(data_dir: Path | None) -> None:
    """Speak the language chosen in the window's preferences (its « Système »: the
    environment's, LANG...)."""
    from briefing_app.core.messages import chosen_language, language_setting, set_language
    from briefing_app.core.paths import AppPaths

    setting = language_setting(AppPaths.resolve(data_dir).settings_file)
    set_language(chosen_language(setting, os.environ))


# What the window offers to import when the program is started on it (a double click on
# a pack, or « Ouvrir avec »): the suffixes of core.packs.receive, kept here to import
# nothing for a plain start.
OPENED_SUFFIXES = (".briefings", ".md", ".docx")


def _files_to_open(argv: list[str]) -> tuple[list[str], list[str]]:
    """``argv`` without the files to open in the window, and those files: the arguments
    ending in OPENED_SUFFIXES, when no command is given."""
    commands = {name for group in _groups() for name in group.COMMANDS}
    if any(argument in commands for argument in argv):
        return argv, []
    files = [a for a in argv if a.lower().endswith(OPENED_SUFFIXES) and not a.startswith("-")]
    return [a for a in argv if a not in files], [str(Path(f).absolute()) for f in files]


def _window(session: Session, files: list[str] | None = None) -> int:
    problem = missing_display()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from briefing_app.gui.app import run_window

    return run_window(session, files or [])


def missing_display(environ: dict[str, str] | None = None, platform: str = sys.platform) -> str:
    """A one-line explanation when no screen is reachable, else "" (Qt would abort)."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    from briefing_app.core.messages import translate  # only when there is no screen

    return translate(
        "cli",
        "briefing-app : aucun écran disponible (ni DISPLAY ni WAYLAND_DISPLAY) ; "
        "lancez-le dans une session graphique, ou sur un serveur : xvfb-run -a make run",
    )
