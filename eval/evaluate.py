#!/usr/bin/env python3
"""Measures how well `ingestd parse` reads the labelled fixture articles and the seed articles.

    make eval                      # builds ingestd (release) and runs this
    python3 eval/evaluate.py --binary .build/release/ingestd [--trafilatura-python PY]

For every file in Tests/Fixtures/articles/expected.json (and the seeds, when present) it runs
`ingestd parse FILE`, compares the record with the expectation and prints per-field accuracy,
per format and overall, the worst failures per field, and, given a Python with trafilatura
installed, the same fields measured for trafilatura on the HTML fixtures. Results go to
.build-eval/results.json. Standard library only; trafilatura runs in a separate process.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests" / "Fixtures" / "articles"
SEEDS = Path(os.environ.get("EVAL_SEEDS", "/work/shared/fixtures/seeds"))
SEEDS_EXPECTED = Path(os.environ.get("EVAL_SEEDS_EXPECTED", "/work/shared/fixtures/seeds.expected.json"))
GROUPS = ("text", "markdown", "html", "json", "seeds")
FIELDS = (
    ("title", "title exact"),
    ("authors", "authors exact set"),
    ("published", "published exact"),
    ("published_at", "published_at exact"),
    ("site", "site exact"),
    ("language", "language exact"),
    ("body_f1", "body word F1 (mean)"),
    ("body_f1_min", "body word F1 (min)"),
    ("body_edges", "body start/end (seeds)"),
    ("clean", "not_in_body clean"),
    ("quotes_found", "quotes found (recall)"),
    ("quote_speaker", "quote speaker correct"),
)
WORD = re.compile(r"\w+")


# --- comparing ---------------------------------------------------------------------------

def squash(text):
    """Whitespace collapsed (NBSP is a space), for comparisons that are exact otherwise."""
    if text is None:
        return None
    return " ".join(str(text).replace("\u00a0", " ").split())


def quote_key(text):
    """Quotation text compared without its marks, case or spacing."""
    return " ".join(WORD.findall((text or "").lower()))


def word_f1(expected, got):
    want = collections.Counter(w.lower() for w in WORD.findall(expected or ""))
    have = collections.Counter(w.lower() for w in WORD.findall(got or ""))
    if not want and not have:
        return 1.0
    common = sum((want & have).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(have.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def split_authors(text):
    """trafilatura gives one string; people are separated by ';', ',' or ' and '."""
    if not text:
        return []
    parts = re.split(r";|,|\band\b|\bund\b|\bet\b|\by\b", text)
    return [p.strip() for p in parts if p.strip()]


def score(expected, got, seed=False):
    """One file: {field: (ok or value, expected shown, got shown)}; fields the file does not
    label are left out. `got` is a record (or None when rejected: then every labelled field
    fails, even one whose expected value is null or empty)."""
    rejected = got is None
    got = got or {}
    out = {}

    def exact(field, want, have):
        out[field] = (squash(want) == squash(have), want, have)

    exact("title", expected.get("title"), got.get("title"))
    if seed:
        want_authors = [expected["author"]] if expected.get("author") else []
    else:
        want_authors = expected.get("authors", [])
    have_authors = got.get("authors") or []
    out["authors"] = ({squash(a) for a in want_authors} == {squash(a) for a in have_authors},
                      want_authors, have_authors)
    exact("published", expected.get("published"), got.get("published"))
    if expected.get("published_at"):
        exact("published_at", expected["published_at"], got.get("published_at"))
    if "site" in expected:
        exact("site", expected["site"], got.get("site"))
    if "language" in expected:
        exact("language", expected["language"], got.get("language"))
    body = got.get("body") or ""
    if "body" in expected:
        f1 = word_f1(expected["body"], body)
        out["body_f1"] = (f1, f"{len(WORD.findall(expected['body']))} words", f"{len(WORD.findall(body))} words")
    if "body_starts_with" in expected:
        norm = squash(body) or ""
        ok = norm.startswith(squash(expected["body_starts_with"])) and norm.endswith(squash(expected["body_ends_with"]))
        out["body_edges"] = (ok, expected["body_starts_with"][:40] + " … " + expected["body_ends_with"][-40:],
                             norm[:40] + " … " + norm[-40:])
    if expected.get("not_in_body"):
        leaked = [s for s in expected["not_in_body"] if s in body]
        out["clean"] = (not leaked and bool(got), "none of " + str(len(expected["not_in_body"])),
                        "leaked: " + "; ".join(leaked) if leaked else ("rejected" if not got else "clean"))
    want_quotes = expected.get("quotes") or []
    if want_quotes:
        have = [(quote_key(q.get("text")), q.get("speaker") or "") for q in got.get("quotes") or []]
        found = speaker_ok = 0
        misses = []
        for q in want_quotes:
            start = quote_key(q["text_starts_with"])
            match = next((s for text, s in have if text.startswith(start)), None)
            if match is None:
                misses.append(q["text_starts_with"][:30])
                continue
            found += 1
            if q["speaker_contains"].lower() in match.lower():
                speaker_ok += 1
        out["quotes_found"] = (found / len(want_quotes), f"{len(want_quotes)} quotes",
                               f"{found} found; missed: {', '.join(misses)}" if misses else f"{found} found")
        if found:  # the speaker is judged only for quotations that were found
            out["quote_speaker"] = (speaker_ok / found, f"{found} found", f"{speaker_ok} with the right speaker")
    if rejected:
        out = {field: (False if isinstance(ok, bool) else 0.0, want, "rejected")
               for field, (ok, want, _) in out.items()}
    return out


# --- running -----------------------------------------------------------------------------

def run_ingestd(binary, path):
    try:
        proc = subprocess.run([str(binary), "parse", str(path)], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return None, "timed out after 60 s"
    if proc.returncode != 0:
        return None, proc.stderr.decode("utf-8", "replace").strip() or f"exit status {proc.returncode}"
    try:
        return json.loads(proc.stdout.decode("utf-8").strip().splitlines()[0]), None
    except (ValueError, IndexError) as error:
        return None, f"unreadable output: {error}"


def run_trafilatura(python, paths):
    script = Path(__file__).resolve().parent / "trafilatura_side.py"
    proc = subprocess.run([str(python), str(script), *map(str, paths)], capture_output=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace")[-2000:])
    results = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        item = json.loads(line)
        results[item["file"]] = item
    return results


def trafilatura_record(item):
    """trafilatura's fields in the shape of an ingestd record (what it cannot tell stays out)."""
    if not item or item.get("error"):
        return None
    return {"title": item.get("title"), "authors": split_authors(item.get("author")),
            "published": item.get("date"), "site": item.get("sitename"), "body": item.get("text") or ""}


