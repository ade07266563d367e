"""The server's OpenAPI document (GET /openapi.json): the JSON endpoints residents' pages and
operators' monitors use. The webhooks are the messengers' own protocols and are not described."""

from __future__ import annotations

from typing import Any

from handlers.limits import CHOICE_SHAPE

_STR = {"type": "string"}
_NULL_STR = {"type": ["string", "null"]}
_ERROR = {"type": "object", "required": ["error"], "properties": {"error": _STR}}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_RESULT = {"type": "object", "required": ["id", "kind", "name", "section", "plan_refs", "score"], "properties": {
    "id": _STR, "kind": _STR, "name": _STR, "section": _NULL_STR, "district": _NULL_STR,
    "plan_refs": {"type": "array", "items": _STR}, "score": {"type": "number"}, "phone": _NULL_STR,
    "hours": {"type": "array", "items": _STR}, "open_now": {"type": ["boolean", "null"]}}}
_ANSWER = {"type": "object", "required": ["query", "crisis", "emergency_contacts", "district", "results", "clarify"],
           "properties": {
               "query": _STR, "crisis": {"type": "boolean"},
               "emergency_contacts": {"type": "array", "items": {"type": "object", "properties": {
                   "name": _STR, "number": _STR, "hours": _NULL_STR,
                   "situations": {"type": "array", "items": _STR},
                   # as the chat shows the line (core/emergency.line_json): open lines first, closed now last
                   "shown_name": _STR, "shown_number": _STR, "details": {"type": "array", "items": _STR},
                   "closed_now": {"type": "boolean"}, "unconfirmed": {"type": "boolean"}, "group": _STR}}},
               "district": _NULL_STR, "results": {"type": "array", "items": _RESULT},
               "clarify": {"type": ["object", "null"], "properties": {
                   "text": _STR, "options": {"type": "array", "items": _STR}}}}}
_REPLY = {"type": "object", "required": ["lang", "emergency", "text", "cards", "options"], "properties": {
    "lang": _STR, "emergency": {"type": "array"}, "text": _STR, "cards": {"type": "array"},
    "options": {"type": "array", "items": {"type": "object", "required": ["id", "label"],
                                           "properties": {"id": _STR, "label": _STR}}}}}
_STATUS = {"type": "object", "required": ["status"], "properties": {"status": _STR}}
_REFUSED = {"400": _json(_ERROR, "not the expected JSON"), "413": _json(_ERROR, "body too large"),
            "429": {**_json(_ERROR, "too many requests from this address, or from everyone at once "
                                    "(PUBLIC_PER_IP_MINUTE, PUBLIC_TOTAL_SECOND, PUBLIC_CONCURRENT + PUBLIC_WAITING)"),
                    "headers": {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}}},
            "503": _json(_ERROR, "starting (the knowledge base is not loaded yet), or a worker process restarting")}
# Open Referral HSDS 3, read-only (handlers/hsds.py; the objects: knowledge/hsds_export.py, docs/HSDS.md).
_HSDS_ITEM = {"type": "object", "required": ["id", "name"], "properties": {"id": _STR, "name": _STR}}
_HSDS_PAGE = {"type": "object", "required": ["total_items", "total_pages", "page_number", "size", "first_page",
                                             "last_page", "empty", "contents"], "properties": {
    "total_items": {"type": "integer"}, "total_pages": {"type": "integer"}, "page_number": {"type": "integer"},
    "size": {"type": "integer"}, "first_page": {"type": "boolean"}, "last_page": {"type": "boolean"},
    "empty": {"type": "boolean"}, "contents": {"type": "array", "items": _HSDS_ITEM}}}
_PAGING = [{"name": name, "in": "query", "required": False, "description": what,
            "schema": {"type": "integer", "minimum": 1}} for name, what in (
    ("page", "page number from 1 (default 1; a page past the end is empty)"),
    ("per_page", "items a page from 1 (default 50, at most 500)"))]
_ID = [{"name": "id", "in": "path", "required": True, "description": "the item's stable UUID",
        "schema": {"type": "string", "pattern": "^[0-9A-Za-z-]{1,64}$"}}]


def _hsds(kind: str) -> dict[str, Any]:
    """The two read-only HSDS endpoints of one kind (services, organizations)."""
    one = kind[:-1]
    return {
        f"/hsds/{kind}": {"get": {
            "summary": f"HSDS 3 {kind}, a page at a time", "parameters": _PAGING,
            "responses": {"200": _json(_HSDS_PAGE, f"one page of {kind}"),
                          "400": _json(_ERROR, "page or per_page is not a whole number from 1")}}},
        f"/hsds/{kind}/{{id}}": {"get": {
            "summary": f"One HSDS 3 {one} with its details", "parameters": _ID,
            "responses": {"200": _json(_HSDS_ITEM, f"the {one}"), "404": _json(_ERROR, f"no such {one}")}}},
    }


OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Welfare guide", "version": "1"},
    "paths": {
        "/api/ask": {"post": {
            "summary": "Route one question (the object of `python -m bot ask --json`)",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["text"], "properties": {"text": _STR}}}}},
            "responses": {"200": _json(_ANSWER, "the answer"), **_REFUSED}}},
        "/api/chat": {"post": {
            "summary": "One turn of the web chat's conversation",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["session"], "properties": {
                    "session": {"type": "string", "pattern": "^[A-Za-z0-9_-]{16,64}$"},
                    "text": _NULL_STR,
                    # an option's id as shown (options[].id); any other shape is refused (handlers/limits.py)
                    "choice": {"type": ["string", "null"], "pattern": f"^(?:{CHOICE_SHAPE})$"}}}}}},
            "responses": {"200": _json(_REPLY, "the reply"), **_REFUSED}}},
        "/healthz": {"get": {"summary": "Alive: questions can be answered",
                             "responses": {"200": _json(_STATUS, "alive"), "503": _json(_STATUS, "starting")}}},
        "/readyz": {"get": {"summary": "Ready: database reachable and knowledge loaded",
                            "responses": {"200": _json(_STATUS, "ready"), "503": _json(_STATUS, "not ready, and why")}}},
        **_hsds("services"),
        **_hsds("organizations"),
    },
}
