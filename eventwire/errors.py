"""eventwire's exceptions.

    EventwireError
    ├── InputError          a file or record cannot be read (names the file and the fix)
    ├── ConfigError         a setting or data file is wrong
    └── StoreError          the DuckDB store cannot be opened or written
"""

from __future__ import annotations

__all__ = ["ConfigError", "EventwireError", "InputError", "StoreError"]


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input file or record cannot be read."""


class ConfigError(EventwireError):
    """A setting, a model name or a data file is wrong."""


class StoreError(EventwireError):
    """The DuckDB store cannot be opened or written."""
