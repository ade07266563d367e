"""The OpenAPI document (GET /openapi.json) describes every JSON endpoint the server has: a route added to
bot/server.py without its description fails here (the webhooks, the pages and /admin are not JSON APIs)."""

from __future__ import annotations

from starlette.routing import Route

from bot.openapi import OPENAPI
from bot.server import create_app

NOT_DESCRIBED = ("/line/", "/telegram/", "/chat", "/admin", "/openapi.json")


def test_every_json_endpoint_is_in_the_openapi_document(settings):
    app = create_app(settings)
    routes = {(r.path, method.lower()) for r in app.routes if isinstance(r, Route)
              for method in (r.methods or ()) if method != "HEAD"}
    served = {(path, method) for path, method in routes if not path.startswith(NOT_DESCRIBED)}
    described = {(path, method) for path, ops in OPENAPI["paths"].items() for method in ops}
    assert {("/hsds/services", "get"), ("/hsds/organizations/{id}", "get")} <= served
    assert served - described == set()
    assert described - served == set()
