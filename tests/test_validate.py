"""Each kind of broken knowledge gives its own readable message; a valid document gives none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from knowledge.validate import Problem, validate

DATA = Path(__file__).resolve().parent.parent / "data"
INDEX = {"1-1-2-12": "生活困窮者に対する相談支援体制の充実"}


def test_small_document_is_valid(small_doc):
    assert validate(small_doc, INDEX, ["jiritsu-soudan"]) == []


def _break(doc, path, value):
    kind, idx, key = path
    doc[kind][idx][key] = value
    return doc


@pytest.mark.parametrize("path,value,message", [
    (("counters", 0, "sections"), ["no-such-section"], "unknown section no-such-section"),
    (("counters", 0, "sections"), [], "counter without section"),
    (("counters", 0, "plan_refs"), [], "no plan refs"),
    (("counters", 0, "plan_refs"), ["1-1-2"], "is not of the form"),
    (("counters", 0, "topics"), ["nothing"], "unknown topic nothing"),
    (("counters", 0, "districts"), ["atlantis"], "unknown district atlantis"),
    (("services", 0, "counters"), ["ghost"], "unknown counter ghost"),
    (("counters", 0, "id"), "Bad Id", "id must be lower-case"),
    (("counters", 0, "name"), "", "name is empty"),
])
def test_each_broken_reference_is_reported(small_doc, path, value, message):
    problems = validate(_break(small_doc, path, value), INDEX)
    found = [p for p in problems if message in str(p)]
    assert found, problems
    kind, idx, key = path  # the problem names the file, the entry and the field that was broken
    assert (found[0].file, found[0].entry, found[0].field) == (kind, small_doc[kind][idx]["id"], key)
    assert str(found[0]) == f"{kind}: {small_doc[kind][idx]['id']}: {found[0].message}"


def test_problems_of_contacts_and_hours_name_their_field(small_doc):
    counter = small_doc["counters"][0]
    counter["contacts"] = [{"kind": "phone", "value": "61-3958", "source": None}]
    counter["hours"][0]["opens"] = "25:00"
    by_field = {(p.entry, p.field) for p in validate(small_doc, INDEX)}
    assert {(counter["id"], "contacts"), (counter["id"], "hours")} <= by_field


def test_contact_without_source_and_bad_phone(small_doc):
    small_doc["counters"][0]["contacts"] = [{"kind": "phone", "value": "61-3958", "source": None}]
    problems = validate(small_doc, INDEX)
    assert any("has no source" in p for p in map(str, problems))
    assert any("bad phone format '61-3958'" in p for p in map(str, problems))


def test_counter_without_contacts_must_say_unknown(small_doc):
    c = small_doc["counters"][0]
    c["contacts"], c["hours"], c["unknown"] = [], [], []
    assert any("no sourced contact facts and no 'unknown' flag" in p for p in map(str, validate(small_doc, INDEX)))


def test_duplicate_ids_and_missing_required_counter(small_doc):
    small_doc["services"].append(dict(small_doc["services"][0]))
    problems = validate(small_doc, INDEX, ["jiritsu-soudan", "chiiki-houkatsu"])
    assert "services: p-1-1-2-12: duplicate id (counters and services share ids)" in map(str, problems)
    assert any("required counter chiiki-houkatsu" in p for p in map(str, problems))


def test_plan_numbers_missing_from_the_index_and_unknown_refs(small_doc):
    problems = validate(small_doc, INDEX | {"4-1-8-2": "就労準備支援事業"})
    assert any(p.startswith("plan: 4-1-8-2") for p in map(str, problems))
    small_doc["services"][0]["plan_refs"] = ["1-1-2-12", "9-9-9-9"]
    assert any("plan ref 9-9-9-9 is not in the plans" in p for p in map(str, validate(small_doc, INDEX)))


def test_hours_and_former_names(small_doc):
    small_doc["counters"][0]["hours"][0]["opens"] = "18:00"
    small_doc["sections"][1]["former_names"].append({"name": "生活福祉課", "until": None, "source": "x"})
    problems = validate(small_doc, INDEX)
    assert any("is not before close" in p for p in map(str, problems))
    assert any("former name 生活福祉課 is another section's current name" in p for p in map(str, problems))


def test_town_in_two_districts_and_shakyo_without_parent(small_doc):
    small_doc["districts"][1]["towns"] = [{"name": "岩瀬", "reading": "いわせ", "confirmed": False}]
    small_doc["districts"][1]["parent"] = None
    problems = validate(small_doc, INDEX)
    assert any("town 岩瀬 is in both" in p for p in map(str, problems))
    assert any("needs its 行政地域 as parent" in p for p in map(str, problems))


def test_emergency_line_needs_source_and_known_situation(small_doc):
    small_doc["emergency"][0].update(source=None, situations=["earthquake"])
    problems = validate(small_doc, INDEX)
    assert any(p.startswith("emergency: police: no source") for p in map(str, problems))
    assert any("unknown situation 'earthquake'" in p for p in map(str, problems))


@pytest.mark.parametrize("summary,message", [
    (None, "no summary (the line residents see on the answer card)"),
    ("  ", "no summary"),
    ("あ" * 81, "summary is 81 characters, more than 80"),
    ("相談体制の充実を図ります。", "summary in the plan's words (体制の、充実を図)"),
    ("制度の周知に努めます。", "summary in the plan's words (周知、努めます)"),
])
def test_every_entry_needs_a_short_summary_in_residents_words(small_doc, summary, message):
    small_doc["services"][0]["summary"] = summary
    problems = validate(small_doc, INDEX)
    assert any(p.startswith("services: p-1-1-2-12: ") and message in p for p in map(str, problems)), problems


def test_a_summary_of_80_characters_is_fine_and_usable_must_be_true_or_false(small_doc):
    small_doc["counters"][0]["summary"] = "あ" * 80
    small_doc["counters"][0]["usable"] = False
    assert not any("summary" in p or "usable" in p for p in map(str, validate(small_doc, INDEX)))
    small_doc["counters"][0]["usable"] = "no"
    small_doc["counters"][0]["summary_en"] = ["a list"]
    problems = validate(small_doc, INDEX)
    assert Problem("counters", "jiritsu-soudan", "usable", "usable must be true or false, not 'no'") in problems
    assert "counters: jiritsu-soudan: summary_en must be text, not list" in map(str, problems)


def test_full_width_emergency_numbers_and_dates_are_refused(small_doc):
    """Issue #15 H2/L1: \\d took １１０ and ２０２６-０４-０１; a tel: link made of them is 'tel:', and the
    database's date type refuses them at publish (500, the draft stuck)."""
    small_doc["emergency"][0]["number"] = "１１０"
    small_doc["counters"][0]["contacts"][0]["value"] = "０４６７-６１-３９５８"
    small_doc["counters"][0]["contacts"][0]["checked"] = "２０２６-０４-０１"
    problems = validate(small_doc, INDEX)
    assert any("bad number '１１０'" in p for p in map(str, problems)), problems
    assert any("bad phone format '０４６７-６１-３９５８'" in p for p in map(str, problems)), problems
    assert any("checked '２０２６-０４-０１' is not a date" in p for p in map(str, problems)), problems


