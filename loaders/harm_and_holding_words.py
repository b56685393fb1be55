"""How English war reporting words violence against civilians and strategic developments that the trigger table had
no word for (eighteenth session, helper lexicon2: an audit from test sentences written before any corpus text was
read; docs/extraction.md, "Engagements"). Each pattern is one alternative of a type's trigger in
`loaders/engagement_triggers.py`."""

from __future__ import annotations

import re
from collections.abc import Sequence

# The unarmed, named by what they are, in the plural or singular ("a child", "a woman", "a priest"): the words the
# victims here and the civilians among the dead (`the_hit.CIVILIAN_WORDS`) share; each adds its own.
UNARMED = (
    r"civilians?|children|child|women|woman|boys?|girls?|babies|baby|infants?|residents|villagers|worshippers|"
    r"worshipers|activists?|journalists?|medics?|doctors?|nurses?|aid\s+workers?|teachers?|students?|pilgrims?|"
    r"farmers?|shepherds?|refugees?|famil(?:y|ies)|priests?|nuns?|protesters?|protestors?|demonstrators?|mourners|"
    r"passers-?by"
)
# The unarmed named as victims of a seizure or of shots: also the press, clergy, peacekeepers and minorities.
VICTIMS = (
    rf"(?:{UNARMED}|reporters?|photographers?|monks?|bishops?|clerics?|peacekeepers?|"
    r"Christians|Assyrians|Yazidis|Alawites|Druze)"
)
_COUNT = (
    r"a|an|the|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens|hundreds|scores|several|some|"
    r"many|more|at|least|about|around|nearly|group|number|of|local|foreign|western|female|unarmed|innocent"
)
# A victims' word that is not the object taken: a modifier of the ground seized ("the Yarmouk refugee camp", "the
# Druze village of Hader", "the family home"), or the source of the report after a name with its comma dropped
# ("captured Deir Ezzor Sunday activists said"; eighteenth session, helper review4).
_NOT_TAKEN = (
    r"(?!\s+(?:camps?|villages?|towns?|cit(?:y|ies)|areas?|districts?|neighbou?rhoods?|quarters?|suburbs?|enclaves?|"
    r"settlements?|homes?|houses?|compounds?|shelters?|centres?|centers?|hospitals?|schools?|markets?|farms?|lands?|"
    r"mountains?|region|said|say|says|reported|report)\b)"
)
# People taken by the verbs that otherwise take ground: "seized 45 UN peacekeepers", "captured two journalists",
# "snatched a priest". The victims follow within four words, and are not an owner ("civilians' homes").
PEOPLE_SEIZED = (
    r"(?:seiz(?:ed|es|ing|e)|captur(?:ed|es|ing|e)|snatch(?:ed|es|ing)?)"
    # between them only numbers, quantities and names ("a group of Iranian pilgrims"), not "the despair of refugees"
    rf"(?=\s+(?:(?:{_COUNT})\s+|(?-i:[A-Z])[\w-]*\s+){{0,4}}?{VICTIMS}\b(?![’'-]){_NOT_TAKEN})|"
    # "forcibly disappeared activists": a person taken, told by the verb alone
    r"forcibl[ye]\s+disappear(?:ed|ing|s)?"
)
# Shots at the unarmed, told without "opened": "security forces fired on protesters", "fired live ammunition at
# mourners"; and killing told as a spree ("went on a killing spree").
FIRED_ON_VICTIMS = (
    r"fir(?:ed|es|ing)\s+(?:(?:live\s+)?(?:ammunition|rounds|bullets|shots)\s+)?(?:on|at|upon|into)\s+"
    rf"(?:(?:a|an|the|crowds?\s+of|groups?\s+of|\d+|dozens\s+of|unarmed|peaceful|fleeing)\s+){{0,3}}{VICTIMS}\b|"
    r"killing\s+spree"
)
# Gunfire into where people live (twentieth session, helper leftovers): "regime troops shot into the rebel-held
# neighbourhood", "soldiers fired into the crowd", "opened fire into houses". Small-arms fire into homes, streets or a
# crowd is aimed at whoever is there (ACLED's Attack on civilians); rockets or shells fired "into" a district are a
# shelling (the munition is named before "into", so this pattern does not reach it), and "shots fired into the air"
# hit no one.
SHOT_INTO_HOMES = (
    r"(?:shot|fired|opened\s+fire)\s+(?:(?:live\s+)?(?:ammunition|rounds|bullets|shots)\s+)?into\s+"
    r"(?:(?:the|a|an|their|residential|crowded|populated|densely|rebel-held|opposition-held|besieged)\s+){0,3}"
    r"(?:neighbou?rhoods?|districts?|houses|homes|streets|crowds?|residential\s+areas?|market(?:place)?s?)\b"
)
# A sniper's shots (twentieth session, helper outrecall7): "killed by sniper fire", "sniper shots on the locals",
# "regime snipers fired into the district", "a sniper from the group positioned in the tower shot on the locals", "she
# was shot by a pro-government sniper". ACLED codes a sniper's shots at people its Attack on civilians (at fighters,
# a clash: `the_hit.sniped_fighters`); the word with no shot told is no event ("areas exposed to the snipers", "sniper
# rifles", "a sniper was killed": the sniper hit).
SNIPER_FIRE = (
    r"snipers?\s+(?:fire|shots?|shooting|bullets?|rounds?|attacks?)|"
    r"snipers?(?!\s+(?:was|were|is|are|has|have|had|rifles?|nests?|positions?)\b)"
    # up to 16 words on, a word at a time (atomic, and a verb tried only at its first letters: fast on long runs),
    # in the sniper's clause: a subordinator opens another's ("deployed snipers after rebels shot two soldiers")
    r"(?=(?>\s+(?!(?:after|before|when|while|since|because|until|although|though|whereas|once)\b)[^\s.;\"]+){0,16}?"
    r"\s+(?=[fsotk])(?:fired|fires|firing|shot|shoots|opened\s+fire|targeted|targeting|"
    r"killing)\b"
    # or a verb of harm with the sniper its near subject: "a sniper killed two soldiers" (not "who was killed")
    r"|(?=(?>\s+[\w'’-]+){0,5}?\s+(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?:killed|kills|wounded|wounds|injured|injures)\b))|"
    r"(?:shot|killed|wounded|injured|hit)\s+(?:dead\s+)?(?:by|from)\s+(?:an?\s+|the\s+)?snipers?|"
    # with words before the sniper, the verb alone, the sniper's words left to be read as its agent: "killed by rebel
    # sniper fire" names the rebels the firer, as "rebel shelling" does (thirty-first session, helper fixes31)
    r"(?:shot|killed|wounded|injured|hit)(?:\s+dead)?(?=\s+(?:by|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,2}?snipers?)"
)
# Killing by hand told with "to death", or a fall made a killing: "put 12 men to death", "stoned a woman to death",
# "beat a detainee to death", "threw two men off a building" (not "sentenced to death": a court's word, no killing).
PUT_TO_DEATH = (
    r"(?:put|stoned|tortured|beat|beaten|hacked)\s+(?:[\w-]+\s+){0,3}?to\s+death|"
    # burned or starved with no object and no "be" told how people died, not that someone killed them: "five children
    # burned to death when a barrel bomb hit", "residents starved to death" (eighteenth session, helper review4)
    r"(?:burned|burnt|starved)\s+(?:[\w-]+\s+){1,3}?to\s+death|"
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbe\s))(?:burned|burnt|starved)\s+to\s+death|"
    # a person thrown, named as the object or the passive's subject: not "threw the ball off a cliff"
    r"(?:thr(?:ew|owing)\s+(?:[\w-]+\s+){0,3}?(?:men|man|women|woman|people|him|her|them|boys?|girls?|victims?|"
    r"persons?|homosexuals?|prisoners|captives|detainees)|thrown)\s+"
    r"(?:off|from)\s+(?:the\s+)?(?:(?:top|roof)\s+of\s+(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:buildings?|roofs?|rooftops?|towers?|cliffs?|bridges?)\b"
)
# What is destroyed as property, not fought over: homes, places of worship, heritage.
_PROPERTY = (
    r"(?:homes?|houses?|churches|church|mosques?|shrines?|temples?|tombs?|mausoleums?|statues?|monuments?|"
    r"antiquities|artefacts|artifacts|ruins|museums?|cemeter(?:y|ies)|graves?|heritage|(?:ancient|historic)\s+\w+|"
    r"propert(?:y|ies)|crops|orchards|shops|markets?|villages?)"
)
# Heritage and worship, which a strike seldom is said to destroy on purpose: "IS militants destroyed ancient statues".
_HERITAGE = (
    r"(?:churches|church|mosques?|shrines?|temples?|tombs?|mausoleums?|statues?|monuments?|antiquities|artefacts|"
    r"artifacts|ruins|museums?|heritage|(?:ancient|historic)\s+\w+)"
)
# Property destroyed by hand, not by a strike: "blew up the Temple of Bel", "razed a church", "torched homes",
# "set fire to dozens of houses"; or passive: "homes were torched".
_DESTROY_VERB = (
    r"(?:raz(?:ed|es|ing|e)|demolish(?:ed|es|ing)?|torch(?:ed|es|ing)|set(?:ting)?\s+fire\s+to|"
    r"(?:set|setting)\s+ablaze|burn(?:ed|t|ing|s)?\s+down|bulldoz(?:ed|es|ing|e)|dynamit(?:ed|es|ing|e)|"
    r"(?:blew|blow|blowing|blows|blown)\s+up)"
)
PROPERTY_DESTROYED = (
    rf"{_DESTROY_VERB}(?=\s+(?:(?!(?:by|in|at|near|on)\b)[\w'’-]+\s+){{0,4}}?{_PROPERTY}\b)|"
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))(?:razed|torched|bulldozed|dynamited|demolished)|"
    rf"destroy(?:ed|s|ing)?(?=\s+(?:(?!(?:by|in|at|near|on)\b)[\w'’-]+\s+){{0,3}}?{_HERITAGE}\b)"
)
# Arrests told by other verbs: "apprehended three suspects", "took dozens of men into custody".
INTO_CUSTODY = r"apprehend(?:ed|s|ing)?|t(?:ook|aken|aking|akes?)\s+(?:[\w-]+\s+){0,4}?into\s+custody"
# Ground passing to a side named after the verb (`loaders/engagement_roles.py`, TAKER_AFTER): "Palmyra fell into the
# hands of IS", "the town came under the control of the army", "the fall of Palmyra to IS".
TAKER_NAMED_AFTER = (
    r"fell\s+into\s+the\s+hands\s+of|came\s+under\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?control\s+of|"
    r"fall\s+of\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}to"
)
# Ground taken, other verbs, with ground or a name as object: "reclaimed Palmyra", "conquered the town", "won back the
# village" (not "reclaim its sovereignty", "won back the support of").
RETAKEN = (
    # "won back the village of al-Tiba": ground won back is ground retaken (nineteenth session, helper outrecall6)
    r"(?:(?:reclaim|conquer)(?:ed|s|ing)?|w(?:on|ins?|inning)\s+back)"
    r"(?=\s+(?:back\s+)?(?:(?:the|most|all|parts?|several|two|three|\d+|of|"
    r"strategic|key|nearby|rebel|government|regime|opposition)\s+){0,3}(?:(?:villages?|towns?|city|cities|districts?|"
    r"areas?|ground|hills?|hilltops?|bases?|territory|neighbou?rhoods?|airports?|airbases?|suburbs?|strongholds?)\b|"
    # a name, not the owner or kind of a favour won back: "won back Moscow's trust", "Western support" (review6)
    r"(?-i:[A-Z])(?![\w'’-]*\s+(?:[\w-]+\s+)?(?:support|backing|trust|favou?r|confidence|approval|help|aid|"
    r"recognition|endorsement|sympathy|loyalty|votes?)\b)))"
)
# Ground made safe by a side, told with a kind of ground as object: "secured the town of Qusair" (not "secured the
# release of": no side driven out). Ground "cleared of" armed men is `cleared_of.CLEARED_OF`'s, tried before this.
SECURED = (
    r"secur(?:ed|es|ing)(?=\s+(?:(?:the|all|two|three|\d+|nearby|strategic|key)\s+){0,2}(?:villages?|towns?|city|"
    r"districts?|neighbou?rhoods?|suburbs?|hills?|hilltops?|airports?|airbases?|strongholds?)\b)"
)
# Ground taken told as control declared: "the regime declares it has full control of Aleppo", "the army announced
# that it had taken complete control of the town". Full control declared is a capture completed (timelines and
# communiqués tell the end of a battle so), not a standing hold ("the rebels control the east" is no declaration).
CONTROL_DECLARED = (
    r"(?:declar|announc|proclaim)(?:es|ed|e|ing)\s+(?:that\s+)?(?:it|they)\s+(?:now\s+)?(?:has|had|have)\s+"
    r"(?:(?:taken|gained|regained|established|restored)\s+)?(?:full|complete|total)\s+control(?=\s+(?:of|over)\b)"
)
# A place handed over by name: "Kurdish forces handed Manbij over to the army"; with "over" first or the place's kind
# before its name: "rebels handed over Rastan to the army", "handed the town of Rastan over to" (probe31)
_PLACE_KIND_OF = (
    r"(?:the\s+(?:[\w'’-]+\s+)?(?:town|city|village|district|area|neighbou?rhood|suburb|base|airport|crossing)s?"
    r"\s+of\s+)?"
)
_CAPITALISED_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
HANDED_OVER = (
    rf"hand(?:ed|s|ing)?\s+(?:over\s+{_PLACE_KIND_OF}{_CAPITALISED_NAME}\s+to|"
    rf"{_PLACE_KIND_OF}{_CAPITALISED_NAME}\s+over\s+to)"
)
# Bases other than by name: "set up an observation post", "built an airstrip"; and the "observation points" Turkey
# set up in Idlib under the Astana deals, the wire's word for them ("Turkey established an observation point near
# Morek"; thirty-second session, helper sd32).
BASE_KINDS = r"observation\s+(?:posts?|points?)|airstrips?|airfields?|garrisons?"
# A deal to stop fighting: "reached an agreement to end the fighting in Zabadani".
DEAL_TO_STOP = (
    r"(?:deals?|agreements?)\s+to\s+(?:end|stop|halt|cease)\s+(?:the\s+)?(?:fighting|hostilities|clashes|violence)"
)

_BY_HAND = re.compile(rf"(?:{_DESTROY_VERB}|destroy(?:ed|s|ing)?)(?:\s.*)?", re.IGNORECASE | re.DOTALL)


def destruction_alone(triggers: Sequence[tuple[str, re.Match[str], bool]]) -> list[tuple[str, re.Match[str], bool]]:
    """The triggers without property destroyed beside another engagement: "jets bombed the city setting fire to a
    market", "the attack on the town when it set fire to houses" tell the destruction as the attack's effect."""
    if all(t == "looting" for t, _, _ in triggers):
        return list(triggers)
    return [x for x in triggers if not (x[0] == "looting" and _BY_HAND.fullmatch(x[1].group(0)))]
