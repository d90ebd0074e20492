"""The plain words of a change's note (live/describe.py), from the events a write emits."""

from types import SimpleNamespace

from live.describe import change_message, change_summary
from live.timeline_delta import timeline_delta

from events.kinds import CalendarFeedCreated, MilestoneUpdated, TaskCreated, TaskUpdated, TZeroMoved

PAT = SimpleNamespace(pk=3, get_full_name=lambda: "Pat Lee", get_username=lambda: "pat")


def _task(changes, label="Draft the press release"):
    return TaskUpdated(actor=PAT, launch_id=1, id=7, label=label, changes=changes)


def test_a_task_moved_made_longer_marked_reassigned_or_renamed():
    assert change_summary([_task({"offset_days": {"from": -10, "to": -13}})]) == (
        "Pat Lee moved “Draft the press release” 3 days earlier"
    )
    assert change_summary([_task({"duration_days": {"from": 2, "to": 3}})]) == (
        "Pat Lee made “Draft the press release” 1 day longer"
    )
    status = {"status": {"from": "todo", "to": "in_progress"}, "actual_start": {"from": None, "to": "2027-01-04"}}
    assert change_summary([_task(status)]) == "Pat Lee marked “Draft the press release” in progress"
    assert change_summary([_task({"assignee": {"from": 1, "to": 2}})]) == "Pat Lee reassigned “Draft the press release”"
    renamed = _task({"title": {"from": "Draft", "to": "Draft the press release"}})
    assert change_summary([renamed]) == "Pat Lee renamed “Draft” to “Draft the press release”"


def test_many_changes_of_one_kind_are_counted_and_mixed_ones_told_by_the_first():
    created = [TaskCreated(actor=PAT, launch_id=1, id=n, label=f"Task {n}") for n in range(40)]
    assert change_summary(created) == "Pat Lee added 40 tasks"
    moved = MilestoneUpdated(actor=PAT, launch_id=1, id=2, label="Beta", changes={"offset_days": {"from": 1, "to": 3}})
    assert (
        change_summary([moved, *created[:2]])
        == "Pat Lee moved the milestone “Beta” 2 days later and made 2 other changes"
    )


def test_t_minus_itself_and_a_t_zero_move():
    move = TZeroMoved(actor=None, launch_id=1, id=1, label="Aurora", changes={}, shift_days=-1)
    assert change_summary([move]) == "T-Minus moved T-0 1 day earlier"


def test_the_message_says_whether_the_plan_changed_and_never_names_values():
    message = change_message(1, [_task({"offset_days": {"from": -10, "to": -13}})])
    assert message["plan"] is True and message["actor"] == {"id": 3, "name": "Pat Lee"}
    assert message["items"] == [{"entity": "task", "action": "update", "id": 7, "label": "Draft the press release"}]
    assert "-13" not in str(message)


def test_feeds_are_not_told_by_the_follower():
    from live.describe import told

    assert not told(CalendarFeedCreated(actor=PAT, launch_id=1, id=1, label="Secret feed"))


def test_the_difference_sends_new_rows_whole_the_changed_fields_of_others_the_new_order_and_whole_keys(monkeypatch):
    before = {"version": "a", "tasks": [{"id": 1, "x": 1, "y": 5}, {"id": 2, "x": 1, "y": 5}], "end": "2027-01-01"}
    after = {"version": "b", "tasks": [{"id": 2, "x": 2, "y": 5}, {"id": 3, "x": 1, "y": 6}], "end": "2027-01-02"}
    assert timeline_delta(before, after) == {
        "base": "a",
        "version": "b",
        "set": {"end": "2027-01-02"},
        "lists": {"tasks": {"upsert": [{"id": 3, "x": 1, "y": 6}], "patch": [{"id": 2, "x": 2}], "order": [2, 3]}},
        "refetch": False,
    }
    assert timeline_delta(None, after) == {"base": None, "version": "b", "refetch": True}
    # Over the budget of changed fields (the new row's three and the changed row's one): reload instead.
    monkeypatch.setattr("live.timeline_delta.FIELDS_MAX", 3)
    assert timeline_delta(before, after) == {"base": "a", "version": "b", "refetch": True}


def test_a_change_of_one_field_in_thousands_of_rows_is_a_difference_not_a_reload():
    """A longer task early in a chain changes the slack of every task after it: one field of each row, which the
    views apply (before, more than 500 changed rows made every open view download the whole timeline)."""
    row = {"title": "Task", "start": "2027-02-02", "due": "2027-02-05", "critical": False, "assignee": None}
    before = {"version": "a", "tasks": [{"id": i, **row, "slack": 10} for i in range(2000)]}
    after = {"version": "b", "tasks": [{"id": i, **row, "slack": 9} for i in range(2000)]}
    delta = timeline_delta(before, after)
    assert delta["refetch"] is False
    assert delta["lists"]["tasks"] == {
        "upsert": [],
        "patch": [{"id": i, "slack": 9} for i in range(2000)],
        "order": None,
    }


def test_a_row_whose_fields_are_not_the_same_set_is_sent_whole():
    before = {"version": "a", "tasks": [{"id": 1, "x": 1}]}
    after = {"version": "b", "tasks": [{"id": 1, "x": 1, "z": 2}]}
    assert timeline_delta(before, after)["lists"]["tasks"] == {
        "upsert": [{"id": 1, "x": 1, "z": 2}],
        "patch": [],
        "order": None,
    }
