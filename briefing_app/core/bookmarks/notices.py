"""What the bookmark store tells the user when it cannot open as usual (its ``notice``),
in the user's language: its file is a folder, or cannot be written; its folder cannot
be written; a newer version wrote it; it was damaged, set aside, and what was recovered.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.messages import fill, translate


def file_is_a_folder(path: Path) -> str:
    """The store's file ``path`` is a folder: nothing can be opened or written."""
    text = translate(
        "core.bookmarks.notices",
        "Le fichier des signets « %1 » est un dossier, pas un fichier : "
        "les signets ne peuvent pas être ouverts. Renommez ou déplacez ce dossier "
        "pour que Briefings puisse enregistrer vos signets ; d’ici là, rien ne peut "
        "être enregistré.",
    )
    return fill(text, path)


def file_read_only(path: Path, error: Exception) -> str:
    """The store's file ``path`` opens, but cannot be written (``error``)."""
    text = translate(
        "core.bookmarks.notices",
        "Le fichier des signets « %1 » est en lecture seule : il ne peut "
        "pas être ouvert en écriture (%2). Les signets restent lisibles, mais "
        "rien ne peut être enregistré.",
    )
    return fill(text, path, error)


def folder_read_only(folder: Path, error: Exception) -> str:
    """The store's folder ``folder`` cannot be written (``error``)."""
    text = translate(
        "core.bookmarks.notices",
        "Le dossier des signets « %1 » ne peut pas être modifié "
        "(%2). Les signets restent lisibles, mais rien ne peut être enregistré.",
    )
    return fill(text, folder, error)


def newer_version() -> str:
    """The store was written by a newer version of the program."""
    return translate(
        "core.bookmarks.notices",
        "Les signets ont été enregistrés par une version plus récente de "
        "Briefings : ils restent lisibles mais ne peuvent pas être modifiés.",
    )


def set_aside_notice(error: Exception, aside: str) -> str:
    """The store's file was damaged (``error``) and moved aside as ``aside``."""
    text = translate(
        "core.bookmarks.notices",
        "Le fichier des signets était endommagé (%1). Il a été mis de côté "
        "sous le nom « %2 » et un nouveau fichier a été créé.",
    )
    return fill(text, error, aside)


def recovery_failed(error: Exception) -> str:
    """What was read from the damaged file could not be stored (``error``)."""
    return fill(translate("core.bookmarks.notices", "Récupération impossible : %1."), error)


def recovered(saved: int, total: int | None) -> str:
    """How many bookmarks were recovered, of how many (``None``: it cannot be told)."""
    if total is None and not saved:
        return translate("core.bookmarks.notices", "Aucun signet n’a pu être récupéré.")
    text = translate("core.bookmarks.notices", "Signets récupérés : %1 sur %2.")
    return fill(text, saved, max(saved, total or 0))
