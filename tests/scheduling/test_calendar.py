"""The working calendar (scheduling.calendar.WorkCalendar) against a brute-force calendar: every method, days
twenty years either side of the origin, and the window growing in both directions under moments already
handed out."""

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduling.calendar import EVERY_DAY, MONDAY_TO_FRIDAY, WorkCalendar, every_day_calendar
from tests.scheduling.reference import ReferenceCalendar

TWENTY_YEARS = 7305  # days

# Christmas week 2024, origin Monday 23 December: 0 Mon, 1 Tue, 2 Wed 25 (closed), 3 Thu 26 (closed), 4 Fri,
# 5 Sat, 6 Sun, 7 Mon 30, 8 Tue 31, 9 Wed 1 January (closed), 10 Thu 2 January.
CHRISTMAS = {dt.date(2024, 12, 25), dt.date(2024, 12, 26), dt.date(2025, 1, 1)}


def christmas_calendar() -> WorkCalendar:
    return WorkCalendar(dt.date(2024, 12, 23), MONDAY_TO_FRIDAY, lambda year: {d for d in CHRISTMAS if d.year == year})


def test_working_days_skip_weekends_and_holidays():
    cal = christmas_calendar()
    assert [d for d in range(11) if cal.is_working(d)] == [0, 1, 4, 7, 8, 10]
    assert cal.non_working_between(0, 10) == [2, 3, 5, 6, 9]
    assert cal.date(9) == dt.date(2025, 1, 1)


def test_a_moment_counts_the_working_days_before_a_day_and_a_weekend_is_one_moment():
    cal = christmas_calendar()
    assert cal.moment(7) - cal.moment(0) == 3  # Mon, Tue, Fri
    # The end of Friday, the weekend and the start of Monday are one working moment.
    assert cal.moment(5) == cal.moment(6) == cal.moment(7) == cal.moment(4) + 1
    assert cal.day(cal.moment(5)) == 7  # the working day that starts there is Monday
    assert cal.day(cal.moment(0) + 2) == 4


def test_on_or_after_on_or_before_and_add_by_hand():
    cal = christmas_calendar()
    assert (cal.on_or_after(2), cal.on_or_before(3)) == (4, 1)  # around the two holidays
    assert (cal.on_or_after(5), cal.on_or_before(6)) == (7, 4)  # around the weekend
    assert (cal.on_or_after(4), cal.on_or_before(4)) == (4, 4)  # a working day is its own
    assert cal.add(1, 1) == 4  # Tuesday plus one working day: Friday, over Christmas
    assert cal.add(5, 0) == 7  # from a Saturday: counts from Monday
    assert cal.add(5, -1) == 4  # one before that Monday: Friday
    assert cal.add(0, 5) == 10  # over Christmas, a weekend and New Year
    assert cal.add(10, -5) == 0


def test_working_days_between_counts_inclusive_and_is_negative_backwards():
    cal = christmas_calendar()
    assert cal.working_days_between(0, 10) == 6
    assert cal.working_days_between(4, 4) == 1
    assert cal.working_days_between(5, 6) == 0  # a weekend holds no working day
    assert cal.working_days_between(4, 1) == -2  # Tuesday..Friday, counted backwards


def test_an_every_day_calendar_counts_calendar_days():
    cal = every_day_calendar(dt.date(2024, 1, 1))
    assert cal.every_day
    assert [cal.moment(d) for d in (-TWENTY_YEARS, 0, 5, TWENTY_YEARS)] == [-TWENTY_YEARS, 0, 5, TWENTY_YEARS]
    assert (cal.day(-3), cal.on_or_after(-3), cal.on_or_before(-3), cal.add(-3, 4)) == (-3, -3, -3, 1)
    assert cal.working_days_between(0, 9) == 10 and cal.non_working_between(0, 9) == []


def test_every_weekday_with_holidays_is_not_an_every_day_calendar():
    cal = WorkCalendar(dt.date(2024, 12, 23), EVERY_DAY, lambda year: {d for d in CHRISTMAS if d.year == year})
    assert not cal.every_day
    assert cal.non_working_between(0, 10) == [2, 3, 9]


@pytest.mark.parametrize("weekdays", [set(), {7}, {-1}])
def test_weekdays_must_be_python_weekdays_and_at_least_one(weekdays):
    with pytest.raises(ValueError):
        WorkCalendar(dt.date(2024, 1, 1), weekdays)


