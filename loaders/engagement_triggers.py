"""Trigger words of engagements: the table of patterns by type, and the matches of a sentence's trigger words."""

from __future__ import annotations

import re

from loaders.aircraft_words import AIR_FORCE, AIRCRAFTS, DRONES, STRIKING
from loaders.bare_verbs import BARE_AFTER
from loaders.bullets_fired import BULLETS_AT_HOMES
from loaders.campaigns_pressed import CAMPAIGN_PRESSED
from loaders.cleared_of import CLEARED_OF
from loaders.deal_terms import DEAL_BY_TERMS
from loaders.deals_between_sides import DEAL_BETWEEN_SIDES, LEFT_UNDER_DEAL
from loaders.ground import (
    DRIVEN_OUT,
    ENTRY,
    LOST_TO,
    ROAD_CUT,
)
from loaders.harm_and_holding_words import (
    BASE_KINDS,
    CONTROL_DECLARED,
    DEAL_TO_STOP,
    FIRED_ON_VICTIMS,
    HANDED_OVER,
    INTO_CUSTODY,
    PEOPLE_SEIZED,
    PROPERTY_DESTROYED,
    PUT_TO_DEATH,
    RETAKEN,
    SECURED,
    SHOT_INTO_HOMES,
    SNIPER_FIRE,
    TAKER_NAMED_AFTER,
)
from loaders.held_since import HELD_SINCE_MONTH
from loaders.missiles_fired import MISSILES_FIRED
from loaders.munition_subjects import DROPPED_MUNITION, INTERCEPTED, MISSILE_HIT, SITE_BLOWN, WEAPON_VERBS
from loaders.operations_launched import LAUNCHED_OPERATION, NAMED_OPERATION, OPERATION_AGAINST
from loaders.protests_put_down import PROTESTS_PUT_DOWN
from loaders.repelled_attacks import PUSHED_BACK_ATTACK
from loaders.side_advances import SIDE_ADVANCES
from loaders.side_fire import SIDE_FIRE
from loaders.state_media_gains import TAKEN_AT_END
from loaders.surrenders import AGREED_TO_STOP, SURRENDERED
from loaders.trapped_people import TRAPPED_COUNT
from loaders.truce_words import DEAL_MADE_WITH, HALT_OR_PAUSE

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
# (the ground's modifiers "strategically located", "important", "vital": "took the strategically located town of Jisr
# al-Shughour", battles28)
TOOK = r"t(?:ook|aken|akes?|aking)"
TAKEN_GROUND = (
    r"(?:(?:the|an?|most|all|parts?|several|some|many|two|three|four|five|\d+|dozens|number|of|strategic|key|large|"
    r"nearby|military|rebel|government|regime|opposition|more|other|another|strategically|located|important|vital)\s+)"
    r"{0,3}(?:villages?|towns?|city|cities|"
    r"districts?|areas?|ground|hills?|hilltops?|bases?|territory|neighbou?rhoods?|checkpoints?|crossings?|"
    r"airports?|airbases?|suburbs?|quarters?|strongholds?)\b"
)
# "recovered" reports ground won back only with ground as its object, lost or not: "recovered some lost ground",
# "had recovered most of the territory", "recovering lost positions"
RECOVERED_GROUND = (
    r"recover(?:ed|s|ing)?(?=\s+(?:(?:much|most|some|all|part|parts|of|the|its|their|lost|several)\s+){0,4}"
    r"(?:ground|territory|territories|positions|areas|villages|towns)\b)"
)
# The fighters' places the state media says were "eliminated": "eliminated a number of gatherings", "eliminated
# several hideouts of the terrorists"
ELIMINATED_GATHERINGS = (
    r"eliminat(?:ed|es|ing)(?=\s+(?:(?:a|an|the|number|of|several|many|some|their|its|\d+)\s+){0,4}"
    r"(?:gatherings?|hideouts?|dens?|cells?|concentrations?)\b)"
)
# A tunnel blown up under the enemy's lines: "blew up a tunnel", "detonated a tunnel", "tunnel bombs" (not "blew up a
# bridge", nor a tunnel only dug or found)
TUNNEL_BLOWN = (
    r"(?:blew|blown|blowing|blow)\s+up\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+)?tunnels?\b|"
    r"detonat(?:ed|es|ing|e)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?tunnels?\b|"
    r"tunnel\s+(?:bomb(?:s|ings?)?|blasts?|explosions?)"
)
# Gas cylinders made into shells ("explosive cylinders", "propane explosive cylinders"), and what a munition does in
# flight after its noun: "two missiles launched by the factions landed on", "a rocket fell on".
_CYLINDERS = r"(?:explosive|propane|gas)\s+(?:explosive\s+)?cylinders?"
# Not what "fell" says of things taken or lost: "fell into the hands of the rebels", "fell to IS", "fell under".
_IN_FLIGHT = (
    r"\s+(?:[\w'’-]+\s+){0,8}?(?:fell(?!\s+(?:into\s+(?:the\s+)?hands|to|under|apart|silent)\b)|landed|"
    # where it was fired from (articles34, written-sentence probe): "a rocket fired from Syria struck near Hermel"
    r"launched\s+by|fired\s+by|(?:fired|launched)\s+from)\b"
)
# The munition the head of its phrase: the next word is a verb, a preposition or a relative, not a noun it modifies
# ("the rocket programme launched by Iran", "gas cylinder prices fell", "the missile defence system fired by": no
# munition flew; twenty-third session, helper review23e). And a cylinder that is the object of an infinitive after
# the launch verb ("launched a drive to distribute gas cylinders") was never launched (the "to" barred above).
_HEAD_MUNITION = (
    r"(?!\s+(?!(?:fell|landed|launched|fired|that|which|from|of|on|in|at|into|near|over|onto|also|reportedly|"
    r"apparently|then|later|had|have|has|was|were|allegedly)\b)[a-z][\w'’-]*(?<!ed)\s)"
)
# "troops engaged the militants", "engaged with IS fighters": the military's verb of fighting, armed men its object
# (not "engaged in talks", "engaged with the community", "engaging rebels in dialogue"; thirty-second session, none32)
ENGAGED_FIGHTERS = (
    r"engag(?:ed|es|ing)(?=(?:\s+with)?\s+(?:the\s+|an?\s+)?(?:(?!(?:in|on|to|for|with)\b)[\w'’-]+\s+){0,3}?"
    r"(?:fighters|militants|rebels|jihadists|terrorists|insurgents|gunmen|militiamen)\b"
    r"(?!\s+in\s+(?:[\w-]+\s+){0,2}?(?:talks|dialogue|negotiations|discussions|consultations|the\s+political)\b))"
)
# "is surrounded", "was  surrounded": an auxiliary and one to three blanks before the passive's participle (one
# lookbehind per width, each after the word, so they run only where "surrounded" stands; blanks33)
_BLANKS = (r"\s", r"\s\s", r"\s\s\s")
_BE_BEFORE = [rf"\bbe{blanks}surrounded" for blanks in _BLANKS]
_AUXILIARY_BEFORE = [rf"\b{w}{blanks}surrounded" for w in ("is", "are", "was", "were", "been") for blanks in _BLANKS]
_AFTER_AUXILIARY = "(?:" + "|".join(f"(?<={before})" for before in _AUXILIARY_BEFORE) + ")"
# (the active reading is none of these, nor after "be": "will be surrounded")
_NOT_AFTER_AUXILIARY = "".join(f"(?<!{before})" for before in [*_AUXILIARY_BEFORE, *_BE_BEFORE])
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
     r"(?:attacks?|shelling|bombing|strikes?)\s+(?:with|using)\s+(?:toxic|poison(?:ous)?|nerve|chlorine|sarin)\s+gas(?:es)?|"
     # the killing told with its means: "accused government forces of killing 1000 civilians with poison gas"
     r"kill(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,6}?with\s+(?:chemical\s+weapons?|(?:toxic|poison(?:ous)?|nerve|chlorine|sarin|"
     r"mustard)\s+gas(?:es)?|sarin|chlorine|nerve\s+agents?)"),
    ("suicide-bombing", r"suicide\s+(?:car\s+|truck\s+)?(?:bomb(?:ers?|ings?|s)?|attacks?|attackers?|blasts?)|"
     r"(?:blew|blowing)\s+(?:himself|herself|themselves)\s+up"),
    ("remote-explosive", r"IEDs?|improvised\s+explosive(?:\s+devices?)?|roadside\s+bombs?|land\s*mines?|"
     # a tunnel dug under the enemy and blown up: "blew up a tunnel they dug underneath a regime post", "a tunnel
     # bomb" (taken27)
     rf"{TUNNEL_BLOWN}|"
     # a post of the enemy's blown up: "rebels blew up an army checkpoint" (`munition_subjects`)
     rf"{SITE_BLOWN}|"
     r"explosive\s+devices?|bomb\s+(?:blasts?|attacks?)|(?:bomb|explosive)s?\s+planted|"
     # the same in the active voice, the doer first, with the harm it did told after it: "militants planted a bomb
     # under a bus, killing four soldiers" (thirty-third session, vocab33, written-sentence probe; a bomb only planted,
     # "planted explosives around the ruins", "arrested a man who planted a bomb", is no blast; not "planted trees")
     r"planted\s+(?:(?:a|an|the|two|three|several|\d+)\s+)?(?:[\w-]+\s+)?(?:bombs?|explosives|explosive\s+charges?)\b"
     r"(?!\s+(?:hoax(?:es)?|scares?|threats?|alerts?|squads?|disposal)\b)"
     r"(?=[^.;]{0,120}?\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|exploded|went\s+off)\b)|"
     # a bomb named for the vehicle that carries it: "a car bomb", "sending a truck bomb into the district"
     r"(?:car|truck|lorry|vehicle)\s+bomb(?:s|ings?)?|"
     r"vehicle-borne|VBIEDs?|booby-trapped|explosives-laden\s+(?:car|truck|vehicle)s?|explosions?|blasts?|"
     r"exploded|detonated|twin\s+bombings?|"
     # "a bomb went off near a mosque", "the explosive device went off": what "exploded" says, told by the phrasal verb
     r"(?:bombs?|devices?|explosives?|charges?|mines?)\s+(?:[\w-]+\s+){0,2}?went\s+off|"
     # a grenade thrown is ACLED's "Grenade" sub-event of remote violence; a rocket-propelled one, a launcher or one
     # held is not (`other_senses._not_a_thrown_grenade`)
     r"grenades?"),
    ("air-strike", r"air\s*strikes?|air\s+raids?|airstrikes?|air\s+attacks?|aerial\s+(?:bombardment|bombing|attacks?|"
     rf"assault|campaign)|{STRIKING}|barrel(?:\s+|-)bombs?|bombing\s+raids?|"
     # missiles intercepted over a place: the strike was made (`munition_subjects`)
     rf"{INTERCEPTED}|"
     r"sorties|(?:long-range|strategic|Tupolev|Tu-[\w-]+|Sukhoi[\w-]*|Su-[\w-]+)\s+bombers?|"
     # the air force, "aircraft" and "planes" only with a strike told after them
     # (not the air arm backing the subject: "army units backed by the air force destroyed"; twenty-sixth session)
     r"(?<!\bbacked\sby\sthe\s)(?<!\bsupported\sby\sthe\s)(?<!\bbacked\sby\s)(?<!\bsupported\sby\s)"
     rf"(?:{AIR_FORCE}|{AIRCRAFTS}|planes)\b(?=[^.]{{0,60}}\b(?:struck|bomb|hit|target|attack|raid|strike|"
     # "the Air Force destroyed a base": what the strike did (twenty-sixth session, helper remote26)
     r"massacre|kill|destroy|neutrali))|"
     # a drone as the subject of a strike or a killing, perhaps with its time between (twenty-second session, outlets3):
     # "A Turkish drone on Thursday evening killed four fighters"; not "a drone was in the area when ... attacked", nor
     # a participle with its agent, the drone the one hit ("drones hit by their fire crashed"; twenty-second session,
     # helper review11)
     rf"{DRONES}(?=\s+(?:(?:on|early|late|this|last)\s+(?:[\w-]+\s+){{0,2}}?)?(?:also\s+)?"
     # (or one that dropped its munition: "an IS drone dropped a bomb on the village"; `munition_subjects`)
     rf"(?:struck|bombed|hit|targeted|killed|neutrali[sz]ed|attacked|shelled|{DROPPED_MUNITION})\b(?!\s+by\b))|"
     # a site hit in the passive with no means or agent after it: "the hospital was hit eight days ago" (its subject
     # a site: `sites_hit.site_hit`; twenty-sixth session, helper remote26)
     r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\balso\s)|(?<=\bagain\s)|(?<=\breportedly\s)|"
     r"(?<=\bdirectly\s))(?P<hit>hit)(?=\s*(?:[.,;:]|$)|\s+(?:on|just|again|twice|overnight|yesterday|today|"
     r"last|early|late|this|during|when|while|and|killing|wounding|injuring|\w+day)\b|"
     # a place named after "in" (not "hit in the recession"; as `tolls_after._HIT_AT`), "nearby" or "neighbouring"
     # too ("was hit in the nearby town of Maarat al-Numan", "in nearby Kafr Nabl"; written-sentence probe, gaps33)
     r"\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring)\s+)?(?:[a-z]+ern\s+)?(?:(?:town|city|village|province|countryside|district|area|"
     r"suburb|neighbou?rhood)s?\s+of\s+)?(?-i:[A-Z]))"),
    # one shell: "fired a rocket shell on al-Kallasa Street", "a third shell fell in al-Masharqeh"
    ("shelling", r"shell(?:ing|ed|s)\b|shell\s*fire|(?:rocket|mortar|artillery|tank)\s+shell\b|"
     r"shell(?=\s+(?:[\w-]+\s+){0,8}?(?:fell|landed|hit|struck|exploded|slammed)\b)|"
     # munitions told by their flight (twenty-third session, helper kills23): "two missiles launched by the factions
     # landed on the town", "also fell ... an explosive cylinder launched by the regime forces" (a "rocket shell" is
     # the shell's trigger already); a gas cylinder only launched or landing, not one that blew up in a kitchen
     # (not the first word of a trigger of its own: "a rocket attack launched by terrorists", "missile strikes")
     rf"(?:missiles?|rocket|projectiles?|{_CYLINDERS})(?!\s+(?:shells?|launchers?|attacks?|strikes?|fire)\b)"
     rf"{_HEAD_MUNITION}(?={_IN_FLIGHT})|"
     rf"(?:launch(?:ed|ing)|fir(?:ed|ing))\s+(?:(?!to\b)[\w'’-]+\s+){{0,4}}?{_CYLINDERS}|"
     # the verb's bare form after a verb of going on: "the army continued to shell" (twenty-third session, helper
     # kills23; `bare_verbs`)
     rf"{BARE_AFTER}shell(?!\s+out\b)|"
     r"artillery(?!\s+(?:school|college|academy|base|battalion|brigade|units?|pieces|depots?))|"
     # "fired mortar bombs": a mortar's round, one shelling (not also a planted bomb)
     r"bombard(?:ed|ing|ment|ments|s)?|mortar\s+bombs?|mortars?|"
     # verbs made of the weapon: "government forces mortared Douma" (`munition_subjects`); missiles fired at a site
     rf"{WEAPON_VERBS}|{MISSILES_FIRED}|"
     r"rocket\s+(?:fire|attacks?)|rockets|missile\s+(?:strikes?|attacks?)|(?:surface-to-surface|ground-to-ground|ballistic|cruise)\s+"
     r"missiles?|tank\s+fire|Grad|howitzers?|"
     # fire named by its side, onto a place: "rebel fire on Damascus" (`side_fire`)
     rf"{SIDE_FIRE}"),
    ("ambush", r"ambush(?:ed|es|ing)?"),
    # "trapped under a blockade", "towns which are surrounded by pro-government forces": a siege by another name
    # (an economic or trade blockade is sanctions: "the economic blockade imposed on Syria")
    # (the noun's common misspelling too, "a seige enforced by government troops"; engbattles35)
    ("siege", r"besieg(?:ed|ing|e)|sieges?|seiges?|encircl(?:e|ed|es|ing|ement)|"
     # (and the verb, "government forces blockaded Madaya", as "besieged"; gaps32)
     r"(?<!\beconomic\s)(?<!\btrade\s)(?<!\bfinancial\s)(?<!\bcommercial\s)blockad(?:es?|ed|ing)|"
     rf"surrounded{_AFTER_AUXILIARY}(?=\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
     r"(?:forces|troops|rebels|fighters|militants|army|regime|jihadists|insurgents)\b)|"
     # the active voice, a place its object: "IS militants surrounded the town of Kobani" (`trigger_objects`;
     # thirty-third session, vocab33, written-sentence probe)
     rf"surrounded{_NOT_AFTER_AUXILIARY}(?=\s+(?!by\b)[\w-])|"
     # "sealed the main route into opposition areas, effectively trapping nearly 300000 residents": a siege told by
     # the number it shuts in (truce28)
     rf"trapping(?={TRAPPED_COUNT})"),
    # an evacuation or reconciliation deal, or a deal reached between sides, is the sides agreeing to stop fighting
    ("ceasefire", r"(?:evacuation|surrender|reconciliation|(?:population\s+)?(?:exchange|swap)|withdrawal|truce)\s+"
     r"(?:deals?|agreements?)|(?:deals?|agreements?)(?=\s+(?:(?:had|has|have)\s+been\s+|was\s+|were\s+)?(?:reached|agreed|"
     r"struck|signed)\s+(?:[\w-]+\s+){0,3}?between\b)|"
     rf"{DEAL_MADE_WITH}|"
     r"cease-?fires?|ceased\s+fire|truces?|cessation\s+of\s+hostilities|de-?escalation(?:\s+zones?)?|"
     rf"{HALT_OR_PAUSE}|{DEAL_TO_STOP}|{DEAL_BETWEEN_SIDES}|{LEFT_UNDER_DEAL}|{DEAL_BY_TERMS}|"
     # "agreed to stop fighting": the truce told by its verb (`surrenders`)
     rf"{AGREED_TO_STOP}"),
    # people taken by the verbs that otherwise take ground: "seized 45 UN peacekeepers" (before the territory verbs)
    ("abduction", PEOPLE_SEIZED),
    ("territory", r"seiz(?:ed|e|es|ing)|captur(?:ed|e|es|ing)|took\s+control|taken\s+control|tak(?:e|es|ing)\s+control|"
     # "gained control of all the roads", "establishing control over building blocks", "have taken over a key crossing"
     # and the same back: "wrested back control of the town", "gained back full control" (twenty-fourth session)
     r"(?:gain(?:ed|s|ing)?|wrest(?:ed|ing)?|establish(?:ed|es|ing)?)\s+(?:back\s+)?(?:full\s+|complete\s+|total\s+)?"
     r"control|"
     # ground wrested back, told in the passive from its loser: "five villages had been wrested back from IS"
     r"(?<=\bbeen\s)wrested\s+back(?=\s+from\b)|(?<=\bwas\s)wrested\s+back(?=\s+from\b)|"
     # the passive "taken" closing its sentence (`state_media_gains`): "Tal Antar in Deraa were taken."
     rf"{TAKEN_AT_END}|"
     r"(?<=\bwere\s)wrested\s+back(?=\s+from\b)|"
     r"t(?:ook|aken|akes?|aking)\s+over\b(?!\s+(?:the\s+)?(?:process|leadership|role|responsibility|command|"
     r"presidency|duties|running))|"
     r"over(?:ran|run)|recaptur(?:ed|e|es|ing)|re-?took|retaken|retak(?:e|es|ing)|regain(?:ed|s|ing)?|"
     r"liberat(?:ed|e|es|ing)|fell\s+to|"
     # ground "cleared of" armed men (`cleared_of`)
     rf"{CLEARED_OF}|"
     # ground won back told as recovered: "recovered some lost ground", "recovered territory lost last year"
     # (not "recovered the bodies", "recovered weapons": ground must follow)
     rf"{RECOVERED_GROUND}|"
     # the nouns of the verbs: "the seizure of Palmyra", "the liberation of Aleppo" (not the Liberation Front's name),
     # "the IS takeover of the town"
     r"seizures?\s+of|(?-i:liberation)\s+of|take-?over\s+of|drove\s+out|drove\s+(?:[\w-]+\s+){1,4}?out\s+of|pushed\s+out|expelled|restor(?:e|ed|ing)\s+(?:security|control|"
     r"stability)|push(?:ed)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}back"
     # (not an attack pushed back: "pushed back an IS assault on Kobani" stopped it, no ground taken; leftopen33)
     rf"(?!\s+{PUSHED_BACK_ATTACK})|"
    r"pushed\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:from|out\s+of)\s+(?:the\s+)?(?:town|city|village|area|district)|"
     # "IS fighters took Palmyra", "took two villages near Hama", "took back the hill": ground taken
     rf"{TOOK}(?=\s+(?:back\s+)?(?:{TAKEN_GROUND}|(?-i:[A-Z])))|"
     # gains made on the ground: "rebels scored quick gains in the district", "consolidated gains in the area"
     r"(?:scor(?:ed|es|ing|e)|ma(?:de|ke|kes|king)|consolidat(?:ed|es|ing|e))\s+"
     r"(?:(?:quick|rapid|major|significant|big|new|territorial|further|swift|its|their|some)\s+){0,2}gains\b"
     # (not gains in talks, votes or trade: "made gains in the talks in Geneva")
     r"(?!\s+(?:[\w'’-]+\s+){0,3}?(?:talks|negotiations|polls|elections?|votes?|markets?|trade|parliament)\b)"
     r"(?=\s+(?:[\w'’-]+\s+){0,3}?(?:in|around|near|on|at)\b)|"
    # "advances" made against a foe, the noun: "have made major advances against militants north of Aleppo"
    r"ma(?:de|ke|kes|king)\s+(?:(?:rapid|major|significant|new|further|swift)\s+)?advances(?=\s+against\b)|"
     # entering ground, cutting a road (`loaders/ground.py`)
     rf"{ENTRY}|{ROAD_CUT}|{DRIVEN_OUT}|{LOST_TO}|{TAKER_NAMED_AFTER}|{RETAKEN}|{SECURED}|{CONTROL_DECLARED}|"
     # ground held since a month of the past year (`held_since`; standing35)
     rf"{HELD_SINCE_MONTH}"),
    ("abduction", r"abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?|taken\s+hostage|took\s+hostage|"
     # "took 20 villagers hostage", "350 hostages taken by IS", "hostages were seized": people taken, told by the taken
     r"t(?:ook|aken|aking|akes?)\s+(?:[\w-]+\s+){1,3}?hostages?|"
     r"hostages?(?=\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:taken|seized|captured)\b)"),
    ("arrests", rf"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|rounded\s+up|{INTO_CUSTODY}"),
    ("looting", rf"loot(?:ed|ing|s)?|pillag(?:ed|ing|e)|plunder(?:ed|ing)?|ransack(?:ed|ing)?|{PROPERTY_DESTROYED}"),
    ("attack-on-civilians", r"massacr(?:e|ed|es)|execut(?:e|es|ed|ion|ions|ing)|summary\s+killings?|"
     r"murder(?:ed|ing|s)?|behead(?:ed|ing|ings)?|decapitat(?:ed|ing|ion)|crucifi(?:ed|xion)|stoned\s+to\s+death|"
     r"(?:slit|slitting|cut)\s+the\s+throats?|(?:burned|burnt)\s+alive|"
     # killing by hand told otherwise: "hanged two men" (executed; "hung" is what pictures do), "slaughtered 30
     # villagers", "tortured to death"
     rf"hanged|slaughter(?:ed|ing)?|{PUT_TO_DEATH}|{FIRED_ON_VICTIMS}|{SNIPER_FIRE}|{SHOT_INTO_HOMES}|{BULLETS_AT_HOMES}|"
     # protests put down by force: "the regime repressed demonstrations" (`protests_put_down`)
     rf"{PROTESTS_PUT_DOWN}"),
    # (or a count of them, "established 12 observation points", "set up three military bases"; gaps32)
    ("headquarters-or-base-established", r"(?:establish(?:ed|es|ing)?|set\s+up|built|opened)\s+(?:a\s+|an\s+|new\s+)*"
     r"(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:new\s+)?)?"
     rf"(?:military\s+|air\s+|naval\s+)?(?:bases?|headquarters|outposts?|military\s+posts?|{BASE_KINDS})"),
    ("non-violent-transfer-of-territory", rf"handed\s+(?:over\s+)?control|hand(?:ed)?over\s+of|{HANDED_OVER}|"
     # not from a pact ("withdrew from the deal over Idlib"); a country left is `_leaves_a_country`
     rf"withdr(?:ew|awn|awing|aws?)\s+from(?!\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?{_PACT}\b)|"
     # "the withdrawal of the fighters from", "the suburb was evacuated by rebels": fighters leaving hand it over
     r"withdrawal\s+of\s+(?:[\w-]+\s+){0,3}?from|"
     r"evacuated(?=\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rebels|fighters|militants|insurgents|opposition|jihadists))|"
     # nor "pulled out of" a pact or a meeting: "the rebels pulled out of the peace talks in Geneva" (strat30)
     rf"pulled\s+out\s+of(?!\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?{_PACT}\b)|"
     r"evacuation\s+(?:deal|agreement)|"
     # fighters who give themselves up: "turned themselves in to the authorities" (`surrenders`)
     rf"{SURRENDERED}"),
    ("armed-clash", r"clash(?:es|ed)?|fighting|fought|battl(?:e|es|ed|ing)|skirmish(?:es)?|fire-?fights?|gun\s*fights?|"
     r"exchanges?\s+of\s+(?:gun)?fire|war\s+(?:between|against|on)|"
     # the verb of an exchange of fire: "rebels exchanged fire with troops", "the two sides traded gunfire"
     r"(?:exchang|trad)(?:ed|es|ing|e)\s+(?:heavy\s+|intense\s+|sporadic\s+)?(?:gun\s*|artillery\s+|mortar\s+)?fire(?!\s*(?:extinguish|fight|engines?|trucks?|stations?))|"
     # an aircraft brought down from the ground: a fight, not an air strike ("shot down a regime drone")
     r"shot\s+down|shoot(?:s|ing)?\s+down|downed|downing|came\s+under\s+(?:heavy\s+|intense\s+)?fire|"
     # an operation launched to take ground (`operations_launched`)
     rf"{LAUNCHED_OPERATION}|{NAMED_OPERATION}|"
     # a campaign pressed or stepped up against armed men (`campaigns_pressed`)
     rf"{CAMPAIGN_PRESSED}|"
     # a side fought, told by the military's verb: "US-backed forces engaged IS militants", "engaged with the rebels"
     rf"{ENGAGED_FIGHTERS}"),
]  # fmt: skip
_GENERIC = (
    r"attack(?:s|ed|ing)?|assaults?|assaulted|offensives?|onslaught|raids?|raided|"
    # a side repelled is a side fought: "troops repelled IS fighters", "beat back the militants", "fought off rebels";
    # so is a side defeated or routed: "forces have defeated militants across the outskirts" (battles28)
    r"(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing)|(?:beat|beating|beats|fought|fighting|fend(?:ed|ing)?)\s+off|"
    r"(?:beat|beating|beats)\s+back|defeated|routed)(?=\s+(?:an?\s+|the\s+|several\s+|\d+\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:fighters|militants|rebels|jihadists|forces|troops|terrorists|insurgents|gunmen|(?-i:[A-Z]{2,}\w*)|Daesh)\b)|"
    # every inflection of the counter-attack: "counterattacked", "a counteroffensive" (one word, no hyphen)
    r"counter-?attack(?:s|ed|ing)?|counter-?offensives?|"
    r"storm(?:ed|ing)|struck|"
    # a missile as the verb's subject: "Israeli missiles hit an army base" (`munition_subjects`)
    rf"{MISSILE_HIT}|"
    # the bare form after a verb of going on: "rebels went on to storm the town" (`bare_verbs`)
    rf"{BARE_AFTER}(?:storm|pound|target)(?!\s+(?:out|off)\b)|"
    r"strikes?|bomb(?:ed|ing|ings|s)|destroy(?:ed|ing|s)?|pound(?:ed|ing|s)|target(?:ed|ing)|"
    # the state media's "eliminated a number of gatherings of ISIS terrorists": an attack on a gathering, as
    # "targeted gatherings" is (not "eliminated 20 terrorists", a kill verb below; not "eliminated the threat")
    rf"{ELIMINATED_GATHERINGS}|"
    # "gunmen opened fire on a checkpoint": shots fired at someone (a more specific word gives the means)
    r"open(?:ed|s|ing)?\s+fire\s+(?:on|at|upon)|"
    # a side's advance, the noun: "regime advances around the outskirts" (`side_advances`)
    rf"{SIDE_ADVANCES}|"
    rf"{OPERATION_AGAINST}|"
    r"(?:military|army|counter-?terrorist|ground|combat|large-scale)\s+operations?|advance[sd]?\s+(?:on|into|towards?)|push(?:ed|ing)?\s+(?:into|towards?)|"
    # "inflicted heavy losses upon the terrorists": the state media's word for a battle
    r"inflict(?:ed|ing|s)?\s+(?:(?:on|upon)\s+\w+\s+)?(?:[\w-]+\s+){0,2}?(?:losses|casualties)"
)
# A kill verb reports an engagement only when an armed actor is its subject and nothing else names one.
_KILL = (
    r"kill(?:ed|ing|s)|shot\s+dead|gunned\s+down|"
    # a killing by name, typed by its victims as any kill verb: "IS claimed the assassination of a civilian", "gunmen
    # assassinated a rebel commander" (twenty-third session, helper kills23)
    # (not a noun it modifies: "foiled an assassination plot", "an assassination bid"; review23e)
    r"assassinat(?:ed|es|ing|ions?)(?!\s+(?:plots?|bids?|lists?|squads?|threats?|cells?|teams?|orders?))|"
    # the bare form after a verb of going on: "the gunmen went on to kill three men" (`bare_verbs`)
    rf"{BARE_AFTER}kill|"
    # the state media's word for killing fighters: "army units eliminated 20 terrorists" (not "eliminated the threat")
    # and the Turkish ministry's: "neutralized 7 PKK/YPG terrorists" (bulletin31; a slash joins the group's two names)
    r"(?:eliminat|neutrali[sz])(?:ed|es|ing)(?=\s+(?:[\w'’/-]+\s+){0,3}?(?:terrorists|militants|fighters|gunmen|"
    r"members|jihadists|insurgents|rebels|soldiers|troops|mercenaries|elements|snipers|attackers|scores|dozens)\b)"
)
TRIGGER = re.compile(
    r"\b(?=[A-Za-z])(?:"
    + "|".join(f"(?P<t{i}>\\b(?:{p})\\b)" for i, (_, p) in enumerate(_TRIGGERS))
    + f"|(?P<generic>\\b(?:{_GENERIC})\\b)"
    + f"|(?P<kill>\\b(?:{_KILL})\\b))",
    re.IGNORECASE,
)
TYPES = [t for t, _ in _TRIGGERS]
TERRITORY_GROUP = f"t{TYPES.index('territory')}"
_WORD = re.compile(r"[A-Za-z]+")
# The first letters of every trigger's first word (3 letters for short words): a word starting otherwise is skipped.
_TRIGGER_PREFIXES = frozenset(
    """chem pois toxi nerv sari chlo must gas used usin unle drop firi laun prop
    suic blew blow ied ieds impr road land expl bomb car vehi vbie boob proj muni
    twin air airs aeri war warp figh jets heli barr sort airc plan dron shel arti mort rock miss surf ball crui tank
    grad ambu besi sieg enci bloc ceas truc cess seiz capt took take taki over reca reto re-t reta rega libe fell drov
    push expe rest abdu kidn arre deta roun loot pill plun rans mass exec summ behe deca cruc esta set buil open
    hand with pull evac clas fire gun gunf exch batt foug skir atta assa offe onsl raid coun stor stru stri dest
    poun targ mili grou comb larg adva kill shot gunn blas deto dees howi shot shoo down murd
    surr reco popu swap deal agre gain wres long stra tupo sukh su tu ston slit cut burn infl came host reac sign
    conc halt paus inte ente brok brea seve chas army trad oust disl flus kick driv lost lose losi hang slau tort
    repe repu scor made make maki cons beat fend elim devi char mine free gren snip wou inj hit lorr decl
    snat forc put hack star thre thro demo torc bull dyna raz appr recl conq fall secu clea won win anno proc
    acco left depa buse buss defe rout trap supp repr crus quel disp crac prot rall sit neut enga pres step esca
    turn gave give giv laid lay swep swee roll marc slam cras smas plou plow seig unde cont held""".split()  # noqa: SIM905
)


def trigger_matches(text: str) -> list[re.Match[str]]:
    """Trigger matches, tried only at words whose first letters can start one (the full pattern is slow)."""
    found: list[re.Match[str]] = []
    end = 0
    for word in _WORD.finditer(text):
        if word.start() < end:
            continue
        lower = word.group(0).lower()
        if lower[:4] not in _TRIGGER_PREFIXES and lower[:3] not in _TRIGGER_PREFIXES and lower not in ("re", "de"):
            continue
        match = TRIGGER.match(text, word.start())
        if match is not None:
            found.append(match)
            end = match.end()
    return found
