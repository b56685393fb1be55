"""Gold upkeep: gazetteer places that a gold place annotated as unknown (`key: null`) may be, and re-keying.

    python scripts/gold_audit.py candidates GOLD_DIR FILE_LIST OUT.json
    python scripts/gold_audit.py regions GOLD_DIR FILE_LIST OUT.json
    python scripts/gold_audit.py apply GOLD_DIR DECISIONS.jsonl [...] [--write]

`candidates` reads gold JSON and the reference tables only (never the extractor): for each `key: null` place, the
Syrian gazetteer places whose names are spelling variants of its text (string similarity at least 0.78; or the same
consonant skeleton, with similarity at least 0.72 when the skeleton is shorter than three letters) and that lie
within 40 km of the article's other linked places (any distance when the article has none). An annotator then reads
the article and decides (tests/gold/README.md, Revisions, twenty-fifth session). `apply` writes the decisions: the
entry takes the key and its QID, and the file's engagement references to `place/local/<slug of text>` take the key.
`regions` lists the gazetteer's regions (natural regions and East Aleppo) that an article names by one of their names
while its gold places lack them; a decision line `{"file", "key", "add": true, "text"}` adds the region as a place.
`apply` prints counts per part only, never names.
"""

from __future__ import annotations

import difflib
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.iris import slug  # noqa: E402
from loaders.gazetteer import Entity, Gazetteer  # noqa: E402

MIN_RATIO = 0.78
LOOSE_RATIO = 0.72
# the similarity is compared as rounded to two places (0.775 passes), as in the lists the audit's annotators judged
ROUNDED_MIN = MIN_RATIO - 0.005
NEAR_KM = 40
EAST_ALEPPO = "place/east-aleppo"  # the rebel-held eastern districts of Aleppo city: a region, though filed as a town
# Words that say what kind of place a name is, and Arabic articles: left out of the name compared.
_GENERIC_WORDS = (
    "village town city district neighbourhood neighborhood area quarter suburb countryside region hill hills mount "
    "mountain mountains jabal jebel tal tel tell plain valley the of and camp farm farms field fields outskirts "
    "al el ar as at ad az an ash adh ath es et ed ez en"
)
GENERIC = frozenset(_GENERIC_WORDS.split())
# Letters that transliterations of one Arabic sound write differently.
SAME_SOUND = (
    ("ch", "sh"),
    ("dh", "d"),
    ("th", "t"),
    ("gh", "g"),
    ("kh", "k"),
    ("q", "k"),
    ("c", "k"),
    ("z", "d"),
    ("j", "g"),
)


def fold(text: str) -> str:
    """Lower-case ASCII words of a name, without apostrophes and ayn marks."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", " ", re.sub(r"['’`]", "", ascii_text)).strip()


def core(text: str) -> str:
    """The distinctive words of a name: no generic words, no article glued on ("Alzorba")."""
    words = [w[2:] if w.startswith("al") and len(w) > 5 else w for w in fold(text).split() if w not in GENERIC]
    return " ".join(words)


def skeleton(text: str) -> str:
    """The consonants of a name's distinctive words, one letter per sound, doubled letters once."""
    letters = core(text).replace(" ", "")
    for written, sound in SAME_SOUND:
        letters = letters.replace(written, sound)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyhw]", "", letters))


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    rad = math.pi / 180
    h = (
        math.sin((b[0] - a[0]) * rad / 2) ** 2
        + math.cos(a[0] * rad) * math.cos(b[0] * rad) * math.sin((b[1] - a[1]) * rad / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))


def _names(gaz: Gazetteer) -> list[tuple[Entity, str, str, str]]:
    """(place, name, core, skeleton) for every name of every located Syrian place."""
    out = []
    for place in gaz.entities():
        if place.kind != "place" or place.lat is None or not gaz.in_syria(place.key):
            continue
        for name in sorted({place.label, *place.aliases}):
            if c := core(name):
                out.append((place, name, c, skeleton(name)))
    return out


def _points(gold: dict, gaz: Gazetteer) -> list[tuple[float, float]]:
    """Where the article's linked gold places are (towns and below; a country or governorate says little)."""
    out = []
    for place in gold["places"]:
        key = place.get("key")
        if key and key in gaz:
            e = gaz.get(key)
            if (
                e.lat is not None
                and e.lon is not None
                and gaz.in_syria(key)
                and e.cls not in ("Country", "Governorate")
            ):
                out.append((e.lat, e.lon))
    return out


def _far(dist: int | None) -> int:
    """A candidate's distance for ranking; unknown ranks last."""
    return 9999 if dist is None else dist


