from __future__ import annotations

from eventwire.extract.metadata import parse_byline, parse_dateline, split_tags
from eventwire.extract.templates import group_pages
from eventwire.extract.textdump import extract_text_dump

from .conftest import SEED, need_shared

PAGE = """date 2020-01-06 The Daily Example - World Politics Sport
Home
World
Sport
World

Ministers meet in Oslo to discuss the fishing dispute

Two neighbours agreed to hold more talks next month.

By Jane Roe
JANUARY 6, 2020 09:15
The harbour at dawn (photo credit: EXAMPLE/PHOTOGRAPHER)
Norway and Iceland held talks in Oslo on Monday about fishing quotas in the North Atlantic, officials said.
The two foreign ministers agreed to meet again in February, according to a joint statement from both sides.
QUOTAS
Fishing groups in both countries have complained for years that the quotas are unfair to small boats.
Tags Norway Iceland Fishing
Most Read
1 Celebrity chef opens a new restaurant
Copyright 2020 The Daily Example
"""


def test_small_page():
    a = extract_text_dump(PAGE, known_names=frozenset({"norway", "iceland"}))
    assert a.title == "Ministers meet in Oslo to discuss the fishing dispute"
    assert a.subtitle == "Two neighbours agreed to hold more talks next month."
    assert a.agency == "Jane Roe"
    assert a.published == "2020-01-06T09:15"
    assert a.site == "The Daily Example"
    assert a.tags == ("Norway", "Iceland", "Fishing")
    assert a.paragraphs[0].startswith("Norway and Iceland held talks")
    assert a.paragraphs[-1].startswith("Fishing groups")
    assert "QUOTAS" in a.paragraphs  # an in-body sub-head stays a paragraph
    assert a.captions and "photo credit" in a.captions[0]
    assert "Most Read" not in a.body and "Celebrity" not in a.body


def test_metadata_helpers():
    assert parse_byline("By REUTERS") == "Reuters"
    assert parse_byline("By The Associated Press") == "AP"
    assert parse_byline("ByYi-Jin Yu") == "Yi-Jin Yu"
    assert parse_byline("Iran summoned the Swiss envoy") is None
    assert parse_dateline("JANUARY 5, 2020 18:29") == ("2020-01-05", "18:29")
    assert parse_dateline("Published 05 Jan 2020, 2:10 pm GMT") == ("2020-01-05", "14:10")
    assert split_tags("Tags: Iraq, United States") == ["Iraq", "United States"]
    assert split_tags("Tags Iraq United States ISIS Qassem Soleimani",
                      frozenset({"iraq", "united states", "isis"})) == ["Iraq", "United States", "ISIS",
                                                                         "Qassem Soleimani"]


def test_site_grouping_uses_shared_lines():
    menu = "\n".join(f"Menu item {i}" for i in range(8))
    pages = [(None, f"date 2020-01-01 Site A\n{menu}\nStory one text."), (None, f"Site A\n{menu}\nStory two."),
             (None, "Other site\nCompletely different\nLines here\nand more")]
    keys = group_pages(pages)
    assert keys[0] == keys[1] != keys[2]


def test_seed_page_extraction(seed_doc):
    need_shared(SEED)
    d = seed_doc.contract()
    assert d["title"] == "Iraq calls for foreign forces to leave after US killing of Iran commander"
    assert d["subtitle"].startswith("The Iraqi parliament passed a resolution calling on the government")
    assert d["agency"] == "Reuters"
    assert d["published"] == "2020-01-05T18:29"
    assert "Jerusalem Post" in d["site"]
    assert d["tags"] == ["Iraq", "United States", "ISIS", "Qassem Soleimani"]
    body = d["body"]
    assert body.startswith("Iraq's parliament called on Sunday for US and other foreign military forces")
    assert body.rstrip().endswith("all developments and threats are linked to each other,\" state news agency "
                                  "IRNA quoted him as saying.")
    for junk in ("Most Read", "Hot Opinion", "cookies", "photo credit", "Subscribe", "Copyright", "Tags"):
        assert junk not in body
    assert len(body.split("\n")) == 33


def test_dek_byline_and_dateline_do_not_eat_paragraphs():
    """Regression: with a dek, a byline and a dateline inside the first lines of the run, the cut
    was applied twice and the first paragraphs were lost."""
    page = "\n".join([
        "date 2020-01-06 Home World Middle East Business Opinion Sport", "The Harbour Courier", "Subscribe",
        "MIDDLE EAST", "Iran condemns message from Washington",
        "Tehran says a message posted by a US account was a provocation.", "By REUTERS", "JANUARY 6, 2020 10:15",
        "TEHRAN - Iran's foreign ministry condemned the United States on Monday over a message posted online.",
        "Iranian officials said the text had been posted on a US government account before it was removed.",
        "Iran's foreign ministry also summoned the Swiss ambassador in Tehran to protest against the statement.",
        "The ambassador was told that Tehran expected a formal explanation from Washington within days.",
        "Analysts in the region said the dispute was likely to add to tensions between the two countries.",
        "Tags Iran", "About us", "© The Harbour Courier 2020"])
    a = extract_text_dump(page)
    assert a.title == "Iran condemns message from Washington"
    assert a.subtitle.startswith("Tehran says a message")
    assert len(a.paragraphs) == 5 and a.paragraphs[0].startswith("TEHRAN - Iran's foreign ministry")
    assert a.published == "2020-01-06T10:15" and a.agency == "Reuters"


