"""The command line without a command opens the window without loading every command."""

from __future__ import annotations

import pytest

from crm_desktop import cli


def _capture_gui(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, list[str]]]:
    import crm_desktop.app

    calls: list[tuple[object, list[str]]] = []
    monkeypatch.setattr(crm_desktop.app, "run_gui", lambda args, qt_args: calls.append((args, list(qt_args))) or 0)
    return calls


def test_no_command_opens_the_window_with_qt_arguments(monkeypatch, tmp_path):
    calls = _capture_gui(monkeypatch)
    built: list[bool] = []
    real = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda with_commands=True: built.append(with_commands) or real(with_commands))
    assert cli.main(["--data-dir", str(tmp_path), "-platform", "offscreen"]) == 0
    (args, qt_args), = calls
    assert args.data_dir == str(tmp_path)
    assert qt_args == ["-platform", "offscreen"]
    assert built == [False]  # the command modules were not needed


def test_a_command_still_runs_and_a_typo_is_reported(monkeypatch, tmp_path, capsys):
    calls = _capture_gui(monkeypatch)
    cli.main(["--data-dir", str(tmp_path), "search", "nobody"])
    assert "No contact matches" in capsys.readouterr().out
    assert calls == []
    with pytest.raises(SystemExit):
        cli.main(["serch", "nobody"])
    assert "invalid choice" in capsys.readouterr().err
