# syntax=docker/dockerfile:1
# Multi-stage: dependencies and the package into a virtualenv, then a slim non-root runtime.
# Models ship inside the package (app/data/), so the image needs no network at run time.
# The source tree stays at /opt/postguard because `postguard db upgrade` reads alembic.ini and
# migrations/ from it.
FROM python:3.11-slim AS build
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /opt/postguard
COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
RUN pip install --no-cache-dir -e ".[postgres]" && python -c "import app.main"
# Bytecode and the derived tables (app/cachedir.py) made now, so no container start pays for them: an
# in-process `postguard check` starts in about a third of the time.
RUN python -m compileall -q app \
    && POSTGUARD_CACHE_DIR=/opt/postguard/cache postguard cache warm \
    && chmod -R a+rX,go-w /opt/postguard/cache

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    POSTGUARD_DATABASE_URL=sqlite:////var/lib/postguard/postguard.db \
    POSTGUARD_SPOOL_DIR=/var/lib/postguard/spool POSTGUARD_CACHE_DIR=/opt/postguard/cache
RUN groupadd --system postguard && useradd --system --gid postguard --home /var/lib/postguard postguard \
    && mkdir -p /var/lib/postguard/spool /var/lib/postguard/anchor \
    && chown -R postguard:postguard /var/lib/postguard
COPY --from=build /opt/venv /opt/venv
COPY --from=build /opt/postguard /opt/postguard
WORKDIR /var/lib/postguard
USER postguard
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status == 200 else 1)"
# Migrations run on start (idempotent), then the service. Only the first start on an empty database
# prints an admin key; later starts never mint one (recover with `postguard keys bootstrap`).
CMD ["sh", "-c", "postguard db upgrade && exec postguard serve --host 0.0.0.0 --port 8000 --workers ${POSTGUARD_WORKERS:-2}"]
