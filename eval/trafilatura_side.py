#!/usr/bin/env python3
"""Runs trafilatura on HTML files for comparison with ingestd (`make eval`), in its own venv.

Reads file paths on the command line and prints one JSON object per line:
{"file", "title", "author", "date", "sitename", "text", "error"}. trafilatura is a yardstick
here, never a dependency of ingestd.
"""

import json
import sys

import trafilatura


def extract(path):
    with open(path, "rb") as handle:
        data = handle.read()
    # Given bytes, trafilatura finds the encoding itself (it reads <meta charset>).
    doc = trafilatura.bare_extraction(data, with_metadata=True)
    if doc is None:
        return {"error": "no extraction"}
    fields = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {key: fields.get(key) for key in ("title", "author", "date", "sitename", "text")}


def main():
    for path in sys.argv[1:]:
        try:
            result = extract(path)
        except Exception as error:  # a yardstick that fails on one file still measures the rest
            result = {"error": f"{type(error).__name__}: {error}"}
        result["file"] = path
        print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
