"""The other forms a name is indexed under: hyphenated articles, bodies' short names, governorates' unit forms."""

from __future__ import annotations

import re

from loaders.aliases import name_tokens

# WOF spaces a sun letter's article between the words of a name ("Khan ash Shih", "Tall ad Daman"); the news hyphenates
# it or writes "al-" ("Khan al-Shih"). Lower case and inside the name only: "As Safirah" already drops its article.
_SPACED_ARTICLE = re.compile(r"(?<=\w )(ad|ar|as|ash|at|ath|az|an|adh|ed|er|es|ez) (?=[A-Z])")


def article_forms(name: str) -> list[str]:
    """A name, and the same name with its spaced inner articles hyphenated as the news writes them.

    >>> article_forms("Khan ash Shih"), article_forms("Aleppo")
    (['Khan ash Shih', 'Khan ash-Shih'], ['Aleppo'])
    """
    hyphenated = _SPACED_ARTICLE.sub(r"\1-", name)
    return [name] if hyphenated == name else [name, hyphenated]


_UNIT_WORDS = re.compile(r"\s+(Governorate|Province|District|Subdistrict)$", re.IGNORECASE)


# A body's name cut before what it is "for" or "of": "the Syrian Observatory" is the Syrian Observatory for Human
# Rights, "the National Coalition" the National Coalition for Syrian Revolutionary and Opposition Forces (fifteenth
# session): two capitalised words at least, so "Army of Islam" gives no "Army".
_SHORT_NAME = re.compile(r"^(?P<short>(?:[A-Z][\w'’.-]*\s+)+[A-Z][\w'’.-]*)\s+(?:for|of)\s+\S")


# Bodies named by their portfolio need it: "the Russian Ministry of Foreign Affairs" is no "Russian Ministry" of
# Defence, "the UN Office in Geneva" no OCHA.
_NAMED_BY_PORTFOLIO = frozenset(
    {"Ministry", "Office", "Department", "Committee", "Council", "Commission", "Agency", "Bureau", "Republic"}
)


def short_name(name: str) -> str | None:
    """The name's part before "for" or "of", when it is two capitalised words or more and its last word is no
    portfolio's office; else None."""
    match = _SHORT_NAME.match(name)
    if match is None or match.group("short").split()[-1] in _NAMED_BY_PORTFOLIO:
        return None
    return match.group("short")


_NATIONALITY_FIRST = re.compile(r"^(?:Syrian|Syria)\s+(?P<rest>[A-Z][\w'’.-]*(?:\s+\S+)+)$")


# What every state has, so names only with its nationality: "the Air Force", "the Armed Forces", "the Red Crescent".
_EVERY_STATES_WORDS = frozenset(
    {"Air", "Force", "Forces", "Armed", "Army", "Navy", "Military", "Arab", "National", "Red", "Crescent"}
)


# Civil bodies whose name without the nationality news English also writes in lower case ("civil defence")
_LOWER_CASE_BODIES = frozenset({"Organisation", "Monitor"})


def lower_case_form(bare: str, cls: str) -> bool:
    """Whether a civil body's name without its nationality is also its name in lower case: two words, neither one
    every state's bodies have ("civil defence"; not "national coalition", which any country may form)."""
    words = bare.split()
    return cls in _LOWER_CASE_BODIES and len(words) == 2 and not {w.title() for w in words} & _EVERY_STATES_WORDS


def without_nationality(name: str) -> str | None:
    """A body's name without the nationality that opens it ("Syrian Civil Defence": "Civil Defence"), when two
    words or more are left, the first capitalised, and no office word; else None."""
    match = _NATIONALITY_FIRST.match(name)
    if match is None or set(match.group("rest").split()) <= _EVERY_STATES_WORDS:
        return None
    # every state has a "Foreign Ministry" and a "Defence Ministry" (fifteenth session's third review)
    if set(match.group("rest").split()) & _NAMED_BY_PORTFOLIO:
        return None
    return match.group("rest")


