"""Read-only Open Referral HSDS 3 endpoints (docs/HSDS.md): the published knowledge for other systems.

    GET /hsds/services[?page=&per_page=]        a page of full service objects
    GET /hsds/services/{id}                     one service (404 as JSON when unknown)
    GET /hsds/organizations[?page=&per_page=]   a page of organizations
    GET /hsds/organizations/{id}                one organization

A page is `{"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty",
"contents"}` as in the HSDS API. The objects are `knowledge.hsds.export` of the knowledge in the database,
built once per knowledge generation (off the event loop) and kept until the next publish.
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from knowledge import hsds
from knowledge.store import generation, read_doc

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 500


@dataclass(frozen=True)
class Published:
    generation: int
    services: list[dict[str, Any]]
    organizations: list[dict[str, Any]]
    by_id: dict[str, dict[str, dict[str, Any]]]


def page_of(items: list[dict[str, Any]], page: int, per_page: int) -> dict[str, Any]:
    """One page in the HSDS API's shape (page numbers from 1; a page past the end is empty)."""
    total = len(items)
    pages = max(math.ceil(total / per_page), 1)
    contents = items[(page - 1) * per_page: page * per_page]
    return {"total_items": total, "total_pages": pages, "page_number": page, "size": len(contents),
            "first_page": page == 1, "last_page": page >= pages, "empty": not contents, "contents": contents}


def _positive(request: Request, name: str, default: int, limit: int | None = None) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or int(raw) < 1:
        return None
    return min(int(raw), limit) if limit else int(raw)


class HsdsApi:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._published: Published | None = None
        self._lock = asyncio.Lock()

    def _build(self) -> Published:
        gen = generation(self.engine)
        if self._published is not None and self._published.generation == gen:
            return self._published
        services, organizations = hsds.export(read_doc(self.engine))
        return Published(gen, services, organizations,
                         {"services": {s["id"]: s for s in services},
                          "organizations": {o["id"]: o for o in organizations}})

    async def published(self) -> Published:
        async with self._lock:  # one build at a time; the others wait for it
            self._published = await asyncio.to_thread(self._build)
            return self._published

    async def listing(self, request: Request) -> Response:
        kind = "services" if request.url.path.rstrip("/").endswith("services") else "organizations"
        page = _positive(request, "page", 1)
        per_page = _positive(request, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
        if page is None or per_page is None:
            return JSONResponse({"error": "page and per_page must be whole numbers from 1"}, status_code=400)
        data = await self.published()
        items = data.services if kind == "services" else data.organizations
        return JSONResponse(page_of(items, page, per_page))

    async def one(self, request: Request) -> Response:
        kind = "services" if "/services/" in request.url.path else "organizations"
        data = await self.published()
        item = data.by_id[kind].get(request.path_params["id"])
        if item is None:
            return JSONResponse({"error": f"no such {kind[:-1]}", "id": request.path_params["id"]}, status_code=404)
        return JSONResponse(item)

    def routes(self, prefix: str = "/hsds") -> list[Route]:
        return [Route(f"{prefix}/services", self.listing, methods=["GET"]),
                Route(f"{prefix}/services/{{id}}", self.one, methods=["GET"]),
                Route(f"{prefix}/organizations", self.listing, methods=["GET"]),
                Route(f"{prefix}/organizations/{{id}}", self.one, methods=["GET"])]
