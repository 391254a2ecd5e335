#!/usr/bin/env python3
"""Makes a corpus written by generate_site.py buildable by Hugo as well.

Usage: hugo_site.py SITE_DIR [--theme PATH] [--base-url URL]

Writes SITE_DIR/hugo.toml: the nine locales as Hugo languages, each reading its
own content/<locale>/ folder, pretty URLs under /<locale>/, relative links in the
output (as Wegwijs writes them), sitemap and robots.txt. The layouts are the
twin theme in Benchmarks/hugo/ (language switcher, hreflang alternates, section
navigation, a render-link hook that resolves links by source file, 404).
From the Wegwijs theme it copies the stylesheet (to SITE_DIR/assets/, so both
builds fingerprint the same file) and the UI strings (to SITE_DIR/i18n/: Hugo
reads their nested keys as `nav.main`, as Wegwijs does), so both builds write
the same words.
"""
import argparse
import os
import shutil

from generate_site import LOCALES

BENCHMARKS = os.path.dirname(os.path.abspath(__file__))
DEFAULT_THEME = os.path.join(os.path.dirname(BENCHMARKS), "themes", "default")
# Wegwijs knows these scripts run right to left; Hugo must be told.
RIGHT_TO_LEFT = {"ar", "fa", "prs", "ps"}


def toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hugo_config(base_url):
    lines = [
        f"baseURL = {toml_string(base_url)}",
        'defaultContentLanguage = "en"',
        "defaultContentLanguageInSubdir = true",
        "relativeURLs = true",
        "enableRobotsTXT = true",
        'disableKinds = ["taxonomy", "term", "RSS"]',
        f"themesDir = {toml_string(BENCHMARKS)}",
        'theme = "hugo"',
        "",
        "[markup.tableOfContents]",
        "  startLevel = 2",
        "  endLevel = 2",
        "",
    ]
    for weight, (code, name, lang, _) in enumerate(LOCALES, start=1):
        lines += [
            f"[languages.{code}]",
            f"  languageName = {toml_string(name)}",
            f"  languageCode = {toml_string(lang or code)}",
            f'  languageDirection = "{"rtl" if code in RIGHT_TO_LEFT else "ltr"}"',
            f'  contentDir = "content/{code}"',
            f"  weight = {weight}",
            "",
        ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--base-url", default="https://bench.example.org/")
    parser.add_argument("--theme", default=DEFAULT_THEME,
                        help="the Wegwijs theme to take the stylesheet and UI strings from")
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(args.site, "content")):
        parser.error(f"{args.site} has no content/ folder; write the corpus with generate_site.py first")
    stylesheet = os.path.join(args.theme, "assets", "style.css")
    if not os.path.isfile(stylesheet):
        parser.error(f"{stylesheet} does not exist; --theme must be a Wegwijs theme folder")

    with open(os.path.join(args.site, "hugo.toml"), "w", encoding="utf-8") as f:
        f.write(hugo_config(args.base_url))
    os.makedirs(os.path.join(args.site, "assets"), exist_ok=True)
    shutil.copyfile(stylesheet, os.path.join(args.site, "assets", "style.css"))
    os.makedirs(os.path.join(args.site, "i18n"), exist_ok=True)
    for code, *_ in LOCALES:
        name = f"{code}.yaml"
        shutil.copyfile(os.path.join(args.theme, "i18n", name), os.path.join(args.site, "i18n", name))


if __name__ == "__main__":
    main()
