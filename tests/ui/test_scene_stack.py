"""Scene changes wait for the frame boundary, and every pause is paired with a resume."""

from __future__ import annotations

from types import SimpleNamespace

from play_for_integrity.ui.scene_stack import Scene, SceneStack


class Recorder(Scene):
    def __init__(self, name: str, log: list):
        super().__init__(SimpleNamespace(session=None))
        self.name, self.log = name, log

    def enter(self): self.log.append(f"enter {self.name}")
    def exit(self): self.log.append(f"exit {self.name}")
    def pause(self): self.log.append(f"pause {self.name}")
    def resume(self): self.log.append(f"resume {self.name}")


def test_push_waits_until_apply():
    log: list = []
    stack = SceneStack()
    stack.push(Recorder("a", log))
    assert stack.top is None and log == []
    assert stack.apply() is True
    assert stack.top.name == "a" and log == ["enter a"]


def test_pause_and_resume_are_paired():
    log: list = []
    stack = SceneStack()
    stack.push(Recorder("a", log))
    stack.push(Recorder("b", log))
    stack.pop()
    stack.apply()
    assert log == ["enter a", "pause a", "enter b", "exit b", "resume a"]


def test_replace_and_reset():
    log: list = []
    stack = SceneStack()
    stack.push(Recorder("a", log))
    stack.push(Recorder("b", log))
    stack.replace(Recorder("c", log))
    stack.apply()
    assert [s.name for s in stack.scenes] == ["a", "c"]
    stack.reset(Recorder("d", log))
    stack.apply()
    assert [s.name for s in stack.scenes] == ["d"]
    assert log[-4:] == ["exit c", "resume a", "exit a", "enter d"]


def test_apply_with_nothing_queued_reports_no_change():
    assert SceneStack().apply() is False
