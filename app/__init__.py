"""Postguard: pre-publication compliance checks for insurance self-media posts."""

__version__ = "0.1.0"
