"""Entry point: ``briefing-app`` and ``python -m briefing_app``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line (or the window) and return the exit status."""
    from briefing_app.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