def candidates_for(text: str, points: list[tuple[float, float]], names: list, gaz: Gazetteer) -> list[dict]:
    """Gazetteer places a `key: null` place's text may be, best first (at most five)."""
    c, s = core(text), skeleton(text)
    if len(c) < 3:
        return []
    found: dict[str, dict] = {}
    matcher = difflib.SequenceMatcher(None, b=c)
    for place, name, name_core, name_skeleton in names:
        matcher.set_seq1(name_core)
        same = name_skeleton == s
        # a skeleton of one or two letters matches too much on its own: then the spelling must be close as well
        floor = 0.0 if same and len(s) >= 3 else LOOSE_RATIO if same else ROUNDED_MIN
        # the quick ratios bound the ratio from above: a cheap way past most names
        if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
            continue
        ratio = difflib.SequenceMatcher(None, c, name_core).ratio()
        if ratio < floor:
            continue
        assert place.lat is not None and place.lon is not None
        dist = min((km((place.lat, place.lon), p) for p in points), default=None)
        if dist is not None and round(dist) > NEAR_KM:
            continue
        if place.key in found and found[place.key]["ratio"] >= ratio:
            continue
        governorate = [gaz.get(a).label for a in gaz.ancestors(place.key) if gaz.get(a).cls == "Governorate"]
        found[place.key] = {
            "key": place.key,
            "label": place.label,
            "name": name,
            "cls": place.cls,
            "qid": place.qid,
            "governorate": governorate[0] if governorate else None,
            "ratio": round(ratio, 2),
            "same_skeleton": same,
            "km_to_article_places": None if dist is None else round(dist),
        }
    ranked = sorted(found.values(), key=lambda x: (-x["ratio"], _far(x["km_to_article_places"]), x["key"]))
    return ranked[:5]


def candidates(gold_dir: Path, listing: Path, out: Path) -> None:
    """Write the candidates of every `key: null` place of the listed gold files."""
    gaz = Gazetteer.load()
    names = _names(gaz)
    result = {}
    for file_name in listing.read_text(encoding="utf-8").split():
        gold = json.loads((gold_dir / file_name).read_text(encoding="utf-8"))
        points = _points(gold, gaz)
        entries = []
        for place in gold["places"]:
            if place.get("key") is None and (found := candidates_for(place["text"], points, names, gaz)):
                entries.append({"text": place["text"], "candidates": found})
        if entries:
            result[file_name] = entries
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(result)} files, {sum(len(v) for v in result.values())} key-null places with candidates")


def _body(gold_dir: Path, data: dict) -> str:
    """The article text a gold file annotates (seeds from data/articles, FA-KES rows from the gold set's articles/)."""
    if data["corpus"] == "seeds":
        return (ROOT / "data" / "articles" / f"{data['identifier']}.txt").read_text(encoding="utf-8")
    folder = gold_dir / "articles" if (gold_dir / "articles").is_dir() else gold_dir.parent / "articles"
    return (folder / f"{data['identifier']}.txt").read_text(encoding="utf-8")


def regions(gold_dir: Path, listing: Path, out: Path) -> None:
    """Write, per gold file, the gazetteer regions its article names (whole words) that its places lack."""
    gaz = Gazetteer.load()
    found = [e for e in gaz.entities() if e.kind == "place" and (e.cls == "NaturalRegion" or e.key == EAST_ALEPPO)]
    result = {}
    for file_name in listing.read_text(encoding="utf-8").split():
        data = json.loads((gold_dir / file_name).read_text(encoding="utf-8"))
        body, keys = _body(gold_dir, data), {p.get("key") for p in data["places"]}
        items = []
        for region in found:
            names = sorted({region.label, *region.aliases})
            hits = {m.start() for n in names for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", body)}
            if hits and region.key not in keys:
                items.append({"key": region.key, "label": region.label, "names": names, "occurrences": len(hits)})
        if items:
            result[file_name] = items
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(result)} files, {sum(len(v) for v in result.values())} regions named and not annotated")


def _dump(data: dict, original: str) -> str:
    """The file's text in its own layout (json.dumps with indent 2 or 1, its own final newline or none)."""
    end = "\n" if original.endswith("\n") else ""
    for indent in (2, 1):
        if json.dumps(json.loads(original), indent=indent, ensure_ascii=False) + end == original:
            return json.dumps(data, indent=indent, ensure_ascii=False) + end
    raise SystemExit("a gold file in an unknown layout: not rewritten")


