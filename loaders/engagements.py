"""Engagements in one sentence: trigger words give the type, the words around the trigger give the roles.

One detection per engagement type per sentence (the first trigger of the type anchors the roles). Generic
triggers ("attack", "assault", "offensive", "raids") give way to a more specific type in the same sentence
("attacks by warplanes" is an air strike, not a clash). Triggers in a negated, future or hypothetical clause
("will continue", "if ... fall", "could", "expected to") give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, replace

from loaders.bombed_places import bombs_a_place
from loaders.chemical_attacks import one_chemical_attack
from loaders.figures import NUMBER
from loaders.ground import (
    DRIVEN_OUT,
    ENTRY,
    LOST_TO,
    ROAD_CUT,
    attempt_targets,
    attempted,
    enters_ground,
    forced_out_by,
    is_entry,
    road_holders,
)
from loaders.model import Mention, Span
from loaders.owners_hit import owners_hit
from loaders.scenes import places_in, scene_spans
from loaders.text import without_abbreviation_dot
from loaders.timex import WEEKDAY
from loaders.trigger_guards import AFTER_NO_OBJECT, ENDURED_YEARS, NO_OBJECT, blocked, clause_span
from loaders.truce_words import DEAL_MADE_WITH, HALT_OR_PAUSE, OPENS_ON_A_TRUCE

# What is agreed rather than held: a side withdrawing from one hands over no ground.
_PACT = (
    r"(?:deal|deals|agreements?|accords?|pacts?|treaty|treaties|talks|negotiations|truce|ceasefire|memorandum|"
    # a gathering left is no ground either: "withdrew from the Arab League meeting"
    r"meetings?|summits?|conferences?|sessions?|league|council|coalition)"
    # unless it names a place: "withdrew from the council building", "the coalition base"
    r"(?!\s+(?:buildings?\b|headquarters\b|bases?\b|offices?\b|compound\b|premises\b|positions?\b|posts?\b))"
)
# "took" reports ground taken only with ground as its object: a kind of ground, or a place named (checked by mention);
# not "took positions" (deployed there), "took Damascus by surprise"
_TOOK = r"t(?:ook|aken|akes?|aking)"
_TAKEN_GROUND = (
    r"(?:(?:the|an?|most|all|parts?|several|some|many|two|three|four|five|\d+|dozens|number|of|strategic|key|large|"
    r"nearby|military|rebel|government|regime|opposition|more|other|another)\s+){0,3}(?:villages?|towns?|city|cities|"
    r"districts?|areas?|ground|hills?|hilltops?|bases?|territory|neighbou?rhoods?|checkpoints?|crossings?|"
    r"airports?|airbases?|suburbs?|quarters?|strongholds?)\b"
)
# (type, pattern), most specific first; a generic armed-clash trigger is listed separately.
_TRIGGERS: list[tuple[str, str]] = [
    ("chemical-weapon", r"chemical\s+(?:weapons?\s+)?(?:attacks?|strikes?|assault|massacres?)|"
     # "dropped chemical bombs onto the town"
     r"chemical\s+(?:bombs?|shells?|barrels?|barrel\s+bombs?|rockets?|munitions?)|"
     r"(?:us(?:ed|ing)|unleas\w*|unleash\w*|dropp(?:ed|ing)|fir(?:ed|ing))\s+(?:\w+\s+){0,2}?chemical\s+weapons?|(?:poison|toxic|nerve|sarin|"
     r"chlorine|mustard)\s+gas\s+attacks?|gas\s+attacks?|(?:sarin|chlorine|nerve\s+agent|poison\s+gas|toxic\s+gas|"
     r"mustard\s+gas)(?=[^.]{0,80}\b(?:dropped|used|fired|attack|bomb|struck|killed|released))|"
     # "rocket shells containing gas", "shells that contain toxic gases", "an attack with toxic gas"
     r"(?:(?:artillery|mortar|rocket|tank|barrel)\s+)?(?:shells?|rockets?|bombs?|barrels?|missiles?|projectiles?|mortars?|munitions?)\s+(?:containing|loaded\s+with|"
     r"filled\s+with|carrying|laden\s+with|(?:that|which)\s+contain(?:ed|s)?)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:gas(?:s?es)?|chlorine|sarin|nerve\s+agents?|chemicals?)|"
     r"(?:attacks?|shelling|bombing|strikes?)\s+(?:with|using)\s+(?:toxic|poison(?:ous)?|nerve|chlorine|sarin)\s+gas(?:es)?"),
    ("suicide-bombing", r"suicide\s+(?:car\s+|truck\s+)?(?:bomb(?:ers?|ings?|s)?|attacks?|attackers?|blasts?)|"
     r"(?:blew|blowing)\s+(?:himself|herself|themselves)\s+up"),
    ("remote-explosive", r"IEDs?|improvised\s+explosive(?:\s+devices?)?|roadside\s+bombs?|land\s*mines?|"
     r"explosive\s+devices?|bomb\s+(?:blasts?|attacks?)|(?:bomb|explosive)s?\s+planted|car\s+bomb(?:s|ings?)?|"
     r"vehicle-borne|VBIEDs?|booby-trapped|explosives-laden\s+(?:car|truck|vehicle)s?|explosions?|blasts?|"
     r"exploded|detonated|twin\s+bombings?|"
     # "a bomb went off near a mosque", "the explosive device went off": what "exploded" says, told by the phrasal verb
     r"(?:bombs?|devices?|explosives?|charges?|mines?)\s+(?:[\w-]+\s+){0,2}?went\s+off"),
    ("air-strike", r"air\s*strikes?|air\s+raids?|airstrikes?|air\s+attacks?|aerial\s+(?:bombardment|bombing|attacks?|"
     r"assault|campaign)|war\s*planes?|fighter\s+jets?|jets|helicopters?|barrel\s+bombs?|bombing\s+raids?|"
     r"sorties|(?:long-range|strategic|Tupolev|Tu-[\w-]+|Sukhoi[\w-]*|Su-[\w-]+)\s+bombers?|"
     r"(?:air\s+force|aircrafts?|planes)\b(?=[^.]{0,60}\b(?:struck|bomb|hit|target|attack|raid|strike|"
     r"massacre|kill))"),
    # one shell: "fired a rocket shell on al-Kallasa Street", "a third shell fell in al-Masharqeh"
    ("shelling", r"shell(?:ing|ed|s)\b|shell\s*fire|(?:rocket|mortar|artillery|tank)\s+shell\b|"
     r"shell(?=\s+(?:[\w-]+\s+){0,8}?(?:fell|landed|hit|struck|exploded|slammed)\b)|"
     r"artillery(?!\s+(?:school|college|academy|base|battalion|brigade|units?|pieces|depots?))|"
     r"bombard(?:ed|ing|ment|ments|s)?|mortars?|"
     r"rocket\s+(?:fire|attacks?)|rockets|missile\s+(?:strikes?|attacks?)|(?:surface-to-surface|ground-to-ground|ballistic|cruise)\s+"
     r"missiles?|tank\s+fire|Grad|howitzers?"),
    ("ambush", r"ambush(?:ed|es|ing)?"),
    # "trapped under a blockade", "towns which are surrounded by pro-government forces": a siege by another name
    # (an economic or trade blockade is sanctions: "the economic blockade imposed on Syria")
    ("siege", r"besieg(?:ed|ing|e)|sieges?|encircl(?:e|ed|es|ing|ement)|"
     r"(?<!\beconomic\s)(?<!\btrade\s)(?<!\bfinancial\s)(?<!\bcommercial\s)blockades?|"
     r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))surrounded(?=\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:forces|troops|rebels|fighters|militants|army|regime|jihadists|insurgents)\b)"),
    # an evacuation or reconciliation deal, or a deal reached between sides, is the sides agreeing to stop fighting
    ("ceasefire", r"(?:evacuation|surrender|reconciliation|(?:population\s+)?(?:exchange|swap)|withdrawal|truce)\s+"
     r"(?:deals?|agreements?)|(?:deals?|agreements?)(?=\s+(?:(?:had|has)\s+been\s+|was\s+|were\s+)?(?:reached|agreed|"
     r"struck|signed)\s+(?:[\w-]+\s+){0,3}?between\b)|"
     rf"{DEAL_MADE_WITH}|"
     r"cease-?fires?|ceased\s+fire|truces?|cessation\s+of\s+hostilities|de-?escalation(?:\s+zones?)?|"
     rf"{HALT_OR_PAUSE}"),
    ("territory", r"seiz(?:ed|e|es|ing)|captur(?:ed|e|es|ing)|took\s+control|taken\s+control|tak(?:e|es|ing)\s+control|"
     # "gained control of all the roads", "establishing control over building blocks", "have taken over a key crossing"
     r"(?:gain(?:ed|s|ing)?|wrest(?:ed|ing)?|establish(?:ed|es|ing)?)\s+(?:full\s+|complete\s+|total\s+)?control|"
     r"t(?:ook|aken|akes?|aking)\s+over\b(?!\s+(?:the\s+)?(?:process|leadership|role|responsibility|command|"
     r"presidency|duties|running))|"
     r"over(?:ran|run)|recaptur(?:ed|e|es|ing)|re-?took|retaken|retak(?:e|es|ing)|regain(?:ed|s|ing)?|"
     r"liberat(?:ed|e|es|ing)|fell\s+to|"
     # the nouns of the verbs: "the seizure of Palmyra", "the liberation of Aleppo" (not the Liberation Front's name),
     # "the IS takeover of the town"
     r"seizures?\s+of|(?-i:liberation)\s+of|take-?over\s+of|drove\s+out|drove\s+(?:[\w-]+\s+){1,4}?out\s+of|pushed\s+out|expelled|restor(?:e|ed|ing)\s+(?:security|control|"
     r"stability)|push(?:ed)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}back|"
    r"pushed\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:from|out\s+of)\s+(?:the\s+)?(?:town|city|village|area|district)|"
     # "IS fighters took Palmyra", "took two villages near Hama", "took back the hill": ground taken
     rf"{_TOOK}(?=\s+(?:back\s+)?(?:{_TAKEN_GROUND}|(?-i:[A-Z])))|"
     # entering ground, cutting a road (`loaders/ground.py`)
     rf"{ENTRY}|{ROAD_CUT}|{DRIVEN_OUT}|{LOST_TO}"),
    ("abduction", r"abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?|taken\s+hostage|took\s+hostage|"
     # "took 20 villagers hostage", "350 hostages taken by IS", "hostages were seized": people taken, told by the taken
     r"t(?:ook|aken|aking|akes?)\s+(?:[\w-]+\s+){1,3}?hostages?|"
     r"hostages?(?=\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:taken|seized|captured)\b)"),
    ("arrests", r"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|rounded\s+up"),
    ("looting", r"loot(?:ed|ing|s)?|pillag(?:ed|ing|e)|plunder(?:ed|ing)?|ransack(?:ed|ing)?"),
    ("attack-on-civilians", r"massacr(?:e|ed|es)|execut(?:e|es|ed|ion|ions|ing)|summary\s+killings?|"
     r"murder(?:ed|ing|s)?|behead(?:ed|ing|ings)?|decapitat(?:ed|ing|ion)|crucifi(?:ed|xion)|stoned\s+to\s+death|"
     r"(?:slit|slitting|cut)\s+the\s+throats?|(?:burned|burnt)\s+alive|"
     # killing by hand told otherwise: "hanged two men" (executed; "hung" is what pictures do), "slaughtered 30
     # villagers", "tortured to death"
     r"hanged|slaughter(?:ed|ing)?|tortured\s+to\s+death"),
    ("headquarters-or-base-established", r"(?:establish(?:ed|es|ing)?|set\s+up|built|opened)\s+(?:a\s+|an\s+|new\s+)*"
     r"(?:military\s+)?(?:bases?|headquarters|outposts?|military\s+posts?)"),
    ("non-violent-transfer-of-territory", r"handed\s+(?:over\s+)?control|hand(?:ed)?over\s+of|"
     # not from a pact ("withdrew from the deal over Idlib"); a country left is `_leaves_a_country`
     rf"withdr(?:ew|awn|awing|aws?)\s+from(?!\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?{_PACT}\b)|"
     # "the withdrawal of the fighters from", "the suburb was evacuated by rebels": fighters leaving hand it over
     r"withdrawal\s+of\s+(?:[\w-]+\s+){0,3}?from|"
     r"evacuated(?=\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rebels|fighters|militants|insurgents|opposition|jihadists))|"
     r"pulled\s+out\s+of|evacuation\s+(?:deal|agreement)"),
    ("armed-clash", r"clash(?:es|ed)?|fighting|fought|battl(?:e|es|ed|ing)|skirmish(?:es)?|fire-?fights?|gun\s*fights?|"
     r"exchanges?\s+of\s+(?:gun)?fire|war\s+(?:between|against|on)|"
     # the verb of an exchange of fire: "rebels exchanged fire with troops", "the two sides traded gunfire"
     r"(?:exchang|trad)(?:ed|es|ing|e)\s+(?:heavy\s+|intense\s+|sporadic\s+)?(?:gun\s*|artillery\s+|mortar\s+)?fire(?!\s*(?:extinguish|fight|engines?|trucks?|stations?))|"
     # an aircraft brought down from the ground: a fight, not an air strike ("shot down a regime drone")
     r"shot\s+down|shoot(?:s|ing)?\s+down|downed|downing|came\s+under\s+(?:heavy\s+|intense\s+)?fire"),
]  # fmt: skip
_GENERIC = (
    r"attack(?:s|ed|ing)?|assaults?|assaulted|offensives?|onslaught|raids?|raided|"
    # a side repelled is a side fought: "troops repelled IS fighters", "beat back the militants", "fought off rebels"
    r"(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing)|(?:beat|beating|beats|fought|fighting|fend(?:ed|ing)?)\s+off|"
    r"(?:beat|beating|beats)\s+back)(?=\s+(?:an?\s+|the\s+|several\s+|\d+\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:fighters|militants|rebels|jihadists|forces|troops|terrorists|insurgents|gunmen|(?-i:[A-Z]{2,}\w*)|Daesh)\b)|"
    # every inflection of the counter-attack: "counterattacked", "a counteroffensive" (one word, no hyphen)
    r"counter-?attack(?:s|ed|ing)?|counter-?offensives?|"
    r"storm(?:ed|ing)|struck|strikes?|bomb(?:ed|ing|ings|s)|destroy(?:ed|ing|s)?|pound(?:ed|ing|s)|target(?:ed|ing)|"
    # "gunmen opened fire on a checkpoint": shots fired at someone (a more specific word gives the means)
    r"open(?:ed|s|ing)?\s+fire\s+(?:on|at|upon)|"
    r"(?:military|army|counter-?terrorist|ground|combat|large-scale)\s+operations?|advance[sd]?\s+(?:on|into|towards?)|push(?:ed|ing)?\s+(?:into|towards?)|"
    # "inflicted heavy losses upon the terrorists": the state media's word for a battle
    r"inflict(?:ed|ing|s)?\s+(?:(?:on|upon)\s+\w+\s+)?(?:[\w-]+\s+){0,2}?(?:losses|casualties)"
)
# A kill verb reports an engagement only when an armed actor is its subject and nothing else names one.
_KILL = (
    r"kill(?:ed|ing|s)|shot\s+dead|gunned\s+down|"
    # the state media's word for killing fighters: "army units eliminated 20 terrorists" (not "eliminated the threat")
    r"eliminat(?:ed|es|ing)(?=\s+(?:[\w'’-]+\s+){0,3}?(?:terrorists|militants|fighters|gunmen|members|jihadists|"
    r"insurgents|rebels|soldiers|troops|mercenaries|elements|snipers|attackers|scores|dozens)\b)"
)
_TRIGGER = re.compile(
    r"\b(?=[A-Za-z])(?:"
    + "|".join(f"(?P<t{i}>\\b(?:{p})\\b)" for i, (_, p) in enumerate(_TRIGGERS))
    + f"|(?P<generic>\\b(?:{_GENERIC})\\b)"
    + f"|(?P<kill>\\b(?:{_KILL})\\b))",
    re.IGNORECASE,
)
_TYPES = [t for t, _ in _TRIGGERS]
_TERRITORY_GROUP = f"t{_TYPES.index('territory')}"
_WORD = re.compile(r"[A-Za-z]+")
# The first letters of every trigger's first word (3 letters for short words): a word starting otherwise is skipped.
_TRIGGER_PREFIXES = frozenset(
    """chem pois toxi nerv sari chlo must gas used usin unle drop firi
    suic blew blow ied ieds impr road land expl bomb car vehi vbie boob proj muni
    twin air airs aeri war warp figh jets heli barr sort airc plan shel arti mort rock miss surf ball crui tank
    grad ambu besi sieg enci bloc ceas truc cess seiz capt took take taki over reca reto re-t reta rega libe fell drov
    push expe rest abdu kidn arre deta roun loot pill plun rans mass exec summ behe deca cruc esta set buil open
    hand with pull evac clas fire gun gunf exch batt foug skir atta assa offe onsl raid coun stor stru stri dest
    poun targ mili grou comb larg adva kill shot gunn blas deto dees howi shot shoo down murd
    surr reco popu swap deal agre gain wres long stra tupo sukh su tu ston slit cut burn infl came host reac sign
    conc halt paus ente brok brea seve chas army trad oust disl flus kick driv lost lose losi hang slau tort
    repe repu beat fend elim devi char mine free""".split()  # noqa: SIM905
)
_DROPPED_BOMB = re.compile(
    r"\b(?:incendiary|napalm|cluster|vacuum|thermobaric|phosphorus|guided|unguided|parachute|air-dropped)\s+$",
    re.IGNORECASE,
)
# "bombs dropped by the regime", "bombs being dropped from a helicopter": from the air, whoever dropped them
_DROPPED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:dropped|aerially)\b", re.IGNORECASE)
_AIR_CONTEXT = re.compile(
    r"\b(?:air|aerial|warplanes?|war\s+planes?|jets?|aircraft|helicopters?|air\s*force|aerospace|planes?|"
    r"drones?|airstrikes?|sorties?)\b",
    re.IGNORECASE,
)
_TAKEN_PARTICIPLE = re.compile(r"(?i)taken\s+hostage|kidnapped|abducted|arrested|detained")
# The makers of the deal a truce is under: "under a deal brokered by", "agreed under a deal earlier this year
# between", "talks sponsored by".
_DEAL_BY = re.compile(
    r"\b(?:deals?|agreements?|accords?|talks)\s+(?:[\w-]+\s+){0,4}?(?:(?:brokered|sponsored|mediated|agreed|reached)\s+)?"
    r"(?:by|between)\s+",
    re.IGNORECASE,
)
# "blamed the attack on", "blaming the bombing on": the trigger after a verb of blame, its doer after "on"
_BLAMED_BEFORE = re.compile(r"\bblam(?:e|es|ed|ing)\s+(?:the\s+|this\s+|that\s+|its\s+)?$", re.IGNORECASE)
# "X whose positions have received strikes", "X whose convoy came under shelling": a relative clause telling what X's
# things underwent; X is the one hit, not the agent (seventeenth session)
_UNDERGONE = re.compile(
    r"(?:\s+(?:fighters|militants|terrorists|jihadists|rebels|members|forces|troops|gunmen))?"
    r"\s+whose\s+(?:[\w'’-]+\s+){1,3}?(?:(?:have|has|had)\s+)?(?:also\s+|just\s+|reportedly\s+)?"
    r"(?:received|receive|receives|came\s+under|come\s+under|comes\s+under|suffered|sustained|endured)\s+"
    r"(?:[\w'’-]+\s+){0,3}",
    re.IGNORECASE,
)
_BROKERED = re.compile(r"\s(?:has\s+|had\s+)?(?:brokered|sponsored|mediated)\b", re.IGNORECASE)
# Between two parties to a deal: "Russia Iran and Turkey", "Russia and Iran and rebel backer Turkey".
_ALLY_WORDS = r"(?:backers?|allies|ally|supporters?)"
_ALLY_OF = re.compile(rf"[-\s]{_ALLY_WORDS}\b", re.IGNORECASE)
_PARTY_GAP = re.compile(rf"\s*,?\s*(?:and\s+)?(?:the\s+)?(?:(?:its|their|[\w-]+)[-\s]{_ALLY_WORDS}\s+)?")
_CLAIMED_BY = re.compile(
    r"\b(?:attacks?|bombings?|blasts?|explosions?|assaults?|operations?)\s+(?:was\s+|were\s+|later\s+)?claimed\s+by\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
# Who is a civilian among the killed: residents, and those whose work is no fighting (activists, journalists, medics).
_CIVILIAN_WORDS = (
    r"(?:civilians?|children|women|residents|villagers|worshippers|activists?|journalists?|medics?|doctors?|nurses?|"
    r"aid\s+workers?|teachers?|students?|pilgrims?|farmers?|shepherds?|refugees?|young\s+men|boys|girls|famil(?:y|ies)|"
    # the unarmed gathered or passing: "opened fire on protesters", "killed mourners", "worshipers" (US spelling)
    r"protesters?|protestors?|demonstrators?|mourners|passers-?by|worshipers|patients|rescuers)"
)
_FIRED_ON_CIVILIANS = re.compile(rf"open\w*\s+fire\s+(?:on|at|upon)\s+(?:\S+\s+){{0,3}}?{_CIVILIAN_WORDS}\b", re.I)
# Captives killed: no fighting, an attack on people in the killers' hands ("killed the pilot", "killed 20 prisoners").
_CAPTIVES = re.compile(
    r"\s+(?:(?:a|an|the|two|three|four|five|dozens\s+of|several|\d+)\s+)?(?:captured\s+|captive\s+)?"
    # not their people: "the prisoners' guards"
    r"(?:pilots?|prisoners?|hostages?|captives?|detainees?)\b(?!['’])",
    re.IGNORECASE,
)
# "five civilians including three players were killed by": the victims before a passive kill verb.
_CIVILIANS_KILLED = re.compile(
    rf"\b{_CIVILIAN_WORDS}\b[^.;]{{0,50}}\b(?:were|was|have\s+been|had\s+been)\s+$",
    re.I,
)
# "relentless bombing", "heavy bombing": a bombardment, from the air in this war, not a bomb that went off.
_BOMBARDMENT = re.compile(
    r"\b(?:relentless|heavy|intense|intensive|continuous|constant|indiscriminate|daily|aerial|incessant|ferocious)\s+$",
    re.IGNORECASE,
)
# "bombing and shelling", "the bombing and raids on the towns": bombing named with the other means of a bombardment.
_WITH_BOMBARDMENT = re.compile(r"\s+and\s+(?:the\s+)?(?:shelling|raids|air\s*strikes|airstrikes|artillery)\b", re.I)
_SAID_IT = re.compile(
    r"\s+(?:also\s+)?(?:said|says|claimed|announced|stated)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?",
    re.IGNORECASE,
)
# A state's forces named for an air strike: the arm that flies it.
AIR_ARM = {
    "actor/russian-armed-forces": "actor/russian-aerospace-forces",
    "actor/syrian-arab-armed-forces": "actor/syrian-arab-air-force",
    "actor/syrian-arab-army": "actor/syrian-arab-air-force",
}
# Between a generic verb and the means it names: "attacked government forces with two suicide car bombs".
_WITH_MEANS = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?with\s+(?:(?:a|an|two|three|several|\d+)\s+)?", re.IGNORECASE)
# "Eastern Ghouta has been under siege", "people living under government siege": a siege that holds as the article is
# written, its time the present tense (not "the siege of Aleppo" named in passing)
_STANDING_SIEGE = re.compile(
    r"\b(?:is|are|has\s+been|have\s+been|remains?|remained|li(?:ve|ves|ving))\s+(?:still\s+|now\s+|currently\s+)?"
    r"under\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+|also\s+|just\s+|reportedly\s+)?$")
# Participles sharing one auxiliary: "were rounded up and executed", "was captured and beheaded" are both passive.
_COORDINATED_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|also\s+)?\w+(?:ed|en|wn)(?:\s+(?:up|down|off|out))?\s+"
    r"(?:and|then|and\s+then)\s+(?:\w+ly\s+|later\s+)?$",
    re.IGNORECASE,
)
_DEFINITE = re.compile(r"\b(?:the|this|these|those|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# A passive with a definite subject tells what happened to something already named: "the men were executed",
# "The NDF base was attacked".
_DEFINITE_SUBJECT = re.compile(
    r"(?:^|[.,;:]\s*|\b(?:and|but|said|says|that)\s+)(?:the|these|those)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+|then\s+)?$",
    re.IGNORECASE,
)
# "Monday's raid", "yesterdays attack" (FA-KES drops the apostrophe): the one of that day, already told.
_DAY_POSSESSIVE = re.compile(r"\b(?:\w+day|yesterday|today|tonight)(?:'s|’s|s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "another raid", "a similar twin bombing", "the second such attack": an engagement other than the one just told.
_ANOTHER = re.compile(
    r"\b(?:another|similar|separate|second\s+such|(?:a|an)\s+other|a\s+(?:second|third|fourth))\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "Another army unit destroyed ...", "In Daraa, other units killed ...": a sentence whose subject is another unit of
# a force than the one just told reports what that unit did, an engagement of its own (news roundups list one unit's
# action a sentence)
_ANOTHER_UNIT = re.compile(
    r"\W*(?:(?:meanwhile|elsewhere|later|(?:in|on|at)\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s*,?\s+)?(?:another|other)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:units?|detachments?|squads?|battalions?|brigades?|patrols?|formations?)\b",
    re.IGNORECASE,
)
# "Rocket attacks on another government-held neighbourhood", "exploded in another district of the city"
_ANOTHER_PLACE = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:in|on|at|into|targeting|targeted|hit|struck)\s+(?:another|a\s+different)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:neighbou?rhoods?|districts?|towns?|villages?|areas?|quarters?|parts?|cit(?:y|ies))\b",
    re.IGNORECASE,
)
_SUPPORT = re.compile(
    r"\b(?:backed\s+by|supported\s+by|aided\s+by|assisted\s+by|with\s+the\s+(?:support|backing|help|"
    r"participation|assistance)\s+of|helped\s+by|alongside|(?:in\s+)?cooperation\s+with|(?:air\s+)?cover\s+"
    r"(?:from|of))\s+",
    re.IGNORECASE,
)
# Between a trigger and its object: "ambushed Syrian soldiers", "attacks on several positions of the SAA".
_OBJECT_GAP = re.compile(
    r"\s+(?:(?:[\w'’-]+\s+){0,3}?(?:against|on|targeting|at|with|into|in|of)\s+)?(?:the\s+|a\s+|an\s+)?"
    # "targeted sites of the terrorists of the so-called Liwaa al-Islam"
    r"(?:[\w'’-]+\s+){0,3}(?:(?:the\s+)?so-called\s+)?\(?",
    re.IGNORECASE,
)
# Verbs of fighting, and what may stand between them and "with" the other side (a time, a place, a manner).
_FOUGHT = re.compile(
    # "exchanged heavy fire with", "traded gunfire with": the other side is named after "with" as well
    r"(?i)clash(?:ed|es|ing)?|fought|battled|fighting|(?:exchang|trad)(?:ed|es|ing|e)\s+(?:\w+\s+)?(?:gun\s*|\w+\s+)?fire"
)
_WITH_OPPONENT = re.compile(r"\s+(?:[\w'’-]+\s+){0,9}?with\s+(?:the\s+)?(?=[A-Za-z])", re.IGNORECASE)
# After a noun trigger only a preposition or a verb of hitting leads to the target: "attacks on X",
# "a battle with X", "the assault took the regime by surprise".
_NOUN_OBJECT_GAP = re.compile(
    r"\s+(?:(?:against|on|targeting|with|of|took|hit|hits|struck|targeted|killed|caught|surprised)\s+"
    # "a suicide blast near the headquarters of Ahrar al-Sham": whose site was hit
    r"|(?:near|at|outside|inside|on)\s+(?:the\s+|a\s+)?(?:headquarters|base|offices?|positions?|checkpoint|"
    r"compound|barracks)\s+of\s+)"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}\(?",
    re.IGNORECASE,
)
# Words that tell the side of an unnamed actor taking territory ("Militants seized", "regime troops retook").
_SIDE_WORDS = re.compile(
    r"\b(?:militants?|rebels?|terrorists?|jihadists?|insurgents?|opposition|gunmen|fighters|regime|government|"
    r"army|troops|loyalists?|soldiers)\b[^.,;]{0,40}$",
    re.IGNORECASE,
)
# A day, and the part of it: "on Wednesday afternoon".
_DAY_TIME = rf"(?:on\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
_WHEN_IN_GAP = re.compile(rf"\b(?:(?:late|early)\s+)?{_DAY_TIME}\b|\b(?:yesterday|today|overnight|at\s+dawn)\b")
# Posts a force holds, named with their owner ("an army checkpoint", "opposition positions"): attacks on them target it.
SITE_NOUNS = r"checkpoints?|positions|posts?|outposts?|bases?|barracks|convoys?|patrols?|headquarters"
# "a car bomb blast on Thursday at an opposition checkpoint", "blew himself up at an army outpost": the owner of the
# site hit, after "at", "near" or "outside" (`_SITE_AFTER` must follow the owner)
_SITE_GAP = re.compile(
    rf"\s+(?:{_DAY_TIME}\s+|(?:[\w'’-]+\s+){{0,3}}?)(?:at|near|outside)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
_SITE_AFTER = re.compile(rf"\s+(?:{SITE_NOUNS})\b", re.IGNORECASE)
# Nouns whose "of X" names who acts: "attacks of the army", "aircraft of the US-led coalition".
_OWNED_NOUN = re.compile(
    r"(?i)attacks?|assaults?|offensives?|raids?|strikes?|air\s*strikes?|war\s*planes?|jets|aircrafts?|helicopters?"
)
# "the massacre committed by X", "attacks carried out by X": X acts, wherever the trigger is in the sentence.
_DONE_BY = re.compile(r"\b(?:committed|perpetrated|carried\s+out|conducted|launched)\s+by\s+(?:the\s+)?", re.I)
_BACKED_BY_GAP = re.compile(
    r"\b(?:backed|supported|aided|assisted|helped|accompanied)\s+by\s+[^.;:,]{1,60}?(?=\s(?:have|has|had|were|was|are|is)\s)",
    re.IGNORECASE,
)
# Where the agent fights, between it and its verb: "troops fighting in the Qalamun region seized the town of Rankus".
_FIGHTING_WHERE_GAP = re.compile(
    r"^\s+(?:(?:who|that)\s+(?:are|were)\s+)?(?:fighting|battling|operating|deployed)\s+"
    r"(?:in|near|around|inside|outside)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|(?:al|el|as|ash|ar|ad)-[\w'’-]+)\s+){1,4}"
    r"(?:(?:region|area|province|countryside|city|town|front|suburbs?)\s+)?$",
)
_AND_PERFECT = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?(?:have|has|had)\s+(?:also\s+)?$", re.IGNORECASE)
_MADE_OF_GAP = re.compile(
    r"^\s+(?:an?\s+|the\s+)?(?:alliance|coalition|grouping|umbrella\s+group|group|militia)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:fighters|groups|factions|militias|rebels|jihadists|militants)(?=\s)",
    re.IGNORECASE,
)
_SHARED_SUBJECT_ING = re.compile(r"(?:\band\s+(?:are|is|were|was|have\s+been|has\s+been)|\b[A-Za-z]{3,})\s+$")
# Participles that share the sentence's subject; not "targeting" ("sanctions targeting officials") or "fighting".
_SUBJECT_ING = re.compile(
    r"(?i)besieging|encircling|abducting|kidnapping|attacking|storming|capturing|seizing|"
    r"(?:establishing|gaining|wresting|taking)\s+(?:full\s+|complete\s+|total\s+)?control"
)
_ING_OBJECT = re.compile(
    r"\s+(?:an?\s|the\s|some\s|more\s|at\s+least\s|about\s|nearly\s|over\s|of\s|\d|"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z])"
)
_GERUND_NOUN = re.compile(r"\b(?:the|a|an|this|that|its|their)\s+$", re.IGNORECASE)
_BELONGING = re.compile(
    r"^\s+(?:(?:thought|believed|said|suspected|reported)\s+to\s+)?belong(?:ing|ed|s)?\s+to\s+(?:the\s+)?"
    # "air raids believed to be Russian": the adjective names the state's air force (extract reads it so)
    r"|^\s+(?:also\s+)?(?:thought|believed|said|suspected|reported)\s+to\s+(?:be|have\s+been)\s+(?=(?-i:[A-Z]))",
    re.I,
)
_AFFILIATE_OF = re.compile(
    r"(?:['’]?s)?\s+(?:[A-Z][a-z]+\s+)?(?:affiliate|branch|arm|wing|offshoot|franchise|ally|proxy)\b"
)
_QUANTITY_OF = re.compile(
    r"\b(?:hundreds|dozens|scores|tens|thousands|several\s+\w+|a\s+number|(?:a\s+)?barrages?|(?:a\s+)?volleys?|"
    r"(?:a\s+)?waves?|(?:several\s+)?rounds?)\s+of\b",
    re.IGNORECASE,
)
# Who died, named by the group they belonged to: "killed 12 Nusra Front fighters", "killing five Kurdish policemen",
# "23 people most of them from the Ahrar al-Sham group were killed": that group was the target.
_COUNT = (
    r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|up\s+to)\s+)?"
    rf"(?:{NUMBER}|several|a\s+number)\s+(?:of\s+(?:the\s+)?)?"
)
_KILLED_MEMBERS = re.compile(rf"\b(?:killed|killing|kills|kill)\s+{_COUNT}$", re.IGNORECASE)
_MEMBERS_KILLED = re.compile(rf"(?:^|\s){_COUNT}$|\bmost\s+of\s+them\s+(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
# What follows the group's name when its members are the dead: "fighters", "group members", or "were killed".
_MEMBERS_AFTER = re.compile(
    r"(?:\s+(?:militant\s+|jihadist\s+|terrorist\s+|rebel\s+)?group)?\s+(?:fighters|members|militants|troops|soldiers|"
    r"policemen|police\s+officers|volunteers|workers|staff|personnel|commanders|jihadists|terrorists|rebels|"
    r"were\s+killed|have\s+been\s+killed|killed)\b",
    re.IGNORECASE,
)
# A side named by its people, so that a count before it counts its dead: "29 rebels", "18 regime forces".
_PEOPLE_NAMED = re.compile(
    r"\b(?:forces|troops|soldiers|fighters|militants|rebels|jihadists|terrorists|insurgents|militiamen|policemen|"
    r"gunmen|guards|personnel|members)$",
    re.IGNORECASE,
)
# Armed people the text does not name: a subject of its own, so the sentence before is not continued.
# Counted ("30 terrorists killed") or in the passive ("terrorists have been killed") they are victims, not agents.
_UNNAMED_AGENT = re.compile(
    r"(?<!\d\s)(?<!\d)\b(?:terrorists|militants|gunmen|jihadists|insurgents|extremists)\b"
    r"(?!\s+(?:were|have\s+been|had\s+been|was|are\s+being|killed)\b)",
    re.IGNORECASE,
)
# "X claimed responsibility for", "X said it was behind", "X said in a statement that one of its fighters ...": X is
# the attacker of what follows.
_RESPONSIBILITY = re.compile(
    r"(?:\s+\([^()]{1,20}\))?(?:\s+(?:militant\s+|jihadist\s+|terrorist\s+)?group)?"
    # "the Tahrir al Sham militants reportedly claimed": the group's members, and how the claim is known
    r"\s+(?:(?:militants|fighters|jihadists)\s+)?(?:(?:reportedly|later|quickly|swiftly|officially)\s+)?"
    r"(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:claimed\s+responsibility\s+for|"
    # "ISIL has claimed previous bombings in the city", "claimed both attacks"
    r"claimed\s+(?:(?:an?|the|both|previous|recent|several)\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:attacks?|bombings?|blasts?|explosions?|assaults?)\b|(?:said|says)\s+(?:it|they)\s+(?:was|were)\s+"
    r"behind|(?:was|were|is|are)\s+behind|(?:was|were|is|are)\s+responsible\s+for|"
    r"(?:said|says|announced)\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?(?:one\s+of\s+|two\s+of\s+)?its\s+"
    r"(?:fighters?|members?|militants?|suicide\s+bombers?)\b)\b",
    re.IGNORECASE,
)
# "killed 70 and injured 30": a verb joined to the one before it by "and"
_AND_BEFORE = re.compile(r"\band\s+$")
# "terrorists targeted on Wednesday afternoon al-Adawi": a time between verb and object leaves the object there.
_WHEN_THEN_OBJECT = re.compile(rf"\s+{_DAY_TIME}\s+(?!(?:{AFTER_NO_OBJECT}|and|or)\b)(?=[A-Za-z])")
# Munitions fired from the ground: what they came "from" is who fired them.
_GROUND_FIRE = re.compile(r"(?i)fire|shell|rocket|mortar|artillery")
# Rockets and missiles in a sentence about aircraft were fired from the air: "rockets fired by Russian jets".
_AIRBORNE_MUNITION = re.compile(r"(?i)rockets|missile\s+(?:strikes?|attacks?)|(?:cruise|air-to-surface)\s+missiles?")
_WEAK_EXPLOSIVE = re.compile(r"(?i)explosions?|blasts?|exploded|detonated")
# A speech verb between an actor and a trigger: the actor speaks ("claims to have captured" is the actor's own act).
_PART_OF = re.compile(r"\bas\s+part\s+of\s+(?:the\s+|a\s+)?", re.IGNORECASE)
_CAMPAIGN = re.compile(
    r"(?:'s|’s|'|’)?\s+(?:[\w-]+\s+){0,2}?(?:onslaught|offensive|campaign|assault|operation|push|drive)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:says|said|say|reported|reports|told|announced|confirmed|(?:claims|claimed)(?!\s+to\b)|"
    r"condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|blam(?:es|ed|ing))\b",
    re.IGNORECASE,
)
# "a Britain-based monitor", "rebel-held Idlib": a name describing a body or a place, no one acting.
_BASED = re.compile(r"-(?:based|born|educated|registered|headquartered|held|controlled|run|dominated|occupied)\b")
_SENT_TO_FIGHT = re.compile(
    r"\b(?:interven\w+|deploy\w*|fight\w*|fought|sen[dt]s?|launch\w*|join\w*|operat\w+|enter\w*|strikes?|"
    r"struck|air\s*strikes?|airstrikes?|raids?|troops|forces|jets|warplanes)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_IN_SUPPORT_OF = re.compile(r"\bin\s+support\s+of\s+", re.IGNORECASE)
_BACKED_SUFFIX = re.compile(r"^\s*-\s*(?:backed|supported|allied)\b", re.IGNORECASE)
_PREPOSITION = re.compile(
    r"\b(?:against|on|at|targeting|targeted|target|towards|into|in|near|of|from|with|for|during|amid)\b", re.IGNORECASE
)

# Gazetteer actors that are a kind of fighter, not a named group: "rebels", "the opposition".
GENERIC_GROUPS = frozenset({"actor/syrian-rebels"})
# Non-state groups that fight on the government's side: their gains are the government's.
PRO_GOVERNMENT_GROUPS = frozenset({"hezbollah", "national-defence-forces", "wagner-group"})
STATE_CLASSES = frozenset({"State", "StateForce"})
# Engagement types named for their means: the victims of such an engagement do not make it another one.
MEANS = frozenset({"air-strike", "shelling", "suicide-bombing", "remote-explosive", "chemical-weapon"})
# Who can attack or be attacked: armed actors, not the outlets, monitors or officials who report on them.
COMBATANT_CLASSES = frozenset({"State", "StateForce", "NonStateArmedGroup", "International"})
VICTIM_CLASSES = frozenset({"Organisation", "MediaOutlet"})  # counted among the dead, never fighting


@dataclass(frozen=True)
class Detection:
    """One engagement found in a sentence, before it is merged with others of the article."""

    type: str
    trigger: Span
    attackers: tuple[str, ...]
    targets: tuple[str, ...]
    supporters: tuple[str, ...]
    places: tuple[str, ...]
    definite: bool  # "the assault": may refer back to an engagement already reported
    generic: bool  # came from a generic trigger ("attack"), not a specific one
    distinct: bool = False  # "a similar car bomb attack", "another raid": not one already reported
    elsewhere: bool = False  # "on another neighbourhood": not at the quarter reported before
    unnamed_agent: bool = False  # "terrorists in Palmyra fired": someone the gazetteer cannot name did it
    blast: bool = False  # told only as a blast or an explosion: what any bomb does, a suicide bomber's too
    standing: bool = False  # "has been under siege": a state that holds as the article is written
    scene: Span | None = None  # the part of its sentence that tells it, when the sentence tells several scenes


def find_engagements(
    body: str,
    sentence: Span,
    mentions: Sequence[Mention],
    classes: Mapping[str, str],
    fallback_agent: str | None = None,
) -> list[Detection]:
    """Engagements reported in one sentence, one per type, in order of their triggers.

    `mentions` are the sentence's actor and place mentions (absolute spans); `classes` maps keys to classes.
    `fallback_agent` is the actor the sentence continues to talk about ("Russia intervenes ... The fighters
    carried out raids"), used only when no actor is named before a trigger.

    >>> body = "IS militants ambushed Syrian soldiers near Palmyra."
    >>> ms = [Mention(Span(0, 12), "actor/islamic-state", "actor"),
    ...       Mention(Span(22, 37), "actor/syrian-arab-army", "actor"),
    ...       Mention(Span(43, 50), "place/palmyra", "place")]
    >>> d = find_engagements(body, Span(0, len(body)), ms, {})[0]
    >>> d.type, d.attackers, d.targets, d.places
    ('ambush', ('actor/islamic-state',), ('actor/syrian-arab-army',), ('place/palmyra',))
    """
    text = body[sentence.start : sentence.end]
    base = sentence.start
    actors = _actors_of(body, mentions, classes, COMBATANT_CLASSES)
    # Bodies that never fight may still be the ones hit: "eight civil defence workers were killed when an air strike"
    the_hit = _actors_of(body, mentions, classes, COMBATANT_CLASSES | VICTIM_CLASSES)
    places = tuple(dict.fromkeys(m.key for m in mentions if m.kind == "place"))
    # "rebel-held Douma": no one acting, but whose ground the engagement hit
    holders = [
        m
        for m in mentions
        if m.kind == "actor" and classes.get(m.key, "State") in COMBATANT_CLASSES and _HELD.match(body, m.span.end)
    ]
    triggers: list[tuple[str, re.Match[str], bool]] = []
    for match in _trigger_matches(text):
        if (
            blocked(text, match, _attempted_capture(text, match))
            or not _takes_ground(text, base, match, mentions)
            or not enters_ground(text, base, match, mentions, classes)
            or not _surrounds_a_place(text, base, match, mentions)
            or _leaves_a_country(text, base, match, mentions, classes)
        ):
            continue
        kind = match.lastgroup or ""
        if kind == "kill":
            triggers.append(("killing", match, True))
        elif kind == "generic":
            near = text[max(0, match.start() - 40) : match.end() + 40]
            word = match.group(0).lower()
            context = text if word.startswith("bomb") else near
            if _AIR_CONTEXT.search(context) and re.match(r"attack|raid|strike|struck|bomb|pound|target|hit", word):
                triggers.append(("air-strike", match, False))
            elif word.startswith("bomb") and (
                _BOMBARDMENT.search(text, 0, match.start()) or _WITH_BOMBARDMENT.match(text, match.end())
            ):
                triggers.append(("air-strike", match, False))  # "after relentless bombing": a bombardment
            elif word.startswith("bomb") and (
                _DROPPED_BOMB.search(text, 0, match.start()) or _DROPPED_AFTER.match(text, match.end())
            ):
                # "using incendiary napalm bombs", "cluster bombs": bombs dropped from the air, not planted
                triggers.append(("air-strike", match, False))
            elif word.startswith("bomb") and bombs_a_place(text, base, match.end(), mentions, classes):
                triggers.append(("air-strike", match, False))  # "the bombing of Aleppo": a town bombarded
            elif word.startswith("bomb"):
                triggers.append(("remote-explosive", match, False))
            elif word.startswith("pound"):
                triggers.append(("shelling", match, False))
            else:
                triggers.append(("armed-clash", match, True))
        else:
            etype = _TYPES[int(kind[1:])]
            if etype == "territory" and attempted(text, match):
                etype = "armed-clash"  # "in an attempt to seize it", "trying to retake": a battle for it
            if etype == "remote-explosive" and _DROPPED_BOMB.search(text, 0, match.start()):
                etype = "air-strike"  # "the crude unguided explosive device hit": a bomb dropped, not planted
            triggers.append((etype, match, False))
    if not triggers:
        return []
    # "artillery shells containing toxic gasses": the shells are the chemical attack's means, no shelling of their own
    triggers = [
        (t, m, g)
        for t, m, g in triggers
        if not any(
            u != t and n.start() <= m.start() and m.end() <= n.end() and (n.start(), n.end()) != (m.start(), m.end())
            for u, n, _ in triggers
        )
    ]
    # "Explosions" and "blasts" are what shells and bombs do: with a shelling or air strike named, they add nothing.
    if any(t in ("shelling", "air-strike") for t, _, _ in triggers):
        triggers = [x for x in triggers if not (x[0] == "remote-explosive" and _WEAK_EXPLOSIVE.match(x[1].group(0)))]
    if any(t == "air-strike" for t, _, _ in triggers):
        triggers = [
            ("air-strike", m, g)
            if t == "shelling"
            and _AIRBORNE_MUNITION.fullmatch(m.group(0))
            and not _ground_fired(text, base, m, actors, classes)
            else (t, m, g)
            for t, m, g in triggers
        ]
    # "A car bomb went off shortly before two suicide bombers detonated their belts": one suicide attack.
    if any(t == "suicide-bombing" for t, _, _ in triggers):
        scene_of = _scenes(text, base, triggers, mentions)[1]
        bombed = {scene_of[m.start()] for t, m, _ in triggers if t == "suicide-bombing"}
        triggers = [x for x in triggers if x[0] != "remote-explosive" or scene_of[x[1].start()] not in bombed]
    # "An air strike killed 12 civilians" is an air strike: the means says more than the victims.
    if any(t in MEANS for t, _, _ in triggers):
        scene_of = _scenes(text, base, triggers, mentions)[1]
        by_means = {scene_of[m.start()] for t, m, _ in triggers if t in MEANS}
        triggers = [
            x
            for x in triggers
            if x[0] != "attack-on-civilians"
            or not re.match(r"(?i)kill|massacr", x[1].group(0))
            or scene_of[x[1].start()] not in by_means
        ]
    specific_at = [m.start() for t, m, generic in triggers if not generic and t != "armed-clash"]
    if any(t != "killing" for t, _, _ in triggers):
        # a kill verb only counts on its own, but for captives: "shelled the town where rebels killed the pilot"
        triggers = [
            (t, m, False) if t == "killing" else (t, m, g)
            for t, m, g in triggers
            if t != "killing"
            or _captives_killed(text, base, m, actors)
            or _civilians_killed_by_hand(text, base, m, actors, triggers)
        ]
    # "air strikes on Aleppo killed five and shelling on Homs killed three": two scenes, each with its own places
    scenes, scene_of = _scenes(text, base, triggers, mentions)
    specific = {i for i, s in enumerate(scenes) for at in specific_at if s.start <= at < s.end}
    supporters = _supporters(text, base, actors)
    detections: dict[tuple[str, int], Detection] = {}
    verb: tuple[re.Match[str], tuple[str, ...], tuple[str, ...]] | None = None
    set_aside: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []  # generic triggers: (type, attackers, targets)
    definite_at: list[int] = []  # where a definite generic trigger stands ("The attack")
    for etype, match, generic in triggers:
        word = match.group(0).lower()
        scene = scene_of[match.start()]
        if generic and scene in specific:
            # "attacks by warplanes": the specific type says it better; but "rebels attacked government forces with
            # two suicide car bombs" says who did it to whom in the verb
            verb = (match, *_roles(text, base, match, actors, supporters, fallback_agent))
            set_aside.append((_generic_type(etype, word, text, verb[1], classes), *verb[1:]))
            # "The attack was carried out by Russian warplanes": the planes say how, "the attack" that it was told
            if _definite(text, match):
                definite_at.append(match.start())
            continue
        attackers, targets = _roles(text, base, match, actors, supporters, fallback_agent)
        came_under = _CAME_UNDER.search(text, max(0, match.start() - 60), match.start())
        if _UNDER_FIRE.fullmatch(match.group(0)) or came_under:
            # "the army convoy came under fire (from IS)", "an army post came under attack by IS", "came under heavy
            # shelling": the subject was fired on; only "from X" or "by X" says who fired
            under_at = came_under.start() if came_under else match.start()
            clause_start = clause_span(text, under_at, match.end())[0]
            fired_on = [m.key for m in actors if clause_start <= m.span.start - base and m.span.end - base <= under_at]
            attackers = tuple(k for k in attackers if k not in fired_on)
            targets = tuple(dict.fromkeys((*fired_on[-1:], *targets)))
        if not targets and _attempted_capture(text, match):
            targets = attempt_targets(text, base, match, actors, attackers)
        if not targets:
            targets = _victim_groups(text, base, the_hit, attackers)
        if not targets:
            # "an air strike on a Red Crescent convoy", "IS targets were hit in the strikes": whose things were hit
            targets = tuple(
                k for k in owners_hit(text, base, match.start(), match.end(), the_hit) if k not in attackers
            )
        if verb is not None and not attackers and _WITH_MEANS.fullmatch(text, verb[0].end(), match.start()):
            attackers, targets = verb[1], targets or verb[2]
        if not attackers:
            # "Syrian regime strikes on Aleppo ... a district targeted by a barrel bomb": the generic word before
            # named who did this kind of thing, the specific one only what was used
            same_kind = [roles for kind, *roles in set_aside if kind == etype and roles[0]]
            if same_kind:
                attackers, targets = same_kind[-1][0], targets or same_kind[-1][1]
        if not (attackers or targets) and etype != "ceasefire":
            # "air raids hit IS-held areas": with no one named acting, whose ground was hit is the one side told
            targets = _holders_hit(text, base, match, holders)
        if etype == "ceasefire":
            # a truce has parties, not a side that strikes and one struck: "a local truce with the regime"
            attackers = (
                _deal_parties(text, base, match, actors)
                or tuple(dict.fromkeys((*attackers, *targets, *_made_with(text, base, match, actors))))
                or _announcer(text, base, match, actors)
            )
            targets = ()
        if etype in ("abduction", "arrests") and attackers and _TAKEN_PARTICIPLE.match(text, match.start()):
            # "250 Syrian troops taken hostage at an airbase": the ones named before a participle with no object were
            # taken, not takers
            taken = [
                m
                for m in actors
                if m.key in attackers
                and m.span.end - base <= match.start()
                and not text[m.span.end - base : match.start()].strip()
            ]
            if taken and NO_OBJECT.match(text, match.end()) and not _WHEN_THEN_OBJECT.match(text, match.end()):
                attackers, targets = tuple(k for k in attackers if k != taken[-1].key), (taken[-1].key, *targets)
        if etype == "shelling" and word.startswith("bombard") and _AIR_CONTEXT.search(text):
            etype = "air-strike"
        if generic:
            etype = _generic_type(etype, word, text, attackers, classes)
            if _FIRED_ON_CIVILIANS.match(text, match.start()):
                etype = "attack-on-civilians"  # "opened fire on protesters": shots at the unarmed, no clash
        if (
            etype == "remote-explosive"
            and re.fullmatch(r"bomb(?:ed|ing|ings)", word)
            and any(classes.get(k) in (*STATE_CLASSES, "International") for k in attackers)
        ):
            etype = "air-strike"  # "the US-led coalition bombed Hanida", "the regime bombed Douma": from the air
        if etype == "air-strike":
            # "airstrikes by Russian forces": Russia's air war in Syria is its Aerospace Forces'; an armed group has no
            # aircraft ("Daraya was evacuated by rebels after relentless bombing": the rebels bombed nothing)
            attackers = _air_attackers(attackers, classes, _forces_named(text, base, actors))
        if etype == "non-violent-transfer-of-territory" and (
            takers := forced_out_by(text, base, match, actors, attackers)
        ):
            # "the army withdrew from the farms as they faced a rebel counter-offensive": ground lost in a battle
            attackers, targets, etype = takers, attackers, "territory"
        if etype == "territory":
            passive = bool(_PASSIVE_BEFORE.search(text[: match.start()]))
            if not attackers and (
                passive
                or not _SIDE_WORDS.search(text[: match.start()])
                or is_entry(word)
                or _TAKER_AFTER.fullmatch(word)
            ):
                continue  # who took it is unknown: not even the side can be told ("troops entered" may be anyone's)
            # "the road to rebel-held parts": a holder of the ground named is a side too
            sides = sorted([*actors, *holders], key=lambda m: m.span.start)
            targets = targets or road_holders(text, base, match, sides, attackers)
            etype = _territory_type(text, match, attackers, classes)
        if etype == "killing":
            if not attackers:
                continue
            victims = text[match.end() : match.end() + 60]
            # any case: a headline is title-cased ("Islamic State Kills Three Journalists")
            civilian = re.match(
                rf"\s+(?:\S+\s+){{0,3}}?{_CIVILIAN_WORDS}\b", victims, re.IGNORECASE
            ) or _CIVILIANS_KILLED.search(text, max(0, match.start() - 80), match.start())
            etype = "attack-on-civilians" if civilian or _captives(text, match) else "armed-clash"
        if (etype, scene) in detections:
            # A later trigger of the type may name who the first one left out: "Israeli planes delivered a
            # missile strike on Syrian army positions" (the strike has the target, the planes the attacker).
            first = detections[etype, scene]
            if not first.attackers and attackers and not set(attackers) & set(first.targets):
                first = replace(first, attackers=attackers)
            if not first.targets and targets:
                first = replace(first, targets=tuple(k for k in targets if k not in first.attackers))
            detections[etype, scene] = first
            continue
        elsewhere = _ANOTHER_PLACE.match(text, match.end()) is not None
        detections[etype, scene] = Detection(
            type=etype,
            trigger=Span(base + match.start(), base + match.end()),
            attackers=attackers,
            targets=tuple(k for k in targets if k not in attackers),
            supporters=tuple(k for k in supporters if k not in attackers and k not in targets),
            places=_scene_places(places, scenes[scene], base, mentions) if len(scenes) > 1 else places,
            definite=_definite(text, match)
            or any(clause_span(text, match.start(), match.end())[0] <= at < match.start() for at in definite_at),
            generic=generic,
            distinct=elsewhere
            or _ANOTHER.search(text[: match.start()]) is not None
            or _another_unit(text, match)
            or (etype == "ceasefire" and OPENS_ON_A_TRUCE.fullmatch(text, 0, match.start()) is not None),
            elsewhere=elsewhere,
            blast=etype == "remote-explosive" and bool(_WEAK_EXPLOSIVE.fullmatch(match.group(0))),
            standing=etype == "siege"
            and bool(
                _STANDING_SIEGE.search(text, max(0, match.start() - 60), match.start())
                or ENDURED_YEARS.search(text, max(0, match.start() - 80), match.start())
            ),
            unnamed_agent=not attackers
            and bool(_UNNAMED_AGENT.search(text, clause_span(text, match.start(), match.end())[0], match.start())),
            scene=Span(base + scenes[scene].start, base + scenes[scene].end) if len(scenes) > 1 else None,
        )
    told = sorted(detections.values(), key=lambda d: d.trigger.start)
    return [
        d
        for part in _by_scene(told)
        for d in _one_battle(_one_bombardment(_one_taking(one_chemical_attack(part, body))), body)
    ]


def _scenes(
    text: str, base: int, triggers: Sequence[tuple[str, re.Match[str], bool]], mentions: Sequence[Mention]
) -> tuple[list[Span], dict[int, int]]:
    """The sentence's scenes told by its triggers, and each trigger's scene: a kill verb beside them tells none, nor
    does a generic word after a means ("rocket shells fired by IS from X and Y targeted houses in Z")."""
    told = [
        (m.start(), m.end())
        for i, (t, m, generic) in enumerate(triggers)
        if t != "killing" and not (generic and i and triggers[i - 1][0] in MEANS)
    ] or [(0, 0)]
    scenes = scene_spans(text, base, told, mentions)
    return scenes, {
        m.start(): next(i for i, s in enumerate(scenes) if s.start <= m.start() < s.end) for _, m, _ in triggers
    }


def _scene_places(places: tuple[str, ...], scene: Span, base: int, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The sentence's places named inside one of its scenes (relative span)."""
    inside = places_in(scene, base, mentions)
    return tuple(k for k in places if k in inside)


def _another_unit(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence's subject, before the trigger, is another unit than the one just told ("Another army
    unit killed ...")."""
    unit = _ANOTHER_UNIT.match(text)
    return unit is not None and unit.end() <= match.start()


def _by_scene(detections: list[Detection]) -> list[list[Detection]]:
    """Detections grouped by the scene that tells them, in text order."""
    parts: dict[Span | None, list[Detection]] = {}
    for d in detections:
        parts.setdefault(d.scene, []).append(d)
    return list(parts.values())


_TOOK_ONLY = re.compile(_TOOK, re.IGNORECASE)
_BY_SURPRISE = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?by\s+surprise\b", re.IGNORECASE)
# "took Aleppo residents to shelters": the place names whose people were taken, not the ground
_ITS_PEOPLE = re.compile(rf"\s+(?:{_CIVILIAN_WORDS}|people|citizens|civilians|officials|reporters|delegates)\b", re.I)
# "took Hama's governor hostage": people taken captive, two words on at most (not "took Mosul and 300 prisoners")
_TAKEN_CAPTIVE = re.compile(
    r"(?:['’]s)?(?:\s+(?!and\b|with\b|along\b)[\w-]+){0,2}?\s+(?:hostages?|captives?|prisoners?)\b", re.IGNORECASE
)
_TAKEN_GROUND_AFTER = re.compile(rf"\s+(?:back\s+)?{_TAKEN_GROUND}", re.IGNORECASE)


def _takes_ground(text: str, base: int, match: re.Match[str], mentions: Sequence[Mention]) -> bool:
    """Whether a trigger is no bare "took", or takes ground: a kind of ground or a place named ("took Ramussa")."""
    if not _TOOK_ONLY.fullmatch(match.group(0)) or _TAKEN_GROUND_AFTER.match(text, match.end()):
        return True
    named = re.compile(r"\s+(?:back\s+)?").match(text, match.end())
    at = base + (named.end() if named else match.end())
    return any(
        m.kind == "place"
        and m.span.start == at
        and not _BY_SURPRISE.match(text, m.span.end - base)
        and not _ITS_PEOPLE.match(text, m.span.end - base)
        and not _TAKEN_CAPTIVE.match(text, m.span.end - base)
        for m in mentions
    )


# A shooting down in the sentence: its pilots died fighting, they were no one's captives. Not one told as what came
# before the killing ("killed the pilot after his jet crashed": he lived through it and was held).
_SHOT_DOWN = re.compile(r"\b(?:shot\s+down|shooting\s+down|downed|downing|crash(?:ed|ing)?)\b", re.IGNORECASE)
_AFTER = re.compile(r"\bafter\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def _captives(text: str, match: re.Match[str]) -> bool:
    """Whether the kill verb's object is captives ("killed the pilot", "killed 20 prisoners"); pilots of an aircraft
    the sentence shoots down are not ("killed two pilots when they shot down a jet"), unless held or killed after it."""
    found = _CAPTIVES.match(text, match.end())
    if found is None:
        return False
    if not re.search(r"(?i)pilot", found.group(0)) or re.search(r"(?i)captured|captive", found.group(0)):
        return True  # "the captured pilot of the jet they downed" was held
    return not any(not _AFTER.search(text, max(0, d.start() - 60), d.start()) for d in _SHOT_DOWN.finditer(text))


def _captives_killed(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> bool:
    """Whether a kill verb tells captives killed by the armed actor just before it ("rebels killed the pilot"), not by
    the means told with it ("air strikes killed 20 prisoners" is the strike)."""
    if not _captives(text, match):
        return False
    return any(
        re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,2}", gap) and not _TRIGGER.search(told)
        for m in actors
        if 0 <= match.start() - (m.span.end - base) <= 40
        # neither the actor's words nor those after it name a means: "Russian warplanes killed 20 prisoners" is a strike
        for told, gap in [(text[m.span.start - base : match.start()], text[m.span.end - base : match.start()])]
    )


_BY_KILLER = re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)


def _civilians_killed_by_hand(
    text: str,
    base: int,
    match: re.Match[str],
    actors: Sequence[Mention],
    triggers: Sequence[tuple[str, re.Match[str], bool]],
) -> bool:
    """Whether civilians "were killed by" an armed actor named right after the verb, with no means in the sentence
    ("12 residents were killed by government forces after they regained the town": a killing beside the taking)."""
    if any(t in MEANS for t, _, _ in triggers):
        return False  # "civilians were killed by Russian air strikes": the strike
    if not _CIVILIANS_KILLED.search(text, max(0, match.start() - 80), match.start()):
        return False
    return any(_BY_KILLER.fullmatch(text, match.end(), m.span.start - base) for m in actors)


_WITHDREW_FROM = re.compile(r"withdr\w+\s+from", re.IGNORECASE)


def _leaves_a_country(
    text: str, base: int, match: re.Match[str], mentions: Sequence[Mention], classes: Mapping[str, str]
) -> bool:
    """Whether a trigger is a withdrawal from a whole country ("Russia began withdrawing from Syria"): a state
    leaving a war, no ground handed to anyone."""
    if not _WITHDREW_FROM.fullmatch(match.group(0)):
        return False
    after = re.compile(r"\s+(?:the\s+)?").match(text, match.end())
    at = base + (after.end() if after else match.end())
    return any(m.kind == "place" and m.span.start == at and classes.get(m.key) == "Country" for m in mentions)


_SURROUNDED_GAP = re.compile(
    # "Kafraya, which is surrounded": the relative clause most often follows a comma
    r"(?:\s+|,\s+which\s+|\s+(?:which|that)\s+)(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:now\s+|still\s+)?$",
    re.IGNORECASE,
)


def _surrounds_a_place(text: str, base: int, match: re.Match[str], mentions: Sequence[Mention]) -> bool:
    """Whether a trigger is no "surrounded", or one of a place named just before ("Kafraya which is surrounded by
    rebels"); "the plane was surrounded by troops" is no siege."""
    if match.group(0).lower() != "surrounded":
        return True
    return any(
        m.kind == "place" and _SURROUNDED_GAP.fullmatch(text, m.span.end - base, match.start())
        for m in mentions
        if m.span.end - base <= match.start()
    )


def _actors_of(
    body: str, mentions: Sequence[Mention], classes: Mapping[str, str], kinds: frozenset[str]
) -> list[Mention]:
    """The actor mentions of the given classes, in text order; "a Britain-based monitor" is not Britain acting."""
    return sorted(
        (
            m
            for m in mentions
            if m.kind == "actor" and classes.get(m.key, "State") in kinds and not _BASED.match(body, m.span.end)
        ),
        key=lambda m: m.span.start,
    )


def _definite(text: str, match: re.Match[str]) -> bool:
    """Whether a trigger is told as known already: "the attack", "the IS assault", "Friday's strike"."""
    before = text[: match.start()]
    return bool(_DEFINITE.search(before) or _DEFINITE_SUBJECT.search(before) or _DAY_POSSESSIVE.search(before))


# Whose ground a place is: "IS-held areas", "regime-controlled villages".
_HELD = re.compile(r"-(?:held|controlled|occupied|dominated|run)\b", re.IGNORECASE)
# Between a trigger and the holder of what it hit: "air raids hit IS-held areas", "a siege on opposition-held
# eastern Aleppo", "shelled rebel-held Douma", "barrel bomb attacks on a jihadist-held town".
_HELD_GAP = re.compile(
    r"\s+(?:(?:against|on|at|of|into|targeting|targeted|hit|hits|struck|strikes|pounded|shelled|bombed)\s+)?"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’]+\s+)?",
    re.IGNORECASE,
)
# "rebel-held Idlib province": a whole region described by who holds it, not the ground a strike hit.
_HELD_REGION = re.compile(
    r"-\w+\s+(?:[\w'’-]+\s+){0,3}?(?:province|region|countryside|governorate|suburbs)\b", re.IGNORECASE
)