# "the" inside a body's name, before a word it governs: news prose drops it from long names as it drops it before the
# whole name ("the Islamic State in Iraq and Levant": without the form, Iraq and a local "Levant" were read as places;
# nineteenth session, helper places6). A capitalised word after it: the article of a name's own word only.
_INNER_THE = re.compile(r"(?<=\S) the (?=[A-Z])")


def without_inner_article(name: str) -> str | None:
    """A body's name with the "the" inside it dropped ("Islamic State of Iraq and Levant"), or None when it has none."""
    bare = _INNER_THE.sub(" ", name)
    return None if bare == name else bare


def generated_by_several(generated: list[tuple[str, str, int, bool]]) -> set[str]:
    """Forms generated for more than one entity."""
    owners: dict[str, set[str]] = {}
    for key, form, _, _ in generated:
        owners.setdefault(form, set()).add(key)
    return {form for form, keys in owners.items() if len(keys) > 1}


def countryside_owner(form: str, explicit: dict[tuple[str, ...], set[str]]) -> str | None:
    """The one entity whose curated name is this countryside form without its side ("Damascus southern countryside"
    without "southern" is Rif Dimashq's "Damascus countryside"): a side of a countryside is in that countryside."""
    norms = name_tokens(form)[0]
    if _COUNTRYSIDE_NORM not in norms:
        return None
    owners = explicit.get(tuple(n for n in norms if n not in _SIDE_NORMS), set())
    return next(iter(owners)) if len(owners) == 1 else None


def bare_unit_name(name: str, cls: str) -> str | None:
    """A governorate's or district's name without its unit word ("Homs Governorate" -> "Homs")."""
    if cls not in {"Governorate", "District"}:
        return None
    bare = _UNIT_WORDS.sub("", re.sub(r"^Markaz\s+", "", name)).strip()
    return bare or None


# The compass adjectives a governorate's countryside takes ("Aleppo southern countryside").
_SIDE_ADJECTIVES: tuple[str, ...] = ("northern", "southern", "eastern", "western")
_SIDE_ADJECTIVES += ("northeastern", "northwestern", "southeastern", "southwestern")
# the same words folded as the index folds them
_SIDE_NORMS = frozenset(name_tokens(" ".join(_SIDE_ADJECTIVES))[0])
_COUNTRYSIDE_NORM = name_tokens("countryside")[0][0]


def governorate_forms(bare: str) -> list[str]:
    """The ways texts name a governorate ("Homs province", "the province of Homs", "Homs countryside")."""
    return [
        f"{bare} Governorate",
        f"{bare} governorate",
        f"{bare} province",
        f"{bare} Province",
        f"province of {bare}",
        f"governorate of {bare}",
        f"region of {bare}",
        f"{bare} region",
        f"South {bare}",
        f"North {bare}",
        f"{bare} countryside",
        f"countryside of {bare}",
        # FA-KES dropped the apostrophe of "Idlib's countryside"
        f"{bare}s countryside",
        f"{bare}s province",
        f"rural {bare}",
        *(f"{side} {bare} countryside" for side in ("eastern", "western", "northern", "southern")),
        # Seventeenth session: the side written after the name, as SANA and al-Manar do ("Hama northern countryside")
        *(f"{bare} {side} countryside" for side in _SIDE_ADJECTIVES),
        *(f"{bare}s {side} countryside" for side in _SIDE_ADJECTIVES),  # "Idlibs southern countryside" (FA-KES)
        *(f"{side} {bare}" for side in ("eastern", "western", "northern", "southern", "Eastern", "Western")),
        *(f"{side} {bare}" for side in ("Northern", "Southern", "northeastern", "northwestern")),
        *(f"{side} {bare}" for side in ("southeastern", "southwestern", "Northeastern", "Northwestern")),
    ]
