"""The console's roles. Apart from the user model so that `postguard users` can offer them as choices without
importing SQLAlchemy (every command module is imported to build the parser)."""

from __future__ import annotations

ROLES = ("reviewer", "rule_author", "officer", "admin")
