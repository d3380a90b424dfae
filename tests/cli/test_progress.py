"""The scan progress bar counts every post and stays silent off a terminal."""

from __future__ import annotations

import pytest

from app.cli.progress import Progress


def test_counts_and_draws_on_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    bar = Progress(3, enabled=True)
    for _ in range(3):
        bar.step()
    bar.close()
    assert bar.done == 3 and "3/3" in capsys.readouterr().err


def test_silent_when_disabled(capsys: pytest.CaptureFixture[str]) -> None:
    bar = Progress(3, enabled=False)
    bar.step()
    bar.close()
    assert capsys.readouterr().err == ""


def test_counts_when_disabled() -> None:
    bar = Progress(2, enabled=False)
    bar.step()
    bar.step()
    assert bar.done == 2
