"""One results sink per run: the store opened once, problems told once, a locked store tried again later."""

from __future__ import annotations

from play_for_integrity.play.results_sink import ResultsSink


def test_the_store_is_opened_once_and_shared(tmp_path):
    sink = ResultsSink(tmp_path, lambda message: None)
    assert sink.store is None, "nothing is opened before it is needed"
    first = sink.open()
    assert first is not None and sink.open() is first and sink.store is first


def test_a_store_that_cannot_open_is_one_notice_and_is_tried_again(tmp_path):
    notices: list[str] = []
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    sink = ResultsSink(blocker, notices.append)
    assert sink.open() is None and sink.open() is None
    assert len(notices) == 1 and str(blocker) in notices[0]
    assert sink.write("save the answer", lambda store: 1) is None
    sink.data_dir = tmp_path / "free"
    assert sink.open() is not None and sink.problem is None


def test_a_failed_write_is_a_notice_naming_what_was_lost(tmp_path):
    notices: list[str] = []
    sink = ResultsSink(tmp_path, notices.append)

    def fail(store):
        raise OSError("disk full")

    assert sink.write("save the votes", fail) is None
    assert notices == ["could not save the votes: disk full"]


def test_a_disabled_sink_writes_nothing(tmp_path):
    sink = ResultsSink(tmp_path, lambda message: None, enabled=False)
    assert sink.open() is None and sink.write("save", lambda store: 1) is None
    assert not any(tmp_path.iterdir())
