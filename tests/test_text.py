"""Sentence splitting with exact spans, and boilerplate marking."""

from __future__ import annotations

import itertools

import pytest

from loaders.boilerplate import is_boilerplate
from loaders.text import MAX_SENTENCE_CHARS, sentences


def texts(body: str) -> list[str]:
    """The sentence texts of a body, read back through their spans."""
    return [s.span.text(body) for s in sentences(body)]


def test_spans_are_exact_ordered_and_stripped() -> None:
    body = "  Rebels shelled the town.   Two people died.\n\nThe army  replied.  "
    found = sentences(body)
    assert [s.span.text(body) for s in found] == ["Rebels shelled the town.", "Two people died.", "The army  replied."]
    for earlier, later in itertools.pairwise(found):
        assert earlier.span.end <= later.span.start
    for s in found:
        text = s.span.text(body)
        assert text == text.strip()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The U.S. envoy met the U.N. team. Talks failed.", ["The U.S. envoy met the U.N. team.", "Talks failed."]),
        ("Gen. Ali and Mr. Haddad arrived. They spoke.", ["Gen. Ali and Mr. Haddad arrived.", "They spoke."]),
        ("The front moved 3 km. north of the road.", ["The front moved 3 km. north of the road."]),
        ('"We will hold the line." The commander left.', ['"We will hold the line."', "The commander left."]),
        ("Fighting resumed (see map. Below) at dawn.", ["Fighting resumed (see map. Below) at dawn."]),
        ("Many were hurt.The clinic closed.", ["Many were hurt.", "The clinic closed."]),
        ("First line without a stop\nSecond line", ["First line without a stop", "Second line"]),
        ("Windows line\r\nNext line", ["Windows line", "Next line"]),
    ],
)
def test_splitting(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply",
        "Your email address will not be published.",
        "• Print Friendly, PDF & Email",
        "• Send to Kindle",
        "skip to Main Content",
        "Back To Top",
        "[Photo: Jane Doe / Flickr ]",
        "Photo: a damaged street in the old city",
        "Read Also: more news",
        "Related News",
        "Tags: Syria Aleppo war",
        "This site uses cookies to improve your experience.",
        "Copyright 2017 Some Media Group. All rights reserved.",
        "\ufffd\ufffd\ufffd",
        "Reporting by Jane Roe; Editing by John Doe",
        "Government artillery pounded the district on Monday [AFP] |",
        "Samir is a young writer passionate about telling stories from the region.",
        "Rana Hassan/ Mazen",  # a news agency's closing credit: reporter / editor
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Rebels said the photo showed the damage.",
        "The Observatory reported that three people were killed.",
        "A reporter for the agency was wounded on Monday.",
        "Rockets hit the Hamdaniyeh/Salaheddine front on Monday.",
    ],
)
def test_reporting_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_author_bio_covers_its_whole_line() -> None:
    body = "Rebels held the hill.\nMaya is a freelance journalist with an interest in history. She lives abroad."
    marks = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert marks == [
        ("Rebels held the hill.", False),
        ("Maya is a freelance journalist with an interest in history.", True),
        ("She lives abroad.", True),
    ]


@pytest.mark.parametrize(
    ("body", "dateline"),
    [
        ("Thu 06 Apr 2017 Jets struck the town. Ten died.", "Thu 06 Apr 2017"),
        ("12 February 2015 Casualties mount in the city.", "12 February 2015"),
        ("BEIRUT (Reuters) - Jets struck the town.", "BEIRUT (Reuters) -"),
        ("Date of publication 3 March 2016 Jets struck the town.", "Date of publication 3 March 2016"),
    ],
)
def test_leading_dateline_is_split_off_as_boilerplate(body: str, dateline: str) -> None:
    first, second = sentences(body)[:2]
    assert (first.span.text(body), first.boilerplate) == (dateline, True)
    assert second.span.text(body).startswith("Jets struck") or second.span.text(body).startswith("Casualties")
    assert not second.boilerplate


