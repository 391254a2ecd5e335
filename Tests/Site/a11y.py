"""Accessibility checks of built pages in headless Chromium, over file://.

For each page: axe-core with the WCAG 2.1 A and AA rules must find no
violation, and the page must have one h1, <html lang> and dir, a skip link
(the first link) that targets an existing id, and make no request that
leaves the machine (only file:, data:, blob: and about: URLs).

    python3 Tests/Site/a11y.py [--site public] [--locales en ar] [--color-scheme dark] [PAGE.html ...]

With --color-scheme dark the pages are shown as to a reader whose system asks for a dark
scheme (prefers-color-scheme), so the dark colours' contrast is checked too.

Without pages, one page of each template type is found in each locale.
"""
import argparse
import json
import sys
from pathlib import Path

from browser import WebDriverException, site_folder, start_chromium

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
   .then(results => done(results.violations), error => done({error: String(error)}));
"""

PAGE_FACTS = """
const html = document.documentElement;
const first = document.querySelector('body a[href]');
const href = first ? first.getAttribute('href') : '';
const id = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : '';
return {lang: html.getAttribute('lang'), dir: html.getAttribute('dir'),
        h1: document.querySelectorAll('h1').length,
        firstLink: href, skipTargetFound: id !== '' && document.getElementById(id) !== null};
"""


def axe_script():
    try:
        import selenium_axe_python
    except ImportError:
        sys.exit("a11y: selenium-axe-python is not installed: run `make check-tools`")
    return (Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js").read_text()


def has_child_pages(folder):
    return any((child / "index.html").is_file() for child in folder.iterdir() if child.is_dir())


def template_pages(site, locale):
    """(template type, path) for each template type in a locale; the path is
    None when no folder of that type exists."""
    home = site / locale
    folders = sorted(p.parent for p in home.rglob("index.html") if p.parent != home)
    section = next((f for f in folders if has_child_pages(f)), None)
    content = next((f for f in folders if not has_child_pages(f)), None)
    return [("locale home", home / "index.html"),
            ("section", section and section / "index.html"),
            ("content", content and content / "index.html"),
            ("locale 404", home / "404.html")]


def requests_made(driver):
    """URLs requested since the performance log was last read."""
    events = (json.loads(entry["message"])["message"] for entry in driver.get_log("performance"))
    return [e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent"]


def page_problems(driver, page, axe):
    driver.get_log("performance")  # drop what earlier pages left
    driver.get(page.resolve().as_uri())
    problems = []
    facts = driver.execute_script(PAGE_FACTS)
    if facts["h1"] != 1:
        problems.append(f"{facts['h1']} h1 elements (want exactly 1)")
    for attribute in ("lang", "dir"):
        if not facts[attribute]:
            problems.append(f"<html> has no {attribute} attribute")
    if not facts["skipTargetFound"]:
        problems.append(f"first link {facts['firstLink']!r} is not a skip link to an existing id")
    driver.execute_script(axe)
    violations = driver.execute_async_script(RUN_AXE, WCAG_TAGS)
    if isinstance(violations, dict):
        problems.append(f"axe-core failed: {violations['error']}")
        violations = []
    for v in violations:
        targets = "; ".join(" ".join(map(str, node["target"])) for node in v["nodes"])
        problems.append(f"axe {v['id']} ({v['impact']}): {v['help']} at {targets}")
    offsite = [url for url in requests_made(driver) if not url.startswith(LOCAL_SCHEMES)]
    problems += [f"request leaves the machine: {url}" for url in dict.fromkeys(offsite)]
    return problems


def checked(driver, path, axe):
    """The page's problems, including a missing page or a browser error."""
    if path is None or not path.is_file():
        return ["page not found"]
    try:
        return page_problems(driver, path, axe)
    except WebDriverException as error:
        return [f"browser error: {error.msg}"]


def pages_to_check(args):
    """(label, path) pairs; the path is None for a template type the site lacks."""
    if args.pages:
        return [("page", Path(p)) for p in args.pages]
    site = site_folder(args.site)
    found = [("root chooser", site / "index.html")]
    for locale in args.locales:
        found += [(f"{locale} {kind}", path) for kind, path in template_pages(site, locale)]
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", help="HTML files (default: one per template type)")
    parser.add_argument("--site", default="public", help="built site folder")
    parser.add_argument("--locales", nargs="+", default=["en", "ar"], help="an LTR and an RTL one")
    parser.add_argument("--color-scheme", choices=["light", "dark"], default="light")
    args = parser.parse_args()
    pages = pages_to_check(args)
    axe = axe_script()
    driver = start_chromium(network_log=True)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": args.color_scheme}]})
    passed = failed = 0
    try:
        for label, path in pages:
            problems = checked(driver, path, axe)
            print(f"{'FAIL' if problems else 'PASS'} {label}: {path or 'none found'}")
            for problem in problems:
                print(f"    {problem}")
            if problems:
                failed += 1
            else:
                passed += 1
    finally:
        driver.quit()
    print(f"a11y ({args.color_scheme}): {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
