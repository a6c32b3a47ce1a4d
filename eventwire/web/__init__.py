"""The analyst's dashboard: ``create_app(db_path)`` gives the ASGI app that ``eventwire serve`` runs."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
