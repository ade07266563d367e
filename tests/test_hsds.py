"""Open Referral HSDS 3: the export is valid against the specification's compiled schemas (additionalProperties
false everywhere, as the specification checks its own examples), stable, sourced only, and imports back to the
same knowledge; `kb export-hsds` / `kb import-hsds`; the read-only /hsds endpoints."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from jsonschema import Draft202012Validator, FormatChecker
from starlette.applications import Starlette

from handlers.hsds import HsdsApi, page_of
from knowledge import document, hsds
from knowledge.db import create_tables, make_engine
from knowledge.files import read_data_dir
from knowledge.spreadsheet import diff_docs
from knowledge.store import write_doc

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = Path(__file__).resolve().parent / "fixtures" / "hsds"  # copies of the specification's compiled schemas


@cache
def validator(name: str) -> Draft202012Validator:
    schema = hsds.strict(json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8")))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def errors(name: str, obj: dict[str, Any]) -> list[str]:
    out = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(name).iter_errors(obj)]
    # jsonschema checks the uri format only with an extra package: check every address here.
    out += [f"{key}: {value!r} is not an http(s) address" for key, value in _walk(obj)
            if key in ("url", "uri", "website", "schedule_link", "term_uri")
            and not (urlsplit(value).scheme in ("http", "https") and urlsplit(value).netloc)]
    return out


def _walk(obj: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, dict | list):
                yield from _walk(v)
            else:
                yield k, v
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v)


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return document.canonical(read_data_dir(ROOT / "data"))


@pytest.fixture(scope="module")
def exported(doc) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return hsds.export(doc)


def test_the_strict_schema_refuses_what_the_specification_does_not_define():
    ok = {"id": str(uuid.uuid4()), "name": "x", "status": "active"}
    assert errors("service", ok) == []
    assert errors("service", ok | {"extra": 1})
    assert errors("service", ok | {"phones": [{"id": ok["id"], "number": "1", "extra": 1}]})
    assert errors("service", ok | {"id": "not-a-uuid"})
    assert errors("service", ok | {"url": "not an address"})
    assert errors("organization", {"id": ok["id"], "name": "x"})  # description is required


def test_every_counter_and_service_is_a_valid_hsds_service(doc, exported):
    services, _ = exported
    assert len(services) == len(doc["counters"]) + len(doc["services"]) >= 250
    bad = {s["name"]: errors("service", s)[:3] for s in services if errors("service", s)}
    assert not bad, bad


def test_every_section_and_operator_is_a_valid_hsds_organization(doc, exported):
    _, organizations = exported
    operators = {e["operator"] for e in doc["counters"] + doc["services"] if e["operator"]}
    assert len(organizations) == len(doc["sections"]) + len(operators) >= 10
    bad = {o["name"]: errors("organization", o)[:3] for o in organizations if errors("organization", o)}
    assert not bad, bad
    names = {o["name"] for o in organizations}
    assert {s["name"] for s in doc["sections"]} <= names and operators <= names


def test_identifiers_are_stable_uuid5_of_the_entry_id_and_unique(doc, exported):
    services, organizations = exported
    again, _ = hsds.export(copy.deepcopy(doc))
    assert [s["id"] for s in services] == [s["id"] for s in again]
    first = doc["counters"][0]
    assert services[0]["id"] == str(uuid.uuid5(hsds.NAMESPACE, f"entry:{first['id']}"))
    assert uuid.UUID(services[0]["id"]).version == 5
    assert len({s["id"] for s in services}) == len(services)
    assert len({o["id"] for o in organizations}) == len(organizations)
    # every nested object (phones, schedules, areas, locations, attributes …) has its own id
    nested = [x["id"] for s in services for key in ("phones", "schedules", "service_areas", "contacts",
                                                      "service_at_locations", "attributes") for x in s.get(key, [])]
    assert len(set(nested)) == len(nested)


def test_japanese_stays_japanese_and_the_english_name_is_the_alternate_name(doc, exported):
    services, _ = exported
    for e, s in zip(doc["counters"] + doc["services"], services, strict=True):
        assert s["name"] == e["name"]
        assert s.get("alternate_name") == (e["name_en"] or None)
        assert s.get("description") == (e["summary"] or e["description"] or None)


def test_only_sourced_facts_are_exported(doc, exported):
    services, _ = exported
    entries = doc["counters"] + doc["services"]
    phones = sum(1 for e in entries for c in e["contacts"] if c["kind"] in ("phone", "fax"))
    assert sum(len(s.get("phones", [])) for s in services) == phones
    for e, s in zip(entries, services, strict=True):
        if not e["contacts"]:
            assert not s.get("phones") and not s.get("service_at_locations") and not s.get("contacts")
        if not e["hours"]:
            assert "schedules" not in s
        for p in s.get("phones", []):
            codes = {a["taxonomy_term"]["code"]: a["value"] for a in p["attributes"]}
            assert codes["source"] and codes["checked"], p  # every phone carries its source and check date


def test_hours_are_rrule_schedules_and_districts_service_areas(doc, exported):
    services, _ = exported
    by_id = {e["id"]: s for e, s in zip(doc["counters"] + doc["services"], services, strict=True)}
    hours = next(e for e in doc["counters"] if e["hours"])
    sched = by_id[hours["id"]]["schedules"][0]
    h = hours["hours"][0]
    assert sched["freq"] == "WEEKLY" and sched["opens_at"] == h["opens"] and sched["closes_at"] == h["closes"]
    assert sched["byday"].split(",") == [hsds.DAY_CODES[d] for d in h["days"]]
    local = next(e for e in doc["counters"] + doc["services"] if e["districts"])
    names = {d["id"]: d["name"] for d in doc["districts"]}
    assert [a["name"] for a in by_id[local["id"]]["service_areas"]] == [names[d] for d in local["districts"]]


def test_topics_and_plan_references_are_attributes_of_the_projects_taxonomies(doc, exported):
    services, _ = exported
    e, s = next((e, s) for e, s in zip(doc["counters"], services, strict=False) if e["topics"] and e["plan_refs"])
    topics = [a for a in s["attributes"] if a["taxonomy_term"]["taxonomy"] == hsds.TOPIC_TAXONOMY]
    assert [a["value"] for a in topics] == e["topics"]
    names = {t["id"]: t["name"] for t in doc["topics"]}
    assert [a["taxonomy_term"]["name"] for a in topics] == [names[t] for t in e["topics"]]
    refs = [a["value"] for a in s["attributes"] if a["taxonomy_term"]["code"] == "plan-ref"]
    assert refs == e["plan_refs"]
    assert all(a["link_id"] == s["id"] and a["link_entity"] == "service" for a in s["attributes"])


def test_an_export_imports_back_without_a_change(doc, exported):
    services, organizations = json.loads(json.dumps(exported))  # as another system reads the files
    new, problems = hsds.import_services(doc, services, organizations)
    assert problems == []
    assert diff_docs(doc, new) == []
    assert new == doc


def test_import_shows_a_changed_phone_and_adds_a_foreign_service(doc, exported):
    services, organizations = copy.deepcopy(exported)
    with_phone = next(s for s in services if s.get("phones"))
    old = with_phone["phones"][0]["number"]
    with_phone["phones"][0]["number"] = "0467-00-0000"
    foreign = {"id": str(uuid.uuid4()), "name": "よこはま子ども食堂ネット", "status": "active",
               "description": "子ども食堂の案内", "service_areas": [{"id": str(uuid.uuid4()), "name": "玉縄地域"},
                                                                  {"id": str(uuid.uuid4()), "name": "どこか"}]}
    new, problems = hsds.import_services(doc, services + [foreign], organizations)
    changes = diff_docs(doc, new)
    assert any(old in c and "0467-00-0000" in c for c in changes), changes
    assert any("added hsds-" in c and "よこはま子ども食堂ネット" in c for c in changes), changes
    assert problems == [f"service hsds-{foreign['id'][:8]}: service area 'どこか' is not a district of the knowledge base"]
    added = next(e for e in new["counters"] if e["name"] == "よこはま子ども食堂ネット")
    assert added["districts"] == ["area-tamanawa"] and added["description"] == "子ども食堂の案内"


# ---- the command line -----------------------------------------------------------------------------------

def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)


def test_export_hsds_then_import_hsds_shows_no_change_and_applies_an_edit(fresh_db_url, tmp_path):
    env = {**os.environ, "DATABASE_URL": fresh_db_url()}
    out = tmp_path / "hsds"
    p = run(env, "kb", "export-hsds", str(out))
    assert p.returncode == 0, p.stderr
    services = json.loads((out / "services.json").read_text(encoding="utf-8"))
    organizations = json.loads((out / "organizations.json").read_text(encoding="utf-8"))
    assert len(services) >= 250 and len(organizations) >= 10
    assert not [e for s in services for e in errors("service", s)]
    assert not [e for o in organizations for e in errors("organization", o)]
    p = run(env, "kb", "import-hsds", str(out), "--dry-run")
    assert p.returncode == 0, p.stderr
    assert "0 change(s), 0 problem(s)" in p.stderr and p.stdout == ""

    services[0]["name"] = services[0]["name"] + "（テスト）"
    (out / "services.json").write_text(json.dumps(services, ensure_ascii=False), encoding="utf-8")
    p = run(env, "kb", "import-hsds", str(out), "--dry-run")
    assert p.returncode == 0 and "1 change(s)" in p.stderr and "（テスト）" in p.stdout, p.stderr
    p = run(env, "kb", "import-hsds", str(out))
    assert p.returncode == 0 and "applied" in p.stderr, p.stderr
    p = run(env, "kb", "import-hsds", str(out), "--dry-run")
    assert "0 change(s)" in p.stderr, p.stderr

    services[0]["phones"] = [{"id": str(uuid.uuid4()), "number": "電話"}]  # no source: refused, nothing changes
    (out / "services.json").write_text(json.dumps(services, ensure_ascii=False), encoding="utf-8")
    p = run(env, "kb", "import-hsds", str(out))
    assert p.returncode == 1 and "nothing was changed" in p.stderr and "invalid:" in p.stdout


# ---- the HTTP endpoints ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(doc, fresh_db_url) -> Iterator[httpx.AsyncClient]:
    engine = make_engine(fresh_db_url())
    create_tables(engine)
    write_doc(engine, doc)
    app = Starlette(routes=HsdsApi(engine).routes())
    yield httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")
    engine.dispose()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_services_are_paged_and_found_by_id(client, exported):
    services, organizations = exported
    r = await client.get("/hsds/services", params={"page": 2, "per_page": 100})
    assert r.status_code == 200
    body = r.json()
    assert {k: body[k] for k in body if k != "contents"} == {
        "total_items": len(services), "total_pages": -(-len(services) // 100), "page_number": 2, "size": 100,
        "first_page": False, "last_page": False, "empty": False}
    assert [s["id"] for s in body["contents"]] == [s["id"] for s in services[100:200]]
    assert not errors("service", body["contents"][0])
    last = (await client.get("/hsds/services", params={"page": body["total_pages"], "per_page": 100})).json()
    assert last["last_page"] and last["size"] == len(services) - 100 * (body["total_pages"] - 1)
    past = (await client.get("/hsds/services", params={"page": 99})).json()
    assert past["empty"] and past["contents"] == [] and past["size"] == 0
    one = await client.get(f"/hsds/services/{services[5]['id']}")
    assert one.status_code == 200 and one.json() == services[5]
    orgs = (await client.get("/hsds/organizations")).json()
    assert orgs["total_items"] == len(organizations) and orgs["first_page"] and orgs["size"] == min(50, len(organizations))
    org = await client.get(f"/hsds/organizations/{organizations[0]['id']}")
    assert org.status_code == 200 and org.json()["name"] == organizations[0]["name"]


@pytest.mark.anyio
async def test_unknown_ids_are_404_json_and_bad_pages_400(client):
    for path in (f"/hsds/services/{uuid.uuid4()}", "/hsds/organizations/nope"):
        r = await client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("application/json") and r.json()["error"]
    for params in ({"page": "0"}, {"per_page": "x"}, {"page": "-1"}):
        r = await client.get("/hsds/services", params=params)
        assert r.status_code == 400 and r.json()["error"]


def test_page_of_an_empty_list():
    assert page_of([], 1, 10) == {"total_items": 0, "total_pages": 1, "page_number": 1, "size": 0,
                                  "first_page": True, "last_page": True, "empty": True, "contents": []}
