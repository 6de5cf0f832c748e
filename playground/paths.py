"""Where the playground's bundled resources (examples, lessons, datasets) live."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("datasets", "digits.npz")``."""
    return RESOURCES.joinpath(*parts)
