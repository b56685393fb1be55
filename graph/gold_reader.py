"""Read one gold file (tests/gold/README.md), checking every field: a bad one raises GoldError naming file and field."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from graph.gold_model import (
    QID,
    VOICE_CLAIMANTS,
    GoldArticle,
    GoldClaim,
    GoldEngagement,
    GoldEntity,
    GoldError,
    GoldTime,
)

PRECISIONS = ("day", "week", "month", "year")
VICTIMS = ("troops", "civilians", "militants")


def parse_gold(path: Path, types: Mapping[str, str]) -> GoldArticle:
    """One gold file; types maps engagement-type local names to ACLED event types."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise GoldError(path, "file", "not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise GoldError(path, "file", f"not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}") from None
    r = _Reader(path)
    obj = r.obj(data, "top level")
    engagements = tuple(r.engagement(e, f"engagements[{i}]", types) for i, e in enumerate(r.list(obj, "engagements")))
    ids = [e.id for e in engagements]
    for i, eid in enumerate(ids):
        if eid in ids[:i]:
            raise GoldError(path, f"engagements[{i}].id", f"{eid!r} is used twice")
    claims = tuple(r.claim(c, f"claims[{i}]", ids) for i, c in enumerate(r.list(obj, "claims")))
    return GoldArticle(
        corpus=r.text(obj, "corpus", "corpus"),
        identifier=r.text(obj, "identifier", "identifier"),
        path=path,
        annotator=r.opt_text(obj, "annotator", "annotator") or "",
        notes=r.opt_text(obj, "notes", "notes") or "",
        places=tuple(r.entity(p, f"places[{i}]", "place") for i, p in enumerate(r.list(obj, "places"))),
        actors=tuple(r.entity(a, f"actors[{i}]", "actor") for i, a in enumerate(r.list(obj, "actors"))),
        engagements=engagements,
        claims=claims,
    )


class _Reader:
    """Typed access to the fields of one gold file, raising GoldError with the field's path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> GoldError:
        return GoldError(self.path, where, problem)

    def obj(self, value: object, where: str) -> dict[str, object]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be a JSON object")
        return value

    def list(self, obj: Mapping[str, object], name: str, where: str | None = None) -> list[object]:
        value = obj.get(name, [])
        if not isinstance(value, list):
            raise self.fail(where or name, "must be a list")
        return value

    def text(self, obj: Mapping[str, object], name: str, where: str) -> str:
        value = obj.get(name)
        if not isinstance(value, str) or not value:
            raise self.fail(where, "missing" if value is None else "must be a non-empty string")
        return value

    def opt_text(self, obj: Mapping[str, object], name: str, where: str) -> str | None:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise self.fail(where, "must be a string or null")
        return value

    def count(self, obj: Mapping[str, object], name: str, where: str) -> int | None:
        value = obj.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(where, "must be a non-negative integer or null")
        return value

    def refs(self, obj: Mapping[str, object], name: str, where: str) -> tuple[str, ...]:
        out = []
        for i, value in enumerate(self.list(obj, name, where)):
            if not isinstance(value, str) or not (QID.fullmatch(value) or "/" in value):
                raise self.fail(f"{where}[{i}]", f"{value!r} is neither an entity key (kind/slug) nor a QID")
            out.append(value)
        return tuple(out)

    def entity(self, value: object, where: str, kind: str) -> GoldEntity:
        obj = self.obj(value, where)
        key = self.opt_text(obj, "key", f"{where}.key")
        if key is not None and not key.startswith(f"{kind}/"):
            raise self.fail(f"{where}.key", f"{key!r} must start with {kind + '/'!r}")
        qid = self.opt_text(obj, "qid", f"{where}.qid")
        if qid is not None and not QID.fullmatch(qid):
            raise self.fail(f"{where}.qid", f"{qid!r} is not a Wikidata QID (Q followed by digits)")
        return GoldEntity(text=self.text(obj, "text", f"{where}.text"), key=key, qid=qid)

    def engagement(self, value: object, where: str, types: Mapping[str, str]) -> GoldEngagement:
        obj = self.obj(value, where)
        etype = self.text(obj, "type", f"{where}.type")
        if etype not in types:
            raise self.fail(f"{where}.type", f"unknown engagement type {etype!r} (known: {', '.join(sorted(types))})")
        acled = self.text(obj, "acled_event_type", f"{where}.acled_event_type")
        if acled != types[etype]:
            raise self.fail(
                f"{where}.acled_event_type", f"{acled!r} does not match type {etype!r}, which is {types[etype]!r}"
            )
        return GoldEngagement(
            id=self.text(obj, "id", f"{where}.id"),
            type=etype,
            acled_event_type=acled,
            evidence=self.text(obj, "evidence", f"{where}.evidence"),
            places=self.refs(obj, "places", f"{where}.places"),
            attackers=self.refs(obj, "attackers", f"{where}.attackers"),
            targets=self.refs(obj, "targets", f"{where}.targets"),
            supporters=self.refs(obj, "supporters", f"{where}.supporters"),
            time=self.time(obj.get("time"), f"{where}.time"),
        )

    def time(self, value: object, where: str) -> GoldTime | None:
        if value is None:
            return None
        obj = self.obj(value, where)
        precision = self.opt_text(obj, "precision", f"{where}.precision")
        if precision is not None and precision not in PRECISIONS:
            raise self.fail(f"{where}.precision", f"{precision!r} is not one of {', '.join(PRECISIONS)}")
        return GoldTime(
            expression=self.opt_text(obj, "expression", f"{where}.expression"),
            earliest=self.day(obj, "earliest", f"{where}.earliest"),
            latest=self.day(obj, "latest", f"{where}.latest"),
            precision=precision,
        )

    def day(self, obj: Mapping[str, object], name: str, where: str) -> date | None:
        value = self.opt_text(obj, name, where)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(where, f"{value!r} is not a date YYYY-MM-DD") from None

    def claim(self, value: object, where: str, engagement_ids: Sequence[str]) -> GoldClaim:
        obj = self.obj(value, where)
        claimant = self.text(obj, "claimant", f"{where}.claimant")
        if claimant not in VOICE_CLAIMANTS and not claimant.startswith("actor/"):
            raise self.fail(f"{where}.claimant", f"{claimant!r} is not an actor key, 'publisher' or 'unattributed'")
        about = self.opt_text(obj, "about", f"{where}.about")
        if about is not None and about not in engagement_ids:
            raise self.fail(f"{where}.about", f"{about!r} is not the id of an engagement of this article")
        victims = self.opt_text(obj, "victims", f"{where}.victims")
        if victims is not None and victims not in VICTIMS:
            raise self.fail(f"{where}.victims", f"{victims!r} is not one of {', '.join(VICTIMS)}")
        claim = GoldClaim(
            claimant=claimant,
            evidence=self.text(obj, "evidence", f"{where}.evidence"),
            about=about,
            fatalities=self.count(obj, "fatalities", f"{where}.fatalities"),
            fatalities_max=self.count(obj, "fatalities_max", f"{where}.fatalities_max"),
            wounded=self.count(obj, "wounded", f"{where}.wounded"),
            wounded_max=self.count(obj, "wounded_max", f"{where}.wounded_max"),
            victims=victims,
        )
        for low, high, name in (
            (claim.fatalities, claim.fatalities_max, "fatalities_max"),
            (claim.wounded, claim.wounded_max, "wounded_max"),
        ):
            if high is not None and (low is None or high < low):
                raise self.fail(f"{where}.{name}", "needs a lower bound no greater than it")
        return claim
