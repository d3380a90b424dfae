"""Importing an account list from CSV or XLSX: each row checked on its own, errors reported by row.

The header row names the columns, in English (the API's field names) or in the Chinese a branch's spreadsheet
uses (平台, 账号, 负责人, 工号, 分支机构 ...); values may be codes or Chinese (微信公众号, 已报备, 注销). A row
updates the account with its id, else the one with its platform and handle, else creates one; empty cells
leave a field as it is. Rows with errors are skipped and reported; the others are stored (in one transaction).
XLSX is read with openpyxl in read-only mode (the first sheet, values not formulas), capped at MAX_ROWS rows.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, PostguardError
from app.models import Account
from app.schemas.accounts import AccountCreate, AccountUpdate, ImportReport, RowError
from app.services.accounts import ArchivePolicy, create_account, default_id, update_account

MAX_ROWS = 10_000

COLUMNS = {
    "id": ["id", "account_id", "账号id", "账号编号", "账号标识"],
    "platform": ["platform", "平台", "渠道", "平台类型"],
    "handle": ["handle", "账号", "账号名", "平台账号", "微信号", "抖音号", "账号号码"],
    "display_name": ["display_name", "名称", "账号名称", "昵称", "显示名称"],
    "owner_employee_id": ["owner_employee_id", "工号", "员工工号", "负责人工号"],
    "owner_name": ["owner_name", "负责人", "负责人姓名", "运营人", "运营人员", "姓名"],
    "branch": ["branch", "分支机构", "机构", "所属机构", "分公司"],
    "contact": ["contact", "联系方式", "联系电话", "手机号", "手机", "邮箱"],
    "registration_status": ["registration_status", "报备状态", "备案状态"],
    "registered_on": ["registered_on", "报备日期", "备案日期"],
    "opened_on": ["opened_on", "开通日期", "注册日期", "开户日期"],
    "closed_on": ["closed_on", "注销日期", "关闭日期"],
    "status": ["status", "状态", "账号状态"],
    "notes": ["notes", "备注"],
}
_HEADER = {alias.lower(): name for name, aliases in COLUMNS.items() for alias in aliases}
VALUES = {
    "platform": {"微信公众号": "wechat_mp", "公众号": "wechat_mp", "微信": "wechat_mp", "朋友圈": "moments",
                 "微博": "weibo", "新浪微博": "weibo", "抖音": "douyin", "头条": "toutiao", "今日头条": "toutiao",
                 "小红书": "xiaohongshu", "视频号": "video_channel", "微信视频号": "video_channel", "其他": "other"},
    "status": {"正常": "active", "活跃": "active", "在用": "active", "暂停": "suspended", "冻结": "suspended",
               "停用": "suspended", "注销": "closed", "关闭": "closed", "已注销": "closed"},
    "registration_status": {"已报备": "registered", "已备案": "registered", "报备中": "pending", "待报备": "pending",
                            "审核中": "pending", "未报备": "unregistered", "未备案": "unregistered"},
}
_DATE_FIELDS = ("registered_on", "opened_on", "closed_on")
_CODES = {"missing": "missing_field", "enum": "invalid_value", "date_from_datetime_parsing": "invalid_date",
          "date_parsing": "invalid_date", "date_type": "invalid_date", "string_too_long": "too_long",
          "string_pattern_mismatch": "invalid_value", "empty_text": "missing_field", "invalid_text": "invalid_value",
          "extra_forbidden": "invalid_value"}


@dataclass
class Table:
    header: list[str]
    rows: list[list[Any]]  # data rows; row n of the file is rows[n - 2]
    ignored: list[str] = field(default_factory=list)


def read_table(fmt: str, data: bytes) -> Table:
    """The rows of a CSV or XLSX file (InvalidInput when it cannot be read at all)."""
    raw = _read_xlsx(data) if fmt == "xlsx" else _read_csv(data)
    raw = [r for r in raw if any(c not in (None, "") for c in r)]
    if not raw:
        raise InvalidInput("the file has no header row")
    if len(raw) - 1 > MAX_ROWS:
        raise InvalidInput(f"the file has {len(raw) - 1} rows; import at most {MAX_ROWS} at a time")
    header = [str(c or "").strip() for c in raw[0]]
    return Table(header=header, rows=raw[1:], ignored=[h for h in header if h and h.lower() not in _HEADER])


def decode_upload(fmt: str, data: str) -> bytes:
    """The bytes of an uploaded file: CSV text as UTF-8, XLSX from base64."""
    if fmt == "csv":
        return data.encode("utf-8")
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidInput("data is not base64 (an XLSX file is sent base64-encoded)") from exc


def _read_csv(data: bytes) -> list[list[Any]]:
    for encoding in ("utf-8-sig", "gb18030"):  # Excel in China saves CSV as GBK
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InvalidInput("the CSV is neither UTF-8 nor GB18030 text")
    try:
        return [list(r) for r in csv.reader(io.StringIO(text))]
    except csv.Error as exc:
        raise InvalidInput(f"the CSV cannot be read: {exc}") from exc


def _read_xlsx(data: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl's own errors: the file is not a workbook
        raise InvalidInput(f"the XLSX file cannot be read ({type(exc).__name__})") from exc
    try:
        sheet = book.worksheets[0]
        rows: list[list[Any]] = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        book.close()


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone or an employee number Excel kept as a number
    return "" if value is None else str(value).strip()


def _date(text: str) -> str:
    """2024/5/1, 2024.5.1 and 2024年5月1日 as 2024-05-01 (other text is left for validation to refuse)."""
    cleaned = text.replace("年", "-").replace("月", "-").replace("日", "").replace("/", "-").replace(".", "-")
    parts = cleaned.split("-")
    if len(parts) == 3 and all(p.strip().isdigit() for p in parts):
        y, m, d = (int(p) for p in parts)
        try:
            return date(y, m, d).isoformat()
        except ValueError:
            return text
    return text


def row_values(header: list[str], row: list[Any]) -> dict[str, str]:
    """Field -> value of one row, Chinese values translated to codes; empty cells left out."""
    out: dict[str, str] = {}
    for name, value in zip(header, row, strict=False):
        target = _HEADER.get(name.lower())
        text = _cell(value)
        if target is None or text == "":
            continue
        text = VALUES.get(target, {}).get(text, text)
        if target in _DATE_FIELDS:
            text = _date(text)
        out[target] = text
    return out


def _errors(row: int, exc: ValidationError) -> list[RowError]:
    out = []
    for e in exc.errors():
        where = str(e["loc"][0]) if e["loc"] else None
        out.append(RowError(row=row, code=_CODES.get(str(e["type"]), "invalid_value"), field=where,
                            detail=f"{where}: {e['msg']}" if where else str(e["msg"])))
    return out


def import_accounts(*, session: Session, table: Table, actor: str, policy: ArchivePolicy,
                    dry_run: bool = False) -> ImportReport:
    """Create or update an account per row; rows with errors are reported and skipped. The caller commits."""
    errors: list[RowError] = []
    created = updated = 0
    seen: dict[str, int] = {}
    for n, raw in enumerate(table.rows, start=2):
        values = row_values(table.header, raw)
        try:
            base = AccountCreate.model_validate(values)
        except ValidationError as exc:
            existing = session.get(Account, values["id"]) if values.get("id") else None
            if existing is None:
                errors.extend(_errors(n, exc))
                continue
            base = None  # an update by id may leave platform and handle out
        account_id = values.get("id") or (default_id(base.platform.value, base.handle) if base else "")
        existing = session.get(Account, account_id) if account_id else None
        if existing is None and base is not None and not values.get("id"):
            existing = session.scalars(select(Account).where(Account.platform == base.platform.value,
                                                             Account.handle == base.handle)).first()
        key = existing.id if existing is not None else account_id
        if key in seen:
            errors.append(RowError(row=n, code="duplicate_in_file", field="id",
                                   detail=f"account {key!r} is also on row {seen[key]}"))
            continue
        seen[key] = n
        # Each row in its own savepoint: a row refused (a conflict) undoes only itself; a dry run undoes all.
        savepoint = session.begin_nested()
        try:
            if existing is None:
                assert base is not None
                create_account(session=session, data=base, actor=actor, policy=policy)
                created += 1
            else:
                change = AccountUpdate.model_validate({k: v for k, v in values.items() if k != "id"})
                update_account(session=session, account_id=existing.id, data=change, actor=actor, policy=policy)
                updated += 1
        except ValidationError as exc:
            savepoint.rollback()
            errors.extend(_errors(n, exc))
            continue
        except PostguardError as exc:  # a conflict on one row rejects that row only
            savepoint.rollback()
            errors.append(RowError(row=n, code=exc.code, detail=exc.detail))
            continue
        if dry_run:
            savepoint.rollback()
        else:
            savepoint.commit()
    rejected = len({e.row for e in errors})
    return ImportReport(rows=len(table.rows), created=created, updated=updated, rejected=rejected,
                        dry_run=dry_run, errors=errors, ignored_columns=table.ignored)
