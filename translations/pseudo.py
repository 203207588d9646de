#!/usr/bin/env python3
"""Writes the pseudo-locale translation (en_XA) from the en_GB one.

Every message is translated to its own source text wrapped in ⟦ ⟧, plural forms included, so a
person or a test looking at the application in this language sees at once any visible text that
did not pass through tr(). Usage: pseudo.py SOURCE.ts OUTPUT.ts
"""
import sys
import xml.etree.ElementTree as ET

OPEN, CLOSE = "\u27e6", "\u27e7"


def wrap(text):
    return OPEN + (text or "") + CLOSE


def main(source, output):
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en")
    root.attrib.pop("sourcelanguage", None)
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        old = message.find("translation")
        forms = [] if old is None else [f.text for f in old.findall("numerusform")]
        if old is not None:
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            # English has two forms; use the en_GB ones where they are written.
            for i in range(2):
                form = ET.SubElement(translation, "numerusform")
                form.text = wrap(forms[i] if i < len(forms) and forms[i] else text)
        else:
            translation.text = wrap(text)
    with open(output, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: pseudo.py SOURCE.ts OUTPUT.ts")
    main(sys.argv[1], sys.argv[2])