def test_a_contact_fact_from_an_unofficial_source_must_be_marked_unconfirmed(small_doc):
    fact = small_doc["counters"][0]["contacts"][0]
    for source in ("https://mmiyake.kanagawanet.jp/?p=3516", "Yut8853/fukushi-portal data/offices.csv",
                   "https://kampuspedia.com/ja/x"):
        fact["source"] = source
        problems = validate(small_doc, INDEX)
        assert any("not an official page" in p and "unconfirmed: true" in p for p in map(str, problems)), source
    fact["unconfirmed"] = True
    assert validate(small_doc, INDEX, ["jiritsu-soudan"]) == []
    for official in ("https://www.pref.kanagawa.jp/docs/r7b/cnt/f535881/", "https://www.gov-online.go.jp/x",
                     "https://kamakura-shakyo.jp/a.html", "https://www.city.isehara.kanagawa.jp/docs/1",
                     "http://www.city.yamato.lg.jp/web/a.html"):
        fact.update(source=official, unconfirmed=False)
        assert validate(small_doc, INDEX, ["jiritsu-soudan"]) == [], official


def test_a_town_is_confirmed_only_by_an_official_page(small_doc):
    small_doc["districts"][0]["towns"][0]["source"] = "https://ja-wiki.pages.dev/wiki/x"
    assert any("confirmed on a Wikipedia copy" in p for p in map(str, validate(small_doc, INDEX)))
    small_doc["districts"][0]["towns"][0]["confirmed"] = False
    assert validate(small_doc, INDEX, ["jiritsu-soudan"]) == []


