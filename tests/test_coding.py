"""Coder unit tests on short hand-written sentences: what must be coded, and what must not."""

from __future__ import annotations

import pytest


def _events(code_text, text, date="2020-01-05"):
    doc = code_text(text, date)
    assert doc.error is None, doc.error
    return [(e.source.country or e.source.code, (e.target.country or e.target.code) if e.target else None, e.root)
            for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    ("Russia condemned the Israeli air strikes on Syria.", ("RUS", "ISR", "11")),
    ("Iran's foreign ministry summoned the Swiss ambassador on Sunday.", ("IRN", "CHE", "11")),
    ("The European Union urged Iran to return to the nuclear deal.", ("IGOEUR", "IRN", "02")),
    ("Turkish troops clashed with Kurdish fighters in northern Syria.", ("TUR", None, "19")),
    ("Germany will send humanitarian aid to Sudan.", ("DEU", "SDN", "03")),
    ("The Kremlin rejected the American proposal.", ("RUS", None, "12")),
    ("Two Palestinian protesters were killed by Israeli soldiers.", ("ISR", "PSE", "19")),
    ("Pompeo met his Saudi counterpart in Riyadh on Monday.", ("USA", "SAU", "04")),
    ("Iran and Iraq agreed to reopen their border crossings.", ("IRN", "IRQ", "03")),
    ("Turkish warplanes struck Kurdish militant positions in northern Iraq on Sunday.", ("TUR", None, "19")),
    ("Germany's chancellor met French President Emmanuel Macron in Paris on Monday.", ("DEU", "FRA", "04")),
    ("The Sudanese government accused rebels of violating the ceasefire.", ("SDN", "SDN", "11")),
    ("France, Britain and Germany accused Iran of violating the nuclear accord.", ("FRA", "IRN", "11")),
])
def test_codes(code_text, text, expected):
    got = _events(code_text, text)
    src, tgt, root = expected
    assert any(s == src and r == root and (tgt is None or t == tgt) for s, t, r in got), got


@pytest.mark.parametrize("text", [
    "Iran did not attack the tanker, officials said.",
    "Analysts said Iran could attack American bases in Iraq.",
    "If Tehran attacks Americans, the United States would respond.",
    "The Los Angeles Lakers beat the Boston Celtics 110-98 on Sunday.",
    "Oil prices fell 3 percent as fears of a war in the Gulf eased.",
    "Rain and strong winds are expected across northern France on Monday.",
    "Heavy rain and strong winds battered northern France on Tuesday, and forecasters warned that more storms "
    "could hit the coast later in the week.",
    "Manchester United beat Chelsea 2-1 on Saturday. The visitors attacked relentlessly in the second half.",
    "Analysts said Russia could launch a new offensive in the spring if talks with Ukraine fail.",
    "China has not recognised the new government in Kabul, a foreign ministry spokesman said on Friday.",
    "Experts believe North Korea might test another missile before the end of the year.",
    "Apple shares rose 2 percent after the company reported record iPhone sales in China.",
    "It is unclear whether Saudi Arabia will join the talks next month.",
])
def test_not_events(code_text, text):
    assert _events(code_text, text) == []


def test_event_fields(code_text):
    doc = code_text("Qassem Soleimani was killed on Friday in a US drone strike at Baghdad airport.")
    e = doc.events[0]
    assert (e.source.country, e.target.country, e.root) == ("USA", "IRN", "19")
    assert e.date == "2020-01-03" and e.date_basis == "text"
    assert e.location is not None and e.location.name == "Baghdad" and e.location.country == "IRQ"
    assert doc.article.body[e.evidence.start:e.evidence.end] == e.evidence.sentence
    assert e.goldstein == -10.0 and e.quad_class == 4


def test_pronoun_and_metonym(code_text):
    got = _events(code_text, "Mike Pompeo arrived in Baghdad on Monday. He criticized Tehran for the attack.")
    assert ("USA", "IRN", "11") in got


def test_former_office_holder(code_text):
    doc = code_text("Barack Obama criticized the Russian government.", "2019-05-01")
    assert doc.events and doc.events[0].source.sector == "ELI"
