"""What a briefing may load besides its text: local images of its own folder, nothing else.

The reader and ``briefing-app check`` apply the same rule, here: an image is read only
when it is a regular file inside the briefing's folder, no larger than
``MAX_IMAGE_BYTES``, of a type the reader can decode (checked by its first bytes). A
device, a pipe, a socket, a path outside that folder or a remote address is refused
without being opened, and the reader shows a placeholder instead.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from briefing_app.core.messages import fill, translate

MAX_IMAGE_BYTES = 8 * 1024 * 1024
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
)
_IMG_SRC = re.compile(r'<img\b[^>]*?\ssrc="([^"]*)"')


class ResourceRefusedError(Exception):
    """A resource the reader will not load; the message says why, in the user's language."""


@dataclass(frozen=True)
class RefusedResource:
    """An image of a page that will show as a placeholder, and why."""

    src: str
    reason: str


def image_type(data: bytes) -> str:
    """The image format named by ``data``'s first bytes, or "" if none the reader takes."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    return next((name for magic, name in _SIGNATURES if data.startswith(magic)), "")


def _local_path(folder: Path, src: str) -> Path:
    parts = urlsplit(src.strip())
    if parts.scheme or parts.netloc:
        raise ResourceRefusedError(
            translate(
                "core.content.resources", "adresse qui n’est pas un fichier du dossier du briefing"
            )
        )
    relative = unquote(parts.path)
    if not relative or relative.startswith(("/", "\\")) or Path(relative).is_absolute():
        raise ResourceRefusedError(
            translate(
                "core.content.resources", "chemin absolu : seules les images du dossier du briefing"
            )
        )
    root = os.path.realpath(folder)
    target = os.path.realpath(os.path.join(root, relative))
    if os.path.commonpath([root, target]) != root:
        raise ResourceRefusedError(
            translate("core.content.resources", "chemin hors du dossier du briefing")
        )
    return Path(target)


def read_image(folder: Path, src: str) -> bytes:
    """The bytes of the image ``src`` names, relative to the briefing's ``folder``.

    Raises:
        ResourceRefusedError: it breaks the rule of the module docstring, or cannot be read.
    """
    from briefing_app.core.regular_files import (
        FileTooLargeError,
        NotRegularFileError,
        read_regular_file,
    )

    try:
        data = read_regular_file(_local_path(folder, src), MAX_IMAGE_BYTES)
    except FileNotFoundError:
        raise ResourceRefusedError(
            translate("core.content.resources", "image introuvable")
        ) from None
    except NotRegularFileError:
        raise ResourceRefusedError(
            translate(
                "core.content.resources", "ce n’est pas un fichier ordinaire (périphérique, tube…)"
            )
        ) from None
    except FileTooLargeError:
        why = translate("core.content.resources", "image trop volumineuse (au plus %1 Mo)")
        raise ResourceRefusedError(fill(why, MAX_IMAGE_BYTES >> 20)) from None
    except OSError as error:
        why = translate("core.content.resources", "image illisible : %1")
        raise ResourceRefusedError(fill(why, error.strerror)) from None
    if not image_type(data):
        raise ResourceRefusedError(
            translate(
                "core.content.resources",
                "format d’image non pris en charge (PNG, JPEG, GIF, WebP, BMP)",
            )
        )
    return data


def refused_images(folder: Path, html: str) -> list[RefusedResource]:
    """The images of a rendered page that the reader would refuse, in page order."""
    from html import unescape

    refused = []
    for src in dict.fromkeys(unescape(value) for value in _IMG_SRC.findall(html)):
        try:
            read_image(folder, src)
        except ResourceRefusedError as error:
            refused.append(RefusedResource(src, str(error)))
    return refused