def test_an_emergency_line_from_a_secondary_page_is_flagged(small_doc):
    small_doc["emergency"][0]["source"] = "https://mykoho.jp/article/x"
    assert any("flag it secondary-source" in p for p in map(str, validate(small_doc, INDEX)))
    small_doc["emergency"][0]["flags"] = ["secondary-source"]
    assert validate(small_doc, INDEX, ["jiritsu-soudan"]) == []
    small_doc["emergency"][0].update(source=None, flags=["source-missing"])
    assert validate(small_doc, INDEX, ["jiritsu-soudan"]) == []


def test_a_fact_defined_once_and_its_uses(small_doc):
    section_phone = small_doc["sections"][0]["contacts"][0]
    section_phone["fact"] = "seikatsu-phone"
    small_doc["counters"][0]["contacts"] = [{"use": "seikatsu-phone", "kind": "phone", "label": "担当課"}]
    assert validate(small_doc, INDEX, ["jiritsu-soudan"]) == []
    small_doc["counters"][0]["contacts"][0]["use"] = "nothing"
    assert any("uses fact nothing, which no contact defines" in p for p in map(str, validate(small_doc, INDEX)))
    small_doc["counters"][0]["contacts"][0].update(use="seikatsu-phone", value="0467-00-0000")
    assert any("change the fact once" in p for p in map(str, validate(small_doc, INDEX)))


def test_overrides_name_plan_fields_and_hours_rules_are_checked(small_doc):
    small_doc["services"][0]["overrides"] = ["sections", "keywords"]
    assert any("override 'keywords' is not a plan field" in p for p in map(str, validate(small_doc, INDEX)))
    small_doc["services"][0]["overrides"] = ["sections"]
    hours = small_doc["counters"][0]["hours"][0]
    hours.update(weeks=[6], closed_on_holidays="yes", exceptions=[{"date": "12/29"}])
    problems = validate(small_doc, INDEX)
    assert any("weeks 6 must be 1..5" in p for p in map(str, problems))
    assert any("closed_on_holidays must be true, false or left out" in p for p in map(str, problems))
    assert any("exception" in p and "needs a date" in p for p in map(str, problems))


def test_kb_check_prints_each_problem_line_and_exits_non_zero(tmp_path, fresh_db_url, monkeypatch, capsys):
    """The command line renders each Problem as its readable line (file: entry: message) on stdout."""
    broken = tmp_path / "data"
    shutil.copytree(DATA, broken)
    path = broken / "counters.yaml"
    text = path.read_text(encoding="utf-8")
    first = yaml.safe_load(text)[0]
    path.write_text(text.replace(f"summary: {first['summary']}", "summary: 体制の充実を図ります", 1), encoding="utf-8")
    monkeypatch.setenv("DATABASE_URL", fresh_db_url())
    assert main(["kb", "check", "--files", "--data", str(broken)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [f"counters: {first['id']}: summary in the plan's words (体制の、充実を図): "
                                "say what a resident can do or get"]
    assert "1 problem(s)" in err
    assert main(["kb", "check", "--files", "--data", str(DATA)]) == 0
    assert capsys.readouterr().out == ""
