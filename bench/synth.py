"""A synthetic corpus: FA-KES articles copied N times with places, figures and dates changed (seeded, deterministic)."""

from __future__ import annotations

import csv
import json
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

FAKES_CSV = Path("data/corpora/fa-kes/fa-kes-dev.csv")
PLACES_CSV = Path("data/reference/places.csv")
_NUMBER = re.compile(r"\b\d{1,5}\b")


def syrian_places(places_csv: Path = PLACES_CSV) -> dict[str, list[str]]:
    """Names of the notable Syrian governorates and towns of the gazetteer, by place type."""
    by_type: dict[str, list[str]] = {"region": [], "locality": []}
    with places_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["country"] == "SY" and row["notable"] == "yes" and row["placetype"] in by_type:
                by_type[row["placetype"]].append(row["name"].removesuffix(" Governorate"))
    return {kind: sorted(set(names)) for kind, names in by_type.items()}


def _swapper(rng: random.Random, places: dict[str, list[str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern matching every known place name and, for each, another name of the same type."""
    mapping: dict[str, str] = {}
    for names in places.values():
        shuffled = names[:]
        rng.shuffle(shuffled)
        mapping.update(zip(names, shuffled, strict=True))
    alternatives = "|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b"), mapping


def _shift_number(rng: random.Random, match: re.Match[str]) -> str:
    """A figure moved a little; years are left alone so dates in the text stay dates."""
    value = int(match.group(0))
    if 1900 <= value <= 2100:
        return match.group(0)
    return str(value + rng.randint(1, 9))


def variant(row: dict[str, str], copy: int, seed: int, places: dict[str, list[str]]) -> dict[str, str]:
    """One changed copy of a FA-KES row: new id, places swapped, figures shifted, date moved by days."""
    rng = random.Random(f"{seed}:{copy}:{row['unit_id']}")
    pattern, mapping = _swapper(rng, places)

    def rewrite(text: str) -> str:
        text = pattern.sub(lambda m: mapping[m.group(0)], text)
        return _NUMBER.sub(lambda m: _shift_number(rng, m), text)

    out = dict(row)
    out["unit_id"] = f"{row['unit_id']}x{copy}"
    out["article_title"] = rewrite(row["article_title"])
    out["article_content"] = rewrite(row["article_content"])
    try:
        day = datetime.strptime(row["date"].strip(), "%m/%d/%Y") + timedelta(days=rng.randint(-60, 60))
        out["date"] = f"{day.month}/{day.day}/{day.year}"
    except ValueError:
        pass  # an unreadable date stays as it is: the loader reports it the same way as for the original
    return out


def write_corpus(folder: Path, copies: int, seed: int = 20261122, source: Path = FAKES_CSV) -> tuple[Path, int]:
    """Write `copies` variants of every FA-KES row as a FA-KES CSV with its corpus.json; return it and its rows."""
    places = syrian_places()
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"fa-kes-x{copies}.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for copy in range(copies):
            for row in rows:
                writer.writerow(variant(row, copy, seed, places))
    corpus = {
        "name": f"fa-kes-x{copies}",
        "title": f"Synthetic benchmark corpus: FA-KES x{copies}, places, figures and dates changed",
        "license": "CC BY 4.0",
        "attribution": "Derived from FA-KES (Abu Salem et al., ICWSM 2019, doi:10.1609/icwsm.v13i01.3254)",
        "preset": "fa-kes",
    }
    (folder / "corpus.json").write_text(json.dumps(corpus, indent=2) + "\n", encoding="utf-8")
    return target, copies * len(rows)


def add_one(target: Path, copies: int, seed: int = 20261122, source: Path = FAKES_CSV) -> None:
    """Append one new article to a corpus `write_corpus` wrote: a further variant of the first FA-KES row."""
    places = syrian_places()
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        first = next(reader)
    with target.open("a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, fieldnames=fields).writerow(variant(first, copies, seed, places))