def rekey(data: dict, decided: dict[str, str], gaz: Gazetteer) -> Counter[str]:
    """Re-key one gold file's `key: null` places as decided (text -> key), and its engagement references."""
    counts: Counter[str] = Counter()
    swap: dict[str, str] = {}
    present = {p["key"] for p in data["places"] if p.get("key")}
    kept = []
    for place in data["places"]:
        key = decided.get(place["text"]) if place.get("key") is None else None
        if key is None:
            kept.append(place)
            continue
        if key not in gaz or gaz.get(key).kind != "place":
            raise SystemExit(f"{key} is not a gazetteer place")
        swap[f"place/local/{slug(place['text'])}"] = key
        counts["entries"] += 1
        if key in present:  # the file already lists that place under another spelling: one entry each
            counts["entries merged into one already there"] += 1
            continue
        present.add(key)
        place["key"], place["qid"] = key, gaz.get(key).qid
        kept.append(place)
    data["places"] = kept
    for engagement in data.get("engagements", []):
        for field in ("places", "attackers", "targets", "supporters"):
            refs = engagement.get(field, [])
            new = [swap.get(r, r) for r in refs]
            counts["engagement references"] += sum(a != b for a, b in zip(refs, new, strict=True))
            engagement[field] = list(dict.fromkeys(new))
    return counts


def add_places(data: dict, added: dict[str, str], body: str, gaz: Gazetteer) -> Counter[str]:
    """Add places (key -> surface form as the article writes it) that a gold file lacks."""
    counts: Counter[str] = Counter()
    present = {p.get("key") for p in data["places"]}
    for key, text in sorted(added.items()):
        if key not in gaz or gaz.get(key).kind != "place":
            raise SystemExit(f"{key} is not a gazetteer place")
        if text not in body:
            raise SystemExit(f"{text!r} is not in the article's text")
        if key not in present:
            data["places"].append({"text": text, "key": key, "qid": gaz.get(key).qid})
            counts["places added"] += 1
    return counts


def apply(gold_dir: Path, decision_files: list[Path], write: bool) -> Counter[tuple[str, str]]:
    """Apply decision files to a gold folder; counts per part (tuning, held-out, second)."""
    listing = gold_dir / "held-out.txt"
    held = (
        {x for x in listing.read_text(encoding="utf-8").split() if x.endswith(".json")} if listing.is_file() else set()
    )
    gaz = Gazetteer.load()
    by_file: dict[str, dict[str, str]] = {}
    added: dict[str, dict[str, str]] = {}
    for path in decision_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or not (d := json.loads(line)).get("key"):
                continue
            if d.get("add"):
                added.setdefault(d["file"], {})[d["key"]] = d["text"]
            elif "add" not in d:
                by_file.setdefault(d["file"], {})[d["text"]] = d["key"]
    counts: Counter[tuple[str, str]] = Counter()
    for file_name in sorted(set(by_file) | set(added)):
        path = gold_dir / file_name
        if not path.is_file():
            continue
        part = "held-out" if file_name in held else "second" if gold_dir.name == "second" else "tuning"
        original = path.read_text(encoding="utf-8")
        data = json.loads(original)
        to_add = added.get(file_name, {})
        # a region the annotator wrote down with `key: null` (the seeds' "Badia al-Sham") takes the key in place
        unknown = {p["text"] for p in data["places"] if p.get("key") is None}
        rekeys = {**by_file.get(file_name, {}), **{text: key for key, text in to_add.items() if text in unknown}}
        changed = rekey(data, rekeys, gaz)
        if to_add := {key: text for key, text in to_add.items() if text not in unknown}:
            changed += add_places(data, to_add, _body(gold_dir, data), gaz)
        for what, n in changed.items():
            counts[(part, what)] += n
        if changed["entries"] or changed["places added"]:
            counts[(part, "files")] += 1
            if write:
                path.write_text(_dump(data, original), encoding="utf-8")
    return counts


def main(argv: list[str]) -> int:
    """Run a subcommand."""
    if len(argv) == 4 and argv[0] in ("candidates", "regions"):
        (candidates if argv[0] == "candidates" else regions)(Path(argv[1]), Path(argv[2]), Path(argv[3]))
        return 0
    if len(argv) >= 3 and argv[0] == "apply":
        write = "--write" in argv
        args = [a for a in argv[1:] if a != "--write"]
        counts = apply(Path(args[0]), [Path(a) for a in args[1:]], write)
        for (part, what), n in sorted(counts.items()):
            print(f"{part}: {n} {what}")
        print("written" if write else "dry run: nothing written")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
