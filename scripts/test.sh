#!/usr/bin/env bash
# The whole test suite: lint, types, tests. Called by the README's test command and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== ruff"
ruff check app tests scripts bench
echo "== mypy"
mypy
echo "== pytest"
set +e
python -m pytest "$@"
rc=$?
set -e
# pytest exits 5 when nothing was collected: that is a failure of the suite, not a pass.
exit "$rc"
