"""The command line: list, check, --version, --self-test, and the no-display message."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app import __version__
from briefing_app.cli import missing_display, run
from briefing_app.core.paths import AppPaths, bundled_content_dir
from briefing_app.core.session import Session
from tests.conftest import WriteBriefing
from tests.helpers import REPO


def test_list_json_has_the_contract_fields(
    write_briefing: WriteBriefing,
    content_dir: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write_briefing(
        "mobilite",
        title="Mobilité",
        theme="Transports",
        tags="[vélo]",
        body="## Financement\n\n### Détail\n",
    )
    argv = ["list", "--json", "--content", str(content_dir), "--data-dir", str(data_dir)]
    assert run(argv) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "briefing": "mobilite",
            "title": "Mobilité",
            "date": "2020-01",
            "theme": "Transports",
            "tags": ["vélo"],
            "source": "",
            "summary": "",
            "sections": [
                {"id": "financement", "title": "Financement", "level": 2},
                {"id": "detail", "title": "Détail", "level": 3},
            ],
        }
    ]


def test_global_options_also_work_before_the_command(
    write_briefing: WriteBriefing,
    content_dir: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write_briefing("a", title="Premier")
    assert run(["--content", str(content_dir), "--data-dir", str(data_dir), "list"]) == 0
    assert "Premier" in capsys.readouterr().out


def test_check_prints_each_problem_and_exits_1(
    write_briefing: WriteBriefing, content_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_briefing("ok")
    (content_dir / "sans-date.md").write_text("---\ntitle: T\n---\n", encoding="utf-8")
    (content_dir / "vide.md").write_text("", encoding="utf-8")
    assert run(["check", "--content", str(content_dir)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{content_dir / 'sans-date.md'}:1: champ « date » obligatoire manquant "
        "(AAAA, AAAA-MM ou AAAA-MM-JJ)",
        f"{content_dir / 'vide.md'}: fichier vide",
    ]


def test_check_exits_0_on_clean_content(
    write_briefing: WriteBriefing, content_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_briefing("ok")
    assert run(["check", "--content", str(content_dir)]) == 0
    assert capsys.readouterr().out == ""


def test_missing_display_message() -> None:
    assert "xvfb-run" in missing_display({}, "linux")
    assert missing_display({"DISPLAY": ":0"}, "linux") == ""
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert missing_display({}, "win32") == ""


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def test_version() -> None:
    result = run_app("--version")
    assert result.stdout.strip() == f"briefing-app {__version__}"


def test_window_without_display_says_so_in_one_line(tmp_path: Path) -> None:
    result = run_app(
        "--data-dir", str(tmp_path), env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "aucun écran disponible" in result.stderr


def test_started_without_arguments_the_window_opens_on_the_bundled_briefings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    opened: list[tuple[Session, list[str]]] = []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr("briefing_app.gui.app.run_window", lambda s, f: opened.append((s, f)) or 0)
    assert run([]) == 0
    assert run(["--data-dir", str(tmp_path)]) == 0
    pack = tmp_path / "reçu.briefings"  # a double click on a pack: the window offers it
    pack.write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    assert run(["--data-dir", str(tmp_path), "reçu.briefings", "absent.md"]) == 2
    assert (
        capsys.readouterr().err
        == f"briefing-app : {tmp_path / 'absent.md'} : fichier introuvable\n"
    )
    assert run(["--data-dir", str(tmp_path), "reçu.briefings"]) == 0
    (default, none), (chosen, _), (with_file, files) = opened
    assert default.folders == chosen.folders == (bundled_content_dir(),)
    assert chosen.paths.data.is_relative_to(tmp_path)
    assert (none, files) == ([], [str(pack)])
    assert with_file.paths == chosen.paths
    result = run_app(env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})  # no argument at all
    assert result.returncode == 2
    assert "aucun écran disponible" in result.stderr


def test_self_test_on_the_bundled_content(tmp_path: Path) -> None:
    result = run_app("--self-test", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "self-test ok: 1 briefing(s), 5 section(s) rendered, 6 search hit(s)"
    )


def test_self_test_fails_on_broken_content(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "casse.md").write_text("---\ntitle: T\n---\n", encoding="utf-8")
    result = run_app("--self-test", "--content", str(content_dir), "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "casse.md:1: champ « date » obligatoire manquant" in result.stderr
    assert "aucun briefing chargé" in result.stderr


def test_check_reports_links_that_lead_nowhere(
    write_briefing: WriteBriefing, content_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_briefing("cible", body="## Financement\n\n#### Détail fin\n\nNote[^1]\n\n[^1]: x\n")
    write_briefing(
        "source",
        body=(
            "## Liens\n\n[bon](cible.md#financement) [fin](cible.md#detail-fin)\n"
            "[absent](mobilite.md) [ici](#liens) [note](cible.md#fn:1)\n\n"
            "[section](cible.md#inconnue) [web](https://example.org/x.md)\n\n"
            '[ref]: <./cible.md#nulle-part>\n<a href="#perdu">perdu</a>\n'
        ),
    )
    assert run(["check", "--content", str(content_dir)]) == 1
    source = content_dir / "source.md"
    assert capsys.readouterr().out.splitlines() == [
        f"{source}:8: lien vers un briefing absent : « mobilite.md »",
        f"{source}:10: lien vers une section absente : « cible.md#inconnue »",
        f"{source}:12: lien vers une section absente : « ./cible.md#nulle-part »",
        f"{source}:13: lien vers une section absente : « #perdu »",
    ]


@pytest.mark.parametrize(
    ("chosen", "lang", "said"),
    [
        ("", "en_GB.UTF-8", ": dossier introuvable"),  # French unless chosen
        ("system", "en_GB.UTF-8", ": folder not found"),
        ("en", "fr_FR.UTF-8", ": folder not found"),
    ],
)
def test_the_command_line_speaks_the_language_chosen_in_the_window(
    data_dir: Path, tmp_path: Path, chosen: str, lang: str, said: str
) -> None:
    settings = AppPaths.resolve(data_dir).settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[interface]\nlanguage={chosen}\n", encoding="utf-8")
    argv = ["list", "--content", str(tmp_path / "nowhere"), "--data-dir", str(data_dir)]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": lang}
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", *argv],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert said in done.stderr
