"""The CommonMark spec's examples and GFM's table examples through `wegwijs markdown`.

    python3 Tests/CommonMark/conformance.py --wegwijs .build/release/wegwijs

spec-0.30.json holds the examples of the spec version that Debian's libcmark implements
(dumped with the spec's own `spec_tests.py --dump-tests`); HTML is compared after the spec's
own normalize.py, as its test runner does. Wegwijs differs from the spec on purpose in a few
places (raw HTML is left out of pages): differences.json lists those examples with the
reason. Any other example that fails, or a listed one that passes, fails this test, so the
list cannot go stale.

gfm-tables.json holds the `table` extension examples of GFM's spec (github/cmark-gfm,
test/spec.txt); they must all pass. Wegwijs writes a column's alignment as a class
(`align-start`, `align-center`, `align-end`: the `align` attribute is obsolete in HTML), which
is read back as GFM's `align="left|center|right"` before comparing.
"""
import argparse
import json
import re
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


ALIGN_CLASS = re.compile(r' class="align-(start|center|end)"')
GFM_ALIGN = {"start": "left", "center": "center", "end": "right"}


def as_gfm(html):
    return ALIGN_CLASS.sub(lambda match: f' align="{GFM_ALIGN[match.group(1)]}"', html)


def same(wegwijs, example, translate=lambda html: html):
    html = rendered(wegwijs, example["markdown"])
    return html, html is not None and normalize_html(translate(html)) == normalize_html(example["html"])


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
        html, matches = same(args.wegwijs, example)
        if matches and number not in documented:
            passed += 1
        elif not matches and number in documented:
            differ += 1
        else:
            failed.append((example, html, "passes, but is listed as a difference" if matches else "fails"))
    for example in json.loads((HERE / "gfm-tables.json").read_text()):
        html, matches = same(args.wegwijs, example, as_gfm)
        if matches:
            passed += 1
        else:
            failed.append((example, html, "fails"))
    for example, html, what in failed:
        print(f"example {example['example']} ({example['section']}, spec line {example['start_line']}) {what}")
        if args.verbose:
            print(f"  markdown: {example['markdown']!r}\n  expected: {example['html']!r}\n  wegwijs:  {html!r}")
    print(f"commonmark: {differ} examples differ as documented in differences.json")
    print(f"commonmark: {passed} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
