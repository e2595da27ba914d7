"""The process the crash test kills: ``python tests/benchmarks/crash_writer.py DB SEED``.

It writes through core in transactions and prints ``ACK n`` after each commit
(see crash_harness.py beside it).
"""

import sys

from crash_harness import writer_main

if __name__ == "__main__":
    sys.exit(writer_main(sys.argv[1:]))
