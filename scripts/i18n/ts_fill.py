#!/usr/bin/env python3
"""Fills a Qt Linguist .ts file from a translation table kept beside this script.

The table (e.g. zh_CN.tsv) has one message a line:

    context<TAB>source<TAB>translation[<TAB>more numerus forms…]

A backslash escapes a newline (\\n), a tab (\\t) and itself (\\\\). Lines starting with '#' and
blank lines are ignored. A message with a disambiguation comment is keyed "context#comment".
A numerus message (tr("%n item(s)", nullptr, n)) takes one form per plural form of the language
(Chinese: one; English: singular then plural).

Usage, after `cmake --build BUILD --target update_translations`:

    scripts/i18n/ts_fill.py scripts/i18n/zh_CN.tsv i18n/gongkai_zh_CN.ts
    scripts/i18n/ts_fill.py --missing /tmp/todo.tsv scripts/i18n/zh_CN.tsv i18n/gongkai_zh_CN.ts

Messages the table lacks stay unfinished and are listed (with --missing, written as lines ready to
be completed and appended to the table). --check changes nothing and fails if anything is missing.
--only-table-messages removes from the .ts every message the table does not translate (for a file
such as gongkai_en.ts that carries only the plural forms). The result is rewritten by lconvert so
it stays byte-for-byte in lupdate's format.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def unescape(field):
    out = []
    i = 0
    while i < len(field):
        c = field[i]
        if c == "\\" and i + 1 < len(field):
            nxt = field[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def load_table(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 3 or not fields[2]:
                raise SystemExit(f"{path}:{number}: needs context, source and translation")
            key = (fields[0], unescape(fields[1]))
            if key in table:
                raise SystemExit(f"{path}:{number}: duplicate message {fields[0]} / {fields[1]}")
            table[key] = [unescape(x) for x in fields[2:]]
    return table


def message_key(context, message):
    source = message.findtext("source", default="")
    comment = message.findtext("comment")
    return (context + "#" + comment if comment else context, source)


def find_tool(name):
    env = os.environ.get(name.upper())
    if env:
        return env
    # Qt 6's own first: a plain "lconvert" on the PATH may be Qt 5's (qtchooser).
    for directory in ("/usr/lib/qt6/bin", "/usr/lib/x86_64-linux-gnu/qt6/bin"):
        candidate = os.path.join(directory, name)
        if os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(name + "6") or shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} not found; set {name.upper()} to its path")


PLACEHOLDER = re.compile(r"%L?(?:n|\d+)")


def has_accelerator(text):
    return re.search(r"&[^&\s]", text.replace("&&", "")) is not None


def lint(source, form):
    """Differences a translator should not make: placeholders, accelerators, a final newline."""
    found = []
    if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(form))):
        found.append("placeholders differ")
    if "<" not in source and has_accelerator(source) != has_accelerator(form):
        found.append("accelerator differs")
    if source.endswith("\n") != form.endswith("\n"):
        found.append("final newline differs")
    return found


def fill(ts_path, table, only_table):
    tree = ET.parse(ts_path)
    root = tree.getroot()
    missing, used, problems = [], set(), []
    for context in list(root.iter("context")):
        name = context.findtext("name")
        for message in list(context.findall("message")):
            key = message_key(name, message)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = table.get(key)
            if forms is None:
                if only_table:
                    context.remove(message)
                else:
                    missing.append(key)
                continue
            used.add(key)
            for form in forms:
                for issue in lint(key[1], form):
                    problems.append(f"{key[0]} / {key[1]!r}: {issue}")
            if message.get("numerus") == "yes":
                slots = translation.findall("numerusform")
                if not slots:
                    slots = [ET.SubElement(translation, "numerusform")]
                if len(forms) == 1 and len(slots) > 1:
                    forms = forms * len(slots)
                if len(forms) != len(slots):
                    problems.append(f"{key[0]} / {key[1]!r}: {len(slots)} plural forms wanted, "
                                    f"{len(forms)} given")
                    continue
                for slot, form in zip(slots, forms):
                    slot.text = form
            else:
                if len(forms) != 1:
                    problems.append(f"{key[0]} / {key[1]!r}: not a plural message, one form wanted")
                    continue
                translation.text = forms[0]
            if "type" in translation.attrib:
                del translation.attrib["type"]
        if only_table and not context.findall("message"):
            root.remove(context)
    return tree, missing, used, problems


def write(tree, ts_path):
    lconvert = find_tool("lconvert")
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "raw.ts")
        tree.write(raw, encoding="utf-8", xml_declaration=True)
        subprocess.run([lconvert, "-locations", "relative", "-i", raw, "-o", ts_path], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("table")
    parser.add_argument("ts")
    parser.add_argument("--check", action="store_true", help="change nothing; fail if incomplete")
    parser.add_argument("--missing", metavar="FILE", help="write the untranslated messages here")
    parser.add_argument("--only-table-messages", action="store_true",
                        help="drop the messages the table does not translate")
    args = parser.parse_args()

    table = load_table(args.table)
    tree, missing, used, problems = fill(args.ts, table, args.only_table_messages)
    for p in problems:
        print("problem:", p, file=sys.stderr)
    unused = [k for k in table if k not in used]
    if unused:
        print(f"{len(unused)} table line(s) match no message in {args.ts} (source changed or removed?):",
              file=sys.stderr)
        for context, source in unused[:20]:
            print(f"  {context}\t{escape(source)}", file=sys.stderr)
    if missing:
        print(f"{len(missing)} message(s) have no translation in {args.table}:", file=sys.stderr)
        for context, source in missing[:20]:
            print(f"  {context}\t{escape(source)}", file=sys.stderr)
    if args.missing:
        with open(args.missing, "w", encoding="utf-8") as f:
            for context, source in missing:
                f.write(f"{context}\t{escape(source)}\t\n")
    if not args.check:
        write(tree, args.ts)
    print(f"{args.ts}: {len(used)} translated, {len(missing)} missing")
    return 1 if problems or (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
