"""A product catalogue from CSV, written as a new draft ruleset version (reviewed and published like any rule).

Columns (header row, English or Chinese): name / 产品名称, short_names / 简称 (several separated by 、,;|),
type / 类型 (a code, or 分红, 万能, 投连, 年金, 重疾, 医疗 ...), status / 销售状态 (on_sale, stopped, 在售, 停售),
on_sale_from / 上市日期, stopped_on / 停售日期, code / 备案号. The draft is the base version (the published one
unless another is named) with its catalogue's products replaced (or, with ``merge``, updated by name) and
``example`` off, so product names outside the catalogue are flagged from then on.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from app.brand_rules import PRODUCT_TYPE_ALIASES, Product
from app.errors import RulesetInvalid
from app.ruleset import Ruleset, load_default_ruleset
from app.schemas.accounts import RowError
from app.services.account_import import Table, _date

COLUMNS = {
    "name": ["name", "产品名称", "名称", "产品全称", "备案名称"],
    "short_names": ["short_names", "简称", "产品简称", "俗称"],
    "type": ["type", "类型", "产品类型", "险种类型"],
    "status": ["status", "销售状态", "状态"],
    "on_sale_from": ["on_sale_from", "上市日期", "开售日期", "上市时间"],
    "stopped_on": ["stopped_on", "停售日期", "停售时间"],
    "code": ["code", "备案号", "产品代码", "编号"],
}
_HEADER = {alias.lower(): name for name, aliases in COLUMNS.items() for alias in aliases}
_STATUS = {"在售": "on_sale", "销售中": "on_sale", "停售": "stopped", "已停售": "stopped", "停止销售": "stopped"}
_SPLIT = re.compile(r"[、,，;；|/]")


def product_rows(table: Table) -> tuple[list[Product], list[RowError]]:
    """The products of a catalogue table, and the rows that could not be read (by row number)."""
    products: list[Product] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for n, raw in enumerate(table.rows, start=2):
        values: dict[str, Any] = {}
        for name, value in zip(table.header, raw, strict=False):
            target = _HEADER.get(name.lower())
            text = "" if value is None else str(value).strip()
            if target is not None and text:
                values[target] = text
        if "short_names" in values:
            values["short_names"] = [s.strip() for s in _SPLIT.split(values["short_names"]) if s.strip()]
        if "type" in values:
            values["type"] = PRODUCT_TYPE_ALIASES.get(values["type"], values["type"])
        if "status" in values:
            values["status"] = _STATUS.get(values["status"], values["status"])
        for day in ("on_sale_from", "stopped_on"):
            if day in values:
                values[day] = _date(values[day])
        try:
            product = Product.model_validate(values)
        except ValidationError as exc:
            for e in exc.errors():
                where = str(e["loc"][0]) if e["loc"] else None
                code = "missing_field" if e["type"] == "missing" else "invalid_value"
                errors.append(RowError(row=n, code=code, field=where, detail=f"{where}: {e['msg']}"))
            continue
        if product.name in seen:
            errors.append(RowError(row=n, code="duplicate_in_file", field="name",
                                   detail=f"{product.name!r} is also on row {seen[product.name]}"))
            continue
        seen[product.name] = n
        products.append(product)
    return products, errors


def with_catalogue(base: Ruleset, products: list[Product], *, merge: bool = False) -> Ruleset:
    """``base`` with these products as its catalogue (``merge``: added to, or replacing by name, its own), marked
    as the company's own; recognition words and finding texts the base lacks come from the packaged pack."""
    doc = base.model_dump(mode="json", exclude={"version"})
    default = load_default_ruleset().catalogue.model_dump(mode="json")
    catalogue = {**default, **doc.get("catalogue", {})}
    for key in ("rules", "recognition", "notice_cues"):
        if not catalogue.get(key):
            catalogue[key] = default[key]
    new = [p.model_dump(mode="json", exclude_none=True) for p in products]
    if merge:
        names = {p.name for p in products}
        new = [p for p in catalogue.get("products", []) if p["name"] not in names] + new
    catalogue["products"] = new
    catalogue["example"] = False
    doc["catalogue"] = catalogue
    try:
        return Ruleset.model_validate(doc)
    except ValidationError as exc:
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
        raise RulesetInvalid(f"the catalogue does not fit the ruleset: {detail}") from exc
