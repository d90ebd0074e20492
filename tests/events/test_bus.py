"""The bus's mechanics (events/bus.py), with a followers table of this module's own: who is called, when, how
often and with which events; a refusal in the transaction rolls the write back; a failure after commit costs
nobody else; nothing of a rolled-back transaction follows."""

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from django.db import transaction

from audit.models import AuditEvent
from core.errors import ConflictError
from events import bus
from events.bus import AFTER_COMMIT, Follow, emit
from events.kinds import Event

# Test kinds: Loud is a Ping (a base matches its subclasses); Echo's follower emits a Pong of its own.


@dataclass(frozen=True, kw_only=True)
class Ping(Event):
    n: int


@dataclass(frozen=True, kw_only=True)
class Loud(Ping):
    pass


@dataclass(frozen=True, kw_only=True)
class Pong(Event):
    n: int


@dataclass(frozen=True, kw_only=True)
class Echo(Event):
    n: int


@dataclass(frozen=True, kw_only=True)
class Refused(Event):
    n: int


@dataclass(frozen=True, kw_only=True)
class Doomed(Event):
    n: int


# Every call of this module's followers, in the order made: (the follower's name, the events it got).
followed: list[tuple[str, list[Event]]] = []


def _recorder(name: str):
    def follow(events: Sequence[Event]) -> None:
        followed.append((name, list(events)))

    follow.__qualname__ = name
    return follow


def echo_pong(events: Sequence[Echo]) -> None:
    followed.append(("echo", list(events)))
    emit(*(Pong(n=event.n * 10) for event in events))


def refusal_row_write(events: Sequence[Refused]) -> None:
    """Writes a row before the next follower refuses: the refusal must take it back too."""
    followed.append(("row", list(events)))
    for event in events:
        AuditEvent.objects.create(action="create", entity="refused", entity_id=event.n, entity_label="refused")


def refuse(events: Sequence[Refused]) -> None:
    followed.append(("refuse", list(events)))
    raise ConflictError("Refused by a follower.")


def after_raise(events: Sequence[Doomed]) -> None:
    followed.append(("after_raise", list(events)))
    raise RuntimeError("the follower broke")


FOLLOWERS: tuple[Follow, ...] = (
    Follow(Ping, _recorder("pings")),
    Follow((Pong, Loud), _recorder("pongs_and_loud")),
    Follow(Echo, echo_pong),
    Follow(Refused, refusal_row_write),
    Follow(Refused, refuse),
    Follow(Event, _recorder("after_first"), AFTER_COMMIT),
    Follow(Doomed, after_raise, AFTER_COMMIT),
    Follow((Ping, Pong, Doomed), _recorder("after_last"), AFTER_COMMIT),
)


@pytest.fixture(autouse=True)
def _test_table(settings):
    """This module's table instead of config/followers.py (bus.followers() reads the setting once: cleared)."""
    settings.EVENT_FOLLOWERS = f"{__name__}.FOLLOWERS"
    bus.followers.cache_clear()
    followed.clear()
    yield
    followed.clear()
    bus.followers.cache_clear()


def _calls(*names: str) -> list[tuple[str, list[Event]]]:
    return [call for call in followed if call[0] in names]


AFTER = ("after_first", "after_raise", "after_last")
IN_TRANSACTION = ("pings", "pongs_and_loud", "echo", "row", "refuse")


def test_the_table_in_use_is_the_one_the_setting_names():
    assert bus.followers() == FOLLOWERS


# In the transaction


@pytest.mark.django_db
def test_in_transaction_followers_run_at_once_in_table_order_each_with_the_events_of_its_kinds(
    django_capture_on_commit_callbacks,
):
    ping, pong, loud = Ping(n=1), Pong(n=2), Loud(n=3)
    with django_capture_on_commit_callbacks(execute=False):
        emit(ping, pong, loud)
        # Before commit: the in-transaction followers ran, in the table's order, each once with its kinds'
        # events in the order emitted (Loud is a Ping: both rows match it).
        assert followed == [("pings", [ping, loud]), ("pongs_and_loud", [pong, loud])]


