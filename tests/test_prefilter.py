from __future__ import annotations

from eventwire.coding import CODER_EVENT_WORDS
from eventwire.lexicon import load_lexicon
from eventwire.patterns import load_patterns
from eventwire.prefilter import Prefilter, inflections


def _pf() -> Prefilter:
    return Prefilter(load_lexicon(), load_patterns(), extra_events=CODER_EVENT_WORDS)


def test_inflections():
    assert {"strikes", "struck", "striking"} <= inflections("strike")
    assert {"urged", "urging", "urges"} <= inflections("urge")
    assert {"carried", "carries"} <= inflections("carry")


def test_keeps_event_sentences_and_blanks_the_rest():
    text = ("Iran condemned the United States on Sunday.\n"
            "Nasrallah said the US military would pay the price.\n"
            "The weather in Tehran was mild and sunny for the season.")
    masked, kept, total = _pf().mask(text)
    assert (kept, total) == (2, 3)
    assert len(masked) == len(text)  # offsets are preserved
    assert "condemned" in masked and "pay the price" in masked
    assert "weather" not in masked


def test_pronoun_sentence_keeps_its_antecedent():
    text = "Mike Pompeo arrived in Baghdad on Monday. He criticized Tehran for the attack."
    masked, kept, _ = _pf().mask(text)
    assert "Pompeo" in masked and "criticized" in masked


def test_an_abbreviation_does_not_end_a_sentence():
    # "U.S." alone used to be a sentence with no event, blanked before parsing
    text = "U.S. President Joe Biden met Chinese President Xi Jinping in Bali on Monday."
    masked, kept, total = _pf().mask(text)
    assert masked == text and total == 1, (masked, kept, total)
