"""The test files of speed.py, made through core's own functions, in a process of their own
(so that speed.py stays small: a child's peak memory counts its parent's before exec).

    .venv/bin/python -m tests.benchmarks.processes.build_file demo|ten-year PATH

Prints one line of JSON: what the file holds.
"""

import json
import sys
from dataclasses import asdict

from core.demo import write_demo
from tests.scale.ten_year import build_ten_year_council


def main(kind: str, path: str) -> int:
    if kind == "demo":
        print(json.dumps({"path": str(write_demo(path))}))
    else:
        built = asdict(build_ten_year_council(path))
        print(json.dumps({key: str(value) for key, value in built.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
