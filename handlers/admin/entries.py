"""The overview, the lists of items and one item's edit form (with its `kb check` problems beside
the fields they concern); the review page's 「追加」 of one phrase."""

from __future__ import annotations

import json
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from backoffice import drafts
from backoffice.auth import Staff
from backoffice.drafts import Conflict, fingerprint
from backoffice.review import summarise
from handlers.admin import forms
from handlers.admin.base import (
    ADDABLE,
    EDITABLE,
    AdminBase,
    Refused,
    base_path,
    fold,
)
from handlers.admin.problems import shown
from knowledge.validate import ID_RE


class EntryRoutes(AdminBase):
    """/, /{kind}, /{kind}/_new, /{kind}/{item_id}, /review/add."""

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
            needle = fold(q)
            items = [x for x in items if needle in fold(json.dumps(x, ensure_ascii=False))]
        return self.render(request, "list.html", staff, title=forms.KIND_LABELS[kind], here=kind, kind=kind,
                           items=items, q=q, work=work, can_add=kind in ADDABLE, error="", new_id="", new_name="")

    async def add(self, request: Request) -> Response:
        staff, form = await self.posted(request)
        kind = self.kind_of(request.path_params["kind"])
        new_id, name = str(form.get("id") or "").strip(), str(form.get("name") or "").strip()
        error = ""
        if kind not in ADDABLE:
            raise Refused(404, "この種類は追加できません。")
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
        return RedirectResponse(f"{base_path(request)}/{kind}/{new_id}?saved=1", status_code=303)

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
            raise Refused(404, "その項目はありません。")
        found = await run_in_threadpool(drafts.item_problems, work.doc, self.settings, kind, item["id"])
        return self._edit_page(request, staff, kind, item, work.doc, problems=shown(found, work.doc),
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
        return RedirectResponse(f"{base_path(request)}/{kind}/{item_id}?saved=1", status_code=303)

    async def add_phrase(self, request: Request) -> Response:
        """From the review page: one phrase becomes a topic's synonym or a counter's keyword."""
        staff, form = await self.posted(request)
        kind, _, item_id = str(form.get("target") or "").partition(":")
        phrase = str(form.get("phrase") or "").strip()
        if kind not in ("topics", "counters") or not phrase:
            raise Refused(400, "追加先と言葉を選んでください。")
        key = "synonyms" if kind == "topics" else "keywords"

        def change(current: dict[str, Any]) -> dict[str, Any]:
            if phrase not in current[key]:
                current[key] = [*current[key], phrase]
            return current

        try:
            # No version: appending one phrase cannot undo anyone's edit.
            await run_in_threadpool(drafts.save_item, self.engine, kind, item_id, None, change, staff.username)
        except KeyError:
            raise Refused(404, "追加先の項目がありません。") from None
        return RedirectResponse(f"{base_path(request)}/{kind}/{item_id}?saved=1", status_code=303)
