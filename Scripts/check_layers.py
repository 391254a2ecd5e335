#!/usr/bin/env python3
"""Fails when a Swift file uses a folder or target that docs/architecture.md does not let it use.

The two tables of docs/architecture.md are the rule: "Targets" (which target may import which)
and "SiteBuilder folders" (which folder of Sources/SiteBuilder may use the types of which).
A folder "uses" another when it names a type declared there (struct, enum, class, protocol,
actor, typealias); comments do not count. Members added by extensions are not traced.
Run from the repository: python3 Scripts/check_layers.py [--root DIR]
"""
import argparse
import os
import re
import sys

DECLARATION = re.compile(r"^\s*(?:(?:public|internal|private|fileprivate|final|indirect|nonisolated|@\w+(?:\([^)]*\))?)\s+)*"
                         r"(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z]\w*)", re.M)
IMPORT = re.compile(r"^\s*(?:@\w+\s+)*import\s+(?:(?:struct|enum|class|func|var|protocol)\s+)?(\w+)", re.M)
IDENTIFIER = re.compile(r"\b[A-Z]\w*\b")


def table(text, heading):
    """The rows of the Markdown table under `heading`: first cell → set of names in the "may use" cell."""
    section = text.split(f"\n{heading}\n", 1)
    if len(section) < 2:
        sys.exit(f"docs/architecture.md: no section '{heading}'")
    rows = {}
    for line in section[1].splitlines():
        if not line.startswith("|"):
            if rows:
                break
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        name = cells[0].strip("`")
        if name in ("", "folder", "target") or set(name) <= set("-: "):
            continue
        rows[name] = {part.strip().strip("`") for part in cells[-1].split(",") if part.strip() not in ("", "—", "-")}
    return rows


def without_comments(source):
    """The code with comments blanked (line numbers kept); string literals stay, interpolations can hold code."""
    out, index, depth = [], 0, 0
    in_string = False
    while index < len(source):
        two = source[index:index + 2]
        if depth:
            if two == "*/":
                depth, index = depth - 1, index + 2
            elif two == "/*":
                depth, index = depth + 1, index + 2
            else:
                out.append("\n" if source[index] == "\n" else " ")
                index += 1
            continue
        if not in_string and two == "//":
            end = source.find("\n", index)
            index = len(source) if end < 0 else end
            continue
        if not in_string and two == "/*":
            depth, index = 1, index + 2
            continue
        if source[index] == '"' and (index == 0 or source[index - 1] != "\\"):
            in_string = not in_string
        out.append(source[index])
        index += 1
    return "".join(out)


def swift_files(folder):
    for directory, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            if name.endswith(".swift"):
                yield os.path.join(directory, name)


def check(root):
    doc = open(os.path.join(root, "docs/architecture.md"), encoding="utf-8").read()
    targets, folders = table(doc, "### Targets"), table(doc, "### SiteBuilder folders")
    problems = []
    sources = os.path.join(root, "Sources")
    for target in sorted(os.listdir(sources)):
        if not os.path.isdir(os.path.join(sources, target)):
            continue
        if target not in targets:
            problems.append(f"Sources/{target}: a target docs/architecture.md does not list")
            continue
        for path in swift_files(os.path.join(sources, target)):
            code = without_comments(open(path, encoding="utf-8").read())
            for match in IMPORT.finditer(code):
                module = match.group(1)
                if module in targets and module != target and module not in targets[target]:
                    line = code.count("\n", 0, match.start()) + 1
                    problems.append(f"{os.path.relpath(path, root)}:{line}: imports {module}, "
                                    f"but {target} may use only: {', '.join(sorted(targets[target])) or 'no other target'}")

    builder = os.path.join(sources, "SiteBuilder")
    owner, codes = {}, {}
    for path in swift_files(builder):
        folder = os.path.relpath(path, builder).split(os.sep)[0]
        if folder.endswith(".swift") or folder not in folders:
            problems.append(f"{os.path.relpath(path, root)}: not in a folder docs/architecture.md lists")
            continue
        codes[path] = (folder, without_comments(open(path, encoding="utf-8").read()))
        for match in DECLARATION.finditer(codes[path][1]):
            owner.setdefault(match.group(1), folder)
    for path, (folder, code) in codes.items():
        allowed = folders[folder] | {folder}
        reported = set()
        for match in IDENTIFIER.finditer(code):
            name = match.group(0)
            used = owner.get(name)
            if used is None or used in allowed or name in reported:
                continue
            reported.add(name)
            line = code.count("\n", 0, match.start()) + 1
            problems.append(f"{os.path.relpath(path, root)}:{line}: uses {name} of {used}/, "
                            f"but {folder}/ may use only: {', '.join(sorted(folders[folder])) or 'nothing'}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    problems = check(parser.parse_args().root)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} use{'s' if len(problems) != 1 else ''} against docs/architecture.md", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
