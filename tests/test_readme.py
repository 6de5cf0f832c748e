"""README.md tells the truth: CI runs exactly the test command it gives a newcomer."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if "pytest" in line and "venv" in line)
    assert command.strip() in readme


def test_readme_screenshots_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = [part.split(")")[0] for part in readme.split("](")[1:] if ".png" in part.split(")")[0]]
    assert images, "the README shows the real window"
    for image in images:
        assert (ROOT / image).is_file(), image
