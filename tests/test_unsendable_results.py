"""pyoxigraph's query results are freed on the thread that made them, even when an error keeps their frame.

A QuerySolutions (or QueryBoolean, QueryTriples) is "unsendable": freeing it on another thread raises an error
Python can only report as unraisable, which fails whichever test is running. An error keeps the frames it passed
through, and an error kept in a reference cycle (pytest's excinfo, a stored error) is freed by the cyclic
collector on whichever thread next collects: a query worker's starter, a waitress thread. So a function whose
frame holds a result must let go of it before an error leaves.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from typing import Any

import pytest

from graph.remote import Endpoint, RemoteError, select
from server.result_bytes import read_tsv


def _keep_error_in_a_cycle(call: Callable[[], object]) -> str:
    """Call, and leave the error it raises in a reference cycle (as pytest's excinfo does); its type's name."""
    kept: list[BaseException] = []
    try:
        call()
    except Exception as err:  # any error: the point is what its traceback keeps
        kept.append(err)  # this frame -> kept -> err -> traceback -> this frame
    return type(kept[0]).__name__


def _unraisable_when_collected_on_another_thread() -> list[str]:
    """The unraisable errors raised while a new thread collects the cyclic garbage."""
    errors: list[str] = []
    hook = sys.unraisablehook
    sys.unraisablehook = lambda u: errors.append(f"{u.exc_type.__name__}: {u.exc_value}")
    try:
        collector = threading.Thread(target=gc.collect)
        collector.start()
        collector.join()
    finally:
        sys.unraisablehook = hook
    return errors


@pytest.fixture(autouse=True)
def _no_garbage_before() -> None:
    gc.collect()  # earlier tests' cycles are freed here, on their own thread, not blamed on this test


def test_a_tsv_result_that_fails_to_read_is_freed_on_its_thread() -> None:
    assert _keep_error_in_a_cycle(lambda: read_tsv(b'?x\n<a>\n"unterminated\n')) == "SyntaxError"
    assert _unraisable_when_collected_on_another_thread() == []


class _Answer:
    status_code = 200

    def __init__(self, content: bytes) -> None:
        self.content = content


class _Session:
    def __init__(self, content: bytes) -> None:
        self.content = content

    def post(self, *args: Any, **kwargs: Any) -> _Answer:
        return _Answer(self.content)


def test_a_remote_answer_that_fails_to_read_is_freed_on_its_thread() -> None:
    endpoint = Endpoint("http://127.0.0.1:9/sparql", "http://127.0.0.1:9/update")
    session: Any = _Session(b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"uri"}}]}}')  # no value

    def call() -> object:
        return select(session, endpoint, "SELECT ?x {}", "testing", 1.0)

    assert _keep_error_in_a_cycle(call) == "SyntaxError"  # the bindings are read lazily, while the rows are made
    assert _unraisable_when_collected_on_another_thread() == []


def test_remote_error_is_what_a_boolean_answer_raises() -> None:
    endpoint = Endpoint("http://127.0.0.1:9/sparql", "http://127.0.0.1:9/update")
    session: Any = _Session(b'{"head":{},"boolean":true}')
    with pytest.raises(RemoteError, match="answered a SELECT with a boolean"):
        select(session, endpoint, "SELECT ?x {}", "testing", 1.0)
