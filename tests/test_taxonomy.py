from __future__ import annotations

import re
from pathlib import Path

from app.taxonomy import Category

DOC = Path(__file__).resolve().parent.parent / "docs" / "taxonomy.md"


def test_category_codes_match_the_documented_contract() -> None:
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", DOC.read_text("utf-8"), flags=re.M))
    assert documented == {c.value for c in Category}
