"""The "What applies to me?" widget in a built site, in headless Chromium.

Opens the widget page (file://) with answers in the URL and reads the DOM:
the act, the end of the integration period and the exams, for both acts,
all three tracks and a right-to-left locale; then an impossible answer, the
URL following the answers, and a clean console (no CSP violations).

    python3 Tests/Site/widget_test.py --site public
"""
import argparse
import json
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).parent))
from browser import site_folder, start_chromium  # noqa: E402

PAGE = "what-applies/index.html"
CONDITIONS = {"hasBSN": "true", "hasResidencePermit": "true", "registeredWithMunicipality": "true", "letterReceived": "true"}


def act2021(track, locale="en"):
    # Three years from the day after the PIP: the last day is the PIP's date three years on.
    answers = {"today": "2024-06-01", "obligation": "obliged", "obligedSince": "2023-03-10", **CONDITIONS,
               "arrangedOn": "2023-04-01", "pipDate": "2023-09-14", "track": track}
    return locale, answers, "2021", "2026-09-14"


# (locale, answers, act, last day of the period, {component: (level, required)}).
CASES = [
    (*act2021("b1"), {"language": ("B1", "true"), "knm": ("none", "true"), "pvt": ("none", "true"), "map": ("none", "true")}),
    (*act2021("education"), {"language": ("B1", "true"), "knm": ("none", "true"), "map": ("none", "false")}),
    # Z-route: no exam is compulsory, the KNM exam included (Besluit inburgering 2021 art. 3.14(7)).
    (*act2021("self-reliance"), {"language": ("A1", "false"), "knm": ("none", "false"), "final-interview": ("none", "true")}),
    # The 2013 act: three years from the day one became obliged; ONA from 2015, PVT from October 2017.
    ("en", {"today": "2019-06-01", "obligation": "obliged", "obligedSince": "2018-01-01", **CONDITIONS, "arrangedOn": "2018-01-01"},
     "2013", "2020-12-31", {"language": ("A2", "true"), "knm": ("none", "true"), "ona": ("none", "true"), "pvt": ("none", "true")}),
    (*act2021("b1", locale="ar"), {"language": ("B1", "true"), "pvt": ("none", "true")}),
    (*act2021("self-reliance", locale="ar"), {"language": ("A1", "false")}),
    (*act2021("self-reliance", locale="ps"), {"language": ("A1", "false"), "knm": ("none", "false")}),
]

# The digits each locale's pages are written with: the widget's dates must use the same.
DIGITS = {"ar": "0123456789", "ps": "۰۱۲۳۴۵۶۷۸۹"}


class Run:
    def __init__(self, site):
        self.site = site
        self.driver = start_chromium()
        self.passed = 0
        self.failed = 0

    def check(self, label, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {label}" + (f": {detail}" if detail else ""))

    def open(self, locale, answers):
        url = (self.site / locale / PAGE).resolve().as_uri() + "?" + urlencode(answers)
        self.driver.get(url)
        return self.wait_for(".rules-result h3, .rules-error")

    def wait_for(self, selector, seconds=5):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.driver.find_elements("css selector", selector):
                return True
            time.sleep(0.05)
        return False

    def query(self, script):
        return self.driver.execute_script(script)

    def strings(self):
        return json.loads(self.query("return document.querySelector('[data-rules-data]').textContent"))["strings"]

    def check_case(self, locale, answers, act, end, exams):
        label = f"{locale} {answers.get('track', 'act ' + act)}"
        if not self.open(locale, answers):
            self.check(f"{label}: the widget shows a result", False, self.console())
            return
        self.check(f"{label}: no static summary once the widget runs", not self.query("return document.querySelector('[data-rules-summary]')"))
        self.check(f"{label}: act", self.query("return document.querySelector('[data-act]')?.dataset.act") == act)
        deadline = self.query("""const d = document.querySelector('.rules-deadline bdi[data-date]');
            return d && [d.dataset.date, d.textContent]""")
        self.check(f"{label}: deadline {end}", deadline and deadline[0] == end, deadline)
        self.check(f"{label}: the deadline is written for people, not as an ISO date", deadline and deadline[1] != end, deadline)
        found = self.query("""return Object.fromEntries([...document.querySelectorAll('li[data-component]')]
            .map(li => [li.dataset.component, [li.dataset.level, li.dataset.required]]))""")
        for component, (level, required) in exams.items():
            self.check(f"{label}: {component}", found.get(component) == [level, required], found.get(component))
        sources = self.query("return [...document.querySelectorAll('.rules-result li')].map(li => !!li.querySelector('a[href]'))")
        self.check(f"{label}: every listed item links its source", sources and all(sources), sources)
        authority = self.query("return document.querySelector('.rules-result .rules-authority')?.textContent")
        self.check(f"{label}: says who is the authority", authority == self.strings()["authority"], authority)
        if locale in DIGITS:
            direction = self.query("return getComputedStyle(document.querySelector('.rules-result')).direction")
            self.check(f"{label}: right to left", direction == "rtl", direction)
            digits = [c for c in deadline[1] if c.isdigit()] if deadline else []
            self.check(f"{label}: the date's digits are the pages' digits", digits and all(c in DIGITS[locale] for c in digits), deadline)
            self.check_level_code(label)

    def check_level_code(self, label):
        # The level code is isolated left to right inside a name that keeps the page's direction.
        level = self.query("""const li = document.querySelector('li[data-component=language]');
            const code = li && li.querySelector('bdi[dir=ltr]');
            return code && [code.textContent, li.dataset.level, getComputedStyle(code.parentElement).direction]""")
        self.check(f"{label}: the level code is isolated", level and level[0] == level[1] and level[2] == "rtl", level)

    def check_impossible_answer(self):
        answers = {**act2021("b1")[1], "pipDate": "2023-01-01"}  # a PIP before the obligation
        shown = self.open("en", answers)
        error = self.query("return document.querySelector('.rules-error')?.dataset.error")
        self.check("impossible answers show the error text", shown and error == "pip-before-obligation", error)
        text = self.query("return document.querySelector('.rules-error p')?.textContent")
        self.check("the error is worded from the strings", text == self.strings().get("error.pip-before-obligation"), text)

    def check_url_follows_answers(self):
        self.open("en", {"today": "2024-06-01"})
        self.driver.find_element("css selector", "input[name=obligation][value=voluntary]").click()
        time.sleep(0.2)
        url = self.driver.current_url
        self.check("the URL keeps the answers", "obligation=voluntary" in url, url)
        self.check("the answer changes the result", self.query("return document.querySelector('[data-act]')?.dataset.act") == "voluntary")

    def console(self):
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]

    def run(self):
        try:
            for case in CASES:
                self.check_case(*case)
            self.check_impossible_answer()
            self.check_url_follows_answers()
            errors = self.console()
            self.check("no console errors (CSP, script)", not errors, errors)
        finally:
            self.driver.quit()
        print(f"widget: {self.passed} passed, {self.failed} failed")
        return self.failed == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="public")
    site = site_folder(parser.parse_args().site)
    for locale in sorted({case[0] for case in CASES}):
        if not (site / locale / PAGE).is_file():
            sys.exit(f"{site / locale / PAGE} is missing: build the site first")
    sys.exit(0 if Run(site).run() else 1)


if __name__ == "__main__":
    main()
