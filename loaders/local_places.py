"""Minting local places: the key, the entry and the mention of a place the gazetteer lacks, named by the text's words.

Many rules find such names, each by its own span search and filter (`place_mentions`, `al_name_lists`,
`numbered_places`, `held_sides`, `namesakes`, `kind_names`, `held_names`, `sheikh_places`, ...); this is what they
share (docs/extraction.md, "Mentions")."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from graph.iris import slug
from loaders.model import Mention, Span, overlapping


def local_key(label: str) -> str:
    """The key of the local place named `label` (the scorer's key for a gold place the gazetteer lacks too)."""
    return f"place/local/{slug(label)}"


def local_place(
    local_entities: dict[str, tuple[str, str]], span: Span, label: str, kind: str = "place", keep: bool = False
) -> Mention:
    """An unlinked mention at `span` of the local place named `label`, entered in `local_entities` as `kind`."""
    key = local_key(label)
    if keep:
        # a rule that adds names beside the others' leaves an entry another rule made (its kind, its label) as it is
        local_entities.setdefault(key, (kind, label))
    else:
        local_entities[key] = (kind, label)
    return Mention(span, key, "place", linked=False)


def with_new_places(
    found: list[Mention],
    names: Iterable[tuple[Span, str]],
    local_entities: dict[str, tuple[str, str]],
    unfit: Callable[[str], bool] | None = None,
    kind: str = "place",
) -> list[Mention]:
    """The mentions with a local place added for each (span, label) of `names` that overlaps no mention, found or
    added before it, and is not `unfit`; an entry already in `local_entities` is kept."""
    added: list[Mention] = []
    for at, label in names:
        if overlapping([*found, *added], at.start, at.end) or (unfit is not None and unfit(label)):
            continue
        added.append(local_place(local_entities, at, label, kind, keep=True))
    return sorted([*found, *added], key=lambda m: m.span.start) if added else found