def _holders_hit(text: str, base: int, match: re.Match[str], holders: Sequence[Mention]) -> tuple[str, ...]:
    """The side whose ground the trigger hit, when its object is a place named for its holder ("IS-held areas")."""
    for m in holders:
        start = m.span.start - base
        if start < match.end():
            continue
        if _HELD_GAP.fullmatch(text, match.end(), start) and not _HELD_REGION.match(text, m.span.end - base):
            return (m.key,)
        break
    return ()


def _victim_groups(text: str, base: int, actors: Sequence[Mention], attackers: Sequence[str]) -> tuple[str, ...]:
    """The groups whose members the sentence counts among the dead ("killed 12 Nusra Front fighters")."""
    found: list[str] = []
    for i, m in enumerate(actors):
        end = m.span.end - base
        if m.key in attackers or m.key in found:
            continue
        # "killed 29 rebels", "killing 18 regime forces": a name that is itself of people counts them
        if not _MEMBERS_AFTER.match(text, end) and not _PEOPLE_NAMED.search(text, m.span.start - base, end):
            continue
        # "88 rebel and regime forces have been killed": the count stands before both sides
        first = i
        while first > 0 and re.fullmatch(
            r"\s+and\s+(?:the\s+)?", text[actors[first - 1].span.end - base : actors[first].span.start - base]
        ):
            first -= 1
        group = actors[first : i + 1]
        start = group[0].span.start - base
        before = text[max(0, start - 60) : start]
        if _KILLED_MEMBERS.search(before) or (
            _MEMBERS_KILLED.search(before) and re.search(r"\b(?:were|have\s+been)\s+killed\b", text[end : end + 60])
        ):
            found += [g.key for g in group if g.key not in attackers and g.key not in found]
    return tuple(found)


