from __future__ import annotations

import pytest

from eventwire.dates import resolve_date


@pytest.mark.parametrize("phrases,expected", [
    (["Friday"], ("2020-01-03", "text", False)),           # a Sunday article
    (["on Sunday"], ("2020-01-05", "text", False)),
    (["yesterday"], ("2020-01-04", "text", False)),
    (["last week"], ("2019-12-29", "text", False)),
    (["December 29"], ("2019-12-29", "text", False)),     # the year before, not next December
    (["January 3, 2020"], ("2020-01-03", "text", False)),
    (["in 2018"], ("2018-01-01", "text", True)),           # background
    ([], ("2020-01-05", "publication", False)),
])
def test_resolve(phrases, expected):
    assert resolve_date(phrases, "2020-01-05T18:29") == expected


def test_future_weekday_goes_forward():
    assert resolve_date(["on Friday"], "2020-01-05", forward=True)[0] == "2020-01-10"


def test_no_publication_date():
    assert resolve_date(["Friday"], None) == (None, "none", False)


def test_month_and_year_number_words_and_announced_days():
    # "January 1945" is not January 19; "thirty years ago" is background; a day announced ahead stays ahead
    assert resolve_date(["in January 1945"], "2025-01-27") == ("1945-01-01", "text", True)
    assert resolve_date(["thirty years ago"], "2009-12-27")[2] is True
    assert resolve_date(["from 10 June"], "2019-05-31", forward=True) == ("2019-06-10", "text", False)
    assert resolve_date(["from 10 June"], "2019-05-31") == ("2018-06-10", "text", True)


def test_a_year_with_no_publication_date_is_no_background():
    # with no publication date, "in 1983" may be the news itself
    assert resolve_date(["in 1983"], None) == ("1983-01-01", "text", False)
