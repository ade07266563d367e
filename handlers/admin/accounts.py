"""Staff accounts (editors only; backoffice/users.py) and the audit log."""

from __future__ import annotations

import json
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from backoffice import drafts, users
from backoffice.auth import Staff
from handlers.admin.base import (
    ACTION_LABELS,
    PAGE_SIZE,
    AdminBase,
    Refused,
    base_path,
)


class AccountRoutes(AdminBase):
    """/users, /audit."""

    def _users_page(self, request: Request, staff: Staff, status: int = 200, **extra: Any) -> Response:
        from backoffice.auth import MIN_PASSWORD

        if not staff.can_edit:
            raise Refused(403, "アカウントの管理は編集者だけができます。")
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
        return RedirectResponse(f"{base_path(request)}/users?saved=1", status_code=303)

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
