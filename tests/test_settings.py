"""The settings table (name, default, help) and the Options record must agree: the table is
what the README documents, the record is what the code reads."""

from __future__ import annotations

from dataclasses import fields

from eventwire.settings import SETTINGS, Options


def test_settings_table_matches_options():
    table = {name: default for name, default, _help in SETTINGS}
    record = {f.name: getattr(Options(), f.name) for f in fields(Options)}
    assert set(table) == set(record)
    for name, default in table.items():
        assert record[name] == default or (not default and not record[name]), name


def test_env_overrides(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "1234")
    monkeypatch.setenv("EVENTWIRE_PREFILTER", "0")
    monkeypatch.setenv("EVENTWIRE_NER", "model")
    o = Options.from_env()
    assert (o.max_bytes, o.prefilter, o.ner) == (1234, False, "model")
