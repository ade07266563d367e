"""The plan importer on the real seed texts (copies in tests/fixtures/seeds) and on small made-up texts."""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.plan_import import load_section_map, map_sections, merge_services, parse_plan_text
from knowledge.plan_tables import normalise_guideline
from tests.fixtures import SEED_FILES, SEEDS


def _parse(seed: str) -> list[dict]:
    return parse_plan_text((SEEDS / SEED_FILES[seed]).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plan() -> dict[str, dict]:
    return {e["id"]: e for e in _parse("002")}


def _by_ref(entries: dict[str, dict], ref: str) -> dict:
    [entry] = [e for e in entries.values() if ref in e["plan_refs"]]
    return entry


def test_seed_002_every_row_once_and_reprints_merged(plan):
    refs = [r for e in plan.values() for r in e["plan_refs"]]
    assert len(refs) == len(set(refs)) == 203
    assert len(plan) == 199
    assert {e["source"] for e in plan.values()} == {"seed 002"}
    assert all(e["kind"] == "service" and e["id"] == f"p-{e['plan_refs'][0]}" for e in plan.values())


def test_reprint_matched_by_title_not_only_by_number(plan):
    # 4-1-2-2 says 【再掲3-1-1-7】 but repeats 3-1-1-8 老人クラブへの支援.
    assert plan["p-3-1-1-8"]["plan_refs"] == ["3-1-1-8", "4-1-2-2"]
    assert plan["p-3-1-1-8"]["name"] == "老人クラブへの支援"
    assert plan["p-3-1-1-7"]["plan_refs"] == ["3-1-1-7"]
    assert plan["p-3-1-1-7"]["name"] == "ボランティア活動助成事業"
    assert "p-4-1-2-2" not in plan


def test_reprint_with_longer_title_and_exact_reprints(plan):
    assert plan["p-4-1-5-10"]["plan_refs"] == ["4-1-5-10", "4-1-8-3"]
    assert plan["p-4-1-5-10"]["name"] == "居住に課題を抱える方への支援"
    assert "p-4-1-8-3" not in plan
    assert plan["p-2-1-1-2"]["plan_refs"] == ["2-1-1-2", "3-1-1-1"]
    assert plan["p-4-1-2-5"]["plan_refs"] == ["4-1-2-5", "4-3-2-4"]
    assert not any("再掲" in e["name"] for e in plan.values())


def test_titles_without_guideline_and_details_kept(plan):
    e = plan["p-1-1-2-12"]
    assert e["name"] == "生活困窮者に対する相談支援体制の充実"
    assert e["description"].startswith("生活困窮者自立相談支援窓口と生活保護相談窓口が連携し")
    assert not any("〔" in x["name"] for x in plan.values())
    assert plan["p-4-1-5-13"]["name"] == "県運営適正化委員会制度などの適正な運用"


def test_guideline_ocr_fixes(plan):
    assert plan["p-1-1-2-12"]["guideline"] == "④エ"  # printed 〔④工〕
    assert plan["p-4-1-8-1"]["guideline"] == "①エ"  # printed 〔①工〕
    assert plan["p-1-1-1-1"]["guideline"] == "⑤イ"  # printed 〔5-イ〕
    assert plan["p-2-1-1-5"]["guideline"] == "⑤ウ、①オ"
    assert not any("工" in (e["guideline"] or "") or "-" in (e["guideline"] or "") for e in plan.values())


@pytest.mark.parametrize(("raw", "fixed"), [("④工", "④エ"), ("5-イ", "⑤イ"), ("⑤ウ、①オ", "⑤ウ、①オ"),
                                            ("③", "③"), ("①キ, ①工", "①キ、①エ"), ("", None),
                                            ("５-イ", "⑤イ"), ("0", "0")])  # no circled zero: left as printed
def test_normalise_guideline(raw, fixed):
    assert normalise_guideline(raw) == fixed


def test_sections_former_names_and_operator(plan):
    assert plan["p-1-1-2-2"]["sections"] == ["koureisha-shien"]  # 高齢者いきいき課
    assert plan["p-1-1-2-2"]["sections_in_plan"] == "高齢者いきいき課"
    e = plan["p-1-1-1-2"]
    assert e["sections"] == ["fukushi-seisaku"]  # 福祉総務課(市社会福祉協議会), half-width brackets
    assert e["sections_in_plan"] == "福祉総務課(市社会福祉協議会)"
    assert e["operator"] == "市社協"
    assert plan["p-1-1-1-1"]["operator"] is None
    assert plan["p-1-1-2-5"]["sections"] == ["kodomo-katei-soudan", "hoiku", "shimin-kenko"]
    assert plan["p-3-2-2-3"]["sections"] == ["fukushi-seisaku", "chiiki-tsunagari"]  # （NPOセンター）
    assert plan["p-5-2-1-2"]["sections"] == ["chiiki-kyosei", "koho-kocho"]  # 広聴広報課
    assert plan["p-4-3-2-1"]["sections"] == ["shogai-fukushi", "shakyo"]  # 市社会福祉協議会 on its own
    assert not [e["id"] for e in plan.values() if e.get("unknown_sections")]


def test_seed_003_jigyo():
    entries = {e["id"]: e for e in _parse("003")}
    assert [r for e in entries.values() for r in e["plan_refs"]] == [f"J2-1-{n}" for n in range(1, 31)]
    assert entries["j-2-1-24"]["name"] == "シルバー人材センター支援事業"
    assert entries["j-2-1-24"]["sections"] == ["koureisha-shien"]
    assert entries["j-2-1-3"]["sections"] == ["fukushi-seisaku", "koureisha-shien", "kaigo-hoken"]
    assert entries["j-2-1-1"]["main_actions"] == [2, 3, 6]
    assert entries["j-2-1-4"]["main_actions"] == [2, 4]  # printed ②④ without a space
    assert entries["j-2-1-30"]["name"] == "扶助事業"  # its header line starts with a tab
    assert entries["j-2-1-30"]["description"] == "最低限度の生活を保障する生活保護費の支給を行います。"
    assert all(e["source"] == "seed 003" and e["sections"] for e in entries.values())


def test_seed_000_directions():
    entries = {e["id"]: e for e in _parse("000")}
    assert sorted(r for e in entries.values() for r in e["plan_refs"]) == sorted(
        [f"G1-{m}" for m in range(1, 4)] + [f"G2-{m}" for m in range(1, 4)] + [f"G3-{m}" for m in range(1, 7)])
    assert entries["g-1-3"]["name"] == "住民・多様な主体の参画による地域福祉活動と支えあいの仕組みづくり"
    assert entries["g-1-2"]["name"] == "地域における活動機会・居場所の創出と人材育成"
    assert entries["g-3-3"]["name"] == "ケアラーへの支援"
    assert entries["g-3-3"]["description"].startswith("ケアラーが安心して相談・交流できる場")
    assert "市民後見人" in entries["g-3-5"]["description"]  # its second vision bullet
    assert all(e["sections"] == [] and e["source"] == "seed 000" for e in entries.values())


def test_seed_001_main_actions():
    entries = {e["id"]: e for e in _parse("001")}
    refs = [r for e in entries.values() for r in e["plan_refs"]]
    assert "S2-2-3" in refs and "S2-1-4" in refs
    assert len(refs) == 20 and refs[:6] == [f"S2-1-{n}" for n in range(1, 7)]
    yc = entries["s-2-2-3"]
    assert yc["name"] == "様々な困難な状況を抱えるこども・若者のニーズに応じた支援を行います"
    assert "ヤングケアラーの早期発見" in yc["description"]  # footnote marker ¹² removed
    assert entries["s-2-1-4"]["name"] == "多様な社会参加の機会創出と孤独・孤立の予防に取り組みます"
    assert "胎児期" not in entries["s-2-3-3"]["description"]  # the footnote printed inside the list
    assert all(e["sections"] == [] and e["source"] == "seed 001" for e in entries.values())


def test_each_layout_only_in_its_seed():
    for seed, source in (("000", "seed 000"), ("001", "seed 001"), ("003", "seed 003")):
        assert {e["source"] for e in _parse(seed)} == {source}
    assert parse_plan_text((SEEDS / SEED_FILES["004"]).read_text(encoding="utf-8")) == []


def test_unknown_section_is_reported(tmp_path):
    sections = tmp_path / "sections.yaml"
    sections.write_text("- id: fukushi-seisaku\n  name: 福祉政策課\n  former_names:\n  - name: 福祉総務課\n",
                        encoding="utf-8")
    smap = load_section_map(sections)
    text = "1-1-1-9\t試しの取組 〔①イ〕\t詳細です。\t福祉総務課 みらい創造課（謎の団体）\n"
    [e] = parse_plan_text(text, smap)
    assert e["sections"] == ["fukushi-seisaku"]
    assert e["unknown_sections"] == ["みらい創造課", "謎の団体"]
    assert map_sections("高齢者いきいき課", smap) == ([], ["高齢者いきいき課"], None)


def test_cell_broken_across_lines_and_unmatched_reprint():
    text = ("1-1-1-1\t取組A 〔①イ〕\t一行目の詳細\n（続き）です。\t地域共生課\n\n"
            "1-1-1-2\t【再掲9-9-9-9】どこにもない取組 〔③〕\t詳細。\t地域共生課\n")
    a, b = parse_plan_text(text)
    assert a["description"] == "一行目の詳細（続き）です。" and a["sections"] == ["chiiki-kyosei"]
    assert b["id"] == "p-1-1-1-2" and b["name"] == "どこにもない取組" and b["plan_refs"] == ["1-1-1-2"]


def test_merge_services_keeps_curated_fields():
    old: list[dict[str, Any]] = [
        {"id": "g-9-9", "kind": "service", "name": "別の種", "plan_refs": ["G9-9"], "topics": ["kaigo"]},
        {"id": "p-1-1-1-1", "kind": "service", "name": "古い名前", "description": "古い", "plan_refs": ["1-1-1-1"],
         "guideline": None, "sections": [], "unknown_sections": ["福祉総務課"], "counters": ["fukushi-sogo-soudan"],
         "topics": ["sodan"], "keywords": ["どこに相談"], "note": "手で書いた"},
    ]
    new = parse_plan_text("1-1-1-1\t福祉総合相談窓口の設置・運営 〔5-イ〕\t詳細。\t地域共生課\n"
                          "1-1-1-2\t新しい取組 〔⑤イ〕\t詳細。\t地域共生課\n")
    merged = merge_services(old, new)
    assert [e["id"] for e in merged] == ["g-9-9", "p-1-1-1-1", "p-1-1-1-2"]
    assert merged[0] == old[0]
    e = merged[1]
    assert (e["name"], e["description"], e["guideline"], e["sections"]) == (
        "福祉総合相談窓口の設置・運営", "詳細。", "⑤イ", ["chiiki-kyosei"])
    assert (e["counters"], e["topics"], e["keywords"], e["note"]) == (
        ["fukushi-sogo-soudan"], ["sodan"], ["どこに相談"], "手で書いた")
    assert "unknown_sections" not in e  # an importer field: gone when the import no longer reports it
    assert merged[2]["counters"] == [] and merged[2]["topics"] == []
    assert merge_services(merged, new) == merged  # re-importing changes nothing


def test_an_import_never_undoes_a_staff_override_and_reports_the_conflict():
    """民生委員 (issue #14): seed 002 prints 生活福祉課, the 実施計画 moved them to 福祉政策課; staff override."""
    from knowledge.plan_import import override_conflicts

    new = parse_plan_text("3-1-1-2\t民生委員児童委員活動の住民への活動支援 〔④ウ〕\t詳細。\t生活福祉課\n")
    old = [dict(new[0], sections=["fukushi-seisaku"], overrides=["sections"], counters=["minsei-iin"])]
    merged = merge_services(old, new)
    assert merged[0]["sections"] == ["fukushi-seisaku"] and merged[0]["overrides"] == ["sections"]
    assert merged[0]["sections_in_plan"] == "生活福祉課"  # the plan's own record stays the plan's
    conflicts = override_conflicts(old, new)
    assert conflicts == ["p-3-1-1-2: sections: the plan says ['seikatsu-fukushi'], the override keeps "
                         "['fukushi-seisaku']"]
    assert override_conflicts(merged, [dict(new[0], sections=["fukushi-seisaku"])]) == []


def test_seed_slips_are_fixed_and_a_reimport_reproduces_services_yaml():
    """The slips of the seed texts (SLIP_FIXES, issue #14) come out fixed, so re-importing every seed into
    data/services.yaml changes nothing: not the corrected wording, not the curated texts for residents."""
    from pathlib import Path

    from knowledge.files import read_yaml_list
    from knowledge.plan_import import SLIP_FIXES

    imported = [e for seed in ("000", "001", "002", "003") for e in _parse(seed)]
    by_id = {e["id"]: e for e in imported}
    assert "障害者二千人雇用センター" in by_id["p-4-1-2-10"]["description"]
    assert by_id["s-2-3-1"]["name"] == "健康寿命の延伸と健康格差の縮小に取り組みます"
    assert by_id["p-4-1-8-7"]["description"].count("就職を支援します。") == 1
    texts = " ".join(e["name"] + e["description"] for e in imported)
    assert [wrong for wrong, _ in SLIP_FIXES if wrong in texts] == []
    services = read_yaml_list(Path(__file__).resolve().parent.parent / "data" / "services.yaml")
    merged = services
    for seed in ("000", "001", "002", "003"):
        merged = merge_services(merged, _parse(seed))
    assert merged == services
