"""Domain services: keyword-only, typed functions that own their transactions."""
