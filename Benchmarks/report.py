"""The numbers of a benchmark run, and the Markdown table they are printed as."""
import os
import statistics
from collections import defaultdict

TOOL_NAMES = {"wegwijs": "Wegwijs", "hugo": "Hugo"}
SCENARIOS = {"full": "full build, s", "no-change": "rebuild, nothing changed, s",
             "one-page edit": "rebuild, one page edited, s"}


class Results:
    def __init__(self, runs, load_before):
        self.runs = runs
        self.load_before = load_before
        self.load_after = None
        self.measurements = defaultdict(list)  # (tool, scenario) -> [Measurement]
        self.urls = {}  # tool -> set of page URL paths
        self.floor = None
        self.hugo_version = None
        self.edited = None
        self.pages_per_locale = None

    def add(self, tool, scenario, measurement):
        self.measurements[tool, scenario].append(measurement)

    def tools(self):
        return list(self.urls)

    def seconds(self, tool, scenario):
        return [m.seconds for m in self.measurements[tool, scenario]]

    def median_seconds(self, tool, scenario):
        return statistics.median(self.seconds(tool, scenario))

    def median_cpu_seconds(self, tool, scenario):
        values = [m.cpu_seconds for m in self.measurements[tool, scenario] if m.cpu_seconds is not None]
        return statistics.median(values) if values else None

    def peak_mib(self, tool):
        peaks = [m.peak_kib for m in self.measurements[tool, "full"] if m.peak_kib is not None]
        return statistics.median(peaks) / 1024 if peaks else None


def timing(values):
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:.3f}"
    return f"{median:.3f} ({min(values):.3f}–{max(values):.3f})"


def ahead(hugo, wegwijs):
    """How many times better Wegwijs is: for times and memory, Hugo's value over Wegwijs'."""
    if hugo is None or wegwijs is None or wegwijs == 0:
        return ""
    return f"{hugo / wegwijs:.2f}×"


def table_rows(results):
    tools = results.tools()
    rows = []
    for scenario, label in SCENARIOS.items():
        values = {t: results.median_seconds(t, scenario) for t in tools}
        rows.append((label, {t: timing(results.seconds(t, scenario)) for t in tools},
                     ahead(values.get("hugo"), values.get("wegwijs"))))
        if scenario == "full":
            rate = {t: len(results.urls[t]) / values[t] for t in tools}
            rows.append(("pages/s, full build", {t: f"{rate[t]:.0f}" for t in tools},
                         ahead(rate.get("wegwijs"), rate.get("hugo"))))
    for scenario in SCENARIOS:
        cpu = {t: results.median_cpu_seconds(t, scenario) for t in tools}
        cells = {t: "n/a" if cpu[t] is None else f"{cpu[t]:.2f}" for t in tools}
        rows.append((f"CPU time (user + system), {scenario}, s", cells, ahead(cpu.get("hugo"), cpu.get("wegwijs"))))
    share = {t: results.median_seconds(t, "no-change") / results.median_seconds(t, "full") for t in tools}
    rows.append(("nothing changed, % of full build", {t: f"{100 * share[t]:.0f} %" for t in tools}, ""))
    peak = {t: results.peak_mib(t) for t in tools}
    rows.append(("peak memory, full build, MiB", {t: "n/a" if peak[t] is None else f"{peak[t]:.0f}" for t in tools},
                 ahead(peak.get("hugo"), peak.get("wegwijs"))))
    rows.append(("pages written (index.html)", {t: str(len(results.urls[t])) for t in tools}, ""))
    return rows


def url_agreement(results):
    """A sentence on whether both tools wrote the same page URLs, and whether that is a failure."""
    if "hugo" not in results.urls:
        return "Hugo not installed: Wegwijs only.", True
    only_wegwijs = sorted(results.urls["wegwijs"] - results.urls["hugo"])
    only_hugo = sorted(results.urls["hugo"] - results.urls["wegwijs"])
    if not only_wegwijs and not only_hugo:
        return f"Both builds wrote the same {len(results.urls['hugo'])} page URLs.", True
    return (f"The builds wrote different pages: {len(only_wegwijs)} only by Wegwijs (e.g. {only_wegwijs[:3]}), "
            f"{len(only_hugo)} only by Hugo (e.g. {only_hugo[:3]}).", False)


def print_report(results):
    """Prints the table and notes; returns the exit status (1 when the two builds are not comparable)."""
    tools = results.tools()
    total = len(results.urls["wegwijs"])
    names = " and ".join(TOOL_NAMES[t] for t in tools)
    print(f"## {names} on {results.pages_per_locale} pages × 9 locales ({total} pages)\n")
    print(f"Median of {results.runs} run(s) each, tools alternated; min–max in brackets. "
          f"{os.cpu_count()} cores; load average before {results.load_before}, after {results.load_after}.")
    if results.hugo_version:
        print(f"Hugo: {results.hugo_version}")
    print(f"One-page edit: a sentence appended to {results.edited}.\n")
    header = ["", *(TOOL_NAMES[t] for t in tools)]
    if "hugo" in tools:
        header.append("Wegwijs ahead by")
    print("| " + " | ".join(header) + " |")
    print("|---|" + "---:|" * (len(header) - 1))
    for label, values, ratio in table_rows(results):
        cells = [label, *(values[t] for t in tools)] + ([ratio] if "hugo" in tools else [])
        print("| " + " | ".join(cells) + " |")
    if results.floor:
        floor = results.floor
        full = results.median_seconds("wegwijs", "full")
        print(f"\nThe floor (libcmark alone, one thread, {floor['files']} files): reading them {floor['read']:.3f} s, "
              f"rendering them {floor['render']:.3f} s. Wegwijs' full build takes "
              f"{full / (floor['read'] + floor['render']):.1f}× reading and rendering.")
    else:
        print("\nThe floor: not measured (gcc or libcmark-dev missing).")
    sentence, comparable = url_agreement(results)
    print(sentence)
    return 0 if comparable else 1
