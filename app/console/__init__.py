"""The review console: server-rendered pages (Jinja2, vendored htmx) on the same FastAPI app, under /console."""
