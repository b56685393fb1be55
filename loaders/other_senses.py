"""Trigger words read in their other, ordinary senses tell no engagement: "hanged himself", "slaughtered sheep", "the
liberation of prisoners", "the decision fell to Russia", "came under fire from rights groups", "opened fire on the
deal", "50 Syrian pounds", "dismantled an explosive device", "went on strike" (seventeenth session, helper review
and the lead; the last two moved here from `trigger_guards` in the twenty-eighth; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re

# "hanged himself in his cell": a suicide, not an execution
_REFLEXIVE = re.compile(r"\s+(?:him|her|them)sel(?:f|ves)\b", re.IGNORECASE)
# "slaughtered sheep for Eid": animals killed for food or sacrifice
_LIVESTOCK = re.compile(
    r"\s+(?:(?:the|their|a|an|\d+|dozens\s+of|hundreds\s+of)\s+)?"
    r"(?:sheep|lambs?|goats?|cattle|cows?|camels?|chickens?|livestock|animals?|poultry)\b",
    re.IGNORECASE,
)
# "the liberation of prisoners": people set free, no ground taken
_PEOPLE_FREED = re.compile(
    r"\s+(?:(?:the|all|\d+|some|several)\s+)?(?:[\w-]+\s+)?"
    r"(?:prisoners|detainees|hostages|captives|abductees|kidnapped|women|children|people|slaves)\b",
    re.IGNORECASE,
)
# What falls to a side as ground is named right before "fell" (a name, "it" or a kind of ground): "Palmyra fell to IS",
# "the town finally fell to rebels"; "the decision fell to Russia" hands on a duty.
_GROUND_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?-i:[A-Z])[\w'’-]*|it|villages?|towns?|city|cities|districts?|neighbou?rhoods?|quarters?|suburbs?|areas?|"
    r"parts?|bases?|airports?|airbases?|complex|camps?|barracks|hills?|positions|regions?|territory|provinces?|"
    r"countryside|strongholds?|enclaves?|posts?|checkpoints?|crossings?|fields?|dam|citadel|castle|prison)"
    # a relative pronoun and adverbs may stand between: "Daraya which fell to", "it almost completely fell to"
    r"\s+(?:(?:which|that|had|has|have|then|later|also|soon|almost|nearly|once|[a-z]+ly)\s+){0,3}$",
    re.IGNORECASE,
)

# ground passing to a side named after the verb: "Palmyra fell to IS", "fell into the hands of", "came under the
# control of" (helper lexicon2); "the weapons fell into the hands of IS" hands over no ground
_FELL_OR_CAME_UNDER = r"fell\s+to|fell\s+into\s+the\s+hands\s+of|came\s+under\s+(?:the\s+)?(?:\w+\s+)?control\s+of"
# The clause's subject a thing or people held, its place only a modifier after it: "weapons supplied to rebels in
# Aleppo fell into the hands of IS", "dozens of US-trained rebels in Idlib fell to the Nusra Front" (the name right
# before the verb is no subject; eighteenth session, helper review4)
_THING_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|after|when|as|while|that)\s+)(?:(?:the|some|many|most|all|several|dozens|hundreds|"
    r"thousands|scores|of|\d+|[\w-]+-(?:made|supplied|trained|backed|provided))\s+){0,3}(?:[\w-]+\s+)?"
    r"(?:weapons|arms|ammunition|missiles|rockets|equipment|vehicles|tanks|trucks|documents|money|funds|supplies|aid|"
    r"rebels|fighters|soldiers|troops|men|people|hostages|prisoners|captives|pilots?|recruits)\b"
    # the rest of the subject, up to the verb, opens no clause of its own ("The rebels retreated and Palmyra fell to")
    r"(?:(?!\b(?:and|but|after|when|as|while|that|which)\b)[^,;:]){0,60}$",
    re.IGNORECASE,
)

# Where the noun phrase of the critics or the text ends: a mark, a word of function or a participle ("rights groups
# over Afrin", "the deal signed on Monday"); not a noun of its own that makes the word a modifier ("a law enforcement
# patrol", "the talks venue", "UN-backed forces", "the UN compound": people or places shot at; eighteenth session,
# helper review2)
_PHRASE_ENDS = (
    r"(?=\s*[.,;:!?\"”)]|\s*$|\s+(?:over|for|about|after|before|in|on|at|of|from|who|which|that|and|but|as|with|by|to|"
    r"since|when|while|because|amid|following|saying|calling|last|this|earlier|[a-z]+ed)\b)"
)
# "came under fire from rights groups over Afrin": blamed in words by people who carry no arms
_CRITICS_FROM = re.compile(
    r"\s+from\s+(?:the\s+|its\s+|his\s+|their\s+|some\s+|many\s+)?(?:[\w-]+\s+)?"
    r"(?:critics|rights\s+(?:groups|organi[sz]ations|activists|campaigners)|campaigners|lawmakers|legislators|"
    r"politicians|commentators|columnists|the\s+press|newspapers|editorials?|opponents\s+at\s+home|voters|donors|"
    r"diplomats|UN\s+officials|the\s+UN|the\s+United\s+Nations|NGOs|aid\s+(?:groups|agencies)|"
    # a rights body named (eighteenth session, helper outprec3): "came under fire from Human Rights Watch over ..."
    rf"Human\s+Rights\s+Watch|HRW|Amnesty(?:\s+International)?|(?:rights\s+)?watchdogs?)\b{_PHRASE_ENDS}"
    # what one is blamed for, a gerund: "came under fire for failing to protect civilians" ("for hours" is shooting)
    r"|\s+for\s+(?:(?:its|their|his|her|the)\s+)?(?:[a-z]+ly\s+)?(?!(?:morning|evening)\b)(?-i:[a-z]+ing)\b",
    re.IGNORECASE,
)
# "opened fire on the deal": a text or decision shot at in words
_TEXT_SHOT_AT = re.compile(
    r"\s+(?:the\s+|a\s+|this\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:deal|plan|proposals?|policy|policies|decision|idea|agreement|bill|law|report|statement|claims?|"
    rf"remarks|speech|budget|strategy|talks|resolution)\b{_PHRASE_ENDS}",
    re.IGNORECASE,
)

# A grenade that is no thrown explosive (ACLED's Grenade): tear gas, stun or smoke grenades, a rocket-propelled one
# or its launcher, however hyphenated ("rocket-propelled-grenades", "grenade-launchers"; nineteenth session, review5)
_NOT_THROWN_BEFORE = re.compile(r"(?:propelled|rocket|gas|stun|smoke|sound|flash)[\s-]+$", re.IGNORECASE)
_LAUNCHER_AFTER = re.compile(r"[\s-]+launch", re.IGNORECASE)
# Grenades held, not thrown: named among weapons seized or found ("seized weapons including rifles, grenades and
# ammunition", "found hand grenades"); no verb of throwing or harm after the holding word
_HELD_BEFORE = re.compile(
    r"\b(?:seiz(?:ed|es|ing|ure)|confiscat\w*|found|discover\w*|captur(?:ed|es|ing)|caches?|stockpiles?|arsenals?|"
    r"smuggl\w*|(?:weapons|arms|ammunition)\s+(?:including|such\s+as))\b"
    r"(?:(?!\b(?:threw|throw\w*|thrown|hurl\w*|lobb\w*|toss\w*|killed|killing|wounded|injured|exploded)\b)[^.;]){0,60}$",
    re.IGNORECASE,
)

# "50 Syrian pounds", "a million pounds": the currency, after a number or a country's adjective
_MONEY_BEFORE = re.compile(
    r"(?:\d[\d,.]*|hundred|thousand|million|billion|Syrian|Lebanese|Egyptian|British|Turkish|Sudanese)\s+$",
    re.IGNORECASE,
)

# Explosive devices found, defused or destroyed before going off.
_EXPLOSIVE_THING = (
    r"(?:ied|vbied|improvised|roadside|land|explosive|(?:car|truck|lorry|vehicle)\s+bomb|booby|bomb\s+planted|"
    r"explosives-laden)"
)
_DEFUSED = re.compile(
    r"\b(?:dismantl\w*|defus\w*|destroy\w*|seiz\w*|found|discover\w*|confiscat\w*|remov\w*|intercept\w*|"
    r"thwart\w*|foil\w*)\b",
    re.IGNORECASE,
)
# "went on strike", "a hunger strike", "a general strike": work or food refused, no attack
_STOPPAGE = re.compile(r"\b(?:on|hunger|general|labou?r|workers'?)\s+$", re.IGNORECASE)
# The stoppage with an article or a modifier between (engfp37): "went on a strike", "are on an open-ended strike",
# "staged / held / called / declared / observed a three-day strike": the verbs of a strike kept, never of one launched
# or carried out, which are a blow's ("launched a strike on Raqqa"); "on" alone only after a verb of being or going
# ("commented on a strike by Russian jets" is about an attack)
_STOPPAGE_KEPT = re.compile(
    r"\b(?:(?:went|go(?:es|ing|ne)?|is|are|was|were|been|be|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+on|"
    r"stag(?:e|es|ed|ing)|h(?:o|e)ld|holding|holds|call(?:s|ed|ing)|declar(?:e|es|ed|ing)|observ(?:e|es|ed|ing)|"
    r"join(?:s|ed|ing))\s+(?:(?:a|an|the|their|its)\s+)?(?:(?:open-ended|indefinite|general|total|partial|"
    r"commercial|[\w]+-day|hunger)\s+){0,2}$",
    re.IGNORECASE,
)
# The strikers named after the word: "a strike by shopkeepers", "the strike of teachers in Daraa": people who stop
# work or eating, not an armed side; its reason, "a strike in protest at the arrests"; or its callers, "a strike called
# by activists" (a blow is launched or carried out, never called)
_STRIKERS_AFTER = re.compile(
    r"\s+(?:(?:by|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:workers|employees|staff|teachers|doctors|nurses|"
    r"shopkeepers|traders|merchants|students|lawyers|drivers|prisoners|detainees|inmates|farmers|civil\s+servants)\b|"
    r"(?:in|as\s+a)\s+protest\b|(?:called|organi[sz]ed)\s+by\b)",
    re.IGNORECASE,
)

# "Russia and Turkey struck a deal on Idlib", "striking a balance": a deal or an accord made, no blow struck
# (thirty-third session, vocab33, written-sentence probe); a truce struck is read by its own word
STRUCK_DEAL = re.compile(
    r"\s+(?:(?:a|an|the|its|their|this|that|new|final|fresh|separate|secret|tentative|last-minute|rare)\s+){0,2}"
    r"(?:[\w-]+\s+)?(?:deals?|agreements?|accords?|bargains?|compromises?|pacts?|truces?|cease-?fires?|balance|"
    r"chords?|tone|note)\b(?![’'-])",
    re.IGNORECASE,
)

# "seized weapons and ammunition", "paraded captured tanks": arms and goods taken, no ground (thirty-third session,
# vocab33, written-sentence probe); a store of them is a site ("seized an arms depot" takes the depot)
MATERIEL_TAKEN = re.compile(
    r"\s+(?:(?:a|an|the|their|its|his|large|huge|big|vast|several|some|many|more|all|of|dozens|hundreds|quantities|"
    r"amounts?|number|cache|caches|stockpiles?|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+){0,4}"
    r"(?:[\w-]+\s+)?(?:weapons|arms|ammunition|munitions|tanks|armou?red\s+vehicles|vehicles|equipment|documents|"
    r"rifles|guns|trucks|supplies|materiel|hardware|artillery\s+pieces|cars|cash|money|goods|oil|grain|wheat)\b"
    r"(?!\s+(?:depots?|stores?|warehouses?|factor(?:y|ies)|plants?|fields?|facilit(?:y|ies)|bases?)\b)(?![’'-])",
    re.IGNORECASE,
)

# A bombing foiled, thwarted, averted or prevented did not happen: "police foiled a suicide bombing in Latakia",
# "thwarted a car bomb attack" (thirty-third session, vocab33, written-sentence probe). An attack by fighters foiled
# is a defence (`repelled_attacks`), so a generic "attack" counts only with a bomb word before it.
FOILED_BEFORE = re.compile(
    r"\b(?:foil(?:ed|s|ing)|thwart(?:ed|s|ing)|avert(?:ed|s|ing)|prevent(?:ed|s|ing))\s+"
    r"(?:(?:an?|the|another|two|three|several|planned|potential|possible|imminent|attempted|would-be|major|deadly|"
    r"new|large|massive|IS|ISIS|Daesh|terrorist|terror)\s+){0,3}(?P<bomb>(?:(?:car|truck|lorry|vehicle|bomb|suicide)\s+)"
    r"{0,2})$",
    re.IGNORECASE,
)
_BOMBING_WORD = re.compile(r"(?i)suicide|(?:car|truck|lorry|vehicle)\s+bomb|bomb|explosi|blast|IED|VBIED")

# Guns and rockets named as what a side holds, gets or is sent, not as fired: "a shipment of rockets arrived", "Iran
# sent ballistic missiles to its allies", "the arsenal includes mortars" (thirty-third session, vocab33,
# written-sentence probe; as `_HELD_BEFORE` for grenades): the holding word within 80
# characters before the munition noun, with no verb of firing or harm between. Not "armed with": "rebels armed with
# rockets attacked the town" tells the attack's means.
MUNITION_NOUN = re.compile(
    r"(?i)rockets?|mortars?|artillery|howitzers?|grad|mortar\s+bombs?|"
    r"(?:(?:surface-to-surface|ground-to-ground|ballistic|cruise)\s+)?missiles?"
)
MUNITION_HELD = re.compile(
    r"\b(?:arsenals?|shipments?|consignments?|caches?|stockpiles?|deliver(?:ed|ies|y|ing|s)?|"
    r"suppl(?:ied|ies|ying|y)|sen[dt]|sending|receiv(?:ed|es|ing|e)|smuggl\w*|includ(?:es|ing|e)|acquir\w*|purchas\w*|"
    r"bought|sold|sales?|transferr(?:ed|ing))\b"
    r"(?:(?!\b(?:fired|fire|fires|firing|launched|launch|launching|hit|hits|struck|strikes?|rained|pounded|shelled|"
    r"bombarded|targeted|killed|killing|wounded|wounding|injured|injuring|landed|fell|slammed|at|on|into)\b)[^.;]){0,60}$",
    re.IGNORECASE,
)

# "targeted" aimed at an audience or by a penalty, no blow: "the campaign targeted young voters", "ads targeting
# investors", "new sanctions targeted officials close to Assad" (thirty-third session, helper fixes33, written-sentence
# probe); the object a kind of audience right after the verb, or the subject a penalty right before it
TARGETED_AUDIENCE = re.compile(
    r"\s+(?:(?:the|its|their|his|her|young|younger|older|new|potential|wealthy|rich|first-time|undecided|foreign|local|"
    r"Syrian|Western|Gulf|Arab|Kurdish|diaspora|private|small|big|more|many)\s+){0,3}"
    r"(?:voters|donors|investors|consumers|customers|audiences?|viewers|readers|listeners|shoppers|tourists|"
    r"subscribers|buyers|sponsors|advertisers|followers|fans|the\s+electorate)\b(?![’'-])",
    re.IGNORECASE,
)
PENALTY_BEFORE = re.compile(
    r"\b(?:sanctions|embargo(?:es)?|asset\s+freezes?|travel\s+bans?|penalties|tariffs|blacklists?)\s+"
    r"(?:(?:also|that|which|now|have|has|had|will|would|are|is|were|was|newly|specifically|mainly)\s+){0,2}$",
    re.IGNORECASE,
)

# ... unless harm is told after it: "gunmen targeted shoppers in a market, killing four", "targeted voters with mortars"
_HARM_AFTER = re.compile(
    r"[^.;!?]{0,150}?\b(?:kill\w*|wound\w*|injur\w*|dead|died|shot|shoot\w*|gunfire|fire|bomb\w*|blasts?|explo\w*|"
    r"mortars?|rockets?|missiles?|shell\w*|grenades?|attack\w*)\b",
    re.IGNORECASE,
)


def in_other_sense(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger word is used in a sense that tells no engagement."""
    word = match.group(0).lower()
    if _DEFUSED.search(text, max(0, match.start() - 40), min(len(text), match.end() + 40)) and re.match(
        _EXPLOSIVE_THING, word
    ):
        return True  # "Five VBIEDs destroyed", "dismantled an explosive device": a device taken, not an explosion
    if re.match(r"(?i)strikes?$", word) and (
        _STOPPAGE.search(text[: match.start()])
        or _STOPPAGE_KEPT.search(text, max(0, match.start() - 80), match.start())
        or _STRIKERS_AFTER.match(text, match.end())
    ):
        return True  # "went on strike", "began a hunger strike", "a strike by shopkeepers": a stoppage, no attack
    if MUNITION_NOUN.fullmatch(word) and MUNITION_HELD.search(text, max(0, match.start() - 80), match.start()):
        return True  # "a shipment of missiles", "sent rockets to its allies": weapons held or sent, none fired
    foiled = FOILED_BEFORE.search(text, max(0, match.start() - 80), match.start())
    if foiled and (_BOMBING_WORD.match(word) or (re.match(r"attack", word) and foiled["bomb"])):
        return True  # "foiled a suicide bombing", "thwarted a car bomb attack": no blast
    if re.fullmatch(r"(?:seiz|captur)(?:ed|es|ing|e)", word):
        return MATERIEL_TAKEN.match(text, match.end()) is not None
    if re.fullmatch(r"str(?:uck|ikes?|iking)", word):
        return STRUCK_DEAL.match(text, match.end()) is not None
    if re.fullmatch(r"target(?:ed|s|ing)", word):
        return bool(
            TARGETED_AUDIENCE.match(text, match.end())
            or PENALTY_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ) and not _HARM_AFTER.match(text, match.end())
    if word == "hanged":
        return _REFLEXIVE.match(text, match.end()) is not None
    if word.startswith("slaughter"):
        return _LIVESTOCK.match(text, match.end()) is not None
    if re.fullmatch(r"liberation\s+of", word):
        return _PEOPLE_FREED.match(text, match.end()) is not None
    if re.fullmatch(r"came\s+under\s+(?:\w+\s+)?fire", word):
        return _CRITICS_FROM.match(text, match.end()) is not None
    if re.fullmatch(r"open(?:ed|s|ing)?\s+fire\s+(?:on|at|upon)", word):
        return _TEXT_SHOT_AT.match(text, match.end()) is not None
    if word.startswith("grenade"):
        return _not_a_thrown_grenade(text, match)
    if word == "pounds":
        return _MONEY_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None
    if re.fullmatch(_FELL_OR_CAME_UNDER, word):
        return (
            _GROUND_BEFORE.search(text, max(0, match.start() - 60), match.start()) is None
            or _THING_SUBJECT.search(text[max(0, match.start() - 120) : match.start()]) is not None
        )
    return False


def _not_a_thrown_grenade(text: str, match: re.Match[str]) -> bool:
    """Whether a grenade is no explosive thrown: gas, stun or rocket-propelled, a launcher, or among weapons held."""
    before = text[max(0, match.start() - 80) : match.start()]
    if _NOT_THROWN_BEFORE.search(before[-20:]) or _LAUNCHER_AFTER.match(text, match.end()):
        return True
    return _HELD_BEFORE.search(before) is not None
