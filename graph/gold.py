"""The gold set: its articles, split into the tuning part (and its halves) and the held-out slice, their texts,
and the ACLED event type of each engagement type."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from graph.gold_model import GoldArticle, GoldError
from graph.gold_reader import parse_gold
from graph.paths import ARTICLES_DIR, ROOT
from loaders.corpus import CorpusError, read_text_article
from loaders.model import Article

ENGAGEMENT_TYPES_TTL = ROOT / "ontology" / "engagement-types.ttl"
ETYPE_NS = "https://w3id.org/conflict-kg/ontology/engagement-type/"
ACLED_EVENT_TYPE_PROPERTY = "https://w3id.org/conflict-kg/ontology#acledEventType"

# Used only while ontology/engagement-types.ttl is absent; the ontology is the reference once it exists.
FALLBACK_ACLED_EVENT_TYPES: dict[str, str] = {
    "armed-clash": "Battles",
    "government-regains-territory": "Battles",
    "non-state-actor-overtakes-territory": "Battles",
    "ambush": "Battles",
    "air-strike": "Explosions/Remote violence",
    "shelling": "Explosions/Remote violence",
    "suicide-bombing": "Explosions/Remote violence",
    "remote-explosive": "Explosions/Remote violence",
    "chemical-weapon": "Explosions/Remote violence",
    "attack-on-civilians": "Violence against civilians",
    "abduction": "Violence against civilians",
    "siege": "Strategic developments",
    "ceasefire": "Strategic developments",
    "headquarters-or-base-established": "Strategic developments",
    "non-violent-transfer-of-territory": "Strategic developments",
    "arrests": "Strategic developments",
    "looting": "Strategic developments",
}
PARTS = ("all", "tuning", "held-out", "tuning-a", "tuning-b", "tuning-b1", "tuning-b2")
HELD_OUT_FILE = "held-out.txt"


def load_gold(gold_dir: Path, part: str = "all") -> list[GoldArticle]:
    """The gold articles in gold_dir/*.json, validated; a bad file raises GoldError naming file and field.

    part: "all", "held-out" (the files listed in gold_dir/held-out.txt), "tuning" (all the others), one half of the
    tuning part, "tuning-a" or "tuning-b" (see tuning_half), or one half of half b, "tuning-b1" or "tuning-b2" (see
    check_quarter).
    """
    if not gold_dir.is_dir():
        raise GoldError(gold_dir, "folder", "no such folder")
    if part not in PARTS:
        raise GoldError(gold_dir, "part", f"{part!r} is not one of {', '.join(PARTS)}")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise GoldError(gold_dir, "folder", "holds no gold .json files")
    if part != "all":
        held = set(held_out_names(gold_dir))
        files = [f for f in files if (f.name in held) == (part == "held-out")]
    types = acled_event_types()[0]
    articles = _parse_all(files, types)
    if part.startswith("tuning-"):
        articles = [g for g in articles if tuning_half(g.identifier) == part[len("tuning-")]]
    if part in ("tuning-b1", "tuning-b2"):
        articles = [g for g in articles if check_quarter(g.identifier) == part[-2:]]
    return articles


def tuning_half(identifier: str) -> str:
    """The half of the tuning part ("a" or "b") an article falls in, fixed by a hash of its identifier.

    Rules are written from the errors of half a and checked on half b, whose errors stay unread: within a session,
    half b stands in for unseen text (the held-out slice is scored once, at the end).
    """
    return "a" if int(hashlib.sha1(identifier.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "b"


def check_quarter(identifier: str) -> str:
    """The half of tuning half b ("b1" or "b2") an article falls in: the next bit of tuning_half's hash.

    From the thirty-fifth session rules may also be written from the errors of b1; b2 keeps half b's old job as the
    check whose errors stay unread (docs/decisions/20261207-half-b-split.md).
    """
    return "b1" if (int(hashlib.sha1(identifier.encode("utf-8")).hexdigest(), 16) >> 1) & 1 == 0 else "b2"


def _parse_all(files: Sequence[Path], types: Mapping[str, str]) -> list[GoldArticle]:
    """Parse gold files; an article annotated twice raises GoldError naming both files."""
    seen: dict[tuple[str, str], Path] = {}
    articles = []
    for path in files:
        gold = parse_gold(path, types)
        if gold.article_key in seen:
            raise GoldError(path, "identifier", f"{gold.article_key} is also annotated in {seen[gold.article_key]}")
        seen[gold.article_key] = path
        articles.append(gold)
    return articles


def held_out_names(gold_dir: Path) -> list[str]:
    """File names of the held-out slice: gold_dir/held-out.txt, one per line, # comments; each must exist."""
    listing = gold_dir / HELD_OUT_FILE
    if not listing.is_file():
        return []
    names = []
    for number, line in enumerate(listing.read_text(encoding="utf-8").splitlines(), start=1):
        name = line.split("#", 1)[0].strip()
        if not name:
            continue
        if not (gold_dir / name).is_file():
            raise GoldError(listing, f"line {number}", f"{name!r} is not a gold file of {gold_dir}")
        names.append(name)
    return names


def acled_event_types(ttl: Path = ENGAGEMENT_TYPES_TTL) -> tuple[dict[str, str], str]:
    """Engagement-type local name -> ACLED event type, and where that came from (the ontology, or the fallback)."""
    if not ttl.is_file():
        return dict(FALLBACK_ACLED_EVENT_TYPES), "fallback table in graph/gold.py (ontology file absent)"
    from rdflib import Graph, URIRef

    graph = Graph().parse(ttl, format="turtle")
    table = {
        str(s)[len(ETYPE_NS) :]: str(o)
        for s, o in graph.subject_objects(URIRef(ACLED_EVENT_TYPE_PROPERTY))
        if str(s).startswith(ETYPE_NS)
    }
    return dict(sorted(table.items())), str(ttl)


def gold_articles(gold_dir: Path, seeds_dir: Path = ARTICLES_DIR, part: str = "all") -> list[Article]:
    """The texts of the gold articles: gold_dir/articles/<id>.txt (+ .json sidecar), seeds from seeds_dir."""
    out = []
    for gold in load_gold(gold_dir, part):
        candidates = [gold_dir / "articles" / f"{gold.identifier}.txt"]
        if gold.corpus == "seeds":
            candidates.append(seeds_dir / f"{gold.identifier}.txt")
        path = next((p for p in candidates if p.is_file()), None)
        if path is None:
            raise GoldError(gold.path, "identifier", f"no article text at {' or '.join(map(str, candidates))}")
        try:
            out.append(read_text_article(path, gold.corpus))
        except CorpusError as err:
            raise GoldError(gold.path, "identifier", f"its article cannot be read: {err}") from None
    return out


def evidence_problems(gold: GoldArticle, body: str) -> list[str]:
    """Evidence strings of a gold article that do not occur verbatim in its body.

    >>> from graph.gold_model import GoldClaim
    >>> g = GoldArticle("c", "1", Path("g.json"), claims=(GoldClaim("publisher", "five killed"),))
    >>> evidence_problems(g, "Five killed in Homs.")
    ["claims[0].evidence: 'five killed' is not in the article text"]
    """
    spans = [(f"engagements[{i}].evidence", e.evidence) for i, e in enumerate(gold.engagements)]
    spans += [(f"claims[{i}].evidence", c.evidence) for i, c in enumerate(gold.claims)]
    return [f"{where}: {text!r} is not in the article text" for where, text in spans if text not in body]
