"""``make bench``: builds the large demo profile once (cached in bench/.cache), runs every benchmark (or those named:
``bench/run.py sync list``), prints one table and writes bench/results.json. Exit 0 whether targets pass or not: the
table says which failed (a benchmark that could not run at all exits 1)."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import Result, print_table  # noqa: E402

SUITES = {  # in the order they run: the GUI's start-up first, on a quiet machine
    "gui": "bench_gui",
    "list": "bench_list",
    "editing": "bench_editing",
    "sync": "bench_sync",
    "bundle-memory": "bench_bundle_memory",
    "reports": "bench_reports",
    "growth": "bench_growth",
    "encrypted": "bench_encrypted",
    "postgres": "bench_postgres",
}


def byte_compile() -> None:
    """FieldDesk's modules compiled to bytecode first, as an installation has them (pip compiles on install, the
    PyInstaller bundle ships bytecode). Under PYTHONDONTWRITEBYTECODE (set on some machines, this one among them)
    Python would otherwise compile every module from source at every start: about 65 ms of each start-up, a cost
    no installed FieldDesk pays and the one-file floor programs hardly have."""
    import compileall

    if not compileall.compile_dir(str(HERE.parent / "app"), quiet=1):
        raise SystemExit("bench: FieldDesk's modules could not be byte-compiled")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suites", nargs="*", metavar="SUITE",
                        help=f"which to run (default: all): {', '.join(SUITES)}")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)
    unknown = [name for name in args.suites if name not in SUITES]
    if unknown:
        parser.error(f"no benchmark suite called {', '.join(unknown)}; there are: {', '.join(SUITES)}")
    chosen = args.suites or list(SUITES)

    from profiles import large_profile

    byte_compile()
    print("FieldDesk benchmarks: the large demo profile...", flush=True)
    large_profile()
    results: list[Result] = []
    broken: list[str] = []
    started = time.perf_counter()
    for name in chosen:
        print(f"- {name}...", flush=True)
        suite_started = time.perf_counter()
        try:
            results += importlib.import_module(SUITES[name]).run()
        except Exception:  # one suite failing must not hide the others' figures
            traceback.print_exc()
            broken.append(name)
        print(f"  ({time.perf_counter() - suite_started:.0f} s)", flush=True)
    print()
    print_table(results)
    failed = [r.name for r in results if not r.passed]
    print(f"\n{len(results) - len(failed)} of {len(results)} within target; "
          f"{len(failed)} over target{': ' + '; '.join(failed) if failed else ''}.")
    if broken:
        print(f"Could not run: {', '.join(broken)} (see the errors above).")
    from app import __version__

    args.output.write_text(json.dumps({
        "version": __version__,
        "machine": {"python": platform.python_version(), "system": platform.platform(), "cores": os.cpu_count()},
        "seconds": round(time.perf_counter() - started, 1),
        "suites": chosen,
        "broken": broken,
        "results": [r.to_json() for r in results],
    }, indent=2, ensure_ascii=False) + "\n")
    print(f"Written to {args.output}.")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