_UNDER_FIRE = re.compile(r"came\s+under\s+(?:heavy\s+|intense\s+)?fire", re.IGNORECASE)
# "came under attack", "comes under an IS assault", "came under heavy shelling": the trigger's subject was hit
# (words that describe the attack only: "came under pressure after clashes with" ends the phrase at "after", and the
# clash that follows has its own sides)
_CAME_UNDER = re.compile(
    r"\bc(?:ame|ome|omes|oming)\s+under\s+"
    r"(?:(?!(?:after|before|following|during|amid|and|but|as|when|while|since|in|on|at|with|from|by|of)\s)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# strikes of guns and rockets fired from the ground
_GROUND_STRIKES = re.compile(r"\b(?:rocket|ground|artillery|mortar|tank)\s+strikes?\b", re.IGNORECASE)


def _generic_type(etype: str, word: str, text: str, attackers: Sequence[str], classes: Mapping[str, str]) -> str:
    """What a generic word ("attack", "strikes", "raid") reports, from who did it: from the air, or a clash."""
    if etype != "armed-clash":
        return etype
    if re.fullmatch(r"strikes?", word) and _GROUND_STRIKES.search(text):
        return "shelling"  # "rocket strikes", "artillery strikes": fired from the ground
    if re.match(r"raid|struck|strike|bomb", word) and (
        _AIR_CONTEXT.search(text)
        or any(_foreign_state(k, classes) for k in attackers)
        # "Syrian regime strikes on Aleppo": a government strikes from the air; its army shells
        or any(classes.get(k) == "State" for k in attackers)
        # "killed in strikes on the bus": strikes told with no one striking are flown in this war
        or (not attackers and re.fullmatch(r"strikes?", word) is not None)
    ):
        return "air-strike"
    if attackers and all(k in AIR_ARM.values() for k in attackers):
        return "air-strike"  # "the Syrian Air Force destroyed ISIL positions": an air force strikes from the air
    return etype


# The army named as the owner of the aircraft, not as a force that acts: "the Syrian army aircraft", "the armys air
# force", "army airstrikes", "helicopter gunships of the Syrian army" (annotators name the air arm alone for these).
_AIRCRAFT = (
    r"(?:air\s*force|air\s*strikes?|airstrikes?|air\s+raids?|war\s*planes?|planes?|(?:fighter\s+)?jets?|aircrafts?|"
    r"helicopters?|(?:helicopter\s+)?gunships?|bombers?)"
)
_OWNS_AIRCRAFT = re.compile(rf"(?:['’]?s)?\s+(?:own\s+)?{_AIRCRAFT}\b", re.IGNORECASE)
_AIRCRAFT_OF = re.compile(rf"\b{_AIRCRAFT}\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _forces_named(text: str, base: int, actors: Sequence[Mention]) -> set[str]:
    """The actors the sentence names as forces that act, not as the owners of aircraft ("the army aircraft")."""
    return {
        m.key
        for m in actors
        if not _OWNS_AIRCRAFT.match(text, m.span.end - base)
        and not _AIRCRAFT_OF.search(text, max(0, m.span.start - base - 40), m.span.start - base)
    }


def _air_attackers(attackers: Sequence[str], classes: Mapping[str, str], named: Set[str]) -> tuple[str, ...]:
    """An air strike's attackers: states and their forces, an army the sentence names beside the arm that flies
    for it."""
    # "air strikes by the Syrian military", "regime forces responded with air raids": the text names the army and the
    # planes are its air arm's; an army carried over from an earlier sentence named only the side. An armed group has
    # no aircraft ("Daraya was evacuated by rebels after relentless bombing").
    return tuple(
        dict.fromkeys(
            key
            for k in attackers
            if classes.get(k, "State") in (*STATE_CLASSES, "International")
            for key in ((AIR_ARM[k], k) if k in AIR_ARM and k in named else (AIR_ARM.get(k, k),))
        )
    )


def _one_bombardment(detections: list[Detection]) -> list[Detection]:
    """ "Turkish artillery fire and air strikes killed 20": one bombardment told by its two means, kept as the first
    named, when both have the same attackers (or one names none); "Rebels fired rockets with regime aircraft carrying
    out raids" stays two."""
    kinds = {d.type: d for d in detections}
    shelling, strike = kinds.get("shelling"), kinds.get("air-strike")
    if shelling is None or strike is None:
        return detections
    if shelling.attackers and strike.attackers and set(shelling.attackers) != set(strike.attackers):
        return detections
    first, second = sorted((shelling, strike), key=lambda d: d.trigger.start)
    merged = replace(
        first,
        attackers=first.attackers or second.attackers,
        targets=first.targets or second.targets,
        supporters=tuple(dict.fromkeys((*first.supporters, *second.supporters))),
    )
    return [merged if d is first else d for d in detections if d is not second]


TERRITORY_TYPES = frozenset({"government-regains-territory", "non-state-actor-overtakes-territory"})


def _one_taking(detections: list[Detection]) -> list[Detection]:
    """ "Daesh entered the city ... seizing territory in its southern districts": a taking told twice in one scene, once
    with its taker named and once with none (whose side the words before only guess), is the named one."""
    if not any(d.type in TERRITORY_TYPES and d.attackers for d in detections):
        return detections
    return [d for d in detections if not (d.type in TERRITORY_TYPES and not d.attackers)]


# What a battle came to, said with it in one sentence: ACLED codes one Battles event by its outcome.
BATTLE_OUTCOMES = ("government-regains-territory", "non-state-actor-overtakes-territory", "ambush")


# Between two clauses that tell two scenes: "clashes raged in Aleppo while IS ambushed a convoy near Palmyra".
_OTHER_SCENE = re.compile(r"\b(?:while|whereas|meanwhile|elsewhere)\b|;", re.IGNORECASE)


def _one_battle(detections: list[Detection], body: str) -> list[Detection]:
    """ "Troops retook the town after fierce clashes with IS": one battle, coded by what it came to (ground taken, an
    ambush), whose other side is the one the clash names; not when the sentence tells two scenes, or the clash is
    between other sides."""
    clash = next((d for d in detections if d.type == "armed-clash"), None)
    outcome = next((d for d in detections if d.type in BATTLE_OUTCOMES), None)
    if clash is None or outcome is None:
        return detections
    first, second = sorted((clash, outcome), key=lambda d: d.trigger.start)
    if _OTHER_SCENE.search(body, first.trigger.end, second.trigger.start) or clash.distinct or clash.elsewhere:
        return detections
    if (
        clash.attackers
        and clash.targets
        and not {*clash.attackers, *clash.targets} & {*outcome.attackers, *outcome.targets}
    ):
        return detections  # "clashes between rebels and the army ... as IS retook": both sides of the clash are others
    others = [k for k in (*clash.attackers, *clash.targets) if k not in outcome.attackers]
    merged = replace(
        outcome,
        targets=tuple(dict.fromkeys((*outcome.targets, *others))),
        supporters=tuple(k for k in dict.fromkeys((*outcome.supporters, *clash.supporters)) if k not in others),
    )
    return [merged if d is outcome else d for d in detections if d is not clash]


def _trigger_matches(text: str) -> list[re.Match[str]]:
    """Trigger matches, tried only at words whose first letters can start one (the full pattern is slow)."""
    found: list[re.Match[str]] = []
    end = 0
    for word in _WORD.finditer(text):
        if word.start() < end:
            continue
        lower = word.group(0).lower()
        if lower[:4] not in _TRIGGER_PREFIXES and lower[:3] not in _TRIGGER_PREFIXES and lower not in ("re", "de"):
            continue
        match = _TRIGGER.match(text, word.start())
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def _attempted_capture(text: str, match: re.Match[str]) -> bool:
    """Whether a territory trigger is a capture attempted ("tried to retake"): a battle told, not an aim."""
    return match.lastgroup == _TERRITORY_GROUP and attempted(text, match)


def _roles(
    text: str,
    base: int,
    match: re.Match[str],
    actors: Sequence[Mention],
    supporters: Sequence[str],
    fallback_agent: str | None = None,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Attackers and targets of the trigger: agent before it (or after "by"), object or "against X" after it."""
    t_start, t_end = match.start(), match.end()
    after = text[t_end:]
    attackers: list[str] = []
    targets: list[str] = []
    usable = [m for m in actors if m.key not in supporters]

    def rel(m: Mention) -> tuple[int, int]:
        return m.span.start - base, m.span.end - base

    if _TAKER_AFTER.fullmatch(match.group(0)):
        return _taker_after_roles(text, base, match, usable)
    # "killed at the hands of IS militants": the agent phrase of a passive, like "by"
    by = re.match(r"^\s+(?:\w+\s+){0,3}?(?:by|at\s+the\s+hands\s+of)\s+(?:the\s+)?", after)
    # "have been pushing" is active: only a participle after "been" is passive
    passive = bool(
        _PASSIVE_BEFORE.search(text[:t_start])
        # not "were pushed back and attacked the army": an object after the second verb makes it active
        or (_COORDINATED_PASSIVE.search(text, max(0, t_start - 60), t_start) and NO_OBJECT.match(text, t_end))
    ) and not match.group(0).split()[0].lower().endswith("ing")
    if by is None and not passive and _OWNED_NOUN.fullmatch(match.group(0)):
        by = re.match(r"^\s+(?:launched\s+|carried\s+out\s+)?(?:by|of)\s+(?:the\s+)?", after)
    if by is None and not passive:
        # "Jets thought to belong to the Syrian government struck ...": whose the aircraft are
        by = _BELONGING.match(after)
    blamed = by is None and bool(_BLAMED_BEFORE.search(text, 0, t_start))
    if blamed:
        # "blaming the attack on forces loyal to Assad": who is blamed did it
        by = re.match(r"^\s+on\s+(?:the\s+)?", after)
    if by is None and _GROUND_FIRE.search(match.group(0)):
        # "a barrage of rocket fire from Syrian rebels", "shells from the rebel enclave": who fired them
        by = re.match(r"^\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?", after)
    if by:
        first = _first_after(usable, t_end + by.end(), base, text, reach=3)
        # "blamed the attack on an army checkpoint on IS": a post named with its owner is what was attacked
        if first is not None and not (blamed and _SITE_AFTER.match(text, first.span.end - base)):
            attackers.extend(_coordinated(first, usable, text, base))
    between = re.match(r"^\s+(?:\w+\s+){0,5}?between\s+", after)
    if between is None and match.group(0).lower().endswith("between"):
        between = re.match(r"^\s*", after)
    if between and not attackers:
        first = _first_after(usable, t_end + between.end(), base, text, reach=30)
        if first is not None:
            group = _coordinated(first, usable, text, base)
            attackers.append(group[0])
            targets.extend(group[1:])
    # A trigger inside an actor's name acts for it: "Russian warplanes", "coalition aircraft".
    for m in usable:
        if m.span.start - base <= t_start and t_end <= m.span.end - base and not attackers:
            attackers.extend(_coordinated_back(m, usable, text, base))
    # The agent (or, in the passive, the patient) just before the trigger, in the same clause.
    before_mention = _before(usable, text, base, t_start)
    if before_mention is not None and _UNDERGONE.fullmatch(text, before_mention.span.end - base, t_start):
        # "ISIS terrorists whose positions have received direct strikes": the owner of what was hit
        targets.append(before_mention.key)
        before_mention = None
    if before_mention is not None:
        if passive:
            targets.append(before_mention.key)
        elif not attackers:
            attackers.extend(_coordinated_back(before_mention, usable, text, base))
    if not attackers and not passive:
        clause_start, _ = clause_span(text, t_start, t_end)
        verbs = [
            v
            for v in re.finditer(
                r"\b(?:killed|killing|wounded|injured|targeted|hit|struck|launched|carried\s+out)\b",
                text[clause_start:t_start],
            )
            # "IS militants killed in the offensive": a participle with no object names the victims, not the agent.
            if not NO_OBJECT.match(text, clause_start + v.end())
            or _WHEN_THEN_OBJECT.match(text, clause_start + v.end())
        ]
        for verb in reversed(verbs):
            agent = _before(usable, text, base, clause_start + verb.start())
            if agent is not None:
                attackers.append(agent.key)
                break
            # "Troops killed 70 terrorists and injured 30 others during an offensive": the verbs share one subject
            if not _AND_BEFORE.search(text, clause_start, clause_start + verb.start()):
                break
    if not attackers and not passive:
        attackers.extend(_subject_of_means(usable, text, base, match))
    if not attackers:
        for m in usable:
            if m.span.end - base <= t_start and _RESPONSIBILITY.match(text, m.span.end - base):
                attackers.append(m.key)
                break
    if not attackers:
        # "killed two people in an attack claimed by the Islamic State group": who claimed it did it
        claimed = _CLAIMED_BY.search(text)
        if claimed is not None:
            doer = _first_after(usable, claimed.end(), base, text, reach=3)
            if doer is not None:
                attackers.append(doer.key)
    if not attackers and not passive:
        for done in _DONE_BY.finditer(text):
            doer = _first_after(usable, done.end(), base, text, reach=3)
            if doer is not None:
                attackers.extend(_coordinated(doer, usable, text, base))
                break
    if not attackers:
        # "shell fire as part of Damascus' huge onslaught": the campaign's owner fired.
        part_of = _PART_OF.search(text, t_end, min(len(text), t_end + 60))
        if part_of is not None:
            owner = _first_after(usable, part_of.end(), base, text, reach=2)
            if owner is not None and _CAMPAIGN.match(text, owner.span.end - base):
                attackers.append(owner.key)
    if (
        not attackers
        and not passive
        and fallback_agent
        and not any(m.span.end - base <= t_start for m in usable)
        # "terrorists positioned in X fired shells": a subject is there, one the gazetteer cannot name
        and not _UNNAMED_AGENT.search(text, clause_span(text, t_start, t_end)[0], t_start)
    ):
        attackers.append(fallback_agent)
    if (
        not attackers
        and not passive
        and (
            re.search(r"\b(?:they|it)\s+(?:have\s+|has\s+|had\s+)?$", text[:t_start])
            # "The army continued operations in Homs and targeted IS positions": the verbs share the subject.
            or (re.search(r"\band\s+(?:also\s+|then\s+|later\s+)?$", text[:t_start]) and match.group(0).endswith("ed"))
            # "besieged the town and have wrested the region", "and has retaken": a perfect shares the subject too
            or _AND_PERFECT.search(text[:t_start]) is not None
            # "IS fighters hold most of the city and are besieging 200000 people", "IS controls the city besieging
            # its people": a participle after the main verb's object shares its subject
            or (
                _SUBJECT_ING.fullmatch(match.group(0)) is not None
                and _SHARED_SUBJECT_ING.search(text[:t_start]) is not None
                and not _GERUND_NOUN.search(text[:t_start])
                # a verb with its object ("besieging 200000 people"), not a noun ("heavy bombing")
                and _ING_OBJECT.match(text, t_end) is not None
            )
        )
    ):
        # "Assad's troops ... focused on Aleppo, where they have captured": "they" is the sentence's subject.
        subject = [m for m in usable if m.span.start - base <= 4]
        # "Jaish al-Islam said it had shot down a drone": the one who says "it" did it
        speaker = [m for m in usable if _SAID_IT.fullmatch(text, m.span.end - base, t_start)]
        if speaker or subject:
            attackers.append((speaker or subject)[0].key)
    # The object: "ambushed Syrian soldiers", "attacks against rebels", "a battle with anti-regime forces".
    if not passive:
        verbal = bool(re.search(r"(?i)(?:ed|ing|took|struck|fought|overran|retook|drove)$", match.group(0))) and not (
            # "in the fighting including a Hizballah ambush": a gerund after a determiner is a noun
            match.group(0).lower().endswith("ing") and _GERUND_NOUN.search(text[:t_start])
        )
        gap_pattern = _OBJECT_GAP if verbal else _NOUN_OBJECT_GAP
        for m in usable:
            s, _ = rel(m)
            if s < t_end:
                continue
            if (
                gap_pattern.fullmatch(text[t_end:s])
                or (_SITE_GAP.fullmatch(text[t_end:s]) and _SITE_AFTER.match(text, m.span.end - base))
            ) and m.key not in attackers:
                targets.append(m.key)
            break
    against = re.search(r"\b(?:against|targeting)\s+(?:the\s+)?", after)
    if against and not targets:
        first = _first_after(usable, t_end + against.end(), base, text, reach=25)
        if first is not None and first.key not in attackers:
            targets.append(first.key)
    # "the jihadists clashed throughout Friday night and into Saturday with the regime troops": who they fought
    fought_with = _FOUGHT.fullmatch(match.group(0)) and _WITH_OPPONENT.match(after)
    if fought_with and not targets:
        first = _first_after(usable, t_end + fought_with.end(), base, text, reach=3)
        if first is not None and first.key not in attackers:
            targets.append(first.key)
    if passive:
        # "FSA fighters were executed by the militants": whoever the by-phrase's reference resolves to, the passive's
        # subject is the one it was done to
        attackers = [k for k in attackers if k not in targets]
    return tuple(dict.fromkeys(attackers)), tuple(dict.fromkeys(targets))


# "Palmyra fell to IS", "the army lost Palmyra to IS": the side named after "to" took the ground from the one before
_TAKER_AFTER = re.compile(r"fell\s+to|los(?:t|es|ing)", re.IGNORECASE)
_TO = re.compile(r"\sto\s+(?:the\s+)?", re.IGNORECASE)


def _taker_after_roles(
    text: str, base: int, match: re.Match[str], actors: Sequence[Mention]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who took ground that "fell to" or was "lost to" a side (named after "to"), and who held it (named before)."""
    start = match.end()
    if not match.group(0).lower().startswith("fell"):
        to = _TO.search(text, start)  # "lost the town of Palmyra to": the ground comes first
        start = to.end() if to else len(text)
    taker = _first_after(actors, start, base, text, reach=5)
    if taker is None:
        return (), ()  # "the death toll fell to 20": nothing taken, no one to take it
    takers = _coordinated(taker, actors, text, base)
    holder = _before(actors, text, base, match.start())
    return tuple(takers), tuple(k for k in ([holder.key] if holder else []) if k not in takers)


def _deal_parties(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...]:
    """Who made the deal a truce is under: "a de-escalation zone under a deal brokered by Russia Turkey and Iran",
    "where Russia has brokered deals"."""
    # from the trigger's start: "an evacuation deal between warring sides" names its deal in the trigger
    window = text[match.start() : match.end() + 160]
    by = _DEAL_BY.search(window)
    if by is not None:
        # "regime ally Iran": the regime describes Iran and is no party
        parties = [m for m in actors if not _ALLY_OF.match(text, m.span.end - base)]
        first = _first_after(parties, match.start() + by.end(), base, text, reach=30)
        if first is not None:
            keys, end = [first.key], first.span.end - base
            for m in parties:
                if m.span.start - base >= end:
                    if not _PARTY_GAP.fullmatch(text, end, m.span.start - base):
                        break
                    keys.append(m.key)
                    end = m.span.end - base
            return tuple(dict.fromkeys(keys))
    broker = _BROKERED.search(window)
    if broker is not None:
        for m in actors:
            if 0 <= match.start() + broker.start() - (m.span.end - base) <= 1:
                return (m.key,)
    return ()


def _made_with(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...]:
    """The other side of a deal made "with" it: "reached an agreement with government officials"."""
    if not match.group(0).lower().endswith("with"):
        return ()
    first = _first_after(actors, match.end(), base, text, reach=12)
    return tuple(_coordinated(first, actors, text, base)) if first is not None else ()


# "the Syrian regime announced a nationwide ceasefire": who announces or declares a truce makes it (a speech verb
# elsewhere, so `_before` leaves the announcer out); not a clause it reports ("announced they rejected the truce")
_ANNOUNCED = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:announced|declared|unilaterally\s+declared)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?!(?:that|they|it|he|she|we|would|will|to)\s)[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def _announcer(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...]:
    """The actor who announced or declared the truce the trigger names, right before the verb."""
    return tuple(
        m.key
        for m in actors
        if m.span.end - base <= match.start() and _ANNOUNCED.fullmatch(text, m.span.end - base, match.start())
    )[-1:]


def _first_after(actors: Sequence[Mention], pos: int, base: int, text: str, reach: int = 20) -> Mention | None:
    """The first actor mention starting within `reach` characters after text offset `pos`."""
    for m in actors:
        s = m.span.start - base
        if pos <= s <= pos + reach and not re.search(r"[.;:,]", text[pos:s]):
            return m
    return None


def _coordinated(first: Mention, actors: Sequence[Mention], text: str, base: int) -> list[str]:
    """The mention and those joined to it by "and", commas or a parenthesised abbreviation."""
    keys = [first.key]
    end = first.span.end - base
    for m in actors:
        s = m.span.start - base
        if s < end:
            continue
        gap = text[end:s]
        # "by Syrian or Russian jets": a doer the text leaves open between two is either, so both are named
        if re.fullmatch(r"\s*\)?\s*(?:\(\s*|,\s*|,?\s+(?:and|or)\s+|,\s*and\s+)(?:the\s+)?", gap):
            keys.append(m.key)
            end = m.span.end - base
        else:
            break
    return list(dict.fromkeys(keys))


def _coordinated_back(last: Mention, actors: Sequence[Mention], text: str, base: int) -> list[str]:
    """The mention and those joined to it by "and" before it ("Syrian and Russian jets")."""
    keys = [last.key]
    start = last.span.start - base
    for m in sorted(actors, key=lambda x: -x.span.start):
        e = m.span.end - base
        if e > start:
            continue
        if re.fullmatch(r"\s*(?:,|and|,\s*and|or)\s*(?:the\s+)?", text[e:start]):
            keys.insert(0, m.key)
            start = m.span.start - base
        else:
            break
    return list(dict.fromkeys(keys))


# The means of a response, or a gerund after "by": "regime forces responded with air raids to rebel fire", "the regime
# dealt a major blow to the opposition by seizing Yabrud" (the clause's subject acts; "were killed by shelling" is no
# means of the subject).
_MEANS_OF = re.compile(
    r"\b(?:respond(?:ed|s)|retaliat(?:ed|es)|repl(?:ied|ies)|react(?:ed|s)|(?:hit|struck|hits|strikes)\s+back)"
    r"(?:\s+to\s+[^.,;]{1,60}?)?\s+with\s+(?:(?:a|an|the|its|their|heavy|intense|fresh|new|more|massive)\s+){0,2}$",
    re.IGNORECASE,
)
_BY_GERUND = re.compile(r"\bby\s+$", re.IGNORECASE)
_GERUND_AT = re.compile(r"[A-Za-z]{1,30}ing\b")
# any form of "be" before "by ...ing" makes the clause's subject the one acted on ("were caught off guard by shelling")
_PASSIVE_IN = re.compile(r"\b(?:was|were|been|being|is|are)\b", re.IGNORECASE)


def _subject_of_means(actors: Sequence[Mention], text: str, base: int, match: re.Match[str]) -> list[str]:
    """The clause's subject when the trigger is the means it acted by ("responded with air raids", "by seizing")."""
    clause_start, _ = clause_span(text, match.start(), match.end())
    before = text[clause_start : match.start()]
    means = _MEANS_OF.search(before)
    if means is None and match.group(0).lower().endswith("ing") and _BY_GERUND.search(before):
        if _PASSIVE_IN.search(before):
            return []  # "five fighters were killed by shelling": the victims, not the agent
        means = _BY_GERUND.search(before)
    if means is None:
        return []
    # the subject opens the clause: at most a few words ("Last month the regime") stand before it
    subject = [
        m
        for m in actors
        if clause_start <= m.span.start - base
        and m.span.end - base <= clause_start + means.start()
        and len(text[clause_start : m.span.start - base].split()) <= 4
    ]
    return [subject[0].key] if subject else []


_SUFFERED = re.compile(r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:killed|wounded|injured|hurt|slain)\b", re.I)


def _before(actors: Sequence[Mention], text: str, base: int, t_start: int) -> Mention | None:
    """The actor mention right before the trigger within its clause ("The IS assault", "IS fighters launched")."""
    candidates = [m for m in actors if m.span.end - base <= t_start]
    aside = re.search(r"(\([^()]{1,60}\))[^()]*$", text[:t_start])
    if aside is not None:
        # "Al-Nusra Front (Qaeda branch in the Levant) terrorists targeted": the aside names no agent
        candidates = [m for m in candidates if not aside.start(1) <= m.span.start - base < aside.end(1)]
    if not candidates:
        return None
    m = candidates[-1]
    if m.key in GENERIC_GROUPS and len(candidates) > 1:
        named = candidates[-2]
        between = text[named.span.end - base : m.span.start - base]
        # not across a speech verb: "the army says opposition forces killed a pilot" (the army speaks)
        if re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,2}", between) and not _SPEECH.search(between):
            m = named  # "Al-Nusra Front jihadist rebels seized": "rebels" says what the Front's men are
    # "Nusra Front Al-Qaidas Syria affiliate drove ...": the group named first acts, the second says whose it is.
    if len(candidates) > 1 and _AFFILIATE_OF.match(text, m.span.end - base):
        named = candidates[-2]
        if not text[named.span.end - base : m.span.start - base].strip():
            m = named
    gap = text[m.span.end - base : t_start]
    gap = without_abbreviation_dot(gap, text[m.span.start - base : m.span.end - base])  # "A U.S. missile strike"
    gap = re.sub(r"\s*\([^()]{1,40}\)|,[^,]{1,60},|\s[-–—]\s[^-–—]{1,60}\s[-–—]\s", " ", gap)
    # A quote opening on the trigger quotes the act, not a speaker: 'the army was able to "restore security"'.
    gap = re.sub(r"\s[\"“]$", " ", gap)
    # When, between verb and object: "terrorists fired on Tuesday afternoon rocket shells".
    gap = _WHEN_IN_GAP.sub(" ", gap)
    # A quantity is not a preposition phrase: "Rebels fired hundreds of rockets", "launched a barrage of missiles".
    gap = _QUANTITY_OF.sub(" ", gap)
    # Who backs the agent stands between it and its verb: "Hizballah fighters backed by Syrian forces have pushed".
    gap = _BACKED_BY_GAP.sub(" ", gap)
    gap = _FIGHTING_WHERE_GAP.sub(" ", gap)
    # What the agent is, right after its name: "the SDF alliance of Kurdish and Arab fighters broke into Manbij".
    gap = _MADE_OF_GAP.sub(" ", gap)
    if _BACKED_SUFFIX.match(gap):
        return None  # "Iranian-backed militias attacked": the backer is not the attacker
    if re.search(r"[.;:,\"“”]", gap) or _PREPOSITION.search(gap) or _SPEECH.search(gap):
        return None  # "Syrian state TV says 22 killed": who speaks is not who acts
    if _SUFFERED.search(gap):
        return None  # "members of Jaish al-Islam were killed when a suicide bomb blast ...": the victims
    if _BY_GERUND.search(gap) and _GERUND_AT.match(text, t_start):
        return None  # "the army responded to the militants' offensive by bombing": the clause's subject bombed
    if len(gap.split()) > 6:
        return None
    return _fighter_of(candidates, m, text, base)


# "The US-led coalition fighting the Islamic State group has carried out strikes": the foe after a participle is no
# agent; the one who fights it is.
_FIGHTING_OBJECT = re.compile(r"\s+(?:fighting|battling|combating|combatting)\s+(?:against\s+)?(?:the\s+)?$", re.I)


def _fighter_of(candidates: Sequence[Mention], m: Mention, text: str, base: int) -> Mention:
    """The actor that fights m, when m is only the object of a participle describing it; else m."""
    earlier = [c for c in candidates if c.span.end <= m.span.start]
    if earlier and _FIGHTING_OBJECT.fullmatch(text, earlier[-1].span.end - base, m.span.start - base):
        return earlier[-1]
    return m


def _supporters(text: str, base: int, actors: Sequence[Mention]) -> list[str]:
    """Actors named as supporters: "backed by X, Y and Z", "with the participation of X", "X-backed"."""
    keys: list[str] = []
    for match in _SUPPORT.finditer(text):
        first = _first_after(actors, match.end(), base, text, reach=12)
        if first is not None:
            keys.extend(_coordinated(first, actors, text, base))
    for m in actors:
        start, end = m.span.start - base, m.span.end - base
        # "U.S.-backed": the name's span leaves out the abbreviation's last dot
        if _BACKED_SUFFIX.match(without_abbreviation_dot(text[end:], text[start:end])):
            keys.append(m.key)
    support_of = _IN_SUPPORT_OF.search(text)
    # Only forces sent to fight are "in support of" someone: "a rally in support of Assad" supports nothing armed.
    if support_of and _SENT_TO_FIGHT.search(text, 0, support_of.start()):
        # "Russia intervenes in support of the Syrian army": the subject supports.
        subject = [m for m in actors if m.span.end - base <= support_of.start()]
        if subject:
            keys.append(subject[0].key)
    return list(dict.fromkeys(keys))


def _ground_fired(
    text: str, base: int, match: re.Match[str], actors: Sequence[Mention], classes: Mapping[str, str]
) -> bool:
    """Whether rockets are fired by a group with no aircraft: "Rebels fired rockets ... and regime aircraft raids"."""
    clause_start, _ = clause_span(text, match.start(), match.end())
    shooters = [m for m in actors if clause_start <= m.span.start - base and m.span.end - base <= match.start()]
    return bool(shooters) and classes.get(shooters[-1].key) == "NonStateArmedGroup"


def _foreign_state(key: str, classes: Mapping[str, str]) -> bool:
    """Whether an actor is a state (or state force) other than Syria's, or an international coalition: their
    raids and strikes in Syria are from the air."""
    if classes.get(key) == "International":
        return True
    if classes.get(key) not in STATE_CLASSES:
        return False
    name = key.rsplit("/", 1)[-1]
    return not name.startswith(("syria", "baathist", "government-of-syria"))


def _territory_type(text: str, match: re.Match[str], attackers: Sequence[str], classes: Mapping[str, str]) -> str:
    """Who took territory decides the type: the state side regains it, a non-state group overtakes it."""
    for key in attackers:
        cls = classes.get(key)
        if cls in STATE_CLASSES or key.rsplit("/", 1)[-1] in PRO_GOVERNMENT_GROUPS:
            return "government-regains-territory"
        if cls == "NonStateArmedGroup":
            return "non-state-actor-overtakes-territory"
    before = text[: match.start()].lower()
    word = match.group(0).lower()
    if re.search(r"\b(?:regime|government|army|troops|loyalist|syrian forces)\b[^.,]{0,40}$", before):
        return "government-regains-territory"
    if word.startswith(("recaptur", "retook", "re-took", "retak", "regain", "liberat")):
        return "government-regains-territory"
    return "non-state-actor-overtakes-territory"
