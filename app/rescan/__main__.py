"""``spark-submit .../app/rescan/__main__.py ARGS`` (or ``python -m app.rescan ARGS``) = ``postguard rescan ARGS``:
spark-submit needs a Python file to run as the driver."""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main(["rescan", *sys.argv[1:]]))
