"""core.cache.single_flight: a value many readers miss at once is computed once; nobody waits on a cache that is
down, nor on a computation that failed."""

import threading

import pytest
from django.core.cache import cache

from core import cache as core_cache
from core.cache import single_flight


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


def test_readers_who_miss_while_one_computes_wait_for_its_value_instead_of_computing_it_again():
    started, release = threading.Event(), threading.Event()
    made = []

    def make():
        made.append(threading.current_thread().name)
        started.set()
        release.wait(5)
        cache.set("value", "computed once")
        return "computed once"

    results = []
    first = threading.Thread(target=lambda: results.append(single_flight("v", lambda: cache.get("value"), make)))
    first.start()
    assert started.wait(5)
    others = [
        threading.Thread(target=lambda: results.append(single_flight("v", lambda: cache.get("value"), make)))
        for _ in range(4)
    ]
    for thread in others:
        thread.start()
    release.set()
    for thread in [first, *others]:
        thread.join(10)

    assert results == ["computed once"] * 5
    assert len(made) == 1
    assert cache.get("single-flight:v") is None  # the claim is given back


def test_a_failed_computation_gives_its_claim_back_and_the_next_reader_computes():
    def broken():
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        single_flight("v", lambda: None, broken)
    assert single_flight("v", lambda: None, lambda: "second try") == "second try"


def test_a_reader_whose_computer_vanished_computes_the_value_itself(monkeypatch):
    # Another process claimed it and died: its claim is there, no value comes, the reader waits no longer than
    # the wait and computes.
    monkeypatch.setattr(core_cache, "SINGLE_FLIGHT_WAIT_SECONDS", 0.1)
    cache.add("single-flight:v", 1, 30)
    assert single_flight("v", lambda: None, lambda: "mine") == "mine"


def test_with_no_cache_to_see_a_claim_in_every_reader_computes_at_once(monkeypatch):
    # A Redis outage: add answers False and nothing is ever found; the reader must not wait out the timeout.
    monkeypatch.setattr(core_cache, "SINGLE_FLIGHT_WAIT_SECONDS", 30.0)
    monkeypatch.setattr(cache, "add", lambda *args, **kwargs: False)
    assert single_flight("v", lambda: None, lambda: "computed") == "computed"


def test_a_reader_that_missed_just_before_the_value_came_takes_it_rather_than_computing_it_again():
    # Its miss came before another process stored the value and let go of its claim: the claim is free again,
    # but the value is there.
    cache.set("value", "stored meanwhile")
    assert single_flight("v", lambda: cache.get("value"), lambda: pytest.fail("computed again")) == "stored meanwhile"
    assert cache.get("single-flight:v") is None
