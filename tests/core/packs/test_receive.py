"""What the command line and the window share: examining a file offered (nothing written),
receiving it, the origin of each briefing, and the packs waiting in a distribution
folder."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.packs.distribution import waiting_packs
from briefing_app.core.packs.keys import read_public
from briefing_app.core.packs.origins import MINE, MY_DOCUMENTS, PACKED, SHIPPED, origin_of, origins
from briefing_app.core.packs.receive import DOCUMENT, PACK, examine, receive, summary
from briefing_app.core.session import Session
from tests.packs import make_key, make_pack


def test_an_offer_says_what_an_import_would_do_and_writes_nothing(tmp_path: Path) -> None:
    key = make_key(tmp_path / "keys")
    trusted = [read_public(key.with_name("test.key.pub"))]
    data = tmp_path / "data"
    first = make_pack(tmp_path, key, 1, {"a": "A", "b": "B"})
    offer = examine(first, data, trusted)
    assert (offer.kind, offer.refusal, offer.needs_consent, offer.warning()) == (
        PACK,
        "",
        False,
        "",
    )
    assert offer.plan is not None
    assert offer.plan.pack.titles == {"a": "A", "b": "B"}
    assert not data.exists()
    receive(offer, data, set())
    second = make_pack(tmp_path, key, 2, {"a": "A", "b": "B changé", "c": "C"})
    unverified = examine(second, data, [])  # the same pack, its key not trusted here
    assert unverified.needs_consent
    assert "clé qui n’est pas parmi les éditeurs de confiance" in unverified.warning()
    assert unverified.plan is not None
    assert summary(unverified.plan) == "1 nouveau(x), 1 mis à jour, 1 inchangé(s)"
    again = examine(first, data, trusted)
    assert again.already_installed
    assert "déjà installé" in again.refusal
    note = tmp_path / "note.md"
    note.write_text("# Ma note\n\nTexte.\n", encoding="utf-8")
    document = examine(note, data, trusted)
    assert (document.kind, document.refusal) == (DOCUMENT, "")
    assert 'title: "Ma note"' in document.text
    assert not (data / "documents").exists()
    received = receive(document, data, {"note"})
    assert received.document == data / "documents" / "note-2.md"


def test_each_briefing_knows_where_it_comes_from(tmp_path: Path) -> None:
    key = make_key(tmp_path / "keys")
    data_dir = tmp_path / "home"
    session = Session.start([tmp_path / "keys"], data_dir)
    data = session.paths.data
    receive(examine(make_pack(tmp_path, key, 1, {"a": "A"}), data, []), data, set())
    note = tmp_path / "note.md"
    note.write_text("Texte.\n", encoding="utf-8")
    receive(examine(note, data, []), data, set())
    library = session.refreshed().library()
    table = origins(data)
    found = {b.id: origin_of(b.path, table) for b in library.briefings}
    assert (found["a"].kind, found["a"].label, found["a"].verified) == (
        PACKED,
        "Paquet essai",
        False,
    )
    assert (found["note"].kind, found["note"].label) == (MINE, MY_DOCUMENTS)
    assert origin_of(str(tmp_path / "ailleurs" / "x.md"), table).kind == SHIPPED
    assert not origin_of(str(tmp_path / "ailleurs" / "x.md"), table).received


def test_the_distribution_folder_offers_new_and_newer_packs(tmp_path: Path) -> None:
    key = make_key(tmp_path / "keys")
    folder = tmp_path / "diffusion"
    folder.mkdir()
    data = tmp_path / "data"
    one = make_pack(folder, key, 1, {"a": "A"})
    make_pack(folder, key, 2, {"a": "A 2"})
    other = make_pack(folder, key, 1, {"b": "B"}, pack_id="autre")
    (folder / "cassé.briefings").write_bytes(b"pas un paquet")
    (folder / "note.txt").write_text("rien", encoding="utf-8")
    waiting = waiting_packs(folder, data)
    assert [(w.id, w.version, w.installed_version) for w in waiting] == [
        ("autre", 1, 0),
        ("essai", 2, 0),
    ]
    receive(examine(one, data, []), data, set())
    receive(examine(other, data, []), data, set())
    assert [(w.id, w.version, w.installed_version) for w in waiting_packs(folder, data)] == [
        ("essai", 2, 1)
    ]
    assert waiting_packs(tmp_path / "clé-retirée", data) == []
