"""The calendar a plan lives in: the days the engine counts between, whatever time zone shows them.

The loader from a launch's rows to the engine's input, and the checks that refuse days outside these bounds,
are in launches/schedule.py: this folder imports no Django.
"""

import datetime as dt

# With offsets and durations bounded by MAX_PLAN_DAYS, every date the plan computes stays far inside what a
# Python date can hold, whatever time zone shows it.
PLAN_FIRST_DAY = dt.date(1900, 1, 1)
PLAN_LAST_DAY = dt.date(2999, 12, 31)
MAX_PLAN_DAYS = 3650
