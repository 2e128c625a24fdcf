"""How Dossier scales: build synthetic dossiers of N articles and print the figures.

    python bench/scale.py 100 1000 10000            # print a table
    python bench/scale.py 100 1000 10000 --write    # also update docs/guide/performance.md

For each N: extraction rate (one core), a full `dossier build` from nothing (wall time, the
stage timings it prints, peak memory), site size, the search payload, and the time of an
incremental `dossier generate` after one article changed. Figures only; no asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import make_corpus  # noqa: E402
from generator.pipeline import extract_all, read_folder  # noqa: E402

WORK = Path(os.environ.get("DOSSIER_BENCH_DIR", "/tmp/dossier-bench"))
DOSSIER = [sys.executable, "-m", "generator"]


def timed(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """(wall seconds, peak memory in MB of the command and all its processes at once,
    stderr+stdout). The build runs stages in child processes (and Pagefind), so the biggest
    single process (GNU time's figure) would understate what the machine needs."""
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT)
        peak = 0
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.05)
        wall = time.perf_counter() - started
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{text[-2000:]}")
    return round(wall, 2), peak // 2**20, text


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and every process below it, from /proc (Linux)."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    wanted, todo, total = set(), [root], 0
    while todo:
        pid = todo.pop()
        if pid not in wanted:
            wanted.add(pid)
            todo.extend(children.get(pid, ()))
    page = os.sysconf("SC_PAGE_SIZE")
    for pid in wanted:
        try:
            with open(f"/proc/{pid}/statm", "rb") as statm:
                total += int(statm.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
    return total


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def search_query_kb(bundle: Path) -> float:
    """Worst case a first query downloads from Pagefind: the runtime and the UI once; for the
    bundle and each part merged into it (``dossier-parts.json``) its entry file, language
    runtime, metadata and biggest index chunk; and five of the biggest result fragments."""
    if not bundle.is_dir():
        return 0.0
    parts_file = bundle / "dossier-parts.json"
    parts = json.loads(parts_file.read_text(encoding="utf-8")) if parts_file.exists() else []
    bundles = [bundle, *(bundle / p for p in parts)]
    size = lambda folder, pattern: [p.stat().st_size for p in folder.glob(pattern)]  # noqa: E731
    total = sum(size(bundle, "pagefind.js") + size(bundle, "pagefind-ui.js") + size(bundle, "pagefind-ui.css"))
    total += sum(size(bundle, "dossier-parts.json"))
    fragments: list[int] = []
    for folder in bundles:
        total += sum(size(folder, "pagefind-entry.json")) + max(size(folder, "wasm.*"), default=0)
        total += max(size(folder, "*.pf_meta"), default=0) + max(size(folder, "index/*"), default=0)
        fragments += size(folder, "fragment/*")
    return round((total + sum(sorted(fragments, reverse=True)[:5])) / 1024, 1)


def extraction_rate(articles_dir: Path, limit: int = 1000) -> float:
    """Articles per second on one core (no cache, no pool)."""
    articles, _ = read_folder(articles_dir)
    articles = articles[:limit]
    extract_all(articles[:20])  # warm up lexicons and gazetteers
    started = time.perf_counter()
    extract_all(articles)
    return len(articles) / (time.perf_counter() - started)


def measure(count: int) -> dict:
    project = WORK / str(count)
    shutil.rmtree(project, ignore_errors=True)
    make_corpus(project / "articles", count)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs" / "guide", project / "docs" / "guide")
    shutil.copy(ROOT / "docs" / "search.md", project / "docs" / "search.md")
    figures = {"articles": count, "extract_per_s_one_core": round(extraction_rate(project / "articles"))}

    # The project is new, so its extraction cache is empty: a build from nothing that leaves
    # the cache a user's next rebuild has (with --no-cache the incremental run re-extracted all).
    wall, rss, output = timed([*DOSSIER, "build"], project)
    figures |= {"build_s": wall, "peak_rss_mb": rss}
    stages = dict(re.findall(r"(\w+)=([\d.]+)s", output.split("timings:")[-1]))
    figures |= {f"{k}_s": float(v) for k, v in stages.items()}
    site = project / "site"
    figures["site_mb"] = round(folder_size(site) / 1e6, 1)
    index = site / "search" / "search_index.json"
    figures["search_index_mb"] = round(index.stat().st_size / 1e6, 2) if index.exists() else 0.0

    figures["search_query_kb"] = search_query_kb(site / "pagefind")

    changed = project / "articles" / "bench-00000.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nEin neuer Absatz zum Schluss.\n", encoding="utf-8")
    wall, _, output = timed([*DOSSIER, "generate"], project)
    written = re.search(r"(\d+) written", output)
    figures |= {"incremental_generate_s": wall, "incremental_pages_written": int(written.group(1)) if written else -1}
    return figures


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000])
    parser.add_argument("--write", action="store_true", help="write bench/results/scale.json and docs/guide/performance.md")
    args = parser.parse_args()
    results = []
    for count in args.sizes:
        print(f"building {count} articles …", file=sys.stderr, flush=True)
        figures = measure(count)
        results.append(figures)
        print(json.dumps(figures), flush=True)
    print(f"\nmachine: {machine()}")
    keys = list(results[0])
    print(" | ".join(f"{k:>12}" for k in keys))
    for figures in results:
        print(" | ".join(f"{figures[k]!s:>12}" for k in keys))
    if args.write:
        from bench.performance_page import write_page

        out = ROOT / "bench" / "results" / "scale.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps({"machine": machine(), "results": results}, indent=1) + "\n", encoding="utf-8")
        write_page(out, ROOT / "docs" / "guide" / "performance.md")
        print(f"wrote {out} and docs/guide/performance.md")


if __name__ == "__main__":
    main()