def test_holidays_are_asked_once_per_year_even_across_twenty_years_both_ways():
    asked: dict[int, int] = {}

    def closed(year):
        asked[year] = asked.get(year, 0) + 1
        return {dt.date(year, 1, 1)}

    cal = WorkCalendar(dt.date(2024, 6, 3), MONDAY_TO_FRIDAY, closed)
    for day in (TWENTY_YEARS, -TWENTY_YEARS, 3, TWENTY_YEARS + 400, -TWENTY_YEARS - 400):
        cal.moment(day)
        cal.on_or_before(day)
        cal.day(cal.moment(day) + 3)
    assert set(range(2004, 2045)) <= set(asked)
    assert set(asked.values()) == {1}


# Random calendars against the brute-force one.


@st.composite
def calendars(draw):
    """(origin, weekdays, closed): any non-empty set of working weekdays, and per year a few random closed dates
    (the same ones each time the year is asked), some of them on days off already."""
    origin = dt.date(2000, 1, 1) + dt.timedelta(days=draw(st.integers(0, 365 * 40)))
    weekdays = draw(st.one_of(st.just(MONDAY_TO_FRIDAY), st.frozensets(st.integers(0, 6), min_size=1)))
    seed = draw(st.integers(0, 10**6))
    per_year = draw(st.integers(0, 30))

    def closed(year):
        rng = random.Random(seed * 10_000 + year)
        first = dt.date(year, 1, 1).toordinal()
        length = dt.date(year, 12, 31).toordinal() - first + 1
        return {dt.date.fromordinal(first + rng.randrange(length)) for _ in range(per_year)}

    return origin, weekdays, closed


far_days = st.integers(-TWENTY_YEARS, TWENTY_YEARS)


@given(calendars(), st.lists(far_days, min_size=1, max_size=12))
@settings(max_examples=40, deadline=None)
def test_every_method_agrees_with_a_brute_force_calendar_up_to_twenty_years_away(calendar, days):
    origin, weekdays, closed = calendar
    cal = WorkCalendar(origin, weekdays, closed)
    ref = ReferenceCalendar(origin, weekdays, closed)
    zero = cal.moment(0)
    for day in days:  # in the drawn order: the window grows left and right as it goes
        assert cal.is_working(day) == ref.working(day)
        assert cal.moment(day) - zero == ref.M(day) - ref.M(0)
        assert cal.on_or_after(day) == ref.on_or_after(day)
        assert cal.on_or_before(day) == ref.on_or_before(day)
        for n in (-3, -1, 0, 1, 4):
            assert cal.add(day, n) == ref.step(day, n)
        first, last = sorted((day, day + 9))
        assert cal.working_days_between(first, last) == ref.count(first, last)
        assert cal.working_days_between(last, first) == -ref.count(first, last)
        assert cal.non_working_between(day - 3, day + 8) == [d for d in range(day - 3, day + 9) if not ref.working(d)]
        assert cal.non_working_between(day, day - 1) == []


@given(calendars(), st.lists(st.integers(-400, 400), min_size=1, max_size=10), far_days, far_days)
@settings(max_examples=40, deadline=None)
def test_moments_handed_out_before_the_window_grows_stay_valid(calendar, near, far_left, far_right):
    origin, weekdays, closed = calendar
    cal = WorkCalendar(origin, weekdays, closed)
    before = {day: cal.moment(day) for day in near}
    days_before = {m: cal.day(m) for m in before.values()}
    cal.moment(-abs(far_left) - 600)  # past the first window on the left, then on the right
    cal.day(cal.moment(abs(far_right) + 600) + 5)
    assert {day: cal.moment(day) for day in near} == before
    assert {m: cal.day(m) for m in before.values()} == days_before


@given(calendars(), st.integers(-2 * TWENTY_YEARS, 2 * TWENTY_YEARS))
@settings(max_examples=40, deadline=None)
def test_day_and_moment_pair_each_working_day_with_one_moment(calendar, offset):
    """day(m) is a working day whose moment is m, and the next working day has moment m + 1: moments number the
    working days one to one, however far the window had to grow to reach them."""
    origin, weekdays, closed = calendar
    cal = WorkCalendar(origin, weekdays, closed)
    m = cal.moment(0) + offset // 7 * len(weekdays) // 2  # roughly `offset` days away, either way
    day = cal.day(m)
    assert cal.is_working(day)
    assert cal.moment(day) == m and cal.moment(day + 1) == m + 1
    assert cal.day(m + 1) == cal.on_or_after(day + 1)
    assert cal.on_or_after(day) == day == cal.on_or_before(day)
