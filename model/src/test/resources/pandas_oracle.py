#!/usr/bin/python3
"""Writes what pandas counts in each test file: rows and missing cells per column.

The reader's tests compare against this file, so "reads like pandas" is checked against pandas itself.
Regenerate with:  /usr/bin/python3 model/src/test/resources/pandas_oracle.py  (Debian's python3-pandas).
"""
import csv
import os
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "datasets")

# file -> (sep, quotechar); pandas is told the dialect, our reader has to sniff it.
MESSY = {
    "semicolon.csv": (";", '"'),
    "semicolon.csv.gz": (";", '"'),
    "tab_single_quoted.tsv": ("\t", "'"),
    "quoted_commas.csv": (",", '"'),
    "all_categorical.csv": (",", '"'),
    "bom_crlf.csv": (",", '"'),
    "pipes.txt": ("|", '"'),
    "mixed_codes.csv": (",", '"'),
    "mixed_dates.csv": (",", '"'),
    "whitespace.csv": (",", '"'),
    "leading_blank_lines.csv": (",", '"'),
}


def counts(path, sep, quote):
    frame = pd.read_csv(path, sep=sep, quotechar=quote, na_values=["?"], encoding="utf-8-sig")
    return len(frame), [(str(c).strip(), int(frame[c].isna().sum())) for c in frame.columns]


def main():
    rows = []
    for name, (sep, quote) in MESSY.items():
        n, cols = counts(os.path.join(HERE, "messy", name), sep, quote)
        rows += [("messy/" + name, n, c, m) for c, m in cols]
    if os.path.isdir(SHARED):
        for name in sorted(os.listdir(SHARED)):
            if ".csv" in name:
                n, cols = counts(os.path.join(SHARED, name), ",", '"')
                rows += [("shared/" + name, n, c, m) for c, m in cols]
    with open(os.path.join(HERE, "pandas_expected.csv"), "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["file", "rows", "column", "missing"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
