"""Working time: which days are worked, and counting in working days. Pure Python, no Django.

Days are integers counted from an origin date (the engine's T-0 is day 0). A working calendar numbers the
working moments: `moment(d)` is how many working days come before day d (counted from the window's start),
so the start of working day d is `moment(d)` and its end is `moment(d) + 1`; the end of a Friday and the start
of the next Monday are the same working moment. Everything the engine does in working time is arithmetic on
moments, and `day(m)` turns a moment back into the working day that starts there.

The window of days the calendar knows grows by itself (doubling) when a computation reaches past it, asking
`closed(year)` for the non-working dates (holidays, shutdowns) of each year it adds, once.
"""

import datetime as dt
from collections.abc import Callable, Collection, Iterable

# Python's weekday numbers (Monday is 0): Monday to Friday.
MONDAY_TO_FRIDAY = frozenset(range(5))
EVERY_DAY = frozenset(range(7))

_INITIAL_HALF_WINDOW = 512


class WorkCalendar:
    """The working days around an origin date: working weekdays, minus the dates `closed` names per year."""

    def __init__(
        self,
        origin: dt.date,
        weekdays: Iterable[int] = MONDAY_TO_FRIDAY,
        closed: Callable[[int], Collection[dt.date]] | None = None,
    ) -> None:
        self.origin = origin
        self.weekdays = frozenset(weekdays)
        if not self.weekdays <= EVERY_DAY:
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")
        self._closed = closed
        self._closed_years: dict[int, frozenset[int]] = {}  # year: closed days as engine days
        # Every day works: moments are days, and nothing needs a window.
        self.every_day = self.weekdays == EVERY_DAY and closed is None
        # The window: days lo..hi-1; _moment[d - lo] is the moment at the start of day d (absolute numbers: the
        # window grows to the left by numbering new days below, so moments already handed out stay valid);
        # _day[m - first_moment] is the m-th working day.
        self._lo = self._hi = 0
        self._first_moment = 0
        self._moment: list[int] = []
        self._day: list[int] = []
        if not self.every_day:
            if not self.weekdays:
                raise ValueError("a working calendar needs at least one working weekday")
            self._build(-_INITIAL_HALF_WINDOW, _INITIAL_HALF_WINDOW)

    # Which days work.

    def closed_days(self, year: int) -> frozenset[int]:
        """The non-working days of a year other than the weekly days off, as engine days."""
        if year not in self._closed_years:
            base = self.origin.toordinal()
            dates = self._closed(year) if self._closed is not None and dt.MINYEAR < year < dt.MAXYEAR else ()
            self._closed_years[year] = frozenset(date.toordinal() - base for date in dates)
        return self._closed_years[year]

    def is_working(self, day: int) -> bool:
        if self.every_day:
            return True
        date = self.date(day)
        return date.weekday() in self.weekdays and day not in self.closed_days(date.year)

    def date(self, day: int) -> dt.date:
        return dt.date.fromordinal(self.origin.toordinal() + day)

    # Working moments. Each method takes and returns engine days or moments; all are O(1) inside the window.

    def moment(self, day: int) -> int:
        """The working moment at the start of `day`: how many working days come before it."""
        if self.every_day:
            return day
        index = day - self._lo
        if index < 0 or day >= self._hi:
            self._cover(day)
            index = day - self._lo
        return self._moment[index]

    def day(self, moment: int) -> int:
        """The working day that starts at working moment `moment`."""
        if self.every_day:
            return moment
        index = moment - self._first_moment
        while index < 0 or index >= len(self._day):
            self._grow(left=index < 0)
            index = moment - self._first_moment
        return self._day[index]

    def on_or_after(self, day: int) -> int:
        """The first working day on or after `day`."""
        return self.day(self.moment(day))

    def on_or_before(self, day: int) -> int:
        """The last working day on or before `day`."""
        return self.day(self.moment(day + 1) - 1)

    def add(self, day: int, working_days: int) -> int:
        """The working day `working_days` after (negative: before) the first working day on or after `day`."""
        return self.day(self.moment(day) + working_days)

    def working_days_between(self, first: int, last: int) -> int:
        """How many working days first..last (inclusive) holds; negative when last comes before first."""
        if last >= first:
            return self.moment(last + 1) - self.moment(first)
        return -(self.moment(first + 1) - self.moment(last))

    def non_working_between(self, first: int, last: int) -> list[int]:
        """The non-working days in first..last, inclusive."""
        if self.every_day:
            return []
        self._cover(first)
        self._cover(last)
        moments = self._moment
        lo = self._lo
        return [d for d in range(first, last + 1) if moments[d + 1 - lo] == moments[d - lo]]

    # The window.

    def _cover(self, day: int) -> None:
        while day < self._lo:
            self._grow(left=True)
        while day + 1 >= self._hi:  # moment(day + 1) is read by on_or_before and working_days_between
            self._grow(left=False)

    def _grow(self, *, left: bool) -> None:
        size = self._hi - self._lo
        if left:
            self._build(self._lo - size, self._lo)
        else:
            self._build(self._hi, self._hi + size)

    def _build(self, lo: int, hi: int) -> None:
        """Adds the days lo..hi-1 to the window (right before or right after it, or as the first window)."""
        base = self.origin.toordinal()
        working: list[bool] = []
        weekdays, fromordinal = self.weekdays, dt.date.fromordinal
        year, closed = None, frozenset()
        for day in range(lo, hi):
            date = fromordinal(base + day)
            if date.year != year:
                year = date.year
                closed = self.closed_days(year)
            working.append(date.weekday() in weekdays and day not in closed)
        if not self._moment:  # the first window: moments count from its start
            self._lo, self._hi, self._first_moment = lo, hi, 0
            count, moments, days = 0, [], []
            for day, works in zip(range(lo, hi), working, strict=True):
                moments.append(count)
                if works:
                    days.append(day)
                    count += 1
            moments.append(count)  # the moment after the window's last day
            self._moment, self._day = moments, days
        elif hi == self._lo:  # to the left: number the new working days below the first moment
            new_days = [day for day, works in zip(range(lo, hi), working, strict=True) if works]
            first = self._first_moment - len(new_days)
            count, moments = first, []
            for works in working:
                moments.append(count)
                count += works
            self._moment = moments + self._moment
            self._day = new_days + self._day
            self._lo, self._first_moment = lo, first
        else:  # to the right
            count = self._moment.pop()  # the old "after the window" moment is the new first day's
            for day, works in zip(range(lo, hi), working, strict=True):
                self._moment.append(count)
                if works:
                    self._day.append(day)
                    count += 1
            self._moment.append(count)
            self._hi = hi


def every_day_calendar(origin: dt.date) -> WorkCalendar:
    """A calendar where every day works: working days are calendar days."""
    return WorkCalendar(origin, EVERY_DAY)
