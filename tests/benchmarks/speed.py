"""Benchmark: the program's speed beside bare anchors, as ratios against the goals (#18).

    .venv/bin/python -m tests.benchmarks.speed [--quick] [--pairs N]

Builds the test files through core's own functions (the demo council, core/demo; ten
years of history, tests/scale/ten_year.py; in a child process, build_file.py), then
times whole processes, the program's and its anchor's in turn (A B A B …, after one
untimed pair), and prints per row the medians, their ratio and the goal:

- the window shown and idle on the demo file, beside a bare PySide6 window;
- ``print agenda`` of the demo's next meeting, beside ReportLab alone making an agenda
  of 21 rows in the same fonts;
- ``--version`` and ``check``, beside ``python -c pass``;
- on the ten-year file: going to Adviezen and Brieven in the window, in milliseconds.

--quick (what the test command runs) takes the demo file only and 3 pairs; it reports
and never fails. Memory is the peak resident size of the program's process.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
MAIN = str(ROOT / "main.py")
PAGE_SWITCH_GOAL_MS = 50.0


@dataclass
class Run:
    seconds: float
    mib: float


@dataclass
class Pair:
    """One row: the program's command, its anchor's, and the ratio they may have."""

    name: str
    program: list[str]
    anchor: list[str]
    anchor_name: str
    goal: float


def run_once(command: list[str], env: dict[str, str]) -> Run:
    """The wall time and peak memory of one whole process; a failing one stops the run.
    (Linux counts a child's peak from before its exec too: speed.py itself stays small.)"""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                   stderr=errors)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if process.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{errors.read().decode()}")
    return Run(seconds, usage.ru_maxrss / 1024)  # KiB on Linux


def interleaved(pair: Pair, pairs: int, env: dict[str, str]) -> tuple[list[Run], list[Run]]:
    run_once(pair.program, env)  # warm the disk cache for both, untimed
    run_once(pair.anchor, env)
    program, anchor = [], []
    for _number in range(pairs):
        program.append(run_once(pair.program, env))
        anchor.append(run_once(pair.anchor, env))
    return program, anchor


def isolated_environment(folder: Path) -> dict[str, str]:
    """Settings, data folder and backups in ``folder``: the runs leave the user's alone.

    The bytecode of the program's modules is cached in ``folder`` (written by the untimed
    first run of each row), as an installed program has it: without the cache every run
    compiles some 280 modules again (0.2 s), which no secretary waits for after the first
    start, and the anchors (site-packages, compiled when installed) do not either."""
    env = dict(os.environ, HOME=str(folder), XDG_CONFIG_HOME=str(folder / "config"),
               XDG_DATA_HOME=str(folder / "data"), XDG_CACHE_HOME=str(folder / "cache"),
               PYTHONPYCACHEPREFIX=str(folder / "bytecode"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def module(name: str, *args: str) -> list[str]:
    return [PYTHON, "-m", f"tests.benchmarks.processes.{name}", *args]


def build(kind: str, path: Path, env: dict[str, str]) -> dict[str, str]:
    """Make a test file in a child process (tests/benchmarks/processes/build_file.py)."""
    output = subprocess.run(module("build_file", kind, str(path)), cwd=ROOT, env=env,
                            capture_output=True, text=True, check=True, timeout=3600).stdout
    return json.loads(output.strip().splitlines()[-1])


def demo_pairs(demo: Path, folder: Path) -> list[Pair]:
    program = [PYTHON, MAIN, "--db", str(demo)]
    bare = [PYTHON, "-c", "pass"]
    return [
        Pair("window shown and idle (demo)", module("program_window", str(demo)),
             module("bare_window"), "bare PySide6 window", 2.0),
        Pair("print agenda (demo)",
             program + ["print", "agenda", "--meeting", "next", "--output",
                        str(folder / "agenda.pdf")],
             module("bare_agenda", str(folder / "kale-agenda.pdf")),
             "bare ReportLab agenda", 2.0),
        Pair("--version", [PYTHON, MAIN, "--version"], bare, "python -c pass", 3.0),
        Pair("check (demo)", program + ["check"], bare, "python -c pass", 4.0),
    ]


def print_pair(pair: Pair, program: list[Run], anchor: list[Run]) -> None:
    mine = statistics.median(run.seconds for run in program)
    theirs = statistics.median(run.seconds for run in anchor)
    ratio = mine / theirs
    verdict = "ok" if ratio <= pair.goal else "over"
    mib = max(run.mib for run in program)
    print(f"| {pair.name} | {mine:.3f} s, {mib:.0f} MiB | {pair.anchor_name} {theirs:.3f} s "
          f"| {ratio:.1f}× | ≤ {pair.goal:g}× | {verdict} |", flush=True)


def print_page_switches(path: Path, env: dict[str, str]) -> None:
    sections = {"advice": "Adviezen", "letters": "Brieven"}
    output = subprocess.run(module("page_switch", str(path), *sections), cwd=ROOT, env=env,
                            capture_output=True, text=True, check=True, timeout=600).stdout
    measured = json.loads(output.strip().splitlines()[-1])
    for section, label in sections.items():
        median, first = measured[section]["median"], measured[section]["first"]
        verdict = "ok" if max(median, first) <= PAGE_SWITCH_GOAL_MS else "over"
        print(f"| go to {label} (ten years) | {median:.0f} ms (first visit {first:.0f} ms) "
              f"| – | – | ≤ {PAGE_SWITCH_GOAL_MS:.0f} ms | {verdict} |", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="demo file only, 3 pairs (the test command's run)")
    parser.add_argument("--pairs", type=int, help="timed pairs per row (default 7)")
    args = parser.parse_args(argv)
    pairs = args.pairs or (3 if args.quick else 7)
    with tempfile.TemporaryDirectory(prefix="raadswerk-speed-") as name:
        folder = Path(name)
        env = isolated_environment(folder)
        demo = Path(build("demo", folder / "demo.raadswerk", env)["path"])
        print(f"speed ({pairs} pairs per row, medians; whole processes)", flush=True)
        print("| what | program | anchor | ratio | goal | |")
        print("|---|---|---|---|---|---|")
        for pair in demo_pairs(demo, folder):
            print_pair(pair, *interleaved(pair, pairs, env))
        if not args.quick:
            started = time.perf_counter()
            built = build("ten-year", folder / "tien-jaar.raadswerk", env)
            print(f"(ten-year file built in {time.perf_counter() - started:.0f} s: "
                  f"{built['members']} members, {built['meetings']} meetings, "
                  f"{built['signals']} signals, {built['advice']} advice, "
                  f"{built['letters']} letters)", flush=True)
            print_page_switches(Path(built["path"]), env)
    print(f"(processor time of all runs: "
          f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
