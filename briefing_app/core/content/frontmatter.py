"""Split a briefing file into its YAML front matter and Markdown body, and check the fields."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from briefing_app.core.content.problems import ContentError
from briefing_app.core.messages import fill, translate

_FENCE = "---"
_CLOSERS = ("---", "...")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class FrontMatter:
    """The checked fields of a briefing's front matter."""

    title: str
    date: str
    source: str = ""
    theme: str = ""
    tags: tuple[str, ...] = ()
    summary: str = ""


def split(text: str) -> tuple[str, str, int]:
    """Return ``(front matter, body, line of the body's first line)``.

    Raises:
        ContentError: the file does not start with a ``---`` block, or it is not closed.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        raise ContentError(
            translate(
                "core.content.frontmatter",
                "en-tête manquant : le fichier doit commencer par une ligne « --- » "
                "suivie de title: et date:",
            ),
            1,
        )
    for index in range(1, len(lines)):
        if lines[index].strip() in _CLOSERS:
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    raise ContentError(
        translate(
            "core.content.frontmatter",
            "en-tête non fermé : il manque la ligne « --- » qui le termine",
        ),
        1,
    )


def _key_line(header: str, key: str) -> int:
    """1-based file line of ``key:`` in the header (which starts on file line 2)."""
    for number, line in enumerate(header.split("\n"), start=2):
        if re.match(rf"^{re.escape(key)}\s*:", line):
            return number
    return 1


def _text(header: str, fields: dict[object, object], key: str) -> str:
    value = fields.get(key)
    if value is None:
        return ""
    if isinstance(value, bool | dict | list):
        why = translate("core.content.frontmatter", "le champ « %1 » doit être un texte")
        raise ContentError(fill(why, key), _key_line(header, key))
    return str(value).strip()


@cache
def _loader_class() -> type:
    """A safe loader (libyaml's when installed) that keeps dates as text (checked here)."""
    import yaml

    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _date(header: str, fields: dict[object, object]) -> str:
    value = fields.get("date")
    text = "" if value is None or isinstance(value, bool) else str(value).strip()
    if not text:
        why = translate(
            "core.content.frontmatter",
            "champ « date » obligatoire manquant (AAAA, AAAA-MM ou AAAA-MM-JJ)",
        )
        raise ContentError(why, 1)
    match = _DATE.match(text)
    if not match:
        raise _invalid_date(header, text)
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        raise _invalid_date(header, text) from None
    return text


def _invalid_date(header: str, text: str) -> ContentError:
    why = translate(
        "core.content.frontmatter", "date invalide « %1 » : attendu AAAA, AAAA-MM ou AAAA-MM-JJ"
    )
    return ContentError(fill(why, text), _key_line(header, "date"))


def _tags(header: str, fields: dict[object, object]) -> tuple[str, ...]:
    value = fields.get("tags")
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or any(isinstance(t, dict | list) for t in value):
        raise ContentError(
            translate(
                "core.content.frontmatter",
                "le champ « tags » doit être une liste, par exemple [RGPD, smart city]",
            ),
            _key_line(header, "tags"),
        )
    return tuple(str(tag).strip() for tag in value if str(tag).strip())


def parse(header: str) -> FrontMatter:
    """Parse and check the YAML header.

    Raises:
        ContentError: not YAML, not a mapping, or a field missing or malformed.
    """
    import yaml  # imported only when a file must actually be parsed (start-up cost)

    try:
        fields = yaml.load(header, Loader=_loader_class())
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(error, "problem", None) or translate(
            "core.content.frontmatter", "syntaxe incorrecte"
        )
        why = translate("core.content.frontmatter", "en-tête YAML illisible : %1")
        raise ContentError(fill(why, reason), line) from None
    except (RecursionError, ValueError, OverflowError) as error:
        why = translate("core.content.frontmatter", "en-tête YAML illisible : %1")
        raise ContentError(fill(why, error), 1) from None
    if not isinstance(fields, dict):
        why = translate(
            "core.content.frontmatter",
            "l’en-tête doit être une liste de champs « nom: valeur » (title:, date:…)",
        )
        raise ContentError(why, 2)
    title = _text(header, fields, "title")
    if not title:
        raise ContentError(
            translate("core.content.frontmatter", "champ « title » obligatoire manquant"), 1
        )
    return FrontMatter(
        title=title,
        date=_date(header, fields),
        source=_text(header, fields, "source"),
        theme=_text(header, fields, "theme"),
        tags=_tags(header, fields),
        summary=_text(header, fields, "summary"),
    )
