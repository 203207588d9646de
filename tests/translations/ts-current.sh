#!/usr/bin/env bash
# Fails when the committed translation file lacks a source text of the code, or keeps one the
# code no longer has (run lupdate on a copy, with the options of the update_translations target,
# and compare), or when a plural message lacks its English singular and plural forms. Usage: ts-current.sh LUPDATE SOURCE_DIR WORK_DIR
set -euo pipefail
lupdate=$1
src=$2
work=$3
committed="$src/translations/seqohs-tracker_en_GB.ts"
rm -rf "$work"
mkdir -p "$work"
cp "$committed" "$work/current.ts"
cd "$src"
"$lupdate" -silent -locations none -no-obsolete -source-language en_GB -target-language en_GB \
  -I core -I app -extensions cpp,h core cli app report -ts "$work/current.ts"
if ! cmp -s "$committed" "$work/current.ts"; then
  diff -u "$committed" "$work/current.ts" | head -60 >&2 || true
  echo "translations/seqohs-tracker_en_GB.ts is not current: build the target" \
    "update_translations and commit the file (give new plural messages their two forms)." >&2
  exit 1
fi
# A plural message without its English forms shows "item(s)" to the user: each must have both.
python3 - "$committed" <<'PY'
import sys
import xml.etree.ElementTree as ET
empty = []
for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    for message in context.iter("message"):
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.find("translation").findall("numerusform")]
            if len(forms) != 2 or not all(forms):
                empty.append("%s: %s" % (context.findtext("name"), message.findtext("source")))
if empty:
    print("These plural messages lack their two English forms (singular, plural) in "
          "translations/seqohs-tracker_en_GB.ts:", *empty, sep="\n  ", file=sys.stderr)
    sys.exit(1)
PY
echo "translations/seqohs-tracker_en_GB.ts is current"
