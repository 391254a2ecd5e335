#!/usr/bin/env python3
"""Writes a synthetic multilingual Wegwijs site: N pages in each of the nine locales.

Usage: generate_site.py OUT_DIR [--pages N] [--sections S]

Pages have headings, lists, emphasis, links between pages (with anchors),
external links, and text in the locale's script (Arabic, Persian, Pashto,
Ethiopic, Latin), so parsing, link resolution and rendering do real work.
Every page outside `en` is a translation of the `en` page at the same path:
same headings and links in the same order, and a `translation` block whose
`sourceHash` matches, so the build's translation check passes.
The same corpus feeds the Hugo comparison (see hugo_site.py).
"""
import argparse
import hashlib
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
    """The body of page `index`: words from `rng`; link targets from the page index alone,
    so every translation links where its source does."""
    words = WORDS[code]
    links = random.Random(f"links-{index}")
    out = []
    for h in range(4):
        out.append(f"## {rng.choice(words).capitalize()} {h + 1} {{#part-{h + 1}}}\n")
        out.append(sentence(rng, words) + " *" + rng.choice(words) + "* " + sentence(rng, words, 8) + "\n")
        target = links.randrange(total)
        rel = f"../{section_of(target)}/page-{target}.md#part-{links.randint(1, 4)}"
        out.append(f"- {sentence(rng, words, 6)} [{rng.choice(words)}]({rel})")
        out.append(f"- {sentence(rng, words, 5)} **{rng.choice(words)}**")
        out.append(f"- [{rng.choice(words)}](https://www.inburgeren.nl/{links.randrange(100)})\n")
        out.append(sentence(rng, words, 20) + "\n")
    return "\n".join(out)


def source_hash(body):
    """What `wegwijs` compares a translation's `sourceHash` with: 16 hex digits of SHA-256 of the body."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def write_page(content, code, relative, front, body, source_hashes):
    """Writes content/<code>/<relative>; `en` pages record their body hash, others cite it."""
    if code == "en":
        source_hashes[relative] = source_hash(body)
    else:
        front += (f"translation:\n  source: en/{relative}\n  sourceHash: {source_hashes[relative]}\n"
                  "  method: machine\n  reviewed: false\n")
    with open(os.path.join(content, code, relative), "w", encoding="utf-8") as f:
        f.write(f"---\n{front}---\n{body}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--sections", type=int, default=20)
    args = parser.parse_args()
    if args.sections < 1 or args.pages <= args.sections + 1:
        parser.error("need --sections >= 1 and --pages > sections + 1 (a home and the section pages count as pages)")

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

    content = os.path.join(args.out, "content")
    source_hashes = {}  # filled by `en`, which comes first in LOCALES
    for code, *_ in LOCALES:
        rng = random.Random(code)
        words = WORDS[code]
        for s in range(args.sections):
            os.makedirs(os.path.join(content, code, f"section-{s}"), exist_ok=True)
        write_page(content, code, "_index.md",
                   f"title: Home {code}\ndescription: {sentence(rng, words, 6)}\n",
                   f"\n{sentence(rng, words)}\n", source_hashes)
        # Weights start at 1: Hugo reads weight 0 as "no weight" and would sort those pages last.
        for s in range(args.sections):
            write_page(content, code, f"section-{s}/_index.md",
                       f"title: {rng.choice(words).capitalize()} {s}\nweight: {s + 1}\n",
                       f"\n{sentence(rng, words)}\n", source_hashes)
        for i in range(args.pages - args.sections - 1):
            write_page(content, code, f"{section_of(i)}/page-{i}.md",
                       f"title: {rng.choice(words).capitalize()} {i}\n"
                       f"description: {sentence(rng, words, 8)}\nweight: {i + 1}\n",
                       "\n" + page_body(rng, code, i, args.pages - args.sections - 1, section_of), source_hashes)


if __name__ == "__main__":
    main()
