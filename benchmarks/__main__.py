"""Run the benchmarks: ``python -m benchmarks [--quick] [NAME ...]``.

Each ``benchmarks/bench_*.py`` module defines ``run() -> list[Metric]``. All of them use the
one cached benchmark database (harness.large_database, built first). The runner prints the
machine, a table and writes ``benchmarks/results/latest.json``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.harness import RESULTS, Metric, dataset_counts, large_database, machine  # noqa: E402


def discover() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(p.stem.removeprefix("bench_") for p in here.glob("bench_*.py"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", help=f"which benchmarks (default all: {', '.join(discover())})")
    parser.add_argument("--quick", action="store_true",
                        help="a tenth of the data and fewer runs (a smoke test; the figures are not the targets)")
    args = parser.parse_args(argv)
    if args.quick:
        os.environ["BENCH_QUICK"] = "1"
    names = args.names or discover()
    unknown = sorted(set(names) - set(discover()))
    if unknown:
        parser.error(f"no such benchmark: {', '.join(unknown)}")
    info = machine()
    print(f"Machine: {info['cores']} cores, {info['cpu']}, Python {info['python']}, load {info['load']}")
    metrics: list[Metric] = []
    started = time.perf_counter()
    folder = large_database()
    counts = dataset_counts(folder)
    info["dataset"] = counts
    print("Dataset: " + ", ".join(f"{v:,.0f} {k.replace('_', ' ')}" for k, v in counts.items()
                                  if k != "build_seconds") + f" (built in {counts.get('build_seconds', 0):.0f} s)")
    for name in names:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        t0 = time.perf_counter()
        results = module.run()
        metrics.extend(results)
        print(f"  {name}: done in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    width = max((len(m.name) for m in metrics), default=10)
    print(f"\n{'metric':<{width}}  {'value':>10}  {'baseline':>10}  {'ratio':>6}  {'spread':>8}  target")
    for m in metrics:
        base = f"{m.baseline:.1f}" if m.baseline is not None else "-"
        ratio = f"{m.ratio:.2f}" if m.ratio is not None else "-"
        spread = f"{m.spread:.1f}" if m.spread is not None else "-"
        print(f"{m.name:<{width}}  {m.value:>8.1f}{m.unit:>2}  {base:>10}  {ratio:>6}  {spread:>8}  {m.target}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    info["load_after"] = os.getloadavg()[0]
    out = {"machine": info, "quick": bool(args.quick), "seconds": round(time.perf_counter() - started, 1),
           "metrics": [m.as_dict() for m in metrics]}
    (RESULTS / "latest.json").write_text(json.dumps(out, indent=2, ensure_ascii=False))
    print(f"\nWrote {RESULTS / 'latest.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
