"""Session-wide test settings."""

import os
import tempfile

# Derived tables (app/cachedir.py) go to a directory of this session's own: tests never read what an earlier
# run or the developer's own use left in ~/.cache/postguard, and subprocesses inherit the setting.
os.environ["POSTGUARD_CACHE_DIR"] = tempfile.mkdtemp(prefix="postguard-test-cache-")
