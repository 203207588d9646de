#!/usr/bin/env python3
"""Writes sample-pack.zip and sample-manifest.json: a small pack that verifies, for the fuzz seeds.

Usage: makesample.py MINISIGN_SECRET_KEY MINISIGN_PUBLIC_KEY (a key made with `minisign -G -W`).

The pack holds the workspace of ../workspace/sample.seqohs.qz (made with the command line: init on
valid-set.json, three assessments, a file and a statement as evidence, an action; then stored
with 1 KiB pages so that it stays small), one evidence file and a README, as the pack format
describes (docs/pack-format.md). sample-review.json and sample-response.json were made from it
with "review open", "review set", "review recommend" and "review respond".
"""
import hashlib
import json
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

here = Path(__file__).resolve().parent
secret, public = sys.argv[1], sys.argv[2]
raw = (here.parent / "workspace" / "sample.seqohs.qz").read_bytes()
workspace = zlib.decompress(raw[4:])
policy = b"Policy text, version 2.\n"
readme = b"A sample submission pack.\n"


def sha(data):
    return hashlib.sha256(data).hexdigest()


entries = [
    {"path": "README.txt", "size": str(len(readme)), "sha256": sha(readme), "kind": "readme"},
    {"path": "evidence/1-policy.txt", "size": str(len(policy)), "sha256": sha(policy),
     "kind": "evidence",
     "evidence": {"id": "1", "title": "Policy", "fileName": "policy.txt", "version": "1",
                  "items": ["fx-c1"]}},
    {"path": "workspace.seqohs", "size": str(len(workspace)), "sha256": sha(workspace),
     "kind": "workspace"},
]
manifest = {"format": "seqohs-pack", "formatVersion": 1, "created": "2026-11-30T15:36:00.000Z",
            "generator": "seqohs-tracker 0.1.0",
            "service": {"name": "Seed Service", "organisation": "Seed Trust"},
            "standardsSet": {"id": "fixture-set", "version": "0.1", "contentHash": "0" * 64},
            "signerFingerprint": "", "entries": entries}
# The root hash covers the compact JSON with sorted keys, without the root hash itself.
manifest["rootHash"] = sha(json.dumps(manifest, sort_keys=True, separators=(",", ":"),
                                      ensure_ascii=False).encode())
manifest_bytes = json.dumps(manifest, sort_keys=True, indent=4, ensure_ascii=False).encode()
(here / "sample-manifest.json").write_bytes(manifest_bytes)
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "manifest.json"
    path.write_bytes(manifest_bytes)
    subprocess.run(["minisign", "-S", "-s", secret, "-m", str(path)], check=True, input=b"")
    signature = Path(str(path) + ".minisig").read_bytes()
with zipfile.ZipFile(here / "sample-pack.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("README.txt", readme)
    z.writestr("evidence/1-policy.txt", policy)
    z.writestr("workspace.seqohs", workspace)
    z.writestr("manifest.json", manifest_bytes)
    z.writestr("manifest.json.minisig", signature)
    z.writestr("signing-key.minisign.pub", Path(public).read_bytes())