@pytest.mark.django_db
def test_a_follower_whose_kinds_match_none_of_the_events_is_not_called(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        emit(Pong(n=1))
    assert [name for name, _ in followed] == ["pongs_and_loud", "after_first", "after_last"]


@pytest.mark.django_db
def test_an_in_transaction_follower_that_refuses_rolls_the_whole_write_back(django_capture_on_commit_callbacks):
    @transaction.atomic
    def write() -> None:
        AuditEvent.objects.create(action="create", entity="write", entity_id=1, entity_label="the write itself")
        emit(Refused(n=7))

    before = AuditEvent.objects.count()
    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(ConflictError):
        write()
    # The write and the earlier follower's row are gone; nothing waits for a commit; no after-commit follower.
    assert AuditEvent.objects.count() == before
    assert not AuditEvent.objects.filter(entity__in=["write", "refused"]).exists()
    assert callbacks == []
    assert [name for name, _ in followed] == ["row", "refuse"]


@pytest.mark.django_db
def test_a_follower_that_emits_has_its_events_followed_too(django_capture_on_commit_callbacks):
    echo = Echo(n=4)
    with django_capture_on_commit_callbacks(execute=True):
        emit(echo)
        # The nested emit's followers ran inside the outer one's, before commit.
        assert followed == [("echo", [echo]), ("pongs_and_loud", [Pong(n=40)])]
    # After commit, once, with the nested event and the outer one.
    (after_first,) = _calls("after_first")
    assert sorted(after_first[1], key=repr) == sorted([echo, Pong(n=40)], key=repr)
    assert _calls("after_last") == [("after_last", [Pong(n=40)])]


@pytest.mark.django_db
def test_emitting_nothing_does_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        emit()
    assert followed == []
    assert callbacks == []


# After commit


@pytest.mark.django_db
def test_after_commit_followers_wait_for_the_commit_then_run_once_with_every_event_of_the_transaction(
    django_capture_on_commit_callbacks,
):
    first, second = Ping(n=1), Pong(n=2)
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            emit(first)
            emit(second)
        assert _calls(*AFTER) == []  # not committed yet
    assert _calls(*AFTER) == [("after_first", [first, second]), ("after_last", [first, second])]
    # The in-transaction followers ran once per emit.
    assert _calls(*IN_TRANSACTION) == [("pings", [first]), ("pongs_and_loud", [second])]


@pytest.mark.django_db
def test_a_rolled_back_transaction_runs_no_after_commit_follower_and_the_next_does_not_inherit_its_events(
    django_capture_on_commit_callbacks,
):
    lost, kept = Ping(n=1), Ping(n=2)
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            emit(lost)
            raise RuntimeError("rolled back")
        with transaction.atomic():
            emit(kept)
    assert _calls(*AFTER) == [("after_first", [kept]), ("after_last", [kept])]


@pytest.mark.django_db
def test_events_of_a_savepoint_that_rolled_back_do_not_follow_after_the_enclosing_transaction_commits(
    django_capture_on_commit_callbacks,
):
    """The outer transaction commits, the inner block it caught did not: only the outer block's events follow."""
    kept, lost = Ping(n=1), Ping(n=2)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        emit(kept)
        try:
            with transaction.atomic():
                emit(lost)
                raise RuntimeError("this part is rolled back")
        except RuntimeError:
            pass
    assert _calls(*AFTER) == [("after_first", [kept]), ("after_last", [kept])]


@pytest.mark.django_db
def test_an_after_commit_follower_that_raises_is_logged_and_the_others_still_run(
    django_capture_on_commit_callbacks, caplog
):
    doomed = Doomed(n=1)
    with caplog.at_level(logging.ERROR, logger="events.bus"), django_capture_on_commit_callbacks(execute=True):
        emit(doomed)
    assert [name for name, _ in followed] == ["after_first", "after_raise", "after_last"]
    assert _calls("after_last") == [("after_last", [doomed])]
    (record,) = [record for record in caplog.records if record.name == "events.bus"]
    assert record.levelno == logging.ERROR
    assert "after_raise" in record.getMessage()
    assert record.exc_info is not None and isinstance(record.exc_info[1], RuntimeError)


# With real commits


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_after_a_real_commit_each_transaction_gets_its_own_single_call():
    one, two, three = Ping(n=1), Pong(n=2), Ping(n=3)
    with transaction.atomic():
        emit(one)
        emit(two)
        assert _calls(*AFTER) == []
    assert _calls("after_first") == [("after_first", [one, two])]
    emit(three)  # its own transaction: committed on return
    assert _calls("after_first") == [("after_first", [one, two]), ("after_first", [three])]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_after_a_real_rollback_nothing_follows_and_the_next_transaction_follows_only_its_own():
    lost, kept = Ping(n=1), Ping(n=2)
    with pytest.raises(RuntimeError), transaction.atomic():
        emit(lost)
        raise RuntimeError("rolled back")
    assert _calls(*AFTER) == []
    emit(kept)
    assert _calls(*AFTER) == [("after_first", [kept]), ("after_last", [kept])]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_refusal_saves_nothing():
    @transaction.atomic
    def write() -> None:
        AuditEvent.objects.create(action="create", entity="write", entity_id=1, entity_label="the write itself")
        emit(Refused(n=7))

    with pytest.raises(ConflictError):
        write()
    assert not AuditEvent.objects.filter(entity__in=["write", "refused"]).exists()
    assert _calls(*AFTER) == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_after_a_real_commit_a_caught_savepoint_rollback_leaves_its_events_out():
    kept, lost = Ping(n=1), Ping(n=2)
    with transaction.atomic():
        emit(kept)
        try:
            with transaction.atomic():
                emit(lost)
                raise RuntimeError("this part is rolled back")
        except RuntimeError:
            pass
    assert _calls(*AFTER) == [("after_first", [kept]), ("after_last", [kept])]
