#!/usr/bin/env python3
"""Writes hostile zip files for the pack verifier's tests into the folder given.

Each file is named for what is wrong with it. Nothing here is ever extracted by the tests;
the verifier must refuse each one before it reads an entry.
"""
import json
import struct
import sys
import zipfile
import zlib
from pathlib import Path

out = Path(sys.argv[1])
gigabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0


def plain(name, entries):
    with zipfile.ZipFile(out / name, "w") as z:
        for info, data in entries:
            z.writestr(info, data)


plain("dotdot.zip", [(zipfile.ZipInfo("../evil.txt"), b"escaped")])
plain("dotdot-inside.zip", [(zipfile.ZipInfo("evidence/../../evil.txt"), b"escaped")])
plain("absolute.zip", [(zipfile.ZipInfo("/tmp/seqohs-evil-absolute.txt"), b"escaped")])
plain("backslash.zip", [(zipfile.ZipInfo("..\\evil.txt"), b"escaped")])
plain("drive.zip", [(zipfile.ZipInfo("C:/evil.txt"), b"escaped")])

with zipfile.ZipFile(out / "duplicate.zip", "w") as z:
    import warnings
    warnings.simplefilter("ignore")
    z.writestr("manifest.json", b"{}")
    z.writestr("manifest.json", b"{}")

link = zipfile.ZipInfo("evidence/1-link")
link.create_system = 3
link.external_attr = (0o120777 << 16)
plain("symlink.zip", [(link, b"/etc/passwd")])

# A compression bomb: gigabytes of zeros deflated to about a megabyte.
with zipfile.ZipFile(out / "bomb.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    chunk = bytes(1 << 20)
    with z.open("evidence/1-zeros.bin", "w", force_zip64=True) as f:
        for _ in range(int(gigabytes * 1024)):
            f.write(chunk)

# An entry that declares 1,000 bytes but inflates to 10 MB, listed in a (unsigned) manifest so
# that the verifier reads it.
lie_name = "evidence/1-lie.bin"
manifest = {
    "format": "seqohs-pack",
    "formatVersion": 1,
    "entries": [{"path": lie_name, "size": "1000", "sha256": "0" * 64, "kind": "evidence"}],
}
path = out / "lie.zip"
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("manifest.json", json.dumps(manifest))
    z.writestr(lie_name, bytes(10 << 20))
data = bytearray(path.read_bytes())
encoded = lie_name.encode()
# Local header: uncompressed size at offset 22; central directory header: at offset 24.
for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
    start = 0
    while True:
        at = data.find(signature, start)
        if at < 0:
            break
        name_at = at + (30 if signature == b"PK\x03\x04" else 46)
        if data[name_at:name_at + len(encoded)] == encoded:
            data[at + offset:at + offset + 4] = struct.pack("<I", 1000)
        start = at + 4
path.write_bytes(bytes(data))
