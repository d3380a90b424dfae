from __future__ import annotations

from pathlib import Path

from app.services.spool import Spool


def test_two_recorders_in_one_process_get_their_own_spool_without_waiting(tmp_path: Path) -> None:
    first = Spool.open_own(tmp_path, "audit-host-1")
    second = Spool.open_own(tmp_path, "audit-host-1")  # a blocking flock here would hang the process
    try:
        assert first.path.name == "audit-host-1.jsonl" and second.path.name == "audit-host-1-1.jsonl"
    finally:
        first.close()
        second.close()
    again = Spool.open_own(tmp_path, "audit-host-1")  # released: the plain name is free again
    assert again.path.name == "audit-host-1.jsonl"
    again.close()