def test_trailing_wire_credit_is_its_own_boilerplate_sentence() -> None:
    body = "Jets struck the town on Monday the monitor said. - REUTERS"
    marks = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert marks == [("Jets struck the town on Monday the monitor said.", False), ("- REUTERS", True)]


def test_a_dateline_is_only_looked_for_at_the_start() -> None:
    body = "Rebels attacked.\n12 February 2015 was a cold day."
    assert all(not s.boilerplate for s in sentences(body))


@pytest.mark.parametrize(
    "line",
    [
        # a caption that tells a strike is mined since the twenty-eighth session (tests/test_remote28.py)
        "A boy inspects a damaged building in the town of Kafr Nabl Syria May 2 2016.",
        "Men search for survivors at a collapsed building in the town of Saraqib on June 3 2016.",
        "Video of the strike pic.twitter.comAbCdEf was shared widely.",
    ],
)
def test_photo_captions_and_embedded_posts_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


def test_an_embedded_post_ends_with_its_signature_and_the_article_goes_on() -> None:
    body = (
        "Shelling resumes in the old market pic.twitter.comXyZ123 Local Monitor (localmonitor) March 3 2016 "
        "The army shelled the market of Saraqib on Thursday."
    )
    marks = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert marks == [
        ("Shelling resumes in the old market pic.twitter.comXyZ123 Local Monitor (localmonitor) March 3 2016", True),
        ("The army shelled the market of Saraqib on Thursday.", False),
    ]


def test_a_wire_in_brackets_before_a_date_is_no_post_signature() -> None:
    assert not is_boilerplate("Rebels shelled the town the news agency (Reuters) March 3 2016")
    assert not is_boilerplate("Rebels shelled the town the news agency (SANA) March 3 2016")


def test_a_dated_report_is_not_a_caption() -> None:
    assert not is_boilerplate("The monitor said jets struck the town of Saraqib on June 3 2016.")


def test_page_furniture_run_into_a_flattened_line_starts_a_boilerplate_sentence() -> None:
    body = "Jets hit the town. Related News Rebels shell the airport in a new offensive."
    marks = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert marks == [("Jets hit the town.", False), ("Related News Rebels shell the airport in a new offensive.", True)]


def test_flattened_sputnik_furniture() -> None:
    body = (
        "Get short URL 120 Jets struck the town on Monday. 35 Related Rebels Shell Airport Near Aleppo Army "
        "Repels Attack In Hama. BEIRUT (Sputnik) Ten people were killed in the town."
    )
    marks = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert marks == [
        ("Get short URL 120", True),
        ("Jets struck the town on Monday.", False),
        ("35 Related Rebels Shell Airport Near Aleppo Army Repels Attack In Hama.", True),
        ("BEIRUT (Sputnik)", True),
        ("Ten people were killed in the town.", False),
    ]


def test_headline_fragments_after_a_related_list_are_furniture() -> None:
    body = "Jets struck the town. Related News Rebels Shell Airport. Army Repels Attack In Hama. The army said so."
    assert [s.boilerplate for s in sentences(body)] == [False, True, True, False]


def test_link_fragments_set_apart_by_bars_after_a_related_list_are_furniture() -> None:
    body = (
        "Jets struck the town. Related News Votes in Iraq | Talks resume | Farmers walk into Turkey for a better "
        "life Are the new rules just? 9th Ankara Book Fair Painter Shows | Episode | Showcase Category News The "
        "blunders of a minister and how a state can recover"
    )
    assert [s.boilerplate for s in sentences(body)] == [False, True, True]


def test_a_sputnik_topic_and_numbered_related_list_are_furniture() -> None:
    body = (
        "Jets struck the town on Monday. ... 12 Topic Fighting Spreads In North Syria (310) Related Army Retakes "
        "Hill Near Homs"
    )
    marks = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert marks[0][0].startswith("Jets struck the town on Monday.") and not marks[0][1]
    assert all(flag for _, flag in marks[1:]) and "Related Army Retakes" in " ".join(t for t, _ in marks[1:])


