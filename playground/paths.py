"""Where the playground's bundled resources (examples, lessons, datasets, icons) live.

The one rule for finding them, for every way the app runs:

- installed from a wheel (``pip install .``) or frozen by PyInstaller
  (``tools/playground.spec``): the data package ``playground/_resources`` beside this module,
  which ``pyproject.toml`` builds from the repository's ``resources/`` folder;
- a checkout (``pip install -e .`` or ``python -m playground`` in the repository): the
  ``resources/`` folder at the repository root.
"""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
INSTALLED_RESOURCES = PACKAGE / "_resources"
CHECKOUT_RESOURCES = PACKAGE.parent / "resources"


def find_resources(
    *, installed: Path = INSTALLED_RESOURCES, checkout: Path = CHECKOUT_RESOURCES
) -> Path:
    """The resources folder: the installed data package if there is one, else the checkout's."""
    return installed if installed.is_dir() else checkout


RESOURCES = find_resources()


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("datasets", "digits.npz")``."""
    return RESOURCES.joinpath(*parts)
