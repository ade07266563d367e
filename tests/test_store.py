"""Loading into the database: what goes in comes out unchanged; a broken data folder changes nothing."""

from __future__ import annotations

import shutil

import pytest

from core.loading import load_files
from knowledge import document
from knowledge.db import create_tables, make_engine
from knowledge.files import SourceFileError, read_data_dir
from knowledge.store import generation, read_doc, write_doc


@pytest.fixture
def engine(fresh_db_url):
    e = make_engine(fresh_db_url())
    create_tables(e)
    return e


def test_round_trip_is_identical(engine, small_doc):
    write_doc(engine, small_doc)
    assert read_doc(engine) == document.canonical(small_doc)
    assert generation(engine) == 1


def test_real_data_round_trips(engine, settings):
    doc = read_data_dir(settings.data_dir)
    write_doc(engine, doc)
    back = read_doc(engine)
    assert back == document.canonical(doc)
    write_doc(engine, back)
    assert read_doc(engine) == back
    assert generation(engine) == 2


def test_broken_folder_is_refused_and_database_unchanged(engine, settings, tmp_path):
    assert load_files(engine, settings) == []
    before = read_doc(engine)
    broken = tmp_path / "data"
    shutil.copytree(settings.data_dir, broken)
    text = (broken / "counters.yaml").read_text(encoding="utf-8")
    assert "sections: [koureisha-shien]" in text
    (broken / "counters.yaml").write_text(text.replace("sections: [koureisha-shien]", "sections: [no-such-section]", 1),
                                          encoding="utf-8")
    problems = load_files(engine, settings, broken)
    assert any("unknown section no-such-section" in str(p) for p in problems)
    assert read_doc(engine) == before


def test_missing_or_malformed_file_is_a_clear_error(tmp_path):
    with pytest.raises(SourceFileError, match="sections.yaml: file not found"):
        read_data_dir(tmp_path)
    for name in ("sections", "districts", "counters", "services", "topics", "emergency"):
        (tmp_path / f"{name}.yaml").write_text("[]\n", encoding="utf-8")
    (tmp_path / "topics.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(SourceFileError, match="topics.yaml: not valid YAML"):
        read_data_dir(tmp_path)
