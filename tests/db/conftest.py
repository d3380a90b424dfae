from __future__ import annotations

from tests.dbfixtures import db, db_client, db_url  # noqa: F401
