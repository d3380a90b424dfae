"""Detectors: pluggable analysers that turn a post into findings (never verdicts)."""
