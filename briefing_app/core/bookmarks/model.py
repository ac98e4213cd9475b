"""The bookmark records: a bookmark, its quote and status, and a briefing's reading state.

Plain data, no storage: the store, the anchoring and the transfer to and from files
all speak in these records.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

ANCHORED, MOVED, DETACHED = "anchored", "moved", "detached"
CHANGED = "changed"  # found, but a negation, number or date differs from the marked words
TO_REVIEW = (CHANGED, DETACHED)  # shown "à revoir"
STATUSES = (ANCHORED, MOVED, CHANGED, DETACHED)
FINISHED_AT = 0.97  # a briefing scrolled this far down counts as read


@dataclass(frozen=True)
class Quote:
    """A TextQuoteSelector: the passage and its context (all squashed)."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Bookmark:
    """A bookmark: a passage (or a whole section or briefing) and what the user added.

    ``section`` is ``""`` and ``quote.exact`` is ``""`` for a whole briefing; ``exact``
    alone is empty for a whole section. ``quote`` is where the passage stands in the
    current text; ``marked`` the words the user marked, never changed by re-anchoring
    (``quote.exact`` when not given).
    """

    id: str
    briefing: str
    section: str = ""
    section_title: str = ""
    quote: Quote = field(default_factory=lambda: Quote(""))
    content_hash: str = ""
    note: str = ""
    label: str = ""
    status: str = ANCHORED
    created: str = ""
    updated: str = ""
    briefing_title: str = ""
    marked: str = ""

    def __post_init__(self) -> None:
        """A new bookmark's marked words are its quote."""
        if not self.marked and self.quote.exact:
            object.__setattr__(self, "marked", self.quote.exact)


def bookmark_from_texts(values: Mapping[str, str]) -> Bookmark:
    """A bookmark from its fields as texts (an export's object, a salvaged row), with
    ``exact``/``prefix``/``suffix`` for its quote; an unknown status is "detached" (the
    next listing re-anchors it) and a missing update time is the creation time."""
    return Bookmark(
        id=values["id"],
        briefing=values["briefing"],
        section=values.get("section", ""),
        section_title=values.get("section_title", ""),
        quote=Quote(values.get("exact", ""), values.get("prefix", ""), values.get("suffix", "")),
        content_hash=values.get("content_hash", ""),
        note=values.get("note", ""),
        label=values.get("label", ""),
        status=values["status"] if values.get("status") in STATUSES else DETACHED,
        created=values["created"],
        updated=values.get("updated") or values["created"],
        briefing_title=values.get("briefing_title", ""),
        marked=values.get("marked", ""),
    )


def current_text(b: Bookmark) -> str:
    """The passage as the briefing now words it, when that differs from the words the
    user marked ("" otherwise, and for a passage not found)."""
    if b.status == DETACHED or " ".join(b.marked.split()) == " ".join(b.quote.exact.split()):
        return ""
    return b.quote.exact


@dataclass(frozen=True)
class ReadingState:
    """How far a briefing has been read."""

    briefing: str
    position: float  # 0..1 of the page
    section: str
    finished: bool
    updated: str
    content_hash: str = ""  # of the version last read ("" before it was kept)


UNREAD, IN_PROGRESS, READ, UPDATED = "unread", "in_progress", "read", "updated"


def reading_status(state: ReadingState | None, content_hash: str = "") -> str:
    """UNREAD (never read past its top), IN_PROGRESS, READ (its end was reached once), or
    UPDATED: the briefing, now at ``content_hash`` (when given), is not the version read."""
    if state is None:
        return UNREAD
    if content_hash and state.content_hash and state.content_hash != content_hash:
        return UPDATED
    if state.finished:
        return READ
    return IN_PROGRESS if state.position > 0 else UNREAD


def now() -> str:
    """The current UTC time, ISO 8601 to the microsecond (sortable as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def new_id() -> str:
    """A fresh bookmark id (unique across machines, so imports merge cleanly)."""
    return os.urandom(16).hex()
