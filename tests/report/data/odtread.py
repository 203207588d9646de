"""Reads an ODT with python3-odf, an independent OpenDocument reader, and prints what a word
processor would see as JSON: headings, named styles, tables and metadata."""
import json
import sys

from odf import opendocument, table, text, style, meta, dc
from odf.namespaces import STYLENS, FONS, TABLENS, TEXTNS

doc = opendocument.load(sys.argv[1])


def plain(element):
    return str(element).strip()


def props(st, kind):
    out = {}
    for child in st.childNodes:
        if child.qname[1] == kind:
            for (ns, name), value in child.attributes.items():
                out[name] = value
    return out


styles = {}
for container in (doc.styles, doc.automaticstyles, doc.masterstyles):
    for st in container.getElementsByType(style.Style):
        name = st.getAttrNS(STYLENS, "name")
        styles[name] = {
            "family": st.getAttrNS(STYLENS, "family"),
            "parent": st.getAttrNS(STYLENS, "parent-style-name"),
            "outline": st.getAttrNS(STYLENS, "default-outline-level"),
            "paragraph": props(st, "paragraph-properties"),
            "text": props(st, "text-properties"),
            "cell": props(st, "table-cell-properties"),
            "column": props(st, "table-column-properties"),
            "row": props(st, "table-row-properties"),
        }

headings = []
for h in doc.text.getElementsByType(text.H):
    headings.append({
        "text": plain(h),
        "level": h.getAttrNS(TEXTNS, "outline-level"),
        "style": h.getAttrNS(TEXTNS, "style-name"),
    })

tables = []
for t in doc.text.getElementsByType(table.Table):
    columns = [c.getAttrNS(TABLENS, "style-name") for c in t.getElementsByType(table.TableColumn)]
    header_rows = t.getElementsByType(table.TableHeaderRows)
    header = []
    if header_rows:
        for cell in header_rows[0].getElementsByType(table.TableCell):
            header.append(plain(cell))
    rows = []
    for row in t.getElementsByType(table.TableRow):
        cells = []
        for cell in row.getElementsByType(table.TableCell):
            cells.append({"text": plain(cell), "style": cell.getAttrNS(TABLENS, "style-name")})
        rows.append({"style": row.getAttrNS(TABLENS, "style-name"), "cells": cells})
    tables.append({"name": t.getAttrNS(TABLENS, "name"), "columns": columns, "header": header,
                   "rows": rows})

metadata = {}
for element, key in ((dc.Title, "title"), (dc.Subject, "subject"), (dc.Language, "language"),
                     (dc.Creator, "creator"), (meta.InitialCreator, "initial-creator")):
    found = doc.meta.getElementsByType(element)
    if found:
        metadata[key] = plain(found[0])

toc = doc.text.getElementsByType(text.TableOfContent)
images = []
for frame in doc.text.getElementsByType(__import__("odf.draw", fromlist=["Frame"]).Frame):
    desc = [plain(d) for d in frame.childNodes if d.qname[1] == "desc"]
    images.append({"name": frame.getAttribute("name"), "desc": desc[0] if desc else ""})

json.dump({"headings": headings, "styles": styles, "tables": tables, "meta": metadata,
           "toc": len(toc), "images": images}, sys.stdout, ensure_ascii=False)
