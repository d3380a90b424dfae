"""HTTP API: thin routers over app/services."""
