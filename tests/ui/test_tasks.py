"""The database worker: work runs off the GUI thread, results come back on it, progress shows only for slow work,
errors are reported, and callbacks of deleted widgets are dropped."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.tasks.taskman import TaskManager


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot):
    tasks = TaskManager()
    threads = {}

    def work():
        threads["work"] = threading.current_thread()
        return 42

    got = []
    with qtbot.waitSignal(tasks.idle, timeout=5000):
        tasks.run(work, lambda result: got.append((result, QThread.currentThread())))
    assert threads["work"] is not threading.main_thread()
    assert got == [(42, QApplication.instance().thread())]
    assert not tasks.busy
    tasks.shutdown()


def test_tasks_run_one_at_a_time_in_order(qtbot):
    tasks = TaskManager()
    order = []
    with qtbot.waitSignal(tasks.idle, timeout=5000):
        for n in range(20):
            tasks.run(lambda n=n: order.append(n) or n)
    assert order == list(range(20))
    tasks.shutdown()


def test_progress_shows_only_for_work_that_takes_a_while(qtbot):
    tasks = TaskManager(progress_delay_ms=100)
    shown = []
    tasks.busy_changed.connect(lambda busy, label: shown.append((busy, label)))
    with qtbot.waitSignal(tasks.idle, timeout=5000):
        tasks.run(lambda: None, label="Quick")
    assert shown == []
    release = threading.Event()
    with qtbot.waitSignal(tasks.busy_changed, timeout=5000):
        tasks.run(lambda: release.wait(5), label="Reading the list")
    assert shown == [(True, "Reading the list")]
    with qtbot.waitSignal(tasks.idle, timeout=5000):
        release.set()
    assert shown == [(True, "Reading the list"), (False, "")]
    tasks.shutdown()


def test_errors_go_to_the_handler_or_to_the_failed_signal(qtbot, capsys):
    from app.services.errors import NotFound

    tasks = TaskManager()
    handled = []

    def boom():
        raise NotFound("There is no mission with id x.")

    with qtbot.waitSignal(tasks.idle, timeout=5000):
        tasks.run(boom, lambda _r: handled.append("done"), lambda e: handled.append(str(e)))
    assert handled == ["There is no mission with id x."]
    with qtbot.waitSignal(tasks.failed, timeout=5000) as failed:
        tasks.run(boom)
    assert isinstance(failed.args[0], NotFound)
    with qtbot.waitSignal(tasks.failed, timeout=5000) as failed:  # a bug in a callback is reported too
        tasks.run(lambda: 1, lambda _r: 1 / 0)
    assert isinstance(failed.args[0], ZeroDivisionError) and not tasks.busy
    assert "ZeroDivisionError" in capsys.readouterr().err
    tasks.shutdown()


def test_callbacks_of_deleted_owners_are_dropped(qtbot):
    tasks = TaskManager()
    owner = QWidget()
    release = threading.Event()
    got = []
    tasks.run(lambda: release.wait(5), lambda _r: got.append("called"), owner=owner)
    owner.deleteLater()
    with qtbot.waitSignal(owner.destroyed, timeout=5000):
        pass
    with qtbot.waitSignal(tasks.idle, timeout=5000):
        release.set()
    assert got == []
    tasks.shutdown()
    assert isinstance(tasks, QObject)
