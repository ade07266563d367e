"""Staff accounts, argon2 passwords, server-side sessions in a signed cookie, CSRF tokens."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, select

from backoffice.models import ROLES, StaffSession, StaffUser, aware, utcnow
from knowledge.city import current

USERNAME_RE = re.compile(r"^[A-Za-z0-9._-]{2,64}$")
MIN_PASSWORD = 10
SESSION_HOURS = 10  # one working day; then log in again
MAX_FAILURES = 5  # wrong passwords for one user name within FAILURE_WINDOW → refused for a while
FAILURE_WINDOW = 15 * 60.0

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified when the user name is unknown, so a wrong name costs as much time as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user(engine: Engine, username: str, password: str, role: str) -> StaffUser:
    """Create a staff account (for `python -m bot admin create-user`). ValueError with a readable
    message when the name, password or role is not acceptable or the name is taken."""
    if not USERNAME_RE.match(username):
        raise ValueError("user name: 2–64 characters of A–Z a–z 0–9 . _ -")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"password: at least {MIN_PASSWORD} characters")
    if role not in ROLES:
        raise ValueError(f"role: one of {', '.join(ROLES)}")
    user = StaffUser(username=username, password_hash=hash_password(password), role=role)
    SQLModel.metadata.create_all(engine)  # the command may run before the admin app ever started
    with Session(engine) as s:
        s.add(user)
        try:
            s.commit()
        except IntegrityError:
            raise ValueError(f"user {username} already exists") from None
        s.refresh(user)
    return user


class LoginThrottle:
    """Counts recent login attempts per user name (in memory: one process serves the admin).

    An attempt counts when it starts (`attempt`), not when its password has been checked: parallel
    attempts (argon2 takes a while) each take a place, so 60 at once cannot slip past the limit. A right
    password clears the count (`succeeded`). Bounded: names longer than a valid user name are counted
    under one key (no account can have them), entries expire after FAILURE_WINDOW, and at most
    MAX_TRACKED names are kept (the least recently tried go first).
    """

    def __init__(self, max_tracked: int = 10_000) -> None:
        self.max_tracked = max_tracked
        self._failures: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(username: str) -> str:
        return username if USERNAME_RE.match(username) else "(not a user name)"

    def _recent(self, key: str, now: float) -> list[float]:
        recent = [t for t in self._failures.get(key, ()) if now - t < FAILURE_WINDOW]
        if recent:
            self._failures[key] = recent
        else:
            self._failures.pop(key, None)
        return recent

    def _sweep(self, now: float) -> None:
        """Forget names whose last attempt is past the window (the least recently tried are first), then
        the least recently tried while the map is full."""
        while self._failures:
            times = next(iter(self._failures.values()))
            if times and now - times[-1] < FAILURE_WINDOW and len(self._failures) < self.max_tracked:
                break
            self._failures.popitem(last=False)

    def attempt(self, username: str) -> bool:
        """Take a place for one login attempt; False (nothing counted) when the name is locked for now."""
        key, now = self.key(username), time.monotonic()
        with self._lock:
            recent = self._recent(key, now)
            if len(recent) >= MAX_FAILURES:
                return False
            self._sweep(now)
            self._failures[key] = [*recent, now]
            self._failures.move_to_end(key)
            return True

    def blocked(self, username: str) -> bool:
        key = self.key(username)
        with self._lock:
            return len(self._recent(key, time.monotonic())) >= MAX_FAILURES

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(self.key(username), None)

    def __len__(self) -> int:
        return len(self._failures)


def authenticate(engine: Engine, username: str, password: str) -> StaffUser | None:
    """The active user with this name and password, or None (same work either way)."""
    if not USERNAME_RE.match(username):  # no account has such a name: no query, the same argon2 work
        try:
            _hasher.verify(_DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            pass
        return None
    with Session(engine) as s:
        user = s.exec(select(StaffUser).where(StaffUser.username == username)).first()
        try:
            _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            return None
        if user is None or not user.active:
            return None
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
            s.add(user)
            s.commit()
            s.refresh(user)
        return user


@dataclass(frozen=True)
class Staff:
    """The logged-in user of a request."""

    user_id: int
    username: str
    role: str
    csrf: str

    @property
    def can_edit(self) -> bool:
        return self.role == "editor"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Sessions:
    """Session tokens: random, signed into the cookie (itsdangerous), looked up by hash in the database."""

    def __init__(self, engine: Engine, secret_key: str, hours: int = SESSION_HOURS) -> None:
        self.engine = engine
        self.max_age = hours * 3600
        self._signer = URLSafeTimedSerializer(secret_key, salt=f"{current().slug}-admin-session")
        self._login_signer = URLSafeTimedSerializer(secret_key, salt=f"{current().slug}-admin-login")

    def start(self, user: StaffUser) -> str:
        """A new session for `user`; returns the cookie value."""
        assert user.id is not None
        token = secrets.token_urlsafe(32)
        now = utcnow()
        with Session(self.engine) as s:
            s.execute(delete(StaffSession).where(StaffSession.expires_at < now))  # type: ignore[arg-type]
            s.add(StaffSession(token_hash=_digest(token), user_id=user.id, csrf=secrets.token_urlsafe(32),
                               created_at=now, expires_at=now + dt.timedelta(seconds=self.max_age)))
            s.commit()
        return self._signer.dumps(token)

    def _token(self, cookie: str | None) -> str | None:
        if not cookie:
            return None
        try:
            token = self._signer.loads(cookie, max_age=self.max_age)
        except BadSignature:  # also SignatureExpired
            return None
        return token if isinstance(token, str) else None

    def load(self, cookie: str | None) -> Staff | None:
        token = self._token(cookie)
        if token is None:
            return None
        with Session(self.engine) as s:
            row = s.get(StaffSession, _digest(token))
            if row is None or aware(row.expires_at) < utcnow():
                return None
            user = s.get(StaffUser, row.user_id)
            if user is None or not user.active or user.id is None:
                return None
            return Staff(user.id, user.username, user.role, row.csrf)

    def end(self, cookie: str | None) -> None:
        token = self._token(cookie)
        if token is not None:
            with Session(self.engine) as s:
                s.execute(delete(StaffSession).where(StaffSession.token_hash == _digest(token)))  # type: ignore[arg-type]
                s.commit()

    # The login form has no session yet: its CSRF token is a random value in a short-lived signed
    # cookie that the form must repeat (double submit).
    def login_token(self) -> tuple[str, str]:
        """(token for the form, cookie value)."""
        token = secrets.token_urlsafe(24)
        return token, self._login_signer.dumps(token)

    def check_login_token(self, cookie: str | None, token: str | None) -> bool:
        if not cookie or not token:
            return False
        try:
            expected = self._login_signer.loads(cookie, max_age=3600)
        except BadSignature:
            return False
        return isinstance(expected, str) and secrets.compare_digest(expected, token)


def same_token(expected: str, given: object) -> bool:
    return isinstance(given, str) and secrets.compare_digest(expected.encode(), given.encode())
