#!/usr/bin/env python3
"""Builds one synthetic multilingual corpus with `wegwijs build` and with Hugo, side by side.

Usage: run.py [--pages N] [--runs N] [--smoke] [--wegwijs PATH] [--work DIR]

Per round and tool (the order alternates between rounds): a full build into an
empty output folder with no caches, then a rebuild with nothing changed, then a
rebuild after one sentence is appended to one page. Each is timed on the wall
clock; peak memory comes from `/usr/bin/time -v`. The floor is libcmark alone
rendering the same Markdown (cmark_floor.c), and reading the files.
Prints a Markdown table. Exits 1 when a build fails or the two builds do not
write the same set of page URLs.
--smoke: a tiny corpus and one round; Hugo and the floor only when installed.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field

sys.dont_write_bytecode = True  # keep the work tree free of __pycache__ folders
from measure import BuildFailed, has_gnu_time, run_measured
from report import Results, print_report

BENCHMARKS = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(BENCHMARKS)


@dataclass
class Tool:
    """How one generator builds the corpus, and which folders it keeps between builds."""
    name: str
    command: list
    output: str
    caches: list = field(default_factory=list)


def make_tools(args, site, work, with_hugo):
    output = os.path.join(work, "out-wegwijs")
    tools = [Tool("wegwijs", [args.wegwijs, "build", "--site", site, "--themes", args.themes,
                              "--output", output, "--quiet"], output)]
    if with_hugo:
        output, cache = os.path.join(work, "out-hugo"), os.path.join(work, "hugo-cache")
        tools.append(Tool("hugo", ["hugo", "--quiet", "--source", site, "--destination", output, "--cacheDir", cache],
                          output, [cache]))
    return tools


def write_corpus(site, pages, with_hugo):
    run_script("generate_site.py", site, "--pages", str(pages))
    if with_hugo:
        run_script("hugo_site.py", site)


def run_script(name, *arguments):
    subprocess.run([sys.executable, os.path.join(BENCHMARKS, name), *arguments], check=True)


def remove(path):
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.remove(path)


def start_cold(tool, site, pristine, trash):
    """Empty output, no caches: whatever either tool left in the site folder goes too.

    What goes is moved into `trash`, which is deleted after the last round. Deleting it here
    would slow the next build down for both tools: for a minute or more after thousands of
    files are deleted, ext4 without a journal (as on the benchmark machine) skips each
    recently freed inode one by one when it allocates a new one (`recently_deleted` in
    fs/ext4/ialloc.c), and that kernel time would swamp what the generators themselves do.
    """
    for path in [tool.output, *tool.caches, *(os.path.join(site, n) for n in os.listdir(site) if n not in pristine)]:
        if os.path.lexists(path):
            os.makedirs(trash, exist_ok=True)
            os.rename(path, os.path.join(trash, str(len(os.listdir(trash)))))


def edited_page(site):
    """A translation in the middle of the corpus (not an `en` source, so no translation goes out of date)."""
    folder = os.path.join(site, "content", "nl")
    pages = sorted(os.path.join(root, name) for root, _, names in os.walk(folder)
                   for name in names if name.startswith("page-"))
    return pages[len(pages) // 2]


def one_round(tool, site, pristine, trash, page, results, round_number):
    def measure(scenario, label):
        # What the last build wrote goes to disk now, not while this one is timed.
        os.sync()
        results.add(tool.name, scenario, run_measured(tool.command, f"{tool.name} {label}"))

    start_cold(tool, site, pristine, trash)
    measure("full", "full build")
    measure("no-change", "rebuild")
    with open(page, encoding="utf-8") as f:
        original = f.read()
    sentence = f"One more sentence, added in round {round_number}."
    try:
        with open(page, "a", encoding="utf-8") as f:
            f.write(f"\n{sentence}\n")
        measure("one-page edit", "rebuild after an edit")
    finally:
        with open(page, "w", encoding="utf-8") as f:
            f.write(original)
    # A fast rebuild only counts when it is a correct one.
    written = os.path.join(tool.output, os.path.splitext(os.path.relpath(page, os.path.join(site, "content")))[0],
                           "index.html")
    with open(written, encoding="utf-8") as f:
        if sentence not in f.read():
            raise BuildFailed(f"{tool.name}: after the edit of {page}, {written} does not have the new sentence")


def page_urls(output):
    """URL paths of every page (folders with an index.html), without the site root's own page."""
    urls = set()
    for root, _, names in os.walk(output):
        if "index.html" in names:
            path = "/" + os.path.relpath(root, output).replace(os.sep, "/") + "/"
            if path != "/./":
                urls.add(path)
    return urls


