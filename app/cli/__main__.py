"""python -m app.cli: the postguard command."""

import sys

from app.cli import main

sys.exit(main())
