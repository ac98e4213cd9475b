"""Any bytes as a briefing file are loaded or reported, never raised."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core.content.catalog import load_library

HEADER = b"---\ntitle: Essai\ndate: 2020\n---\n"


def check_one(folder: Path, data: bytes) -> None:
    (folder / "x.md").write_bytes(data)
    library = load_library([folder])
    assert len(library.briefings) + len(library.problems) == 1
    for problem in library.problems:
        assert problem.path.endswith("x.md")
        assert problem.message


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_any_bytes(tmp_path: Path, data: bytes) -> None:
    check_one(tmp_path, data)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.text(max_size=300), body=st.text(max_size=1000))
def test_any_text_after_a_fence_and_any_body_after_a_good_header(
    tmp_path: Path, header: str, body: str
) -> None:
    check_one(tmp_path, b"---\n" + header.encode("utf-8", "surrogatepass") + b"\n---\n")
    check_one(tmp_path, HEADER + body.encode("utf-8", "surrogatepass"))


def test_pathological_markdown_is_reported_or_loaded(tmp_path: Path) -> None:
    for body in ("> " * 3000 + "x", "- " * 3000 + "x", "[" * 5000, "*" * 20000, "<div>" * 3000):
        check_one(tmp_path, HEADER + body.encode())
