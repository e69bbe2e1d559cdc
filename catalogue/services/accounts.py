"""Editor accounts. Passwords are hashed with scrypt from the standard library."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..errors import ValidationError
from ..i18n import N_
from ..models import Editor, Municipality
from ..validation import EMAIL, Problems
from .permissions import Actor

if TYPE_CHECKING:
    from ..core import Catalogue

MIN_PASSWORD_LENGTH = 12
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        candidate = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(salt), dklen=32, n=int(n), r=int(r), p=int(p)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


class AccountService:
    def __init__(self, catalogue: "Catalogue"):
        self.catalogue = catalogue

    def create_editor(self, email: str, password: str, municipality: str | None, is_admin: bool = False) -> Editor:
        email = (email or "").strip().lower()
        problems = Problems()
        if not EMAIL.match(email):
            problems.add("email", N_("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."))
        if len(password or "") < MIN_PASSWORD_LENGTH:
            problems.add("password", N_("Kies een wachtwoord van minstens %(min)s tekens."), min=MIN_PASSWORD_LENGTH)
        with self.catalogue.unit_of_work() as uow:
            session = uow.session
            muni = None
            if municipality:
                muni = session.scalar(select(Municipality).where(Municipality.slug == municipality))
                if muni is None:
                    problems.add("municipality", N_("De gemeente '%(value)s' bestaat niet in de catalogus."), value=municipality)
            elif not is_admin:
                problems.add("municipality", N_("Kies de gemeente waarvoor deze redacteur werkt."))
            if email and session.scalar(select(Editor.id).where(Editor.email == email)) is not None:
                problems.add("email", N_("Er bestaat al een account met dit e-mailadres."))
            if problems:
                raise ValidationError(dict(problems.errors), record=email)
            editor = Editor(email=email, password_hash=hash_password(password), municipality=muni, is_admin=is_admin)
            session.add(editor)
        return editor

    def authenticate(self, email: str, password: str) -> Actor | None:
        with self.catalogue.sessions() as session:
            editor = session.scalar(select(Editor).where(Editor.email == (email or "").strip().lower()))
            if editor is None:
                verify_password(password, hash_password("timing-equaliser"))
                return None
            if not verify_password(password, editor.password_hash):
                return None
            return Actor(editor.id, editor.email, editor.municipality.slug if editor.municipality else None, editor.is_admin)
