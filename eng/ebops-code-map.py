#!/usr/bin/env python3
"""Derives src/TradeModel/Data/ebops2010-code-map.csv: the SDMX/BPM6 code of each EBOPS 2010 item (UN Comtrade
EB10S table) and its numeric MSITS 2010 code (EB10 table). Neither source table carries the mapping. The rules
below follow the structure of EBOPS 2010; every pair is then checked by comparing the two tables' names.
    python3 eng/ebops-code-map.py ../shared/data/ebops2010 > src/TradeModel/Data/ebops2010-code-map.csv"""
import csv, re, sys, pathlib

folder = pathlib.Path(sys.argv[1])
sdmx = list(csv.DictReader(open(folder / "cmd_eb10s.derived.csv", encoding="utf-8")))
numeric = {r["id"]: r["text"] for r in csv.DictReader(open(folder / "cmd_eb10.derived.csv", encoding="utf-8"))}

MAIN = {c: str(i + 1) for i, c in enumerate("ABCDEFGHIJKL")}
EXPLICIT = {
    "S": "200", "SC3A": "3.5", "SC3B": "3.6", "SC3C": "3.7", "SC3D": "3.8", "SC3E": "3.9", "SC3F": "3.10",
    "SC3G": "3.11", "SCA": "3a.1", "SCAZ": "3a.1.1", "SCB": "3a.2", "SCC": "3a.3", "SCC1": "3a.32",
    "SD1": "4a.1", "SD2": "4a.2", "SD3": "4a.3", "SD4": "4a.4", "SD5": "4a.5", "SD5Y": "4a.5.2", "SD5Z": "4a.5.1",
    "SDZ": "4.0", "SDA": "4.1", "SDA1": "4.1.1", "SDA2": "4.1.2", "SDB": "4.2", "SDB1": "4.2.1", "SDB2": "4.2.2",
    "SDB3": "4.2.3", "SAY": "1.1", "SAZ": "1.2", "SJ22Z": "10.2.2.1", "SJ35Z": "10.3.5.1", "S1Z": "C.1.1", "S3Z": "C.3.1",
}

def numeric_code(code):
    if code in EXPLICIT:
        return EXPLICIT[code]
    extended = re.fullmatch(r"(SC3[A-G])(\d)", code)
    if extended:
        return EXPLICIT[extended.group(1)] + "." + extended.group(2)
    if re.fullmatch(r"S[1-9]", code):
        return "C." + code[1]
    m = re.fullmatch(r"S([A-L])(\d*)([A-Z]?)", code)
    if not m:
        return None
    head = MAIN[m.group(1)]
    digits = ".".join(m.group(2))
    base = head + ("." + digits if digits else "")
    suffix = m.group(3)
    if suffix == "":
        return base
    return base + (".b" if suffix == "Z" and code.startswith("SF") else ".a")

def letters(text):
    """The name's letters only, without "Of which:" and without leading codes such as "3.1.1" or "C.1"."""
    text = re.sub(r"(?i)of which:?", " ", text.strip())
    text = re.sub(r"^\s*(?:[A-Z]?\d*[a-z]?(?:\.\w+)+|\d+)\s+", " ", text)
    text = re.sub(r"^\s*(?:[A-Z]?\d*[a-z]?(?:\.\w+)+|\d+)\s+", " ", text)
    return re.sub(r"[^a-z]", "", text.lower())

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["sdmx", "numeric"])
used = set()
for row in sdmx:
    code = row["id"].upper()
    n = numeric_code(code)
    if n not in numeric:
        sys.exit(f"{code}: no numeric code {n}")
    a = letters(row["text"])[:12]
    b = letters(numeric[n])
    if code != "S" and not (b.startswith(a[:8]) or a[:8] in b):
        sys.exit(f"{code} -> {n}: names differ: {row['text']!r} vs {numeric[n]!r}")
    used.add(n)
    out.writerow([code, n])
unused = sorted(set(numeric) - used)
print(f"numeric codes without an SDMX code: {unused}", file=sys.stderr)
