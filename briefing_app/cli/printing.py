"""Paper: ``pdf`` (a briefing, or its chosen sections) and ``dossier`` (a meeting file of
bookmarks and notes), both to a PDF file, offscreen (see README). They call the same
``printing`` functions as the window's Fichier › Exporter en PDF… and Signets › Préparer
un dossier de séance…; an error is one line naming what is wrong, and no file is left."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.cli.options import add_common
from briefing_app.core.messages import fill, translate

if TYPE_CHECKING:
    from briefing_app.core.session import Session

COMMANDS = ("pdf", "dossier")


def add_parsers(commands: Any) -> None:
    """Add ``pdf`` and ``dossier`` to the command parsers."""
    pdf = commands.add_parser("pdf", help="a briefing (or chosen sections) as a PDF file")
    pdf.add_argument("briefing", metavar="BRIEFING")
    pdf.add_argument("--section", action="append", default=[], metavar="ID", dest="sections")
    pdf.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    add_common(pdf, top=False)
    dossier = commands.add_parser("dossier", help="a meeting file of bookmarks, as a PDF file")
    chosen = dossier.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--label", help="the bookmarks with this label")
    chosen.add_argument("--bookmark", action="append", metavar="ID", help="these bookmarks")
    chosen.add_argument("--briefing", action="append", metavar="ID", help="these briefings")
    dossier.add_argument("--title", default="", help="the meeting (default: the label)")
    dossier.add_argument("--date", default="", help="the meeting's date as shown (default: today)")
    dossier.add_argument("--name", default="", help="who the dossier is for")
    dossier.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    add_common(dossier, top=False)


def run(session: Session, args: argparse.Namespace) -> int:
    """Run ``pdf`` or ``dossier``; return the exit status."""
    from briefing_app.core.dossier import DossierError
    from briefing_app.printing.pdf import PrintError

    try:
        if args.command == "pdf":
            return _pdf(session, args)
        return _dossier(session, args)
    except (PrintError, DossierError) as error:
        print(fill(translate("cli.printing", "briefing-app : %1"), error), file=sys.stderr)
        return 2


def _pdf(session: Session, args: argparse.Namespace) -> int:
    from briefing_app.core.content.pages import rendered_page
    from briefing_app.printing.application import ensure_application
    from briefing_app.printing.briefing import briefing_pdf
    from briefing_app.printing.pdf import PrintError

    library = session.library()
    briefing = library.get(args.briefing)
    if briefing is None:
        raise PrintError(
            fill(translate("cli.printing", "briefing « %1 » introuvable"), args.briefing)
        )
    ensure_application()
    pages = briefing_pdf(
        briefing, rendered_page(briefing, session.pages()), args.output, args.sections
    )
    printed = translate("cli.printing", "%1 : « %2 », %3 page(s)")
    print(fill(printed, args.output, briefing.title, pages))
    return 0


def _dossier(session: Session, args: argparse.Namespace) -> int:
    from briefing_app.core.bookmarks.placing import reanchor
    from briefing_app.core.dossier import chosen_bookmarks, plan_dossier
    from briefing_app.printing.application import ensure_application
    from briefing_app.printing.dossier import dossier_pdf
    from briefing_app.printing.pagetext import long_date

    library, pages = session.library(), session.pages()
    store = session.bookmarks()
    try:
        placed = reanchor(store, library, pages)
    finally:
        store.close()
    if args.briefing:
        chosen = [b for b in placed if b.briefing in set(args.briefing)]
    else:
        chosen = chosen_bookmarks(placed, label=args.label or "", ids=args.bookmark or ())
    labelled = chosen[0].label.strip() if args.label and chosen else ""  # as it was typed
    title = args.title or labelled or translate("cli.printing", "Dossier de séance")
    day = args.date or long_date(datetime.date.today())
    dossier = plan_dossier(
        library, chosen, title=title, whole=args.briefing or (), day=day, name=args.name
    )
    ensure_application()
    count = dossier_pdf(dossier, pages, args.output)
    printed = translate(
        "cli.printing",
        "%1 : « %2 », %3 briefing(s), %4 signet(s), %5 à revoir, %6 page(s)",
    )
    print(
        fill(
            printed,
            args.output,
            dossier.title,
            len(dossier.briefings),
            dossier.bookmark_count,
            len(dossier.to_review),
            count,
        )
    )
    return 0