def test_a_wire_dateline_after_the_repeated_headline_splits_both_off() -> None:
    body = "Jets kill 9 in Idlib Monitor AFP Sunday 3 Jul 2016 Jets struck Idlib on Sunday killing 9 a monitor said."
    marks = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert marks == [
        ("Jets kill 9 in Idlib Monitor", True),
        ("AFP Sunday 3 Jul 2016", True),
        ("Jets struck Idlib on Sunday killing 9 a monitor said.", False),
    ]


def test_a_photo_credit_and_its_title_case_caption_run_into_the_text_are_furniture() -> None:
    body = "Tabqa fell on Monday. REUTERS Jane Roe Army Retakes Hill Near al-Bab The army said it held the hill."
    marks = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert marks == [
        ("Tabqa fell on Monday.", False),
        ("REUTERS Jane Roe Army Retakes Hill Near al-Bab", True),
        ("The army said it held the hill.", False),
    ]
    assert not sentences("AFP Eleven children were killed.")[0].boilerplate  # a wire tag before reporting


def test_sputniks_photo_credit_and_linked_headline_are_furniture_up_to_the_next_sentence() -> None:
    body = (
        "Jets hit the depot on Monday. Sputnik Ivan Petrov Syrian Army Repels Attack on Hama Airbase Military Source "
        "The Syrian army said it held the base. He told Sputnik Deputy Minister Ivanov was there."
    )
    marks = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert marks == [
        ("Jets hit the depot on Monday.", False),
        ("Sputnik Ivan Petrov Syrian Army Repels Attack on Hama Airbase Military Source", True),
        ("The Syrian army said it held the base.", False),  # "The" opens the sentence, not the headline
        ("He told Sputnik Deputy Minister Ivanov was there.", False),  # inside a sentence: the outlet spoken to
    ]
    # a credit alone before the text, and a role after the outlet's name ("Sputnik Correspondent ... reported")
    body = "Rebels fled the town. Sputnik Andrei Stenin The army advanced. Sputnik Correspondent Ahmed Ali reported it."
    assert [(s.span.text(body), s.boilerplate) for s in sentences(body)][1:] == [
        ("Sputnik Andrei Stenin", True),
        ("The army advanced.", False),
        ("Sputnik Correspondent Ahmed Ali reported it.", False),
    ]
    # a preposition and an article open the sentence after a caption too
    body = "Rebels fled. REUTERS Jane Roe Army Advances Near Palmyra In the desert rebels retreated."
    assert [s.span.text(body) for s in sentences(body)][1:] == [
        "REUTERS Jane Roe Army Advances Near Palmyra",
        "In the desert rebels retreated.",
    ]
    # a name in capitals, and a headline ending in a name with a particle ("Deir ez-Zor")
    body = "The field was retaken. Sputnik IVAN PETROV Army Retakes Oil Field in Deir ez-Zor The army said so."
    assert [s.span.text(body) for s in sentences(body) if s.boilerplate] == [
        "Sputnik IVAN PETROV Army Retakes Oil Field in Deir ez-Zor"
    ]


def test_a_group_in_capitals_after_the_date_is_the_subject_not_a_dateline_city() -> None:
    body = "Sat Jul 26 2014 ISIL terrorists execute 50 captive troops in Raqqa. More text follows here."
    first, second = [s for s in sentences(body)][:2]
    assert body[first.span.start : first.span.end] == "Sat Jul 26 2014" and first.boilerplate
    assert body[second.span.start : second.span.end].startswith("ISIL terrorists execute")
    body = "Wed 05 Apr 2017 BEIRUT Jets struck Idlib on Tuesday."
    assert body[sentences(body)[0].span.start : sentences(body)[0].span.end] == "Wed 05 Apr 2017 BEIRUT"


