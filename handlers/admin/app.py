"""The staff admin: a Starlette sub-application, mounted by the server at `/admin`.

    from handlers.admin.app import build_admin_app
    routes.append(Mount("/admin", app=build_admin_app(engine, settings)))

Server-rendered Japanese pages (Jinja2, autoescaped), no JavaScript. Every change goes into the shared
draft (backoffice/drafts.py); 「公開」 validates it as `kb check` does and writes it live, and the
bot re-reads the knowledge on the generation change (core/guide.py). A spreadsheet upload, once
applied, becomes the draft too, so an import is published like any other edit, after a look at it.

A mounted app's lifespan does not run, so the tables are created here, when the app is built.
The cookie secret comes from `secret_key`, else ADMIN_SECRET_KEY, else a random one per process (staff
then log in again after a restart; set ADMIN_SECRET_KEY when several processes serve the admin).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import secrets
import tempfile
import unicodedata
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import jinja2
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import backoffice.models  # noqa: F401  (registers the admin tables)
import backoffice.review  # noqa: F401  (registers unanswered_question)
from backoffice import demand, drafts, users
from backoffice.auth import LoginThrottle, Sessions, Staff, authenticate, create_user, same_token
from backoffice.drafts import JST, Conflict, fingerprint
from backoffice.review import KINDS as REVIEW_KINDS
from backoffice.review import summarise
from core.loading import required_counter_ids
from core.settings import Settings
from handlers.admin import forms
from knowledge import spreadsheet
from knowledge.city import current
from knowledge.files import read_plan_index
from knowledge.validate import ID_RE
from ops.health import DATABASE_ERRORS, DatabaseHealth

__all__ = ["build_admin_app", "create_user"]
log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).resolve().parent / "templates"
SESSION_COOKIE = "kg_admin"
LOGIN_COOKIE = "kg_admin_login"
MAX_UPLOAD = 5 * 1024 * 1024  # the whole knowledge base exports to ≈ 200 kB
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
EDITABLE = tuple(forms.KIND_LABELS)
ADDABLE = ("counters", "services", "sections", "topics", "emergency")
ACTION_LABELS = {"edit": "編集", "add": "追加", "publish": "公開", "import": "ファイル取り込み", "discard": "下書き破棄",
                 "user": "アカウント"}
PAGE_SIZE = 50
MAX_SHOWN = 1_000  # changes listed on the import preview
_CELL = re.compile(r"^(\S+) row (\d+), column ([^:]+): (.*)$")


class _Refused(Exception):
    """Ends a request with a message page (403 for a missing right or CSRF token, 404 …)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class _LoginFirst(Exception):
    pass


class SecurityHeaders:
    """Headers every admin response carries: no framing, no inline script, nothing cached."""

    HEADERS = [
        (b"content-security-policy", b"default-src 'none'; style-src 'self'; img-src 'self'; "
                                     b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
        (b"x-frame-options", b"DENY"),
        (b"cache-control", b"no-store"),
    ]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in self.HEADERS if k not in names]
            await send(message)

        await self.app(scope, receive, with_headers)


def _loopback(request: Request) -> bool:
    """Plain http is allowed only from this machine: the connection's own address is loopback (the Host
    header alone is the client's say-so). Behind a proxy on this machine, the proxy's https shows as the
    scheme (uvicorn trusts X-Forwarded-Proto from 127.0.0.1)."""
    client = request.client.host if request.client else ""
    return client in LOOPBACK and request.url.hostname in LOOPBACK


def _base(request: Request) -> str:
    """Where the admin is mounted ("/admin"), for links and the cookie path."""
    return str(request.scope.get("root_path", "")).rstrip("/")


