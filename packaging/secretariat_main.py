"""The bundle's one program: `secretariat` with every command (the desktop app is
`secretariat gui`, which the desktop file starts)."""

import sys

from secretariat.cli import main

if __name__ == "__main__":
    sys.exit(main())