# --- reporting ---------------------------------------------------------------------------

def aggregate(scored):
    """scored: list of (file, {field: (value, want, got)}) -> {field: {"value", "n", "worst"}}."""
    table = {}
    for field, _ in FIELDS:
        source = "body_f1" if field == "body_f1_min" else field
        rows = [(name, s[source]) for name, s in scored if source in s]
        if not rows:
            continue
        values = [float(v[0]) for _, v in rows]
        worst = sorted(rows, key=lambda r: float(r[1][0]))
        failures = [{"file": name, "score": round(float(v[0]), 3), "expected": v[1], "got": v[2]}
                    for name, v in worst if float(v[0]) < 1.0][:3]
        if field == "body_f1_min":
            value = min(values)
            entry = {"value": value, "n": len(values), "file": worst[0][0]}
        else:
            entry = {"value": sum(values) / len(values), "n": len(values), "worst": failures}
        table[field] = entry
    return table


def cell(entry):
    if entry is None:
        return "—"
    return f"{entry['value'] * 100:5.1f}% (n={entry['n']})"


def print_table(header, rows):
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "ingestd"))
    parser.add_argument("--fixtures", default=str(FIXTURES))
    parser.add_argument("--seeds", default=str(SEEDS))
    parser.add_argument("--seeds-expected", default=str(SEEDS_EXPECTED))
    parser.add_argument("--trafilatura-python", help="a Python with trafilatura installed")
    parser.add_argument("--out", default=str(ROOT / ".build-eval" / "results.json"))
    args = parser.parse_args()

    binary = Path(args.binary)
    if not binary.exists():
        sys.exit(f"evaluate.py: no ingestd at {binary}; build it first (make eval does)")
    fixtures = Path(args.fixtures)
    try:
        expected = json.loads((fixtures / "expected.json").read_text(encoding="utf-8"))["articles"]
    except (OSError, ValueError, KeyError) as error:
        sys.exit(f"evaluate.py: cannot read {fixtures / 'expected.json'}: {error}; "
                 "regenerate it with python3 Tests/Fixtures/articles/generate.py")

    cases = [(entry["format"], fixtures / entry["file"], entry, False) for entry in expected]
    seeds_note = None
    seeds_dir, seeds_expected = Path(args.seeds), Path(args.seeds_expected)
    if seeds_expected.exists() and seeds_dir.is_dir():
        for entry in json.loads(seeds_expected.read_text(encoding="utf-8"))["articles"]:
            cases.append(("seeds", seeds_dir / entry["file"], entry, True))
    else:
        seeds_note = f"seeds skipped: {seeds_expected} or {seeds_dir} not found"

    per_file = []
    scored = collections.defaultdict(list)
    rejected = []
    for group, path, entry, seed in cases:
        record, error = run_ingestd(binary, path)
        if error:
            rejected.append({"file": path.name, "group": group, "reason": error})
        s = score(entry, record, seed=seed)
        scored[group].append((path.name, s))
        per_file.append({"file": path.name, "group": group, "rejected": error,
                         "scores": {k: v[0] for k, v in s.items()}})
    everything = [item for g in GROUPS for item in scored[g]]
    tables = {g: aggregate(scored[g]) for g in GROUPS if scored[g]}
    tables["all"] = aggregate(everything)

    traf_table, traf_note = None, None
    html_cases = [(path, entry) for group, path, entry, _ in cases if group == "html"]
    if args.trafilatura_python and html_cases:
        try:
            results = run_trafilatura(args.trafilatura_python, [p for p, _ in html_cases])
            traf_scored = []
            for path, entry in html_cases:
                s = score(entry, trafilatura_record(results.get(str(path))))
                for field in ("published_at", "language", "quotes_found", "quote_speaker"):
                    s.pop(field, None)  # trafilatura does not give these
                traf_scored.append((path.name, s))
            traf_table = aggregate(traf_scored)
        except (OSError, RuntimeError, ValueError, subprocess.TimeoutExpired) as error:
            traf_note = f"trafilatura not measured: {error}"
    else:
        traf_note = "trafilatura not measured (no --trafilatura-python given)"

    print(f"ingestd: {binary}")
    print(f"files: {len(cases)} ({', '.join(f'{g} {len(scored[g])}' for g in GROUPS if scored[g])}); "
          f"rejected: {len(rejected)}")
    if seeds_note:
        print(seeds_note)
    print()
    print("## ingestd and trafilatura on the HTML fixtures\n")
    rows = []
    for field, label in FIELDS:
        html = tables.get("html", {}).get(field)
        traf = traf_table.get(field) if traf_table else None
        overall = tables["all"].get(field)
        if html is None and overall is None and field != "quote_speaker":
            continue  # quote_speaker stays, as "—", when no quotation was found at all
        rows.append([label, cell(html), cell(traf), cell(overall)])
    print_table(["field", "ingestd (HTML)", "trafilatura (HTML)", "ingestd (all formats)"], rows)
    if traf_note:
        print(traf_note)
    print("\n## ingestd per format\n")
    groups = [g for g in GROUPS if g in tables] + ["all"]
    rows = []
    for field, label in FIELDS:
        if not any(field in tables[g] for g in groups) and field != "quote_speaker":
            continue
        rows.append([label] + [cell(tables[g].get(field)).split(" (")[0].strip() if tables[g].get(field) else "—"
                               for g in groups])
    print_table(["field"] + [f"{g} ({len(scored[g]) if g != 'all' else len(everything)})" for g in groups], rows)
    body_min = tables["all"].get("body_f1_min")
    if body_min:
        print(f"\nworst body F1: {body_min['value']:.3f} in {body_min['file']}")
    if rejected:
        print(f"\n## rejected by ingestd ({len(rejected)})\n")
        for item in rejected[:12]:
            print(f"- {item['file']} ({item['group']}): {item['reason'][:160]}")
        if len(rejected) > 12:
            print(f"- … and {len(rejected) - 12} more")
    print("\n## worst failures per field (ingestd, all formats)\n")
    print_worst(tables["all"])
    if traf_table:
        print("\n## worst failures per field (trafilatura, HTML)\n")
        print_worst(traf_table)

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"binary": str(binary), "ingestd": tables, "trafilatura_html": traf_table,
                               "notes": [n for n in (seeds_note, traf_note) if n],
                               "rejected": rejected, "files": per_file}, ensure_ascii=False, indent=2) + "\n",
                   encoding="utf-8")
    print(f"\nresults: {out}")


def print_worst(table):
    for field, label in FIELDS:
        entry = table.get(field)
        if not entry or not entry.get("worst"):
            continue
        print(f"{label}:")
        for f in entry["worst"]:
            print(f"  - {f['file']}: expected {short(f['expected'])}; got {short(f['got'])}")


def short(value, limit=90):
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


if __name__ == "__main__":
    main()
