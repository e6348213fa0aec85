"""The ``metrics`` command (and ``python -m metrics``): ``metrics.cli``, entered here.

Importing the command line's modules takes a second or more on a loaded machine; a Ctrl-C
meanwhile, before ``cli.main`` can catch it, printed a traceback of the import. Here it
is a stopped command like any other (``cli.interrupted``: one line, status 130); nothing
was begun, so nothing was written.
"""

from __future__ import annotations

import sys


def main() -> int:
    try:
        from metrics import cli
    except KeyboardInterrupt:
        print("metrics: error: interrupted (SIGINT); nothing was written", file=sys.stderr)
        return 130
    return cli.main()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