def _jst(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(JST).strftime("%Y-%m-%d %H:%M")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _cells(problems: list[str]) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    """Import problems split into (sheet, row, column, problem) cells and the rest."""
    cells, other = [], []
    for p in problems:
        m = _CELL.match(p)
        if m:
            cells.append((m[1], m[2], m[3], m[4]))
        else:
            other.append(p)
    return cells, other


def prepare_database(engine: Engine) -> None:
    """Create the admin tables if missing, and make the audit log insert-only in the database."""
    SQLModel.metadata.create_all(engine)
    audit_triggers(engine)


def audit_triggers(engine: Engine) -> None:
    """The audit log refuses UPDATE and DELETE in the database itself (SQLite and PostgreSQL)."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            for op in ("UPDATE", "DELETE"):
                conn.execute(text(f"CREATE TRIGGER IF NOT EXISTS admin_audit_no_{op.lower()} BEFORE {op} "
                                  "ON admin_audit BEGIN SELECT RAISE(ABORT, 'the audit log is insert-only'); END"))
        elif engine.dialect.name == "postgresql":
            conn.execute(text("CREATE OR REPLACE FUNCTION admin_audit_insert_only() RETURNS trigger "
                              "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is insert-only'; END $$"))
            conn.execute(text("CREATE OR REPLACE TRIGGER admin_audit_insert_only BEFORE UPDATE OR DELETE "
                              "ON admin_audit FOR EACH ROW EXECUTE FUNCTION admin_audit_insert_only()"))


class AdminApp:
    """The endpoints; one instance per mounted admin."""

    def __init__(self, engine: Engine, settings: Settings, secret_key: str,
                 health: DatabaseHealth | None = None) -> None:
        self.engine = engine
        self.settings = settings
        self.health = health  # told of failed writes, so /readyz says so
        self.sessions = Sessions(engine, secret_key)
        self.throttle = LoginThrottle()
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                                 undefined=jinja2.StrictUndefined)
        env.filters["jst"] = _jst
        env.globals["city"] = lambda: current().name["ja"]  # the city of the data folder (data/city.yaml)
        self.templates = Jinja2Templates(env=env)

    # --- plumbing -------------------------------------------------------------------------------------------
    def render(self, request: Request, name: str, staff: Staff | None, status: int = 200,
               **context: Any) -> Response:
        context = {"base": _base(request), "staff": staff, "csrf": staff.csrf if staff else "",
                   "kind_labels": forms.KIND_LABELS, "here": "", "kind": "", "title": ""} | context
        return self.templates.TemplateResponse(request, name, context, status_code=status)

    async def staff(self, request: Request) -> Staff:
        """The logged-in staff member of a page request; anyone else is sent to the login page."""
        staff = await run_in_threadpool(self.sessions.load, request.cookies.get(SESSION_COOKIE))
        if staff is None:
            raise _LoginFirst
        return staff

    async def posted(self, request: Request, edit: bool = True) -> tuple[Staff, FormData]:
        """The staff member and form of a POST, with its CSRF token checked (and the editor role)."""
        staff = await run_in_threadpool(self.sessions.load, request.cookies.get(SESSION_COOKIE))
        if staff is None:
            # Not a redirect: the browser's back button still holds what was typed.
            raise _Refused(403, "ログインしていないか、ログインの有効期限が切れています。別のタブでログインし直してから、"
                                "戻って送信し直してください。")
        form = await request.form(max_files=1, max_fields=2000, max_part_size=MAX_UPLOAD)
        if not same_token(staff.csrf, form.get("csrf")):
            raise _Refused(403, "フォームの確認用トークンが一致しません。ページを読み込み直してから送信してください。")
        if edit and not staff.can_edit:
            raise _Refused(403, "この操作は編集者だけができます（閲覧のみの権限です）。")
        return staff, form

    def _cookie(self, request: Request, response: Response, name: str, value: str, max_age: int) -> None:
        response.set_cookie(name, value, max_age=max_age, path=_base(request) or "/", httponly=True,
                            samesite="strict", secure=request.url.scheme == "https")

    async def on_refused(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, _Refused)
        staff = await run_in_threadpool(self.sessions.load, request.cookies.get(SESSION_COOKIE))
        return self.render(request, "message.html", staff, exc.status, title="操作できません", message=exc.message)

    async def on_database_error(self, request: Request, exc: Exception) -> Response:
        """The database refused or timed out (down, full, locked by other saves): a page that says so and
        that nothing was saved, 503 with Retry-After, instead of a bare 500."""
        if self.health is not None and not isinstance(exc, drafts.Busy):
            self.health.failed(exc)
        log.error("admin: the database failed: %s", type(exc).__name__)  # the class only (ops/logs.py)
        message = ("ただいまデータベースに書き込めないため、保存・公開できませんでした。内容は変更されていません。"
                   "ブラウザの「戻る」で入力内容に戻り、少し待ってからもう一度送信してください。"
                   "続くときはシステム担当にご連絡ください。")
        response = self.render(request, "message.html", None, 503, title="ただいま保存できません", message=message)
        response.headers["retry-after"] = "30"
        return response

    async def on_login_first(self, request: Request, exc: Exception) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"{_base(request)}/login?next={target}", status_code=303)

    def kind_of(self, kind: str) -> str:
        if kind not in EDITABLE:
            raise _Refused(404, "そのページはありません。")
        return kind

    # --- login ----------------------------------------------------------------------------------------------
    def _next(self, request: Request, value: Any) -> str:
        base = _base(request)
        target = str(value or "")
        # Only a path inside the admin: never an address elsewhere (no open redirect).
        if target.startswith(base + "/") and not target.startswith("//") and "\\" not in target:
            return target
        return base + "/"

    async def login_page(self, request: Request, error: str = "", status: int = 200) -> Response:
        token, cookie = self.sessions.login_token()
        response = self.render(request, "login.html", None, status, title="ログイン", login_csrf=token, error=error,
                               next=self._next(request, request.query_params.get("next")))
        self._cookie(request, response, LOGIN_COOKIE, cookie, 3600)
        return response

    async def login(self, request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=10)
        if not self.sessions.check_login_token(request.cookies.get(LOGIN_COOKIE), str(form.get("csrf") or "")):
            raise _Refused(403, "ログイン画面の有効期限が切れました。ログイン画面を開き直してください。")
        if request.url.scheme != "https" and not _loopback(request):
            raise _Refused(400, "管理画面には HTTPS で接続してください。")
        username, password = str(form.get("username") or "").strip(), str(form.get("password") or "")
        # Counted before the password is checked, so parallel attempts each take one of the few places.
        if not self.throttle.attempt(username):
            return await self.login_page(request, "失敗が続いたため、しばらくログインできません。15分ほど待ってください。", 429)
        user = await run_in_threadpool(authenticate, self.engine, username, password)
        if user is None:
            return await self.login_page(request, "ユーザー名またはパスワードが違います。", 401)
        self.throttle.succeeded(username)
        cookie = await run_in_threadpool(self.sessions.start, user)
        response = RedirectResponse(self._next(request, form.get("next")), status_code=303)
        self._cookie(request, response, SESSION_COOKIE, cookie, self.sessions.max_age)
        response.delete_cookie(LOGIN_COOKIE, path=_base(request) or "/")
        return response

    async def logout(self, request: Request) -> Response:
        await self.posted(request, edit=False)
        await run_in_threadpool(self.sessions.end, request.cookies.get(SESSION_COOKIE))
        response = RedirectResponse(f"{_base(request)}/login?bye=1", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path=_base(request) or "/")
        return response

    async def get_login(self, request: Request) -> Response:
        return await self.login_page(request)

    # --- overview and lists ---------------------------------------------------------------------------------
    async def home(self, request: Request) -> Response:
        staff = await self.staff(request)
        work = await run_in_threadpool(drafts.working, self.engine)
        view = await run_in_threadpool(drafts.preview, self.engine, self.settings)
        summary = await run_in_threadpool(summarise, self.engine, 30, 0)
        return self.render(request, "home.html", staff, title="概要", work=work, view=view, review_total=summary.total,
                           counts={k: len(work.doc[k]) for k in EDITABLE}, query=request.query_params)

    async def listing(self, request: Request) -> Response:
        staff = await self.staff(request)
        kind = self.kind_of(request.path_params["kind"])
        work = await run_in_threadpool(drafts.working, self.engine)
        q = request.query_params.get("q", "").strip()
        items = work.doc[kind]
        if q:
            needle = _fold(q)
            items = [x for x in items if needle in _fold(json.dumps(x, ensure_ascii=False))]
        return self.render(request, "list.html", staff, title=forms.KIND_LABELS[kind], here=kind, kind=kind,
                           items=items, q=q, work=work, can_add=kind in ADDABLE, error="", new_id="", new_name="")

    async def add(self, request: Request) -> Response:
        staff, form = await self.posted(request)
        kind = self.kind_of(request.path_params["kind"])
        new_id, name = str(form.get("id") or "").strip(), str(form.get("name") or "").strip()
        error = ""
        if kind not in ADDABLE:
            raise _Refused(404, "この種類は追加できません。")
        if not ID_RE.match(new_id):
            error = "ID は英小文字・数字を - でつないだ形にしてください（例: new-soudan）。"
        elif not name:
            error = "名称を入力してください。"
        else:
            item: dict[str, Any] = {"id": new_id, "name": name}
            if kind == "topics":
                item["area"] = "other"
            try:
                await run_in_threadpool(drafts.add_item, self.engine, kind, item, staff.username)
            except Conflict:
                error = f"ID {new_id} はすでに使われています。"
        if error:
            work = await run_in_threadpool(drafts.working, self.engine)
            return self.render(request, "list.html", staff, 400, title=forms.KIND_LABELS[kind], here=kind, kind=kind,
                               items=work.doc[kind], q="", work=work, can_add=True, error=error, new_id=new_id,
                               new_name=name)
        return RedirectResponse(f"{_base(request)}/{kind}/{new_id}?saved=1", status_code=303)

    # --- one item -------------------------------------------------------------------------------------------
    def _edit_page(self, request: Request, staff: Staff, kind: str, item: dict[str, Any], doc: dict[str, Any],
                   status: int = 200, **extra: Any) -> Response:
        refs = {spec.refs: [(x["id"], x.get("name")) for x in doc[spec.refs]]
                for spec in forms.FIELDS[kind] if spec.refs}
        context: dict[str, Any] = {
            "title": f"{forms.KIND_LABELS[kind]}: {item.get('name') or item.get('id')}", "here": kind, "kind": kind,
            "item": item, "specs": forms.FIELDS[kind], "values": forms.form_values(kind, item),
            "with_contacts": kind in forms.WITH_CONTACTS, "contact_kinds": forms.CONTACT_LABELS,
            "contact_labels": forms.CONTACT_FIELD_LABELS, "refs": refs, "version": fingerprint(item),
            "problems": [], "errors": [], "conflict": None, "gone": False, "saved": False, "today": drafts.today()}
        return self.render(request, "edit.html", staff, status, **(context | extra))

    async def item(self, request: Request) -> Response:
        staff = await self.staff(request)
        kind = self.kind_of(request.path_params["kind"])
        work = await run_in_threadpool(drafts.working, self.engine)
        item = drafts.find(work.doc, kind, request.path_params["item_id"])
        if item is None:
            raise _Refused(404, "その項目はありません。")
        problems = await run_in_threadpool(drafts.item_problems, work.doc, self.settings, kind, item["id"])
        return self._edit_page(request, staff, kind, item, work.doc, problems=problems,
                               saved=request.query_params.get("saved") == "1")

    async def save(self, request: Request) -> Response:
        staff, form = await self.posted(request)
        kind = self.kind_of(request.path_params["kind"])
        item_id = request.path_params["item_id"]
        changes, errors = forms.parse(kind, form)
        renamed_on = drafts.today().isoformat()

        def change(current: dict[str, Any]) -> dict[str, Any]:
            return forms.apply(kind, current, changes, renamed_on, staff.username)

        work = await run_in_threadpool(drafts.working, self.engine)
        current = drafts.find(work.doc, kind, item_id)
        if errors:
            # Shown again as typed, with the version it was loaded with: fixing the input cannot skip a conflict.
            return self._edit_page(request, staff, kind, change(current or {"id": item_id}), work.doc, 400,
                                   errors=errors, version=str(form.get("version") or ""))
        try:
            await run_in_threadpool(drafts.save_item, self.engine, kind, item_id, str(form.get("version") or ""),
                                    change, staff.username)
        except Conflict as exc:
            theirs = exc.theirs
            yours = change(dict(theirs or {"id": item_id}))
            return self._edit_page(request, staff, kind, yours, work.doc, 409,
                                   conflict=forms.compare(kind, theirs, yours), version=fingerprint(theirs))
        except KeyError:
            yours = change({"id": item_id})
            return self._edit_page(request, staff, kind, yours, work.doc, 409, gone=True,
                                   conflict=forms.compare(kind, None, yours))
        return RedirectResponse(f"{_base(request)}/{kind}/{item_id}?saved=1", status_code=303)

    async def add_phrase(self, request: Request) -> Response:
        """From the review page: one phrase becomes a topic's synonym or a counter's keyword."""
        staff, form = await self.posted(request)
        kind, _, item_id = str(form.get("target") or "").partition(":")
        phrase = str(form.get("phrase") or "").strip()
        if kind not in ("topics", "counters") or not phrase:
            raise _Refused(400, "追加先と言葉を選んでください。")
        key = "synonyms" if kind == "topics" else "keywords"

        def change(current: dict[str, Any]) -> dict[str, Any]:
            if phrase not in current[key]:
                current[key] = [*current[key], phrase]
            return current

        try:
            # No version: appending one phrase cannot undo anyone's edit.
            await run_in_threadpool(drafts.save_item, self.engine, kind, item_id, None, change, staff.username)
        except KeyError:
            raise _Refused(404, "追加先の項目がありません。") from None
        return RedirectResponse(f"{_base(request)}/{kind}/{item_id}?saved=1", status_code=303)

    # --- publish --------------------------------------------------------------------------------------------
    async def publish_page(self, request: Request) -> Response:
        staff = await self.staff(request)
        view = await run_in_threadpool(drafts.preview, self.engine, self.settings)
        return self.render(request, "publish.html", staff, title="公開", here="publish", view=view, reason="")

    async def publish(self, request: Request) -> Response:
        staff, form = await self.posted(request)
        try:
            revision = int(str(form.get("revision") or "-1"))
        except ValueError:
            revision = -1
        result = await run_in_threadpool(drafts.publish_safely, self.engine, self.settings, staff.username, revision,
                                         form.get("overwrite") == "1")
        if result.ok:
            return RedirectResponse(f"{_base(request)}/?published={result.generation}", status_code=303)
        status = 422 if result.reason == "problems" else 409
        return self.render(request, "publish.html", staff, status, title="公開できませんでした", here="publish",
                           view=result.preview, reason=result.reason)

    async def discard(self, request: Request) -> Response:
        staff, form = await self.posted(request)
        try:
            revision = int(str(form.get("revision") or "-1"))
        except ValueError:
            revision = -1
        if not await run_in_threadpool(drafts.discard, self.engine, staff.username, revision):
            raise _Refused(409, "下書きは、表示した後で変更されています。公開ページを開き直して確認してください。")
        return RedirectResponse(f"{_base(request)}/?discarded=1", status_code=303)

    # --- spreadsheets ---------------------------------------------------------------------------------------
    async def import_page(self, request: Request) -> Response:
        staff = await self.staff(request)
        return self.render(request, "import.html", staff, title="Excel・CSV", here="import", result=None)

    def _read_upload(self, path: Path, filename: str, username: str) -> dict[str, Any]:
        reader = spreadsheet.read_workbook if path.suffix == ".xlsx" else spreadsheet.read_csv
        doc, read_problems = reader(path, filename)  # messages name the staff's file, never the temp path
        problems = spreadsheet.import_problems(doc, read_problems, read_plan_index(self.settings.data_dir),
                                               required_counter_ids(self.settings))
        if problems:
            changes = spreadsheet.diff_docs(drafts.working(self.engine).doc, doc)
            pending = ""
        else:
            pending, changes = drafts.stage_import(self.engine, username, filename, doc)
        total = len(changes)
        if len(changes) > MAX_SHOWN:  # the page stays readable (and small) for a file that changes everything
            changes = changes[:MAX_SHOWN] + [f"… ほか {len(changes) - MAX_SHOWN:,} 件の変更"]
        problems = [p.replace(str(path.parent), "") for p in problems]
        cells, other = _cells(problems)
        return {"filename": filename, "changes": changes, "total": total, "cells": cells, "other": other,
                "pending": pending}

    async def upload(self, request: Request) -> Response:
        staff, form = await self.posted(request)
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise _Refused(400, "ファイルを選んでください。")
        filename = Path(upload.filename).name
        suffix = Path(filename).suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            raise _Refused(400, "取り込めるのは .xlsx と .csv のファイルです。")
        data = await upload.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise _Refused(413, "ファイルが大きすぎます（5 MB まで）。")
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
            raise _Refused(409, "確認の後で下書きが変わったか、確認の有効期限が切れました。何も変更していません。"
                                "もう一度ファイルをアップロードしてください。")
        return RedirectResponse(f"{_base(request)}/?imported={len(changes)}", status_code=303)

    async def export(self, request: Request) -> Response:
        await self.staff(request)
        suffix = request.path_params["suffix"]
        if suffix not in ("xlsx", "csv"):
            raise _Refused(404, "そのページはありません。")
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

    # --- staff accounts (editors only; backoffice/users.py) ---------------------------------------------------
    def _users_page(self, request: Request, staff: Staff, status: int = 200, **extra: Any) -> Response:
        from backoffice.auth import MIN_PASSWORD

        if not staff.can_edit:
            raise _Refused(403, "アカウントの管理は編集者だけができます。")
        rows = users.list_users(self.engine)
        return self.render(request, "users.html", staff, status, title="職員のアカウント", here="users", users=rows,
                           roles={"editor": "編集者", "viewer": "閲覧者"}, min_password=MIN_PASSWORD,
                           **({"error": "", "saved": False} | extra))

    async def users_page(self, request: Request) -> Response:
        staff = await self.staff(request)
        return await run_in_threadpool(self._users_page, request, staff, 200,
                                       saved=request.query_params.get("saved") == "1")

    async def users_post(self, request: Request) -> Response:
        staff, form = await self.posted(request)
        name, role = str(form.get("username") or "").strip(), str(form.get("role") or "")
        password = str(form.get("password") or "")
        try:
            if form.get("action") == "add":
                await run_in_threadpool(users.add_user, self.engine, name, password, role, staff.username)
            else:
                await run_in_threadpool(users.change_user, self.engine, name, staff.username, role or None,
                                        str(form.get("active")) != "false", password or None)
        except ValueError as exc:
            return await run_in_threadpool(self._users_page, request, staff, 400, error=str(exc))
        return RedirectResponse(f"{_base(request)}/users?saved=1", status_code=303)

    # --- audit and review -----------------------------------------------------------------------------------
    async def audit(self, request: Request) -> Response:
        staff = await self.staff(request)
        try:
            page = max(int(request.query_params.get("page", "1")), 1)
        except ValueError:
            page = 1
        rows = await run_in_threadpool(drafts.audit_entries, self.engine, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
        entries = [{"row": r, "lines": drafts.entry_changes(r.entity, r.before, r.after),
                    "action": ACTION_LABELS.get(r.action, r.action),
                    "before": json.dumps(r.before, ensure_ascii=False, indent=1),
                    "after": json.dumps(r.after, ensure_ascii=False, indent=1)} for r in rows[:PAGE_SIZE]]
        return self.render(request, "audit.html", staff, title="変更履歴", here="audit", entries=entries, page=page,
                           more=len(rows) > PAGE_SIZE)

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

    # --- demand dashboard (backoffice/demand.py) ---------------------------------------------------------------
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
            raise _Refused(404, "そのページはありません。")
        period = f"{board.first.isoformat()}_{board.last.isoformat()}"
        name = f"demand-{table_id or 'all'}-{period}.{suffix}"
        if suffix == "csv":
            body, media = demand.to_csv(tables[0]), "text/csv; charset=utf-8"
        else:
            body = await run_in_threadpool(demand.to_xlsx, tables, period)
            media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'})

    async def style(self, request: Request) -> Response:
        return Response((TEMPLATES / "admin.css").read_text(encoding="utf-8"), media_type="text/css",
                        headers={"cache-control": "max-age=3600"})


def build_admin_app(engine: Engine, settings: Settings, *, secret_key: str | None = None,
                    prepare: bool = True, health: DatabaseHealth | None = None) -> Starlette:
    """The admin as a Starlette app (mount it at /admin). With `prepare`, the admin tables are made
    now; the server passes False and calls `prepare_database` once the database is reachable."""
    if prepare:
        prepare_database(engine)
    key = secret_key or os.environ.get("ADMIN_SECRET_KEY") or settings.extra.get("admin_secret_key")
    if not key:
        log.warning("ADMIN_SECRET_KEY is not set: admin sessions end when the process restarts")
        key = secrets.token_urlsafe(32)
    admin = AdminApp(engine, settings, key, health)

    def route(path: str, endpoint: Callable[[Request], Awaitable[Response]], methods: tuple[str, ...] = ("GET",)
              ) -> Route:
        return Route(path, endpoint, methods=list(methods))

    routes = [
        route("/style.css", admin.style),
        route("/login", admin.get_login),
        route("/login", admin.login, ("POST",)),
        route("/logout", admin.logout, ("POST",)),
        route("/", admin.home),
        route("/publish", admin.publish_page),
        route("/publish", admin.publish, ("POST",)),
        route("/draft/discard", admin.discard, ("POST",)),
        route("/import", admin.import_page),
        route("/import", admin.upload, ("POST",)),
        route("/import/apply", admin.apply_import, ("POST",)),
        route("/export.{suffix}", admin.export),
        route("/audit", admin.audit),
        route("/review", admin.review),
        route("/review/add", admin.add_phrase, ("POST",)),
        route("/demand", admin.demand_page),
        route("/demand.{suffix}", admin.demand_download),
        route("/demand/{table}.{suffix}", admin.demand_download),
        route("/users", admin.users_page),
        route("/users", admin.users_post, ("POST",)),
        route("/{kind}", admin.listing),
        route("/{kind}/_new", admin.add, ("POST",)),
        route("/{kind}/{item_id}", admin.item),
        route("/{kind}/{item_id}", admin.save, ("POST",)),
    ]
    return Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)],
                     exception_handlers={_Refused: admin.on_refused, _LoginFirst: admin.on_login_first,
                                         **dict.fromkeys((*DATABASE_ERRORS, drafts.Busy), admin.on_database_error)})
