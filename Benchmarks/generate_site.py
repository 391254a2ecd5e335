#!/usr/bin/env python3
"""Writes a synthetic multilingual Wegwijs site: N pages in each of the nine locales.

Usage: generate_site.py OUT_DIR [--pages N] [--sections S]

Pages have headings, lists, emphasis, links between pages (with anchors),
external links, and text in the locale's script (Arabic, Persian, Pashto,
Ethiopic, Latin), so parsing, link resolution and rendering do real work.
The same corpus feeds the Hugo comparison (see hugo_site.py).
"""
import argparse
import os
import random

LOCALES = [
    ("en", "English", None, None),
    ("nl", "Nederlands", None, None),
    ("ar", "العربية", None, None),
    ("fa", "فارسی", None, None),
    ("prs", "دری", "fa-AF", "rtl"),
    ("ps", "پښتو", None, None),
    ("ti", "ትግርኛ", None, None),
    ("so", "Soomaali", None, None),
    ("es", "Español", None, None),
]

WORDS = {
    "en": "integration letter municipality exam language track plan period work study school diploma".split(),
    "nl": "inburgering brief gemeente examen taal route plan termijn werk studie school diploma".split(),
    "ar": "الاندماج رسالة البلدية امتحان اللغة المسار الخطة المدة العمل الدراسة المدرسة الشهادة".split(),
    "fa": "ادغام نامه شهرداری آزمون زبان مسیر برنامه مهلت کار تحصیل مدرسه مدرک".split(),
    "prs": "ادغام مکتوب شاروالی امتحان زبان مسیر پلان میعاد کار تحصیل مکتب سند".split(),
    "ps": "یوځای کېدل لیک ښاروالۍ ازموینه ژبه لاره پلان موده کار زده کړه ښوونځی سند".split(),
    "ti": "ምውህሃድ ደብዳቤ ምምሕዳር ፈተና ቋንቋ መንገዲ መደብ ግዜ ስራሕ ትምህርቲ ቤት ትምህርቲ ዲፕሎማ".split(),
    "so": "is-dhexgal warqad degmo imtixaan luqad waddo qorshe muddo shaqo waxbarasho dugsi shahaado".split(),
    "es": "integración carta municipio examen idioma ruta plan plazo trabajo estudio escuela diploma".split(),
}


def sentence(rng, words, n=12):
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."


def page_body(rng, code, index, total, section_of):
    words = WORDS[code]
    out = []
    for h in range(4):
        out.append(f"## {rng.choice(words).capitalize()} {h + 1} {{#part-{h + 1}}}\n")
        out.append(sentence(rng, words) + " *" + rng.choice(words) + "* " + sentence(rng, words, 8) + "\n")
        target = rng.randrange(total)
        rel = f"../{section_of(target)}/page-{target}.md#part-{rng.randint(1, 4)}"
        out.append(f"- {sentence(rng, words, 6)} [{rng.choice(words)}]({rel})")
        out.append(f"- {sentence(rng, words, 5)} **{rng.choice(words)}**")
        out.append(f"- [{rng.choice(words)}](https://www.inburgeren.nl/{rng.randrange(100)})\n")
        out.append(sentence(rng, words, 20) + "\n")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--sections", type=int, default=20)
    args = parser.parse_args()

    def section_of(i):
        return f"section-{i % args.sections}"

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "site.yaml"), "w", encoding="utf-8") as f:
        f.write("baseURL: https://bench.example.org/\ndefaultLocale: en\ntheme: default\nlocales:\n")
        for code, name, lang, direction in LOCALES:
            f.write(f"  - code: {code}\n    name: {name}\n")
            if lang:
                f.write(f"    lang: {lang}\n")
            if direction:
                f.write(f"    direction: {direction}\n")

    for code, *_ in LOCALES:
        rng = random.Random(code)
        base = os.path.join(args.out, "content", code)
        os.makedirs(base, exist_ok=True)
        with open(os.path.join(base, "_index.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: Home {code}\ndescription: {sentence(rng, WORDS[code], 6)}\n---\n\n{sentence(rng, WORDS[code])}\n")
        for s in range(args.sections):
            folder = os.path.join(base, f"section-{s}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, "_index.md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {rng.choice(WORDS[code]).capitalize()} {s}\nweight: {s}\n---\n\n{sentence(rng, WORDS[code])}\n")
        for i in range(args.pages - args.sections - 1):
            with open(os.path.join(base, section_of(i), f"page-{i}.md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {rng.choice(WORDS[code]).capitalize()} {i}\n"
                        f"description: {sentence(rng, WORDS[code], 8)}\nweight: {i}\n---\n\n")
                f.write(page_body(rng, code, i, args.pages - args.sections - 1, section_of))


if __name__ == "__main__":
    main()
