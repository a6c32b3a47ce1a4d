"""The canonical real page in ../shared/samples: its core events (from the project's first issue)."""

from __future__ import annotations

from .conftest import SEED, need_shared

# (source country, target country or None for "any", accepted roots, a fragment of the sentence)
CORE = [
    ("IRQ", "USA", {"10", "02"}, "Iraq's parliament called on Sunday"),
    ("USA", "IRN", {"18", "19"}, "Qassem Soleimani was killed on Friday"),
    ("USA", "IRN", {"13"}, "Pompeo said Washington would target"),
    ("USA", "IRN", {"13"}, "threatened to hit 52 Iranian sites"),
    ("IRN", "USA", {"11"}, "Iran lambasted Donald Trump"),
    ("IRN", None, {"13"}, "Khamenei promised on Friday"),
    ("LBN", "USA", {"13"}, "Nasrallah"),
    ("IGOEUR", "IRN", {"02"}, "Borrell urged Iran's foreign minister"),
    ("IRN", "CHE", {"11", "04", "10", "12"}, "Iran summoned the Swiss envoy"),
]


def _side(a):
    if a is None:
        return None
    return a["country"] or a["code"]


def test_seed_core_events(seed_doc):
    need_shared(SEED)
    events = seed_doc.contract()["events"]
    found, used = [], set()
    for src, tgt, roots, frag in CORE:
        for i, e in enumerate(events):
            if (frag in e["evidence"]["sentence"] and _side(e["source"]) == src and e["root"] in roots
                    and (tgt is None or _side(e["target"]) == tgt)):
                found.append(frag)
                used.add(i)
                break
    assert len(found) == len(CORE), f"found only {found}"
    strike = next(e for e in events if "Soleimani was killed on Friday" in e["evidence"]["sentence"])
    assert strike["date"] == "2020-01-03"
    assert strike["location"]["name"] == "Baghdad"
    # events outside the core list: allowed only where the page really reports an act (now: "Washington and
    # Tehran assailed each other" both ways, the resolution calling on the government, the PM's earlier call on
    # parliament, the EU invitation)
    others = [e for i, e in enumerate(events) if i not in used]
    assert len(others) <= 5, [(e["source"]["code"], e["cameo"], e["evidence"]["sentence"][:60]) for e in others]
