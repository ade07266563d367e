"""Log in and out: a login form with its own CSRF cookie, a throttle on wrong passwords."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from backoffice.auth import authenticate
from handlers.admin.base import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    AdminBase,
    Refused,
    base_path,
    loopback,
)


class LoginRoutes(AdminBase):
    """/login, /logout."""

    def _next(self, request: Request, value: Any) -> str:
        base = base_path(request)
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
            raise Refused(403, "ログイン画面の有効期限が切れました。ログイン画面を開き直してください。")
        if request.url.scheme != "https" and not loopback(request):
            raise Refused(400, "管理画面には HTTPS で接続してください。")
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
        response.delete_cookie(LOGIN_COOKIE, path=base_path(request) or "/")
        return response

    async def logout(self, request: Request) -> Response:
        await self.posted(request, edit=False)
        await run_in_threadpool(self.sessions.end, request.cookies.get(SESSION_COOKIE))
        response = RedirectResponse(f"{base_path(request)}/login?bye=1", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path=base_path(request) or "/")
        return response

    async def get_login(self, request: Request) -> Response:
        return await self.login_page(request)