def test_byline_is_not_a_sentence_or_headline():
    assert parse_byline("From Taylor Swift to Barbenheimer, the cultural trends that defined 2023") is None
    assert parse_byline("By the time the vote was called, it was over") is None
    assert parse_byline("By Sarah Holder") == "Sarah Holder"
    assert parse_byline("From staff reports") == "staff reports"


def test_caption_credits():
    from eventwire.extract.metadata import is_caption

    assert is_caption("Shohei Ohtani and his agent at the game (AP Images)")
    assert is_caption("The top fighters in boxing. Illustration by ESPN")
    assert not is_caption("He took a photo by the lake and posted it online.")


_PARAS = [
    "Norway and Iceland held talks in Oslo on Monday about fishing quotas in the North Atlantic, officials said.",
    "The two foreign ministers agreed to meet again in February, according to a joint statement from both sides.",
    "Fishing groups in both countries have complained for years that the quotas are unfair to small boats.",
    "A spokesman for the Norwegian fisheries ministry said the talks had been constructive and friendly.",
]


def _story(topic: str, n: int) -> list[str]:
    return [f"Paragraph {k} of the report on {topic} says that officials met again on Monday and that the talks "
            f"went on for several hours, according to people familiar with them." for k in range(1, n + 1)]


def test_next_story_after_a_story_break_is_not_the_article():
    """A page that goes on to the next story below the article: the run of text goes over the
    "Share This Story" barrier, and the next story's byline and dateline show where it starts."""
    first, second = _story("fishing quotas", 8), _story("the budget", 8)
    page = "\n".join(["date 2020-01-06 The Daily Example", "Home", "World",
                      "Ministers meet in Oslo to discuss the fishing dispute", "By Jane Roe", "January 6, 2020",
                      *first, "Share This Story", "By Tom Lee", "January 5, 2020",
                      "Parliament votes on a new budget after a long debate", *second])
    a = extract_text_dump(page)
    assert a.title == "Ministers meet in Oslo to discuss the fishing dispute"
    assert a.paragraphs == tuple(first)


def test_template_line_between_paragraphs_does_not_end_the_article():
    """An "Advertisement" slot the site shows on every page, set between two paragraphs."""
    page = "\n".join(["date 2020-01-06 The Daily Example", "Home", "World",
                      "Ministers meet in Oslo to discuss the fishing dispute", "By Jane Roe",
                      _PARAS[0], "Advertisement", _PARAS[1], "Advertisement", _PARAS[2], _PARAS[3],
                      "Most Read", "Copyright 2020 The Daily Example"])
    boiler = frozenset({"home", "world", "advertisement", "most read", "copyright 2020 the daily example"})
    a = extract_text_dump(page, boilerplate=boiler)
    assert a.paragraphs == tuple(_PARAS)


def test_title_is_the_headline_not_a_section_label():
    """A short section label ("For The Win") that shares a word with the text, then the headline with
    its byline and dateline below; the headline carries a media tag and the site's name."""
    page = "\n".join(["date 2020-01-06 The Daily Example", "Home", "World", "For The Win",
                      "Ministers win more time to settle the fishing dispute [Watch]", "By Jane Roe",
                      "January 6, 2020", *_PARAS])
    boiler = frozenset({"the daily example", "home", "world"})
    a = extract_text_dump(page, boilerplate=boiler)
    assert a.title == "Ministers win more time to settle the fishing dispute"
    page2 = page.replace("[Watch]", "| The Daily Example")
    assert extract_text_dump(page2, boilerplate=boiler).title == a.title


def test_title_is_the_headline_not_the_dek_under_it(monkeypatch):
    """Headline, then a dek that restates the first paragraph (more shared words, no full stop), with no
    site template to tell the header apart: the headline is the line above the dek."""
    from eventwire.extract import textdump
    paras = ["Norway and Iceland held talks in Oslo on Monday about fishing quotas in the North Atlantic, "
             "officials from both governments said after the meeting ended.", *_PARAS[1:]]
    page = "\n".join(["date 2020-01-06 The Daily Example", "Home", "World",
                      "Ministers in Oslo agree on more talks to settle the fishing dispute",
                      "Norway and Iceland held talks in Oslo about fishing quotas in the North Atlantic", *paras])
    assert extract_text_dump(page).title == "Ministers in Oslo agree on more talks to settle the fishing dispute"
    monkeypatch.setattr(textdump, "DEK_MARGIN", -100.0)  # the rule switched off: the dek wins
    assert extract_text_dump(page).title != "Ministers in Oslo agree on more talks to settle the fishing dispute"


def test_sidebar_of_teasers_after_the_article_is_not_the_article(monkeypatch):
    """Below the article, a "Don't miss" list of other stories: long lines without a full stop one after
    another. With no site template to mark them, they must not extend the article."""
    from eventwire.extract import textdump
    teasers = [f"Celebrity number {k} shows off a new look at the Christmas market in London as fans react to the "
               f"surprise appearance with her family and friends" for k in range(1, 9)]
    page = "\n".join(["date 2020-01-06 The Daily Example", "Home", "World",
                      "Ministers meet in Oslo to discuss the fishing dispute", "By Jane Roe", *_PARAS,
                      "Don't miss", *teasers, "Copyright 2020 The Daily Example"])
    assert extract_text_dump(page).paragraphs == tuple(_PARAS)
    monkeypatch.setattr(textdump, "TEASER_RUN_SCORE", 0.0)  # the rule switched off: the teasers are kept
    assert extract_text_dump(page).paragraphs != tuple(_PARAS)
