#!/usr/bin/env python3
"""Fill unfinished messages of a Qt .ts file from a TSV of CONTEXT<TAB>SOURCE<TAB>TRANSLATION.

   scripts/apply-translations.py translations/nasti_hi.ts FILE.tsv

Sources are matched exactly (after the .ts file's XML unescaping; a literal "\\n" in the TSV
stands for a newline). Plural messages take "singular||plural". Only unfinished messages are
filled; the counts of filled and unmatched lines are printed. (After update-translations.sh,
for a batch of new strings translated outside Qt Linguist.)
"""
import sys
import xml.etree.ElementTree as ET


def main():
    ts_path, tsv_path = sys.argv[1], sys.argv[2]
    wanted = {}
    with open(tsv_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            ctx, src, tr = line.split("\t")
            wanted[(ctx, src.replace("\\n", "\n"))] = tr.replace("\\n", "\n")
    tree = ET.parse(ts_path)
    filled = 0
    used = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            key = (name, source)
            if key not in wanted:
                continue
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("unfinished",):
                used.add(key)
                continue
            text = wanted[key]
            if message.get("numerus") == "yes":
                forms = text.split("||")
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    el = ET.SubElement(translation, "numerusform")
                    el.text = form
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
            used.add(key)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    missing = [k for k in wanted if k not in used]
    print(f"apply-translations: {filled} filled, {len(missing)} not found")
    for k in missing[:20]:
        print("  not found:", k[0], "|", k[1][:80])


if __name__ == "__main__":
    main()
