"""What every command group shares: the global options, argument types, JSON output."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Add ``--content`` and ``--data-dir`` to ``parser`` (accepted before or after a
    sub-command: a sub-command's copy leaves the top one's value alone when absent)."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--content",
        action="append",
        type=Path,
        metavar="DIR",
        default=default,
        help="use this content folder instead of the bundled briefings (repeatable)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        default=default,
        help="keep index, bookmarks and settings under DIR",
    )


def positive(text: str) -> int:
    """An argument that must be a whole number of at least 1."""
    from briefing_app.core.messages import fill, translate  # not on the window's start

    try:
        value = int(text)
    except ValueError:
        why = translate("cli.options", "« %1 » n’est pas un nombre entier")
        raise argparse.ArgumentTypeError(fill(why, text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            fill(translate("cli.options", "%1 : il faut au moins 1"), value)
        )
    return value


def print_json(data: object) -> None:
    """Print ``data`` as indented JSON, accents kept."""
    import json  # only for --json: not on the window's way

    print(json.dumps(data, ensure_ascii=False, indent=2))
