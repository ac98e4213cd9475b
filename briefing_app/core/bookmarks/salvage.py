"""Reading what can still be read from a damaged bookmark store.

Pure Python on the ``sqlite3`` module (the ``sqlite3`` tool's ``.recover`` is not always
installed): each table is read in rowid order; where a page or a row cannot be read, the
next readable rowid is searched for (by doubling steps, then halving) and reading goes
on from there. The damaged file is opened read-only and never changed.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.core.bookmarks.database import TEXT_FIELDS

Reading = tuple[str, float, str, bool, str]  # briefing, position, section, finished, updated

TABLES = ("briefings", "bookmarks", "reading")
_LOWEST, _HIGHEST = -(2**63), 2**63 - 1  # SQLite's rowid range


@dataclass(frozen=True)
class Salvaged:
    """The rows read from a damaged store, by table, each as ``{column: value}``."""

    tables: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    counts: dict[str, int | None] = field(default_factory=dict)  # rows the file said it held


def salvage(path: Path, tables: tuple[str, ...]) -> Salvaged:
    """Every readable row of ``tables`` in the SQLite file at ``path`` (none if the file
    cannot be opened at all), and how many rows each table held when that can be told."""
    result = Salvaged()
    # mode=ro reads the WAL kept beside, but makes a WAL index where there is none:
    # without a WAL, immutable=1 reads the file alone and adds nothing to the folder.
    wal = Path(f"{path}-wal").exists()
    for query in ("mode=ro", "immutable=1") if wal else ("immutable=1",):
        try:
            with closing(sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)) as db:
                names = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
                for table in tables:
                    if table in names:
                        result.tables[table] = readable_rows(db, table)
                        result.counts[table] = row_count(db, table)
            return result
        except sqlite3.DatabaseError:
            result.tables.clear()
            result.counts.clear()
    return result


def readable_rows(db: sqlite3.Connection, table: str) -> list[dict[str, object]]:
    """The rows of ``table`` that can be read, in rowid order, skipping damaged ones."""
    columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
    listed = ", ".join(f'"{name}"' for name in columns)
    select = f'SELECT rowid, {listed} FROM "{table}" WHERE rowid >= ? ORDER BY rowid'
    rows: list[dict[str, object]] = []
    start = _LOWEST
    while True:
        try:
            for row in db.execute(select, (start,)):
                rows.append(dict(zip(columns, row[1:], strict=True)))
                if row[0] >= _HIGHEST:
                    return rows
                start = row[0] + 1
            return rows
        except sqlite3.DatabaseError:  # a damaged page or row: go on past it
            pass
        try:  # the row at ``start`` may read alone: the module reads one row ahead
            alone = db.execute(f"{select} LIMIT 1", (start,)).fetchone()
        except sqlite3.DatabaseError:
            resumed = _next_readable(db, select, start)
            if resumed is None:
                return rows
            start = resumed
            continue
        if alone is None:
            return rows
        rows.append(dict(zip(columns, alone[1:], strict=True)))
        if alone[0] >= _HIGHEST:
            return rows
        start = alone[0] + 1


def _readable_from(db: sqlite3.Connection, select: str, start: int) -> bool:
    try:
        db.execute(f"{select} LIMIT 1", (start,)).fetchall()
    except sqlite3.DatabaseError:
        return False
    return True


def _next_readable(db: sqlite3.Connection, select: str, failed: int) -> int | None:
    """The lowest rowid above ``failed`` from which a row (or the end) reads again."""
    step = 1
    while not _readable_from(db, select, min(_HIGHEST, failed + step)):
        if failed + step >= _HIGHEST:
            return None
        step *= 2
    low, high = failed + step // 2, min(_HIGHEST, failed + step)  # low fails, high reads
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if _readable_from(db, select, middle) else (middle, high)
    return high


def row_count(db: sqlite3.Connection, table: str) -> int | None:
    """How many rows ``table`` holds, counted through the table or any of its indexes
    (an index often survives a damaged table page); None when none can be read."""
    try:
        indexes = [row[1] for row in db.execute(f'PRAGMA index_list("{table}")')]
    except sqlite3.DatabaseError:
        indexes = []
    ways = ["", "NOT INDEXED", *(f'INDEXED BY "{name}"' for name in indexes)]
    for way in ways:
        try:
            return int(db.execute(f'SELECT count(*) FROM "{table}" {way}').fetchone()[0])
        except sqlite3.DatabaseError:
            continue
    return None


def recover(damaged: Path) -> tuple[list[dict[str, str]], list[Reading], int | None]:
    """What can be read from the damaged store file ``damaged``.

    Returns:
        The whole bookmark rows (text columns, with ``briefing_title``), the reading
        positions, and how many bookmarks the damaged file held (None when it cannot tell).
    """
    found = salvage(damaged, TABLES)
    titles = {
        str(row["id"]): str(row["title"])
        for row in found.tables.get("briefings", [])
        if _texts(row, ("id", "title")) and row["id"]
    }
    bookmarks = _bookmarks(found.tables.get("bookmarks", []), titles)
    readings: list[Reading] = []
    for row in found.tables.get("reading", []):
        position, finished = row.get("position"), row.get("finished")
        if (
            _texts(row, ("briefing", "section", "updated"))
            and row["briefing"]
            and isinstance(position, int | float)
            and isinstance(finished, int)
        ):
            readings.append(
                (
                    str(row["briefing"]),
                    float(position),
                    str(row["section"]),
                    bool(finished),
                    str(row["updated"]),
                )
            )
    return bookmarks, readings, found.counts.get("bookmarks")


def _texts(row: dict[str, object], names: tuple[str, ...]) -> bool:
    return all(isinstance(row.get(name), str) for name in names)


def _bookmarks(rows: list[dict[str, object]], titles: dict[str, str]) -> list[dict[str, str]]:
    """The rows that make whole bookmarks (a damaged page can yield odd values)."""
    kept: dict[str, dict[str, str]] = {}
    for row in rows:
        values = {name: row.get(name, "") for name in TEXT_FIELDS}
        if not all(isinstance(value, str) for value in values.values()):
            continue
        text = {name: str(value) for name, value in values.items()}
        if not (text["id"] and text["briefing"] and text["created"]) or text["id"] in kept:
            continue
        text["briefing_title"] = titles.get(text["briefing"], "")
        kept[text["id"]] = text
    return list(kept.values())
