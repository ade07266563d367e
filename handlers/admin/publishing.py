"""Publishing the draft (or discarding it), and the spreadsheets: upload with a preview, apply, export."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from backoffice import drafts
from core.loading import required_counter_ids
from handlers.admin.base import (
    MAX_SHOWN,
    MAX_UPLOAD,
    AdminBase,
    Refused,
    base_path,
)
from handlers.admin.problems import Shown, shown
from knowledge import spreadsheet
from knowledge.city import current
from knowledge.files import read_plan_index
from knowledge.validate import Problem


def _cells(problems: list[Problem]) -> tuple[list[Problem], list[Problem]]:
    """Import problems split into those of one cell (sheet, row, column: the table of cells) and the rest."""
    return [p for p in problems if p.row is not None], [p for p in problems if p.row is None]


class PublishRoutes(AdminBase):
    """/publish, /draft/discard, /import, /import/apply, /export.{suffix}."""

    async def publish_page(self, request: Request) -> Response:
        staff = await self.staff(request)
        view = await run_in_threadpool(drafts.preview, self.engine, self.settings)
        return self.render(request, "publish.html", staff, title="公開", here="publish", view=view, reason="",
                           problems=await run_in_threadpool(self._placed, view))

    def _placed(self, view: drafts.Preview | None) -> list[Shown]:
        """The draft's problems beside their entries (names and links from the draft)."""
        if view is None or not view.problems:
            return []
        return shown(view.problems, drafts.working(self.engine).doc)

    async def publish(self, request: Request) -> Response:
        staff, form = await self.posted(request)
        try:
            revision = int(str(form.get("revision") or "-1"))
        except ValueError:
            revision = -1
        result = await run_in_threadpool(drafts.publish_safely, self.engine, self.settings, staff.username, revision,
                                         form.get("overwrite") == "1")
        if result.ok:
            return RedirectResponse(f"{base_path(request)}/?published={result.generation}", status_code=303)
        status = 422 if result.reason == "problems" else 409
        return self.render(request, "publish.html", staff, status, title="公開できませんでした", here="publish",
                           view=result.preview, reason=result.reason,
                           problems=await run_in_threadpool(self._placed, result.preview))

    async def discard(self, request: Request) -> Response:
        staff, form = await self.posted(request)
        try:
            revision = int(str(form.get("revision") or "-1"))
        except ValueError:
            revision = -1
        if not await run_in_threadpool(drafts.discard, self.engine, staff.username, revision):
            raise Refused(409, "下書きは、表示した後で変更されています。公開ページを開き直して確認してください。")
        return RedirectResponse(f"{base_path(request)}/?discarded=1", status_code=303)

    async def import_page(self, request: Request) -> Response:
        staff = await self.staff(request)
        return self.render(request, "import.html", staff, title="Excel・CSV", here="import", result=None)

    def _read_upload(self, path: Path, filename: str, username: str) -> dict[str, Any]:
        reader = spreadsheet.read_workbook if path.suffix == ".xlsx" else spreadsheet.read_csv
        doc, read_problems = reader(path, filename)  # messages name the staff's file, never the temp path
        problems = spreadsheet.import_checks(doc, read_problems, read_plan_index(self.settings.data_dir),
                                             required_counter_ids(self.settings))
        if problems:
            changes = spreadsheet.diff_docs(drafts.working(self.engine).doc, doc)
            pending = ""
        else:
            pending, changes = drafts.stage_import(self.engine, username, filename, doc)
        total = len(changes)
        if len(changes) > MAX_SHOWN:  # the page stays readable (and small) for a file that changes everything
            changes = changes[:MAX_SHOWN] + [f"… ほか {len(changes) - MAX_SHOWN:,} 件の変更"]
        hidden = str(path.parent)  # the server's temporary folder, never shown
        problems = [dataclasses.replace(p, message=p.message.replace(hidden, ""), file=p.file.replace(hidden, ""))
                    for p in problems]
        cells, other = _cells(problems)
        return {"filename": filename, "changes": changes, "total": total, "cells": cells, "other": other,
                "pending": pending}

    async def upload(self, request: Request) -> Response:
        staff, form = await self.posted(request)
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise Refused(400, "ファイルを選んでください。")
        filename = Path(upload.filename).name
        suffix = Path(filename).suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            raise Refused(400, "取り込めるのは .xlsx と .csv のファイルです。")
        data = await upload.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise Refused(413, "ファイルが大きすぎます（5 MB まで）。")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"upload{suffix}"
            path.write_bytes(data)
            result = await run_in_threadpool(self._read_upload, path, filename, staff.username)
        status = 422 if result["cells"] or result["other"] else 200
        return self.render(request, "import.html", staff, status, title="Excel・CSV の確認", here="import", result=result)

    async def apply_import(self, request: Request) -> Response:
        staff, form = await self.posted(request)
        changes = await run_in_threadpool(drafts.apply_import, self.engine, staff.username,
                                          str(form.get("pending") or ""))
        if changes is None:
            raise Refused(409, "確認の後で下書きが変わったか、確認の有効期限が切れました。何も変更していません。"
                                "もう一度ファイルをアップロードしてください。")
        return RedirectResponse(f"{base_path(request)}/?imported={len(changes)}", status_code=303)

    async def export(self, request: Request) -> Response:
        await self.staff(request)
        suffix = request.path_params["suffix"]
        if suffix not in ("xlsx", "csv"):
            raise Refused(404, "そのページはありません。")
        work = await run_in_threadpool(drafts.working, self.engine)
        writer = spreadsheet.export_workbook if suffix == "xlsx" else spreadsheet.export_csv
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"kb.{suffix}"
            await run_in_threadpool(writer, work.doc, path)
            body = path.read_bytes()
        name = f"{current().slug}-kb-{'draft' if work.is_draft else 'live'}-{drafts.today().isoformat()}.{suffix}"
        media = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" if suffix == "xlsx"
                 else "text/csv; charset=utf-8")
        return Response(body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'})
