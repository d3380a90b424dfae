"""python -m app.cli: the postguard command."""

from app.cli import entry

entry()