@pytest.mark.parametrize(
    ("body", "tags", "lead"),
    [
        (
            "Tags Syria Raqqa Coalition Airstrikes Jets from the US-led coalition hit a bakery in Raqqa on Monday.",
            "Tags Syria Raqqa Coalition Airstrikes",
            "Jets from the US-led coalition hit a bakery in Raqqa on Monday.",
        ),
        (  # a count opens the lead; "for" inside a tag's name is no sentence
            "Tags Idlib Syrian Network for Human Rights barrel bombs At least 12 people were killed in Sarmin.",
            "Tags Idlib Syrian Network for Human Rights barrel bombs",
            "At least 12 people were killed in Sarmin.",
        ),
        (
            "Tags Daraa Syria Assad regime Twenty two civilians died in air raids on Busra.",
            "Tags Daraa Syria Assad regime",
            "Twenty two civilians died in air raids on Busra.",
        ),
    ],
)
def test_a_lead_glued_to_the_page_tags_is_a_sentence(body: str, tags: str, lead: str) -> None:
    assert [(s.span.text(body), s.boilerplate) for s in sentences(body)] == [(tags, True), (lead, False)]


@pytest.mark.parametrize(
    "body",
    [
        "Tags strike Syria United States Homs Community standardsDiscussion Comment via Facebook",
        # a comment count first and a capitalised tag: the page foot after them still marks the run
        "Jets struck Homs. 27 Tags Daesh airstrikes War on Terror Community standardsDiscussion Comment via Facebook",
    ],
)
def test_page_tags_alone_stay_furniture(body: str) -> None:
    assert [s.span.text(body) for s in sentences(body) if not s.boilerplate] == [
        x for x in ["Jets struck Homs."] if x in body
    ]


def test_sputnik_page_date_share_counts_and_topic_link_are_furniture() -> None:
    body = "12.03.2016Get short URL Topic War in Syria (512) 3 17 A car bomb killed five people in Homs on Friday."
    marks = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert marks == [
        ("12.03.2016", True),
        ("Get short URL", True),
        ("Topic War in Syria (512) 3 17", True),
        ("A car bomb killed five people in Homs on Friday.", False),
    ]
    body = "Get short URL 0 41 A car bomb killed five people in Homs on Friday."
    assert [s.span.text(body) for s in sentences(body) if not s.boilerplate] == [body[19:]]
    assert is_boilerplate("21.05.2017(updated 2139 21.05.2017)")


def test_a_bracketed_photo_credit_is_furniture_between_caption_and_text() -> None:
    body = "Smoke rises over Idlib on May 2 2016. (TRT World and Agencies) Jets struck Idlib on Monday."
    assert [(s.span.text(body), s.boilerplate) for s in sentences(body)][1:] == [
        ("(TRT World and Agencies)", True),
        ("Jets struck Idlib on Monday.", False),
    ]
    body = "Rescuers search the rubble in Douma May 2 2016(Reuters Photo) Ten people were killed in Douma on Monday."
    assert [s.span.text(body) for s in sentences(body) if not s.boilerplate] == [
        "Ten people were killed in Douma on Monday."
    ]


def test_text_with_no_stops_is_read_in_pieces_no_longer_than_the_limit() -> None:
    body = " ".join(["Rebels attacked army posts and shelled Aleppo killing civilians"] * 400) + "."
    spans = [s.span for s in sentences(body)]
    assert len(spans) > 1
    assert all(span.end - span.start <= MAX_SENTENCE_CHARS for span in spans)
    # cut at spaces: every word is whole, and nothing is lost but the spaces between pieces
    assert " ".join(span.text(body) for span in spans) == body
    # a sentence of ordinary length is untouched
    short = "IS attacked Palmyra. It fell."
    assert [s.span.text(short) for s in sentences(short)] == ["IS attacked Palmyra.", "It fell."]


def test_a_short_name_in_brackets_before_a_date_is_no_post_signature() -> None:
    # review2: a handle is written in lower case, camel case or with digits; "Daesh" is a name
    body = "Fighters of Islamic State (Daesh) June 3 2016 stormed the village and killed 20 people."
    assert [s.boilerplate for s in sentences(body)] == [False]
    assert is_boilerplate("Rescuers reach the site White Helmets (SyriaCivilDef) April 30 2017")
