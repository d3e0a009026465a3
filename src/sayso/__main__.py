"""``python -m sayso ...``: the same CLI as the ``sayso`` console script."""

from sayso.cli import main

main()
