"""Name words: the titles, kinds of place, landmark nouns and other capitalised words that tell what a name is,
shared by the rules that mint local entities and those that filter mentions."""

from __future__ import annotations

import re

# Capitalised words that name no person or local body themselves: titles, days, months, nationalities, kinds of body.
TITLE_WORDS = frozenset(
    """President Minister Foreign Defence Defense Governor General Gen Colonel Col Lieutenant Major Commander
    Spokesman Spokeswoman Director Executive Secretary Chief Head Prime Deputy Ambassador Envoy Senator Mr
    Mrs Ms Dr Sheikh Brigadier Captain Sergeant Admiral Mayor Leader Emir Imam King Prince Minister Analyst
    Activist Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December The A An In On At Syrian Russian Iranian Turkish American
    Iraqi Kurdish Lebanese Israeli British French Western Arab Islamic State Army Forces Observatory Ministry
    Media Center Centre News Agency Human Rights Council Coalition United Nations Homs Aleppo Damascus Idlib
    Raqqa Hama Daraa Police Command Committee Office Department Directorate Brigade Brigades Front Group
    Source Sources Battalion Movement Organization Organisation Authority Authorities Government Regime Party
    Union Military Security Service Services Radio Television Channel Defence Civil Revolutionary Programme
    Program Middle East World Food Health International Red Crescent Cross University College Institute School
    Hospital""".split()  # noqa: SIM905
)
# A place name: capitalised words, with Arabic particles inside ("Tareeq al-Bab", "Kafr Nabl", "Ras al-Ain"); the
# article of a later word may be title-cased ("Sahl Al-Ghab", "Khan Al-Sheeh"), as outlets outside FA-KES often write it
# (twenty-second session, helper outplace8).
# Twenty-first session: "Ben" is "Ibn" as the Observatory spells it ("Qasr Ben Wardan"), never before a word a
# speaker's verb follows ("Kafrnabel Ben Hubbard reported": a reporter, where the comma is lost).
_BEN = r"(?:ben|Ben)\s+(?=[A-Z][a-z]+\b(?!\s+(?:said|says|reported|reports|told|tells|wrote|writes|added)\b))"
# An article's hyphen may have a space typed after it before the capital ("Kherbet al- Naqous", as `aliases.tokenize`
# reads it; twenty-first session).
_ARTICLE_HYPHEN = r"-(?: (?=[A-Z]))?"
# A capitalised name word may hold an ayn or hamza written as an apostrophe between letters ("Ta’anouz", "Sa’dabeh",
# "al-Mu’azzarah"; twenty-first session, helper outlets2: the outlets that keep apostrophes cut such a name at the
# mark and minted "Ta"); never a possessive "’s" ("Hama’s countryside" is Hama).
NAME_WORD = r"[A-Z](?:[a-z]|['’ʿ](?!s\b)(?=[a-z]))*[a-z]"
# An article typed with a space after its hyphen ("al- Qahera"), read with its name in a list only where the name is an
# item the list's words set off: after "of", a locative, a comma or "and", and before a comma, "and", a word in lower
# case or the sentence's end ("the villages of al- Ankawi, al- Qahera and al- Hwash in ..."). FA-KES dropped its
# commas, and its runs of names read alike with the space or without it (twenty-second session, helper outplace8).
SET_OFF_SPACED_ARTICLE = (
    r"(?=[aAeE]l- )(?:(?<=of )|(?<=, )|(?<=and )|(?<=in )|(?<=on )|(?<=at )|(?<=near ))(?:al|el|Al|El)- "
    r"(?=[A-Z][\w'’]*(?:,|\s+and\s|\s+[a-z]|[.;:]|$))"
)
# A toponym's head, the feature or kind a Syrian place's name opens on (hill, monastery, village, ruin, spring, cape,
# bridge, gate, house, mountain, valley, meadow, castle), and a word that names nobody on its own: a kunya, a title or
# a tribe's "sons of" ("Abu", "Umm", "al-Sheikh", "Bani"). Such a head carries the whole of the person or tribe it is
# named for: "Tal al-Sheikh Hussein", "Khirbet Umm Hosh", "Jabal Abu Rakan", "Deir Bani Khaled" are three words
# (twenty-seventh session, helper bounds27).
TOPONYM_HEAD = (
    r"(?:T[ae]ll?|Deir|Dayr|K[ae]fr|Kfar|Khirb[ae]t|Kherbet|Ain|Ein|Ras|Jisr|Bab|Beit|Bayt|J[ae]b[ae]l|Wadi|Marj|Qasr|"
    r"Maarat|Maaret)"
)
NAMED_FOR = r"(?:(?:(?:al|el|Al|El)-)?(?:Sheikh|Shaikh|Shaykh)|Abu|Umm|Um|Bani|Beni|Ibn|Bin|Abdul|Abdel)"
HEADED_NAME = rf"{TOPONYM_HEAD}\s+{NAMED_FOR}\s+{NAME_WORD}(?:-[A-Za-z][a-z]+)?(?![\w'’-])"
PLACE_NAME = (
    rf"(?:{HEADED_NAME}|"
    rf"(?:(?:al|el|Al|El){_ARTICLE_HYPHEN})?{NAME_WORD}(?:-[A-Za-z][a-z]+)?"
    rf"(?:\s+(?:(?:al|el|ad|ar|as|ash|at|az|Al|El){_ARTICLE_HYPHEN}|(?:ibn|bin|abu|Abu|Ibn|Bin)\s+|"
    + _BEN
    + rf")?{NAME_WORD}(?:-[A-Za-z][a-z]+)?)?)"
)
# The kinds of place a name comes before: "the Zubdiya neighbourhood", "Jarez village"; a camp may say whom it holds,
# "the al-Wafideen refugee camp" (sixteenth session).
PLACE_KIND = (
    r"(?:neighbou?rhoods?|district|[Qq]uarter|village|town|suburb|(?:(?:refugees?|displacement|IDP)\s+)?camp|area)"
)
# The kinds of a named landmark, after its name: "al-Quds hospital", "Kweyris military airport", "the Shaar oil field".
LANDMARK_NOUN = (
    r"(?:[Hh]ospital|[Mm]osque|[Cc]hurch|[Ss]treet|[Ss]quare|[Rr]oundabout|[Bb]ridge|[Ss]tadium|[Pp]rison|[Hh]ill|"
    r"[Mm]ountain|[Aa]irbase|[Aa]irfield|[Aa]ir\s+[Bb]ase|(?:[Mm]ilitary\s+)?[Aa]irport|College|Academy|"
    r"[Tt]echnical\s+[Ii]nstitute|"
    r"[Ff]actory|[Pp]alace|[Cc]itadel|[Ss]hrine|[Ss]chool|[Hh]otel|[Cc]emetery|(?:[Oo]il|[Gg]as)\s*[Ff]ield|"
    r"[Pp]ower\s+(?:[Pp]lant|[Ss]tation)|[Gg]enerating\s+[Ss]tation|[Oo]pera\s+[Hh]ouse|[Rr]oad|[Ss]ports\s+[Cc]lub)"
)
# "-run", "-held" closing a word: whose a place is, no part of its name ("the rebel-held Douma").
# Who lives there, the same way (articles34, written-sentence probe): "the Alawite-majority neighbourhood of Zahraa",
# "the Christian-populated town of Mhardeh" name a people, not the place.
CONTROLLED = re.compile(
    r"-(?:run|held|controlled|led|backed|dominated|besieged|majority|populated|inhabited)$", re.IGNORECASE
)
# A wire headline's closing credit ("... in Syrias Aleppo Monitor"): never a place.
CREDIT_WORDS = frozenset({"Monitor", "NGO"})
# Capitalised words that open a place phrase without naming a place ("the Kurdish area", "the Old City district").
NOT_PLACE_NAMES = CREDIT_WORDS | frozenset(
    """North Northern South Southern East Eastern West Western Central Old New Upper Lower Greater Rural Border Coastal
    Industrial Residential Christian Muslim Sunni Shiite Shia Alawite Druze Armenian Assyrian Palestinian Jordanian
    Saudi Qatari Egyptian Libyan Afghan Chechen Tunisian European Opposition Rebel Government Regime Jihadist
    Besieged Same Entire Whole Surrounding Nearby Affected Targeted Border Refugee Refugees Kurds Rebels Daesh Isis
    ISIS Nusra""".split()  # noqa: SIM905
)
