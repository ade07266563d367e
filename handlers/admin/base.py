"""The admin's plumbing: settings of the pages, refusals, security headers, rendering, the logged-in staff
member and the CSRF check of a POST. The routes (entries.py, publishing.py, accounts.py, reports.py,
login.py) are mixins of `AdminBase`; app.py joins them into one `AdminApp` and its route table."""

from __future__ import annotations

import datetime as dt
import logging
import unicodedata
from pathlib import Path
from typing import Any

import jinja2
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from backoffice import drafts
from backoffice.auth import LoginThrottle, Sessions, Staff, same_token
from backoffice.drafts import JST
from core.settings import Settings
from handlers.admin import forms
from handlers.headers import HeaderMiddleware, Headers
from knowledge.city import current
from ops.health import DatabaseHealth

log = logging.getLogger("handlers.admin.app")

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


class Refused(Exception):
    """Ends a request with a message page (403 for a missing right or CSRF token, 404 …)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class LoginFirst(Exception):
    pass


class SecurityHeaders(HeaderMiddleware):
    """Headers every admin response carries: no framing, no inline script, nothing cached."""

    HEADERS = [
        (b"content-security-policy", b"default-src 'none'; style-src 'self'; img-src 'self'; "
                                     b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
        (b"x-frame-options", b"DENY"),
        (b"cache-control", b"no-store"),
    ]

    def add(self, headers: Headers) -> Headers:
        names = {k.lower() for k, _ in headers}
        return headers + [(k, v) for k, v in self.HEADERS if k not in names]



def loopback(request: Request) -> bool:
    """Plain http is allowed only from this machine: the connection's own address is loopback (the Host
    header alone is the client's say-so). Behind a proxy on this machine, the proxy's https shows as the
    scheme (uvicorn trusts X-Forwarded-Proto from 127.0.0.1)."""
    client = request.client.host if request.client else ""
    return client in LOOPBACK and request.url.hostname in LOOPBACK


def base_path(request: Request) -> str:
    """Where the admin is mounted ("/admin"), for links and the cookie path."""
    return str(request.scope.get("root_path", "")).rstrip("/")


def jst(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(JST).strftime("%Y-%m-%d %H:%M")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()



class AdminBase:
    """What every page of the admin needs; one instance per mounted admin (as `AdminApp`)."""

    def __init__(self, engine: Engine, settings: Settings, secret_key: str,
                 health: DatabaseHealth | None = None) -> None:
        self.engine = engine
        self.settings = settings
        self.health = health  # told of failed writes, so /readyz says so
        self.sessions = Sessions(engine, secret_key)
        self.throttle = LoginThrottle()
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                                 undefined=jinja2.StrictUndefined)
        env.filters["jst"] = jst
        env.globals["city"] = lambda: current().name["ja"]  # the city of the data folder (data/city.yaml)
        self.templates = Jinja2Templates(env=env)

    def render(self, request: Request, name: str, staff: Staff | None, status: int = 200,
               **context: Any) -> Response:
        context = {"base": base_path(request), "staff": staff, "csrf": staff.csrf if staff else "",
                   "kind_labels": forms.KIND_LABELS, "here": "", "kind": "", "title": ""} | context
        return self.templates.TemplateResponse(request, name, context, status_code=status)

    async def staff(self, request: Request) -> Staff:
        """The logged-in staff member of a page request; anyone else is sent to the login page."""
        staff = await run_in_threadpool(self.sessions.load, request.cookies.get(SESSION_COOKIE))
        if staff is None:
            raise LoginFirst
        return staff

    async def posted(self, request: Request, edit: bool = True) -> tuple[Staff, FormData]:
        """The staff member and form of a POST, with its CSRF token checked (and the editor role)."""
        staff = await run_in_threadpool(self.sessions.load, request.cookies.get(SESSION_COOKIE))
        if staff is None:
            # Not a redirect: the browser's back button still holds what was typed.
            raise Refused(403, "ログインしていないか、ログインの有効期限が切れています。別のタブでログインし直してから、"
                                "戻って送信し直してください。")
        form = await request.form(max_files=1, max_fields=2000, max_part_size=MAX_UPLOAD)
        if not same_token(staff.csrf, form.get("csrf")):
            raise Refused(403, "フォームの確認用トークンが一致しません。ページを読み込み直してから送信してください。")
        if edit and not staff.can_edit:
            raise Refused(403, "この操作は編集者だけができます（閲覧のみの権限です）。")
        return staff, form

    def _cookie(self, request: Request, response: Response, name: str, value: str, max_age: int) -> None:
        response.set_cookie(name, value, max_age=max_age, path=base_path(request) or "/", httponly=True,
                            samesite="strict", secure=request.url.scheme == "https")

    async def on_refused(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Refused)
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
        return RedirectResponse(f"{base_path(request)}/login?next={target}", status_code=303)

    def kind_of(self, kind: str) -> str:
        if kind not in EDITABLE:
            raise Refused(404, "そのページはありません。")
        return kind

    async def style(self, request: Request) -> Response:
        return Response((TEMPLATES / "admin.css").read_text(encoding="utf-8"), media_type="text/css",
                        headers={"cache-control": "max-age=3600"})
