#!/usr/bin/env python3
"""Writes docs/notebooks/data/BACI_HS22_Y{2021,2022,2023}_V202501.csv: a small, synthetic sample in CEPII BACI's
layout (t,i,j,k,v,q: year, exporter and importer as BACI's numeric codes, HS 2022 subheading, value in thousands of US
dollars, quantity in tonnes or NA) for the goods notebook. The figures are made up (deterministic, seed 2024); only
the layout is BACI's. Run again after changing it:  python3 eng/make-baci-sample.py"""
import pathlib, random

random.seed(2024)
ECONOMIES = [156, 842, 276, 392, 410, 704, 484, 251]  # CHN USA DEU JPN KOR VNM MEX FRA
PRODUCTS = ["850440", "851713", "852859", "847130", "870323", "870380", "610910", "620342", "940161", "300490",
            "271019", "880240"]
folder = pathlib.Path(__file__).resolve().parent.parent / "docs" / "notebooks" / "data"
folder.mkdir(parents=True, exist_ok=True)
base = {(i, j, k): random.uniform(50, 50_000) for i in ECONOMIES for j in ECONOMIES if i != j for k in PRODUCTS
        if random.random() < 0.55}
for year in (2021, 2022, 2023):
    lines = ["t,i,j,k,v,q"]
    for (i, j, k), value in sorted(base.items()):
        grown = value * (1 + random.uniform(-0.15, 0.3)) ** (year - 2021)
        unit_price = {"8": 40, "6": 8, "9": 12, "3": 90, "2": 0.7}[k[0]]
        quantity = "NA" if random.random() < 0.05 else f"{grown / unit_price:.3f}"
        lines.append(f"{year},{i},{j},{k},{grown:.3f},{quantity}")
    (folder / f"BACI_HS22_Y{year}_V202501.csv").write_text("\n".join(lines) + "\n")
