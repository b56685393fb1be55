"""An operation launched to take ground: "the SDF launched an operation called Wrath of Euphrates to seize Raqqa"."""

from __future__ import annotations

# A bare "operation" is no fight ("a rescue operation", "the operations room"); launched with the aim of taking
# ground, it is the offensive itself (twenty-sixth session, helper battles26): "launched the Wrath of Euphrates
# operation in November 2016 aimed at the liberation of Raqqa", "launched an operation called the Rage of Euphrates
# to seize control over Raqqa". The purpose verb alone is blocked as a purpose, so the launch tells the battle. Only
# "launched": "started" or "began an operation" added two false engagements in half b.
# (not "free", "clear" or "push": "freeing hostages", "clearing mines", "to push for talks")
_AIM = (
    r"(?:liberat|seiz|captur|retak|recaptur|regain|expel|driv(?:e|ing)\s+out|oust|storm|dislodg|encircl|"
    r"tak(?:e|ing)\s+(?:back\s+)?control)"
)
LAUNCHED_OPERATION = (
    r"(?:launch(?:ed|es|ing)?)\s+"
    r"(?:(?:an?|the|its|their|his|new|own|major|large|wide|broad|ground|military)\s+){0,3}"
    # a name between: "the Wrath of Euphrates operation", "an operation called the Rage of Euphrates"
    r"(?:[\w'’-]+\s+){0,4}?operation"
    r"(?=\s+(?:[\w'’-]+\s+){0,9}?(?:(?:to|at|of)\s+(?:the\s+)?" + _AIM + r"))"
)
# A named operation launched is an offensive whatever its stated aim: "Turkey launches Operation Euphrates Shield in
# Aleppo province to tackle IS" (twenty-sixth session, helper timeline26). "Operation" and the name capitalised: a
# military operation's code name, as timelines and recaps tell it.
NAMED_OPERATION = r"launch(?:ed|es|ing)?\s+(?:(?:its|their|the|a)\s+)?(?:military\s+)?(?-i:Operation)(?=\s+(?-i:[A-Z]))"

# An operation carried out against armed men or their posts is a fight, whatever its adjective: the state media's
# "army units carried out intensive operations against the positions of Daesh terrorists", "YPJ fighters carried
# out an operation against ISIS cells" (a bare "operation" stays none; thirty-fourth session, helper outlets34,
# written-sentence probe)
OPERATION_AGAINST = (
    r"(?:carr(?:ied|ying|ies)\s+out|conduct(?:ed|ing|s)?|wag(?:ed|ing|es))\s+"
    r"(?:(?:an?|intensive|intense|precise|several|new|special|qualitative|successful|swift|wide)\s+){0,2}operations?"
    r"(?=\s+against\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:positions|dens|hideouts|gatherings|strongholds|cells|"
    r"terrorists|militants|rebels|fighters|jihadists|insurgents|gunmen)\b)"
)
