"""The layout on a phone and on a desktop, in headless Chromium, over file://.

At 360 × 740 CSS pixels, on one page of each template type in each locale given:
the page's h1 starts within the first 300 pixels; the main menu is folded behind one
button, which opens it without JavaScript (a details element); the button sits at the
end of the site name's row (at the left in a right-to-left page). At 1280 pixels wide the
menu shows without the button. The 404 pages are left out: their stylesheet's address is
from the site root, for a host to serve at any path, so over file:// they have none.

    python3 Tests/Site/phone_test.py [--site public] [--locales en ar ti]
"""
import argparse
import sys

from a11y import template_pages
from browser import site_folder, start_chromium

PHONE = (360, 740)
DESKTOP = (1280, 900)
H1_BUDGET = 300

LAYOUT = """
const visible = (element) => element !== null && element.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true});
const menu = document.querySelector('details.main-nav');
const button = menu && menu.querySelector('summary');
const firstLink = menu && menu.querySelector('nav a');
const box = button ? button.getBoundingClientRect() : null;
const label = button ? button.querySelector('span').getBoundingClientRect() : null;
return {h1: document.querySelector('h1').getBoundingClientRect().top + window.scrollY,
        hasMenu: menu !== null, open: menu !== null && menu.open,
        buttonShown: visible(button), linksShown: visible(firstLink),
        labelCentre: label ? (label.left + label.right) / 2 : 0, width: document.documentElement.clientWidth,
        rtl: getComputedStyle(document.documentElement).direction === 'rtl'};
"""


def phone_problems(driver, page):
    driver.set_window_rect(width=PHONE[0], height=PHONE[1])
    driver.get(page.resolve().as_uri())
    facts = driver.execute_script(LAYOUT)
    problems = []
    if facts["h1"] > H1_BUDGET:
        problems.append(f"h1 starts at {facts['h1']:.0f} px (budget {H1_BUDGET})")
    if not facts["hasMenu"]:
        return problems
    if facts["open"] or facts["linksShown"] or not facts["buttonShown"]:
        problems.append("the menu is not folded behind its button")
    on_right = facts["labelCentre"] > facts["width"] / 2
    if on_right == facts["rtl"]:
        problems.append("the menu button is not at the end of the row in the reading direction")
    driver.execute_script("document.querySelector('details.main-nav > summary').click()")
    if not driver.execute_script(LAYOUT)["linksShown"]:
        problems.append("the menu button does not open the menu")
    return problems


def desktop_problems(driver, page):
    driver.set_window_rect(width=DESKTOP[0], height=DESKTOP[1])
    driver.get(page.resolve().as_uri())
    facts = driver.execute_script(LAYOUT)
    if facts["hasMenu"] and (facts["buttonShown"] or not facts["linksShown"]):
        return ["on a desktop the menu is not shown open without its button"]
    return []


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="public", help="built site folder")
    parser.add_argument("--locales", nargs="+", help="default: every locale folder (one with an index.html)")
    args = parser.parse_args()
    site = site_folder(args.site)
    args.locales = args.locales or sorted(p.parent.name for p in site.glob("*/index.html"))
    pages = [(f"{locale} {kind}", path) for locale in args.locales for kind, path in template_pages(site, locale)
             if kind != "locale 404" and path is not None and path.is_file()]
    driver = start_chromium()
    passed = failed = 0
    try:
        for label, path in pages:
            problems = phone_problems(driver, path) + desktop_problems(driver, path)
            print(f"{'FAIL' if problems else 'PASS'} {label}: {path}")
            for problem in problems:
                print(f"    {problem}")
            failed += bool(problems)
            passed += not problems
    finally:
        driver.quit()
    print(f"phone: {passed} passed, {failed} failed")
    sys.exit(1 if failed or not pages else 0)


if __name__ == "__main__":
    main()
