import sys

from sec8k.cli import main

sys.exit(main())
