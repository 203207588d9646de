#!/usr/bin/env python3
"""Makes the seed corpus of every fuzz target from the project's test data.

Usage: make-seeds.py SOURCE_DIR OUT_DIR

OUT_DIR/<target>/ is emptied and filled again. Files used as they are become symbolic links
into the source tree, so nothing large is copied; the compressed workspace fixture is
uncompressed and the hostile zips of the pack tests are generated (with a small bomb).
"""
import glob
import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

source = Path(sys.argv[1]).resolve()
out = Path(sys.argv[2])
data = source / "tests" / "data"


def files(*patterns):
    found = []
    for pattern in patterns:
        found += sorted(Path(p) for p in glob.glob(str(source / pattern)))
    return [f for f in found if f.is_file()]


def is_crosswalk(path):
    return "crosswalk" in path.name or path.parent.name == "crosswalks"


def link(target, paths):
    folder = out / target
    for path in paths:
        # Named after the folder too: two files of one name in different folders both stay.
        name = f"{path.parent.name}-{path.name}"
        os.symlink(path, folder / name)


def fresh(target):
    folder = out / target
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


json_files = files("tests/data/standards/*.json", "tests/data/migration/*.json",
                   "standards/*.json", "standards/crosswalks/*.json")

fresh("standards_format")
link("standards_format", [f for f in json_files if not is_crosswalk(f)])

fresh("crosswalk_format")
link("crosswalk_format", [f for f in json_files if is_crosswalk(f)])

fresh("spreadsheet_import")
link("spreadsheet_import", files("tests/data/standards/*.csv"))

fresh("assessment_import")
link("assessment_import", files("tests/data/reporting/*.json"))

fresh("pack_manifest")
link("pack_manifest", files("tests/data/pack/*manifest*.json"))

fresh("response_file")
link("response_file", files("tests/data/pack/*response*.json"))

fresh("review_file")
link("review_file", files("tests/data/pack/*review*.json"))

# Packs: the sample pack and the hostile zips the verifier's tests use, with a small bomb (the
# seeds must stay small for libFuzzer).
hostile = fresh("pack_verify")
subprocess.run([sys.executable, str(data / "pack" / "makehostile.py"), str(hostile), "0.002"],
               check=True)
link("pack_verify", files("tests/data/pack/*.zip"))
shutil.copytree(hostile, fresh("pack_read"), dirs_exist_ok=True)

# Workspaces: qCompress'ed fixtures hold a 4-byte big-endian length, then zlib data.
folder = fresh("workspace_open")
for path in files("tests/data/workspace/*.qz"):
    raw = path.read_bytes()
    (folder / path.stem).write_bytes(zlib.decompress(raw[4:]))
    assert struct.unpack(">I", raw[:4])[0] == (folder / path.stem).stat().st_size
link("workspace_open", files("tests/data/workspace/*.seqohs"))
