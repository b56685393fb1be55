"""Names of landforms: a mountain's, a valley's, a plain's or a river's name opens with the word for its kind
("Jabal al-Zawiya", "Wadi Barada", "Sahl al-Ghab"), and no skeleton shared with a village's name makes it that village
(twenty-second session, helper places11)."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer

# words that open the name of a landform: "Jabal al-Zawiya" is a mountain, no village of Jubb `Alays (places11)
_LANDFORMS = frozenset({"jabal", "jebel", "jabl", "wadi", "sahl", "nahr"})


def same_landform(gazetteer: Gazetteer, key: str, label: str) -> bool:
    """Whether a name of the place opens with a landform's word just when the label does."""
    mine = _opens_on_landform(label)
    entity = gazetteer.get(key)
    return any(_opens_on_landform(name) == mine for name in (entity.label, *entity.aliases))


def _opens_on_landform(name: str) -> bool:
    """Whether a name's first word is a landform's ("Jabal", "Wadi", "Sahl", "Nahr")."""
    words = name.lower().split(maxsplit=1)
    return bool(words) and words[0] in _LANDFORMS
