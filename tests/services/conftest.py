from __future__ import annotations

from tests.dbfixtures import db, db_url  # noqa: F401
