"""Date ranges whose month and year are written once (issue 11, hand-written tuning corpus):
the first day takes the month/year of the second (or the other way round), so a correct
range is clean and a changed day or month inside a range is still DATE-MISMATCH."""
import pytest

from aligner.checks.dates import compare_dates
from aligner.lang.dates import find_dates


def _codes(en, ps):
    return [i.code for i in compare_dates(en, "en", ps, "ps")]


def _days(text, lang):
    return sorted((m.original, m.calendar) for m in find_dates(text, lang))


@pytest.mark.parametrize("en", [
    "The survey ran from 10 to 24 September 2025.",
    "The survey ran 10–24 September 2025.",
    "The survey ran from 10 until 24 September 2025.",
    "The survey ran from 10th to 24th September 2025.",
    "The survey ran September 10-24, 2025.",
])
@pytest.mark.parametrize("ps", [
    "سروې د ۲۰۲۵ کال د سپتمبر له ۱۰ نه تر ۲۴ پورې ترسره شوه.",
    "سروې د ۲۰۲۵ کال د سپټمبر له 10 تر 24 پورې ترسره شوه.",
    "سروې د ۲۰۲۵ کال له ۱۰مې تر ۲۴مې سپټمبر ترسره شوه.",
    "سروې له ۱۰ څخه تر ۲۴ سپتمبر ۲۰۲۵ ترسره شوه.",
])
def test_correct_range_is_clean(en, ps):
    assert _codes(en, ps) == []


def test_both_ends_take_month_and_year():
    assert _days("from 10 to 24 September 2025", "en") == [((2025, 9, 10), "gregorian"),
                                                           ((2025, 9, 24), "gregorian")]
    assert _days("د ۲۰۲۵ کال د سپتمبر له ۱۰ نه تر ۲۴ پورې", "ps") == [((2025, 9, 10), "gregorian"),
                                                                    ((2025, 9, 24), "gregorian")]
    assert _days("له ۱۰مې تر ۲۴مې سپټمبر", "ps") == [((None, 9, 10), "gregorian"),
                                                     ((None, 9, 24), "gregorian")]


def test_solar_hijri_range_across_months():
    en = "The survey ran from 10 to 24 September 2025 (19 Sunbula to 2 Mizan 1404)."
    ps = "سروې د ۲۰۲۵ کال د سپتمبر له ۱۰ نه تر ۲۴ پورې (د ۱۴۰۴ کال د سنبلې له ۱۹ نه د میزان تر ۲ پورې) وشوه."
    assert _days("19 Sunbula to 2 Mizan 1404", "en") == [((1404, 6, 19), "solar_hijri"),
                                                        ((1404, 7, 2), "solar_hijri")]
    assert _codes(en, ps) == []
    wrong = ps.replace("تر ۲ پورې", "تر ۵ پورې")
    assert _codes(en, wrong) == ["DATE-MISMATCH"]


@pytest.mark.parametrize("ps", [
    "سروې د ۲۰۲۵ کال د سپتمبر له ۱۲ نه تر ۲۴ پورې ترسره شوه.",       # first day changed
    "سروې د ۲۰۲۵ کال د سپتمبر له ۱۰ نه تر ۲۶ پورې ترسره شوه.",       # last day changed
    "سروې د ۲۰۲۵ کال د اکټوبر له ۱۰ نه تر ۲۴ پورې ترسره شوه.",       # month changed
    "سروې د ۲۰۲۵ کال له ۱۱مې تر ۲۴مې سپټمبر ترسره شوه.",
    "سروې د ۲۰۲۵ کال له ۱۰مې تر ۲۴مې اکټوبر ترسره شوه.",
])
def test_changed_day_or_month_in_range_is_caught(ps):
    assert "DATE-MISMATCH" in _codes("The survey ran from 10 to 24 September 2025.", ps)


def test_changed_first_day_in_english_range_is_caught():
    ps = "سروې د ۲۰۲۵ کال د سپتمبر له ۱۰ نه تر ۲۴ پورې ترسره شوه."
    assert "DATE-MISMATCH" in _codes("The survey ran from 12 to 24 September 2025.", ps)


def test_number_after_a_full_date_is_not_a_range_end():
    found = find_dates("On 24 September 2025 and 12 people were hurt.", "en")
    assert [m.original for m in found] == [(2025, 9, 24)]


def test_glued_ordinal_me_is_not_may():
    found = find_dates("له ۱۰مې تر ۲۴مې سپټمبر", "ps")
    assert {m.original[1] for m in found} == {9}
