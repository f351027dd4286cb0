import import_samples as samples

from crm_desktop.cli import main


def test_import_dry_run_import_list_and_undo(tmp_path, capsys):
    data = str(tmp_path / "data")
    path = str(samples.google_old(tmp_path / "google.csv"))
    assert main(["--data-dir", data, "import", path, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Google Contacts" in out and "Will create: 3 new contacts" in out
    assert main(["--data-dir", data, "import", path, "--on-duplicate", "skip"]) == 0
    out = capsys.readouterr().out
    assert "Created: 3 new contacts" in out and "crm-desktop import --undo 1" in out
    assert main(["--data-dir", data, "import", "--list"]) == 0
    assert "google.csv" in capsys.readouterr().out
    assert main(["--data-dir", data, "import", "--undo", "1"]) == 0
    assert "Removed the 3 contacts" in capsys.readouterr().out
    assert main(["--data-dir", data, "import", "--undo", "1"]) == 1
    assert "already undone" in capsys.readouterr().err


def test_nothing_importable_exits_non_zero(tmp_path, capsys):
    data = str(tmp_path / "data")
    path = samples.write_csv(tmp_path / "n.csv", [["Name", "Email"], ["", "a@x.example"]])
    assert main(["--data-dir", data, "import", str(path)]) == 1
    assert "row 2: there is no name" in capsys.readouterr().out
    (tmp_path / "r.csv").write_bytes(bytes(range(256)) * 20)
    assert main(["--data-dir", data, "import", str(tmp_path / "r.csv")]) == 1
    assert "does not look like" in capsys.readouterr().err