def measure_floor(site, work, runs):
    """Median read and render seconds of cmark_floor over `runs` runs, or None when it cannot be built."""
    if not shutil.which("gcc") or not shutil.which("pkg-config"):
        return None
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libcmark"], capture_output=True, text=True)
    if flags.returncode != 0:
        return None
    binary = os.path.join(work, "cmark_floor")
    subprocess.run(["gcc", "-O2", "-o", binary, os.path.join(BENCHMARKS, "cmark_floor.c"), *flags.stdout.split()],
                   check=True)
    readings = {"read": [], "render": []}
    for _ in range(runs):
        out = subprocess.run([binary, os.path.join(site, "content")], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            kind, files, size, seconds = line.split()
            readings[kind].append(float(seconds))
    return {"files": int(files), "read": statistics.median(readings["read"]),
            "render": statistics.median(readings["render"])}


def tool_version(command):
    result = subprocess.run(command, capture_output=True, text=True)
    return result.stdout.strip() or result.stderr.strip()


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, help="pages per locale (default 1000; 30 with --smoke)")
    parser.add_argument("--runs", type=int, help="rounds per tool (default 5; 1 with --smoke)")
    parser.add_argument("--smoke", action="store_true", help="tiny corpus, one round, Hugo only if installed")
    parser.add_argument("--wegwijs", default=os.path.join(REPOSITORY, ".build", "release", "wegwijs"))
    parser.add_argument("--themes", default=os.path.join(REPOSITORY, "themes"))
    parser.add_argument("--work", help="folder for the corpus and outputs (default: a temporary one, removed after)")
    args = parser.parse_args()
    args.pages = args.pages or (30 if args.smoke else 1000)
    args.runs = args.runs or (1 if args.smoke else 5)
    if not os.access(args.wegwijs, os.X_OK):
        parser.error(f"no wegwijs binary at {args.wegwijs}; build it with `make wegwijs`")
    if not args.smoke and not shutil.which("hugo"):
        parser.error("hugo is not installed (Debian: apt-get install hugo); --smoke runs without it")
    if not args.smoke and not has_gnu_time():
        parser.error("/usr/bin/time is missing (Debian: apt-get install time); --smoke runs without it")
    return args


def main():
    args = parse_arguments()
    with_hugo = shutil.which("hugo") is not None
    work = args.work or tempfile.mkdtemp(prefix="wegwijs-bench-")
    site = os.path.join(work, "site")
    trash = os.path.join(work, "trash")
    try:
        remove(site)
        write_corpus(site, args.pages, with_hugo)
        pristine = set(os.listdir(site))
        tools = make_tools(args, site, work, with_hugo)
        page = edited_page(site)
        results = Results(runs=args.runs, load_before=load_average())
        for round_number in range(args.runs):
            order = tools if round_number % 2 == 0 else tools[::-1]
            for tool in order:
                one_round(tool, site, pristine, trash, page, results, round_number + 1)
        results.urls = {tool.name: page_urls(tool.output) for tool in tools}
        results.floor = measure_floor(site, work, args.runs)
        results.load_after = load_average()
        results.hugo_version = tool_version(["hugo", "version"]) if with_hugo else None
        results.edited = os.path.relpath(page, site)
        results.pages_per_locale = args.pages
        return print_report(results)
    except BuildFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    finally:
        remove(trash)
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
