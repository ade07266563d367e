"""What residents asked: unanswered questions (backoffice/review.py) and the demand dashboard
(backoffice/demand.py), with its CSV / Excel downloads."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from backoffice import demand, drafts
from backoffice.review import KINDS as REVIEW_KINDS
from backoffice.review import summarise
from handlers.admin.base import (
    AdminBase,
    Refused,
)


class ReportRoutes(AdminBase):
    """/review, /demand, /demand.{suffix}, /demand/{table}.{suffix}."""

    async def review(self, request: Request) -> Response:
        staff = await self.staff(request)
        try:
            days = min(max(int(request.query_params.get("days", "90")), 1), 3650)
        except ValueError:
            days = 90
        summary = await run_in_threadpool(summarise, self.engine, days)
        work = await run_in_threadpool(drafts.working, self.engine)
        names = {kind: {x["id"]: x["name"] for x in work.doc[kind]} for kind in ("topics", "districts", "counters")}
        return self.render(request, "review.html", staff, title="答えられなかった質問", here="review", summary=summary,
                           names=names, review_kinds=REVIEW_KINDS,
                           with_text=any(r.text for r in summary.recent))

    async def _board(self, request: Request) -> demand.Dashboard:
        try:
            weeks = min(max(int(request.query_params.get("weeks", "5")), 1), 104)
        except ValueError:
            weeks = 5
        work = await run_in_threadpool(drafts.working, self.engine)
        names = {kind: {x["id"]: x["name"] for x in work.doc[kind]} for kind in ("topics", "districts")}
        names["counters"] = {x["id"]: x["name"] for x in work.doc["counters"] + work.doc["services"]}
        return await run_in_threadpool(demand.dashboard, self.engine, names, weeks)

    async def demand_page(self, request: Request) -> Response:
        staff = await self.staff(request)
        board = await self._board(request)
        return self.render(request, "demand.html", staff, title="利用状況", here="demand", board=board)

    async def demand_download(self, request: Request) -> Response:
        """One table (`/demand/topics.csv`, `.xlsx`) or every table (`/demand.xlsx`), small counts suppressed."""
        await self.staff(request)
        board = await self._board(request)
        table_id, suffix = request.path_params.get("table"), request.path_params["suffix"]
        tables = board.tables if table_id is None else [t for t in board.tables if t.id == table_id]
        if not tables or suffix not in ("csv", "xlsx") or (suffix == "csv" and len(tables) != 1):
            raise Refused(404, "そのページはありません。")
        period = f"{board.first.isoformat()}_{board.last.isoformat()}"
        name = f"demand-{table_id or 'all'}-{period}.{suffix}"
        if suffix == "csv":
            body, media = demand.to_csv(tables[0]), "text/csv; charset=utf-8"
        else:
            body = await run_in_threadpool(demand.to_xlsx, tables, period)
            media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'})
