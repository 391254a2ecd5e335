"""The CommonMark spec's examples through `wegwijs markdown`, the renderer of the pages.

    python3 Tests/CommonMark/conformance.py --wegwijs .build/release/wegwijs

spec-0.30.json holds the examples of the spec version that Debian's libcmark implements
(dumped with the spec's own `spec_tests.py --dump-tests`); HTML is compared after the spec's
own normalize.py, as its test runner does. Wegwijs differs from the spec on purpose in a few
places (raw HTML is left out of pages): differences.json lists those examples with the
reason. Any other example that fails, or a listed one that passes, fails this test, so the
list cannot go stale.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

from normalize import normalize_html

HERE = Path(__file__).parent


def rendered(wegwijs, markdown):
    result = subprocess.run([wegwijs, "markdown"], input=markdown.encode(), capture_output=True, check=False)
    if result.returncode != 0:
        return None
    return result.stdout.decode()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wegwijs", required=True)
    parser.add_argument("--verbose", action="store_true", help="show each failing example")
    args = parser.parse_args()
    examples = json.loads((HERE / "spec-0.30.json").read_text())
    documented = {int(number): reason for number, reason in json.loads((HERE / "differences.json").read_text()).items()}
    passed, differ, failed = 0, 0, []
    for example in examples:
        number = example["example"]
        html = rendered(args.wegwijs, example["markdown"])
        same = html is not None and normalize_html(html) == normalize_html(example["html"])
        if same and number not in documented:
            passed += 1
        elif not same and number in documented:
            differ += 1
        else:
            failed.append((example, html, "passes, but is listed as a difference" if same else "fails"))
    for example, html, what in failed:
        print(f"example {example['example']} ({example['section']}, spec line {example['start_line']}) {what}")
        if args.verbose:
            print(f"  markdown: {example['markdown']!r}\n  expected: {example['html']!r}\n  wegwijs:  {html!r}")
    print(f"commonmark: {differ} examples differ as documented in differences.json")
    print(f"commonmark: {passed} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
