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

The routes live in modules named for what they hold, each a mixin of `base.AdminBase` (the plumbing):
`login.py`, `entries.py` (overview, lists, edit forms), `publishing.py` (publish, spreadsheets),
`accounts.py` (staff accounts, audit log), `reports.py` (unanswered questions, demand dashboard).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Awaitable, Callable

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

import backoffice.models  # noqa: F401  (registers the admin tables)
import backoffice.review  # noqa: F401  (registers unanswered_question)
from backoffice import drafts
from backoffice.auth import create_user
from core.settings import Settings
from handlers.admin.accounts import AccountRoutes
from handlers.admin.base import LoginFirst, Refused, SecurityHeaders, log
from handlers.admin.entries import EntryRoutes
from handlers.admin.login import LoginRoutes
from handlers.admin.publishing import PublishRoutes
from handlers.admin.reports import ReportRoutes
from ops.health import DATABASE_ERRORS, DatabaseHealth

__all__ = ["build_admin_app", "create_user"]


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



class AdminApp(LoginRoutes, EntryRoutes, PublishRoutes, AccountRoutes, ReportRoutes):
    """The endpoints; one instance per mounted admin."""


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
                     exception_handlers={Refused: admin.on_refused, LoginFirst: admin.on_login_first,
                                         **dict.fromkeys((*DATABASE_ERRORS, drafts.Busy), admin.on_database_error)})
