"""Staff accounts managed by editors in /admin (issue #14, point 8): list, add, role, active, new password.

Every change is an insert-only audit row (`action: user`, entity `users/NAME`, never a password or its hash).
An editor cannot take away the last active editor (nobody could manage accounts or publish any more), nor
lock themselves out. Roles and `active` are read at every request (`backoffice.auth.Sessions.load`), so a
change applies at once; a deactivated account's sessions are ended.
"""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from backoffice.auth import MIN_PASSWORD, create_user, hash_password
from backoffice.models import ROLES, AuditEntry, StaffSession, StaffUser, utcnow


def list_users(engine: Engine) -> list[StaffUser]:
    with Session(engine) as s:
        return list(s.exec(select(StaffUser).order_by(StaffUser.username)).all())


def _public(user: StaffUser) -> dict[str, object]:
    return {"username": user.username, "role": user.role, "active": user.active}


def _audit(s: Session, by: str, user: StaffUser, before: object, after: object) -> None:
    s.add(AuditEntry(at=utcnow(), username=by, action="user", entity=f"users/{user.username}", before=before,
                     after=after))


def add_user(engine: Engine, username: str, password: str, role: str, by: str) -> None:
    """A new account (ValueError with a readable message: name, password, role, name taken)."""
    user = create_user(engine, username, password, role)
    with Session(engine) as s:
        _audit(s, by, user, None, _public(user))
        s.commit()


def _active_editors(s: Session) -> int:
    return len(s.exec(select(StaffUser).where(StaffUser.role == "editor", StaffUser.active == True)).all())  # noqa: E712


def change_user(engine: Engine, username: str, by: str, role: str | None = None, active: bool | None = None,
                password: str | None = None) -> None:
    """Change one account's role, active flag or password (ValueError with a readable message)."""
    if role is not None and role not in ROLES:
        raise ValueError(f"role: one of {', '.join(ROLES)}")
    if password is not None and len(password) < MIN_PASSWORD:
        raise ValueError(f"password: at least {MIN_PASSWORD} characters")
    with Session(engine) as s:
        user = s.exec(select(StaffUser).where(StaffUser.username == username)).first()
        if user is None:
            raise ValueError(f"user {username} does not exist")
        before = _public(user)
        if username == by and (active is False or (role is not None and role != "editor")):
            raise ValueError("you cannot take your own editor role or account away: ask another editor")
        losing_editor = user.role == "editor" and user.active and (active is False or (role not in (None, "editor")))
        if losing_editor and _active_editors(s) <= 1:
            raise ValueError("the last active editor stays an editor")
        if role is not None:
            user.role = role
        if active is not None:
            user.active = active
        if password is not None:
            user.password_hash = hash_password(password)
        s.add(user)
        after = _public(user) | ({"password": "changed"} if password is not None else {})
        _audit(s, by, user, before, after)
        if active is False or password is not None:
            s.execute(delete(StaffSession).where(StaffSession.user_id == user.id))  # type: ignore[arg-type]
        s.commit()
