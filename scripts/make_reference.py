"""One-off converter: ../shared/reference (WOF + verified QIDs) -> data/reference/ (kept for provenance).

Run by hand from the repository root: `.venv/bin/python scripts/make_reference.py [SHARED_REFERENCE_DIR]`.
It is the only file of the project that reads ../shared; the build, the tests and the server read only
data/reference/. Every Wikidata QID it writes comes from the source files (WOF's `wikidata` column or
`wikidata-actors.csv`); the curated tables below add classes, categories and aliases, never a QID.
"""

from __future__ import annotations

import csv
import heapq
import math
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "reference"
SHARED = ROOT.parent / "shared" / "reference"

PLACE_COLUMNS = [
    "wof_id",
    "name",  # the English display name (rdfs:label); WOF's own `name` is sometimes Arabic script or a code
    "placetype",
    "names_en",  # every English name and spelling, `|`-separated (skos:altLabel)
    "lat",
    "lon",
    "parent_id",
    "country",
    "wikidata",
    "population",
    "notable",
    "parent_inferred",  # "yes": WOF gives the country only; district or governorate read from the nearest localities
]
ACTOR_COLUMNS = ["key", "label", "class", "category", "aliases", "metonyms", "qid", "qid_confidence", "note"]

# WOF rows left out: not a Syrian administrative unit (a UN buffer zone whose WOF parent is another country).
SKIP_WOF = {"85681385"}
# Parents WOF gives wrongly or not at all (-1, or a neighbouring country's region): wof_id -> parent wof_id.
PARENT_FIX = {
    "85678395": "85632413",  # Quneitra Governorate: WOF parent is another country; Syria claims and administers it
    "1108779081": "85678395",  # Quneitra district: WOF parent -1
    "1108779187": "85678395",  # Al Fiq district (Golan): WOF parent -1
    "1108804835": "85632191",  # Halabja region (Iraq): WOF parent -1
}
# Labels where WOF's name is a code, a transliteration nobody writes, or not in Latin script.
LABEL_FIX = {
    "85678391": "Rif Dimashq Governorate",
    "85678403": "Damascus Governorate",
    "85678367": "Homs Governorate",
    "85678355": "Raqqa Governorate",
    "85678377": "Al-Hasakah Governorate",
    "85678363": "Hama Governorate",
    "85678345": "Latakia Governorate",
    "85678385": "As-Suwayda Governorate",
    "85678399": "Daraa Governorate",
    "85678359": "Aleppo Governorate",
    "85678381": "Deir ez-Zor Governorate",
    "85678373": "Idlib Governorate",
    "85678349": "Tartus Governorate",
    "85678395": "Quneitra Governorate",
    "421202167": "Deir ez-Zor",
    "421172833": "Raqqa",
    "890449891": "Abu Kamal",
    "890449887": "Tabqa",  # WOF "Thawrah" (al-Thawrah); the city is known as Tabqa in every text
    "1360282145": "Kobani",  # WOF "'Ayn al 'Arab"
    "1259983725": "Al-Shaddadi",
    "1125980167": "Mayadin",
    "1193158247": "Al-Quriyah",
    "1310429531": "Tell Abyad",
    "102542523": "Mosul Airport",
}
# Extra English spellings seen in the seed articles and FA-KES, added to the WOF names of a place.
EXTRA_NAMES = {
    "421202167": (
        "Deir Ezzor|Deir al-Zour|Deir el-Zour|Deir al-Zor|Deir el-Zor|Deir Ezour|Deir Ezzour|Deir Zor|Deir ez-Zour"
    ),
    "85678381": "Deir Ezzor province|Deir al-Zour province",
    "421172833": "Raqqa|Raqqah|Raqa|Rakka|al-Raqqa|Ar Raqqah|ar-Raqqa",
    "85678355": "Raqqa Governorate|Raqqah Governorate",
    # the Kurdish region's city, spelled as its governorate is: "Dohuk"
    "421193787": "Dohuk",
    "421168649": "Hasakah|Hasakeh|Hassakeh|Hasaka|al-Hasakah|Al-Hasakeh|Hassake",
    "85678377": "Hasakah Governorate|Hasakeh Governorate|Hasaka Governorate",
    "890432567": "Idleb",
    "85678373": "Idleb Governorate",
    "1125980503": "Lattakia|Latakia|Al-Ladhiqiyah",
    "85678345": "Lattakia Governorate|Al-Ladhiqiyah Governorate",
    "890449825": "Tartous|Tartus|Tartouss",
    "85678349": "Tartous Governorate",
    "421197257": "Daraa|Deraa|Dara'a|Dar'a",
    "421202165": "Damascus|Dimashq",
    "85678391": (
        "Rif Dimashq|Rural Damascus|Damascus Countryside|Reef Dimashq|Rif Damascus|Damascus countryside"
        "|countryside of Damascus|rural Damascus|Damascus Province|Damascus province"
    ),
    "421192811": "Sweida|Suwayda|As-Suwayda|Al-Suwayda|Sweidaa",
    "85678385": "Sweida Governorate|Suwayda Governorate",
    "421202161": "Hama|Hamah",
    # the government-held west of the city, as "east Aleppo" is its rebel-held east (eleventh session)
    "421202163": "Aleppo|Halab|western Aleppo|Western Aleppo|west Aleppo|West Aleppo",
    "421168647": "Homs|Hims",
    "421197935": "Palmyra|Tadmur|Tadmor",
    "1293760771": "Ariha",
    "890449887": "Tabqa|Tabaqa|Al-Tabqa|Al Tabqah|Tabqah|Al-Thawrah",
    "1360282145": "Kobani|Kobane|Ain al-Arab|Ayn al-Arab|Ain al Arab|Kobanî",
    "1259983725": "Shadadi|Al-Shadadi|Shaddadi|Al-Shaddadi|Ash Shaddadah|Shadadah",
    "1193158247": "Quriyah|Al-Quriyah|Al Quriyah|Al-Quria|Quria",
    "1260064741": "Atarib|Al-Atarib|Atareb|Al-Atareb",
    "890449891": "Abu Kamal|Albu Kamal|Al-Bukamal|Bukamal|Boukamal|Al Bukamal|Abukamal",
    "1125980167": "Mayadin|Al-Mayadin|Mayadeen|Al Mayadin|Mayadine",
    "1310429531": "Tell Abyad|Tal Abyad|Tel Abyad|Tell Abiad|Tal Abiad",
    "1260068243": "Sukhnah|Al-Sukhnah|Sokhna|Al-Sokhna|Sukhna",
    "1125778451": "Khan Sheikhun|Khan Sheikhoun|Khan Shaykhun",
    "421190413": "Bludan|Bloudan",
    "421190421": "Maarat al-Numan|Maaret al-Numan|Maarat al-Nouman|Maarrat al-Numan|Maaret al-Nouman",
    "890449833": "Saraqeb|Saraqib",
    "1141906291": "Manbij|Menbij|Minbij",
    "1225958399": "Qamishli|Al-Qamishli|Qamishlo",
    "890449873": "Azaz|Aazaz|Izaz",
    "1125981903": "Al-Bab|Al Bab",
    "890442375": "Douma|Duma",
    "1125968475": "Harasta",
    "1125967369": "Jarablus|Jarabulus",
    "890442377": "Zabadani|Al-Zabadani",
    "1125967165": "Jayrud|Jairud",
    "1259882989": "Hmeimim|Humaymim",
    "1310086829": "Shayrat|Al-Shayrat|Shairat|Al-Shairat",
    # WOF's "ash Shih" is the Damascus suburb Moadamiyet al-Sham (same coordinates)
    "1326527149": "Moadamiyeh|Moadamiya|Al-Moadamiya|Muadamiya|Moadamiyat al-Sham|Moadamiyet al-Sham"
    "|Muadamiyat al-Sham",
    "890449895": "Hajin",
    # seventh session, from tuning errors: spellings of towns the wires name often (checked by district)
    "1276457637": "Ras al-Ain|Ras al-Ayn|Ras al-Ein|Ras al Ain|Serekaniye",  # Hasakeh's border town, not the villages
    "1276748045": "Marea|Mare'|Mare",  # Azaz district, north of Aleppo
    "1360262391": "Atme|Atmeh|Atma",  # Harim district, by the Turkish border
    "421181203": "Sqeilbiyeh|Squelbiyeh|Suqaylbiyah|Suqaylabiyeh",
    "421176103": "Daret Ezza|Daret Azza|Darat Azza|Dar al-Izza",
    "1226134263": "Busayrah|Al-Busayrah|Busaira|Al-Busaira",
    "421170787": "Qaryatayn|Al-Qaryatayn|Qaryatain|Al-Qaryatain",
    # eighth session, from tuning errors: the wires' spellings of Eastern Ghouta's towns (each in Rif Dimashq or Duma
    # district, where WOF puts them), of Mohasan by Deir ez-Zor and Heneyda by Raqqa
    "1259402551": "Hammuriyah|Hamouria|Hammouriyeh|Hamouriyeh|Hammuriyeh|Hammouria",
    "1242774685": "Saqba|Sakba",
    "1259674379": "Jisreen|Jisrin|Jesreen",
    "1293375559": "Madira|Mudeira|Mudaira|Modira",
    "1343747555": "Nashabiyah|Nashabiya|Nishabiya|Nashabieh",
    "1293769411": "Mesraba|Mesrabah",
    "1277096297": "Otaya",
    "1209807209": "Mohasan|Muhasan|Mouhassan|Mohassan",
    # thirteenth session: "Hanida village" west of Raqqa, the same village
    "1343762537": "Heneyda|Hunaida|Huneida|Hneida|Hanida",
    "1125979117": "Quneitra|Al-Quneitra",
    "421178433": "Rastan|Al-Rastan",
    "421178429": "Talbiseh|Talbisah",
    "421178435": "Qusayr|Al-Qusayr|Qusair",
    "1125967423": "Jableh|Jablah",
    "890449849": "Jisr al-Shughur|Jisr ash-Shughur|Jisr al-Shughour",
    "421205163": "Salamiyah|Salamiyeh|Salamieh|Salamyieh|Salamiya",
    "85903037": "Midan|Al-Midan|Maydan|al-Midan",
    # thirteenth session, from tuning errors: the wires' spellings of a village of Latakia's mountains (al-Haffah
    # district) and of Quneitra's provincial town "al-Baath city" (Madinat al-Baath, Quneitra district)
    "1225952837": "Kanasba",
    "1293207919": "al-Baath city|Baath city|al-Baath City|Madinat al-Baath",
    "102542523": "Mosul Airport|Mosul International Airport",
    "890449847": "Kafranbel|Kafranbil|Kafr Nabl|Kafr Nubl",
    "1310392609": "Foua|Fuaa|Fouaa|Fua|Al-Foua|Al-Fuaa",
    "1343348707": "Kafraya|Kefraya|Kafarya",
    "1209102035": "Khan Touman|Khan Tuman|Khan Toman",
    # twenty-fourth session: a well-known town whose news spellings named a namesake elsewhere. The Idlib town and
    # airbase of Abu al-Duhur (Arabic ظ written d, dh, th or z) is WOF's "Abu az Zuhur" (35.741 N 37.045 E, Idlib
    # district; https://en.wikipedia.org/wiki/Abu_al-Duhur gives 35.74056 N 37.04667 E, Idlib district); the news
    # spellings folded to "Abu ad Duhur", a village of Tall Abyad district in Raqqa (36.527 N 38.779 E)
    "1243534577": (
        "Abu al-Duhur|Abu Duhur|Abu al-Dhuhur|Abu Dhuhur|Abu al-Thuhur|Abu al-Zuhur|Abu al-Duhour|Abu Duhour"
        "|Abu al-Dhuhour|Abu al-Dohour|Abu Dohour"
    ),
}
# Among rows sharing a QID, the row that keeps it (the others lose it): WOF repeats some items.
PLACETYPE_RANK = {"locality": 0, "neighbourhood": 1, "campus": 2, "county": 3, "region": 4, "country": 5}
DEMONYMS = {"Syrian", "Iraqi"}

# Actors of wikidata-actors.csv: label -> (class, category, extra aliases, dropped aliases).
# Names that stand for an actor only in context (capitals: "Damascus asked") go to the `metonyms` column.
METONYMS = {
    "Ba'athist Syria": "Damascus|Syria",
    "Russia": "Moscow",
    "Iran": "Tehran",
    "United States": "Washington",
    "Iraq": "Baghdad",
    "Turkey": "Ankara",
    "Israel": "Tel Aviv|Jerusalem",
    "Jordan": "Amman",
    "Lebanon": "Beirut",
    "Saudi Arabia": "Riyadh",
    "Qatar": "Doha",
    "France": "Paris",
    "United Kingdom": "London",
    "United Arab Emirates": "Abu Dhabi",
}
# Rows of type conflict/event are left out: they are events, not actors (see the decision record).
QID_ACTORS: dict[str, tuple[str, str, str, str]] = {
    "Ba'athist Syria": (
        "State",
        "state-forces",
        "Syrian regime|the regime|Assad regime|Syrian government|the Syrian government|Damascus government"
        "|Assad government|al-Assad regime|regime|the Syrian regime|Syrian authorities|Syrian state"
        "|Syrian Foreign Ministry|Syrian foreign ministry|Syrian government officials"
        "|Syria's government|Syria's regime|Bashar regime|the Bashar regime|Damascus regime",
        "Damascus (metonym)|Syrian government (2011-2024)",
    ),
    "Government of Syria": ("Organisation", "governments-and-officials", "", "Syrian government|Damascus government"),
    "Russia": (
        "State",
        "external-forces",
        "Russia|Russian Federation|Kremlin|the Kremlin|Russians|the Russians|Russian Foreign Ministry"
        "|Russian government|Russian Foreign Ministry spokeswoman",
        "Moscow (metonym)",
    ),
    "Iran": ("State", "external-forces", "Iranians|Iranian government|Iranian Foreign Ministry", "Tehran (metonym)"),
    "United States": (
        "State",
        "external-forces",
        "White House|the White House|U.S.A.|Americans|US State Department|State Department|US administration"
        "|U.S. State Department|US government|U.S. government",
        "Washington (metonym)",
    ),
    "Iraq": ("State", "external-forces", "Iraqi government", "Baghdad (metonym)"),
    "Turkey": ("State", "external-forces", "Turkish Foreign Ministry|Turkish government|Turks", "Ankara (metonym)"),
    "Israel": ("State", "external-forces", "Israeli government", "Tel Aviv (metonym)|Jerusalem (metonym)"),
    "Jordan": ("State", "external-forces", "", "Amman (metonym)"),
    "Lebanon": ("State", "external-forces", "", "Beirut (metonym)"),
    "Saudi Arabia": ("State", "external-forces", "KSA", "Riyadh (metonym)"),
    "Qatar": ("State", "external-forces", "", "Doha (metonym)"),
    "France": ("State", "external-forces", "French government|French Foreign Ministry", "Paris (metonym)"),
    "United Kingdom": (
        "State",
        "external-forces",
        "British government|UK government|Foreign Office",
        "London (metonym)",
    ),
    "United Arab Emirates": ("State", "external-forces", "", "Abu Dhabi (metonym)"),
    "United Nations": ("International", "international-organisations", "", ""),
    "Amnesty International": ("Monitor", "monitors", "", ""),
    "Islamic State": (
        "NonStateArmedGroup",
        "rebel-groups",
        "Isis|ISIS|Daesh|DAESH|Daish|IS militants|ISIL militants|ISIS militants|Daesh terrorists|ISIL terrorists"
        "|ISIS terrorists|Islamic State group|IS group|Islamic State militants|the Islamic State"
        # its full name as wires spell it: the "Iraq" inside is no place of the news (thirteenth session)
        "|Islamic State of Iraq and al-Sham|Islamic State of Iraq and Sham|Islamic State of Iraq and ash-Sham"
        "|Islamic State in Iraq and the Levant|Islamic State in Iraq and Syria|Islamic State in Iraq and al-Sham",
        "jihadists",
    ),
    "Hezbollah": ("NonStateArmedGroup", "external-forces", "Hizbollah|Hezbollah militants", ""),
    "al-Qaeda": ("NonStateArmedGroup", "rebel-groups", "Al-Qaeda|al-Qaida", ""),
    "Kurdistan Workers' Party": ("NonStateArmedGroup", "rebel-groups", "", ""),
    "People's Protection Units": (
        "NonStateArmedGroup",
        "rebel-groups",
        "Kurdish People's Protection Units|Peoples Protection Units|Kurdish YPG|YPG fighters|Kurdish forces"
        "|Kurdish militias|Kurdish YPG militia|Syrian Kurdish forces|Syrian Kurdish fighters",
        "",
    ),
    "Democratic Union Party (Syria)": ("Organisation", "governments-and-officials", "", ""),
    "Islamic Revolutionary Guard Corps": (
        "StateForce",
        "external-forces",
        "Revolutionary Guard|Iranian Revolutionary Guards",
        "",
    ),
    "CNN": ("MediaOutlet", "media", "", ""),
    "Reuters": ("MediaOutlet", "media", "", ""),
    "Agence France-Presse": ("MediaOutlet", "media", "", ""),
    "Associated Press": ("MediaOutlet", "media", "", ""),
    "BBC": ("MediaOutlet", "media", "", ""),
    "The New York Times": ("MediaOutlet", "media", "", "the Times (US context)"),
    "RT": ("MediaOutlet", "media", "", ""),
    "TASS": ("MediaOutlet", "media", "", ""),
    "Vladimir Putin": ("Person", "governments-and-officials", "Russian President Vladimir Putin", ""),
    "Recep Tayyip Erdoğan": ("Person", "governments-and-officials", "", ""),
    "Ali Khamenei": ("Person", "governments-and-officials", "", ""),
    "Barack Obama": ("Person", "governments-and-officials", "", "U.S. President"),
    "Donald Trump": ("Person", "governments-and-officials", "", "U.S. President"),
    "John Kerry": ("Person", "governments-and-officials", "", "US Secretary of State"),  # 2013-17 only
    "Sergey Lavrov": ("Person", "governments-and-officials", "Foreign Minister Sergei Lavrov", ""),
    "Sergei Shoigu": ("Person", "governments-and-officials", "", ""),
    "Bashar al-Assad": (
        "Person",
        "governments-and-officials",
        "Bashar al-Asad|President Bashar al-Assad|Syrian President Bashar al-Assad|President Bashar Assad",
        "",
    ),
    "Hafez al-Assad": ("Person", "governments-and-officials", "", ""),
}
SKIP_QID_ROWS = {"Syria", "Islamic State (former quasi-state item)"}  # Syria is the WOF country place

# Actors with no verified QID (actors-without-qid.txt and those the seeds and FA-KES need):
# (label, class, category, aliases, note). A CANDIDATE id of the source is never used.
LOCAL_ACTORS: list[tuple[str, str, str, str, str]] = [
    (
        "Syrian Arab Army",
        "StateForce",
        "state-forces",
        "SAA|Syrian army|Syrian Army|regime forces|government forces|Assad's troops|Assad's forces|Assad forces"
        "|al-Assad's forces|al-Assad's fighters|Assad's fighters|regime troops|government troops|regime fighters"
        "|Syrian troops|Syrian soldiers|Syrian forces|Syrian government forces|Syrian regime forces|regime army"
        "|Damascus soldiers|regime military|Syrian Arab Army troops|army troops|pro-government forces"
        "|pro-regime forces|government soldiers|regime soldiers|Syrian regime army|regime's army"
        "|Bashar al-Assad's forces|Bashar al-Assad's troops|President Bashar al-Assad's forces|Assad army"
        "|Syrian government troops|Syrian army troops|Syrian army soldiers|military source|Syrian military source"
        "|army source|Syrian army source|field commander in the Syrian army|Syria's army|regime elements|regime units"
        "|government units|army elements|regime artillery|Syrian regime artillery|army artillery|Syrian artillery"
        "|government artillery"
        # the army's special forces division, under that name in every outlet (Al-Masdar, SANA, wires; outlets34)
        "|Tiger Forces|Tiger Force",
        "actors-without-qid.txt: no QID verified",
    ),
    (
        "Syrian Arab Armed Forces",
        "StateForce",
        "state-forces",
        "Syrian Armed Forces|Syrian armed forces|Syrian military|Syrian Military",
        "actors-without-qid.txt",
    ),
    (
        "Syrian Arab Air Force",
        "StateForce",
        "state-forces",
        "Syrian Air Force|Syrian air force|regime warplanes|Syrian warplanes|Syrian jets|regime aircraft"
        "|Syrian army air forces|Syrian army air force|Syrian military aircraft|Syrian Arab Air Forces"
        "|regime air force|regime's air force|Assad's air force|Assad air force|regime helicopters|regime jets"
        "|regime planes|regime warplane|regime helicopter|government warplanes|government helicopters|government jets"
        "|government aircraft|government planes|government warplane|government helicopter|Syrian helicopters"
        "|army airstrikes|army air strikes|army warplanes|army helicopters|army jets|army aircraft",
        "actors-without-qid.txt",
    ),
    (
        "National Defence Forces",
        "NonStateArmedGroup",
        "political-militias",
        "NDF|National Defense Forces",
        "actors-without-qid.txt",
    ),
    (
        "Syrian Democratic Forces",
        "NonStateArmedGroup",
        "rebel-groups",
        "SDF|Syria Democratic Forces|Kurdish-led Syrian Democratic Forces|US-backed Syrian Democratic Forces"
        "|Kurdish-led forces|Kurdish-led fighters|Kurdish-led force|Kurdish-led units|Kurdish-Arab alliance",
        "actors-without-qid.txt",
    ),
    (
        "Women's Protection Units",
        "NonStateArmedGroup",
        "rebel-groups",
        "YPJ|Womens Protection Units",
        "actors-without-qid.txt",
    ),
    ("Free Syrian Army", "NonStateArmedGroup", "rebel-groups", "FSA", "actors-without-qid.txt"),
    (
        "Syrian National Army",
        "NonStateArmedGroup",
        "rebel-groups",
        "SNA|TFSA|Turkish-backed Free Syrian Army|Turkish-backed rebels|Turkish-backed fighters|Turkish-backed forces"
        "|Turkish-backed factions|Turkish-backed force",
        "actors-without-qid.txt",
    ),
    (
        "Hay'at Tahrir al-Sham",
        "NonStateArmedGroup",
        "rebel-groups",
        "HTS|Tahrir al-Sham|Hayat Tahrir al-Sham",
        "actors-without-qid.txt",
    ),
    (
        "al-Nusra Front",
        "NonStateArmedGroup",
        "rebel-groups",
        "Nusra Front|Jabhat al-Nusra|Al-Nusra|Nusra|Jabhat Fatah al-Sham|Fateh al-Sham Front|Jabhat Fateh al-Sham"
        "|Fatah al-Sham|Jabhat Fath al-Sham|Fath al-Sham|al-Nusra Front terrorists|Nusra Front terrorists",
        "actors-without-qid.txt",
    ),
    (
        "Ahrar al-Sham",
        "NonStateArmedGroup",
        "rebel-groups",
        "Ahrar al-Sham Islamic Movement|Ahrar ash-Sham",
        "actors-without-qid.txt",
    ),
    ("Jaysh al-Islam", "NonStateArmedGroup", "rebel-groups", "Jaish al-Islam|Army of Islam", "actors-without-qid.txt"),
    ("Faylaq al-Rahman", "NonStateArmedGroup", "rebel-groups", "Failaq al-Rahman|Rahman Legion", "FA-KES; no QID"),
    ("Faylaq al-Sham", "NonStateArmedGroup", "rebel-groups", "Failaq al-Sham|Sham Legion", "FA-KES; no QID"),
    ("Jund al-Aqsa", "NonStateArmedGroup", "rebel-groups", "Jund al-Aqsa Organization", "FA-KES; no QID"),
    (
        "Nour al-Din al-Zenki Movement",
        "NonStateArmedGroup",
        "rebel-groups",
        "Nour al-Din al-Zenki|Nour al-Din al-Zinki|Noureddine al-Zenki|Zenki Movement|Harakat Nour al-Din al-Zenki",
        "FA-KES; no QID",
    ),
    (
        "Jaysh al-Fatah",
        "NonStateArmedGroup",
        "rebel-groups",
        "Jaish al-Fateh|Army of Conquest|Jaish al-Fatah|Jaysh al-Fateh",
        "FA-KES",
    ),
    (
        "Syrian rebels",
        "NonStateArmedGroup",
        "rebel-groups",
        "rebels|rebel|rebel fighters|opposition fighters|rebel groups|armed opposition|opposition forces"
        "|anti-regime forces|anti-government forces|opposition groups|rebel forces|armed opposition groups"
        "|insurgents|Syria insurgents|Syrian insurgents|anti-regime fighters|anti-regime groups"
        "|anti-government fighters|anti-government groups|anti-government rebels|anti-regime rebels",
        "generic actor for unnamed rebels: no QID by nature",
    ),
    ("Quds Force", "StateForce", "external-forces", "IRGC-QF|IRGC Quds Force|Qods Force", "actors-without-qid.txt"),
    (
        "Popular Mobilization Forces",
        "StateForce",
        "external-forces",
        "PMF|al-Hashd al-Shaabi|Hashd al-Shaabi|Popular Mobilisation Forces|Popular Mobilization Units|PMU",
        "actors-without-qid.txt; in these texts PMF is Iraq's (README)",
    ),
    (
        "Iraqi Armed Forces",
        "StateForce",
        "external-forces",
        "Iraqi army|Iraqi forces|Iraqi troops|Iraqi military",
        "actors-without-qid.txt",
    ),
    ("Peshmerga", "StateForce", "external-forces", "Kurdish Peshmerga|Peshmerga forces", "actors-without-qid.txt"),
    (
        "Wagner Group",
        "NonStateArmedGroup",
        "external-forces",
        "PMC Wagner|Wagner PMC",
        "actors-without-qid.txt: candidate id not used",
    ),
    (
        "Russian Armed Forces",
        "StateForce",
        "external-forces",
        "Russian military|Russian forces|Russian troops|Russian army|Russian soldiers|Russian fighters"
        "|Russian group in the Syrian Arab Republic|Russian military police",
        "actors-without-qid.txt; never Q159 (README)",
    ),
    (
        "Russian Aerospace Forces",
        "StateForce",
        "external-forces",
        "VKS|Russian air force|Russian Air Force|Russian warplanes|Russian jets|Russian aircraft|Russian planes"
        "|Russian bombers|Russian helicopters|Russian air forces",
        "actors-without-qid.txt; never Q159 (README)",
    ),
    (
        "Ministry of Defence of the Russian Federation",
        "Ministry",
        "governments-and-officials",
        "Russian Defence Ministry|Russian Defense Ministry|Russian Ministry of Defence|Russian Ministry of Defense"
        "|Russia's Defence Ministry|Russia's Defense Ministry|Russian MoD|Russian military ministry"
        "|Russian Defense Ministrys|Ministry of Defense of Russia|defence ministry in Moscow|defense ministry in Moscow"
        "|Defence Ministry in Moscow|Defense Ministry in Moscow|Russias Defence Ministry|Russias Defense Ministry",
        "actors-without-qid.txt; never Q159 (README)",
    ),
    (
        "Turkish Armed Forces",
        "StateForce",
        "external-forces",
        "Turkish army|Turkish military|Turkish troops|Turkish forces|TSK"
        # the Kurdish outlets' house name for the same army (Hawar/ANHA, SDF statements; outlets34)
        "|Turkish occupation army|Turkish occupation forces|Turkish occupation troops",
        "actors-without-qid.txt",
    ),
    (
        "Israel Defense Forces",
        "StateForce",
        "external-forces",
        "IDF|Israeli army|Israeli military|Israeli forces|Israeli warplanes|Israeli jets|Israeli Air Force",
        "actors-without-qid.txt",
    ),
    (
        "United States Armed Forces",
        "StateForce",
        "external-forces",
        "US military|U.S. military|US troops|U.S. troops|American troops|US forces|U.S. forces|Pentagon|the Pentagon",
        "actors-without-qid.txt",
    ),
    (
        "United States Central Command",
        "StateForce",
        "external-forces",
        "CENTCOM|US Central Command|U.S. Central Command|US Central Military Command",
        "actors-without-qid.txt",
    ),
    (
        "US-led coalition",
        "International",
        "external-forces",
        "U.S.-led coalition|US-led coalition|international coalition|anti-ISIS coalition|anti-IS coalition"
        "|Combined Joint Task Force – Operation Inherent Resolve|CJTF-OIR|coalition forces|coalition warplanes"
        "|coalition aircraft|coalition aircrafts|coalition jets|coalition planes|Western-led coalition"
        "|US-led alliance|U.S.-led alliance|anti-Daesh coalition"
        "|US-led international coalition|U.S.-led international coalition|US-led anti-terror coalition"
        "|international anti-terror coalition|US-led anti-ISIS coalition|US-led anti-IS coalition"
        # FA-KES dropped the apostrophe of "Coalition's"; "US-led air strikes" name the coalition, not the US alone
        "|US-led coalitions|U.S.-led coalitions|US-led air strikes|US-led airstrikes|US-led strikes|US-led raids"
        "|US-led warplanes|US-led jets|US-led aircraft|U.S.-led air strikes|U.S.-led airstrikes|U.S.-led strikes"
        # the coalition's means without "US-led", as the wires write them once it has been named
        "|coalition fighter jets|coalition airstrikes|coalition air strikes|coalition air raids|coalition strikes"
        "|coalition raids|coalition bombing",
        "actors-without-qid.txt: the organisation has no verified QID (only the operation Q18357664, an event)",
    ),
    (
        "UN OCHA",
        "International",
        "international-organisations",
        "OCHA|UN Office for the Coordination of Humanitarian Affairs",
        "actors-without-qid.txt",
    ),
    (
        "UN Security Council",
        "International",
        "international-organisations",
        "Security Council|UNSC|United Nations Security Council",
        "FA-KES",
    ),
    (
        "World Health Organization",
        "International",
        "international-organisations",
        "WHO|World Health Organisation",
        "FA-KES",
    ),
    ("UNICEF", "International", "international-organisations", "United Nations Children's Fund", "FA-KES"),
    (
        "Organisation for the Prohibition of Chemical Weapons",
        "International",
        "international-organisations",
        "OPCW|Organization for the Prohibition of Chemical Weapons",
        "FA-KES",
    ),
    (
        "International Committee of the Red Cross",
        "International",
        "international-organisations",
        "ICRC|Red Cross",
        "actors-without-qid.txt",
    ),
    (
        "Médecins Sans Frontières",
        "Organisation",
        "international-organisations",
        "MSF|Doctors Without Borders|Medecins Sans Frontieres",
        "actors-without-qid.txt",
    ),
    ("Human Rights Watch", "Monitor", "monitors", "HRW", "actors-without-qid.txt"),
    (
        "Syrian Observatory for Human Rights",
        "Monitor",
        "monitors",
        "SOHR|Syrian Observatory of Human Rights|Syrian Observatory|Observatory|the Observatory"
        "|Britain-based Syrian Observatory for Human Rights|Britain-based Observatory"
        "|UK-based Syrian Observatory for Human Rights",
        "actors-without-qid.txt",
    ),
    ("Syrian Network for Human Rights", "Monitor", "monitors", "SNHR", "actors-without-qid.txt"),
    (
        "Violations Documentation Center",
        "Monitor",
        "monitors",
        "VDC|Violations Documentation Centre",
        "actors-without-qid.txt",
    ),
    (
        "Local Coordination Committees",
        "Monitor",
        "monitors",
        "LCC|Local Coordination Committees of Syria|Local Coordination Committee",
        "FA-KES",
    ),
    (
        "White Helmets",
        "Organisation",
        "civilians",
        "Syria Civil Defence|Syrian Civil Defence|Syrian Civil Defense|the White Helmets|Civil Defence|Civil Defense"
        "|civil defence teams|civil defense teams|Civil Defense teams|Civil Defence teams"
        # lower case as agencies write it ("the civil defence said", "a civil defence official")
        "|civil defence|civil defense|civil defence rescuers|civil defense rescuers|civil defence official"
        "|civil defense official|Civil Defence service|Civil Defense service|Civil Defence rescue service"
        "|Civil Defense rescue service|civil defence workers|civil defense workers",
        "actors-without-qid.txt",
    ),
    ("Syrian Arab Red Crescent", "Organisation", "civilians", "SARC|Syrian Red Crescent", "actors-without-qid.txt"),
    # the English edition of Al-Araby Al-Jadeed, an FA-KES outlet ("alaraby") that names itself in its reports
    ("The New Arab", "MediaOutlet", "media", "Al-Araby Al-Jadeed|Al Araby Al Jadeed|Alaraby", "FA-KES"),
    # outlets and a research centre FA-KES cites often (RIA 9 times, Asharq Al-Awsat 23, FNA 17, the SCPR 12)
    ("RIA Novosti", "MediaOutlet", "media", "RIA Novosti news agency", "FA-KES"),
    ("Asharq Al-Awsat", "MediaOutlet", "media", "Asharq al-Awsat|Asharq Al Awsat|Sharq al-Awsat", "FA-KES"),
    ("Fars News Agency", "MediaOutlet", "media", "FNA|Fars news agency", "FA-KES"),
    (
        "Syrian Center for Policy Research",
        "Organisation",
        "monitors",
        "Syrian Centre for Policy Research|SCPR",
        "FA-KES",
    ),
    ("Institute for the Study of War", "Organisation", "monitors", "ISW", "actors-without-qid.txt"),
    (
        "Emirates Center for Strategic Studies and Research",
        "Organisation",
        "monitors",
        "ECSSR|Emirates Center for Studies and Research|Emirates Centre for Strategic Studies and Research",
        "actors-without-qid.txt",
    ),
    (
        "National Coalition for Syrian Revolutionary and Opposition Forces",
        "Organisation",
        "governments-and-officials",
        "Syrian National Coalition|Syrian Coalition|Etilaf|National Coalition",
        "FA-KES",
    ),
    (
        "SANA",
        "MediaOutlet",
        "media",
        "Syrian Arab News Agency|state news agency SANA|Sana|Syria's state news agency|Syrian state news agency"
        "|state-run SANA news agency|SANA news agency|official news agency SANA"
        # unnamed but unmistakable in Syria-set news ("Official news agency said", "Syrias state news agency")
        "|Official news agency|official news agency|Syrias state news agency|Syrias official news agency"
        "|Syrian official news agency|official Syrian news agency"
        # what opposition outlets call it: "Syrias SANA regime news agency reported" (eighth session)
        "|SANA regime news agency|regime news agency|Syrian regime news agency|regimes news agency",
        "actors-without-qid.txt",
    ),
    (
        "Al Mayadeen",
        "MediaOutlet",
        "media",
        "Al Mayadeen TV|Al-Mayadeen TV|Al Mayadeen channel|Al-Mayadeen channel",
        "actors-without-qid.txt",
    ),
    (
        "Amaq News Agency",
        "MediaOutlet",
        "media",
        "Amaq|IS-affiliate Amaq News Agency|Aamaq",
        "actors-without-qid.txt; its own actor (README)",
    ),
    ("Al Jazeera", "MediaOutlet", "media", "Al-Jazeera|Aljazeera", "actors-without-qid.txt"),
    ("Al Arabiya", "MediaOutlet", "media", "Al-Arabiya", "actors-without-qid.txt"),
    ("Sputnik", "MediaOutlet", "media", "Sputnik News", "actors-without-qid.txt: Q212196 is Voice of Russia, not used"),
    ("Anadolu Agency", "MediaOutlet", "media", "Anadolu", "actors-without-qid.txt"),
    ("Al-Manar", "MediaOutlet", "media", "Al Manar|Al-Manar TV", "FA-KES outlet"),
    ("Al-Alam", "MediaOutlet", "media", "Al Alam|Al-Alam TV|Al-Alam News Network", "FA-KES outlet"),
    ("TRT World", "MediaOutlet", "media", "TRT", "FA-KES outlet"),
    ("Abu Bakr al-Baghdadi", "Person", "rebel-groups", "Baghdadi|al-Baghdadi", "actors-without-qid.txt"),
    (
        "Qasem Soleimani",
        "Person",
        "external-forces",
        "Qassem Soleimani|Soleimani|Qasem Suleimani",
        "actors-without-qid.txt",
    ),
    ("Hassan Nasrallah", "Person", "external-forces", "Nasrallah|Sayyed Hassan Nasrallah", "actors-without-qid.txt"),
    ("Hossein Hamedani", "Person", "external-forces", "Hamedani|General Hossein Hamedani", "actors-without-qid.txt"),
    (
        "Kenneth F. McKenzie Jr.",
        "Person",
        "external-forces",
        "Kenneth McKenzie|General Kenneth McKenzie|Gen. Kenneth McKenzie|McKenzie|Frank McKenzie",
        "actors-without-qid.txt",
    ),
    (
        "Igor Konashenkov",
        "Person",
        "governments-and-officials",
        "Konashenkov|Major General Igor Konashenkov",
        "actors-without-qid.txt",
    ),
    (
        "Rami Abdulrahman",
        "Person",
        "monitors",
        "Rami Abdel Rahman|Rami Abdelrahman|Rami Abdurrahman|Rami Abdel-Rahman|Abdel Rahman|Abdulrahman|Osama Suleiman",
        "actors-without-qid.txt: SOHR director",
    ),
    (
        "Staffan de Mistura",
        "Person",
        "international-organisations",
        "de Mistura|Mistura|Staffan De Mistura",
        "actors-without-qid.txt",
    ),
    ("Hassan Rouhani", "Person", "governments-and-officials", "Rouhani|President Rouhani", "actors-without-qid.txt"),
    ("Michael Pregent", "Person", "monitors", "Pregent", "actors-without-qid.txt: may have no Wikidata item"),
]

# Places outside WOF or needing their own entry:
# (slug, label, class, aliases, parent, lat, lon, qid, confidence, source)
EXTRA_PLACES = [
    (
        "badia",
        "Syrian Desert",
        "NaturalRegion",
        "Badia|Badia al-Sham|Badiyat al-Sham|Syrian desert|White Desert|Badia desert|Badia al-Sham desert|Syrian Badia"
        "|eastern desert",
        "85632413",
        "",
        "",
        "Q339162",
        "verified",
        "shared/reference README: Badia / Badia al-Sham / Syrian Desert / 'White Desert' = Q339162; spans Syria, "
        "Iraq, Jordan: partOf Syria for the hierarchy",
    ),
    (
        "euphrates",
        "Euphrates",
        "NaturalRegion",
        "Euphrates River|Euphrates river|River Euphrates|the Euphrates|Euphrates valley|Euphrates Valley",
        "85632413",
        "",
        "",
        "Q34589",
        "verified",
        "shared/reference README: the Euphrates Q34589; a river through Turkey, Syria, Iraq: "
        "partOf Syria for the hierarchy",
    ),
    (
        "mahr-gas-field",
        "Mahr gas field",
        "Facility",
        "Mahr|Mahr field|Mahr gas field|Mahr oil field",
        "85678367",
        "",
        "",
        "",
        "",
        "seed article 001 ('Mahr and Shaar oil and gas fields' near Palmyra); no QID in the reference",
    ),
    (
        "shaar-gas-field",
        "Shaar gas field",
        "Facility",
        "Shaar|Shaer|Shaar field|Shaer gas field|Shaar gas field|Al-Shaer gas field|Shaer field",
        "85678367",
        "",
        "",
        "",
        "",
        "seed article 001; the Shaer (Sha'er) field east of Homs; no QID in the reference",
    ),
    (
        "faydat-ibn-muwaina",
        "Faydat Ibn Muwaina",
        "NaturalRegion",
        "Faydat Ibn Muwaina|Faydat Bin Muwayni|Faydat Ibn Muwayni",
        "1108779185",
        "34.69236",
        "39.98568",
        "",
        "",
        "seed article 003; WOF has the locality 'Faydat Bin Muwayni`' (1327330643) in Abu Kamal district, the text "
        "means the surrounding area: kept as its own place with the locality's coordinates",
    ),
    (
        "khmeimim-air-base",
        "Khmeimim air base",
        "Facility",
        "Khmeimim|Hmeimim|Hmeymim|Khmeimim air base|Hmeimim air base|Khmeimim airbase|Hmeimim airbase"
        "|Humaymim air base|Hmeimem|Hmeimem air base|Hmeimem airbase",
        "1108779131",
        "",
        "",
        "",
        "",
        "seed article 002; the Russian air base near the WOF locality Humaymim (1259882989), Jablah district; no QID",
    ),
    (
        "east-aleppo",
        "East Aleppo",
        "Settlement",
        "East Aleppo|eastern Aleppo|rebel-held east Aleppo|Eastern Aleppo|east Aleppo",
        "421202163",
        "",
        "",
        "",
        "",
        "seed article 001; the rebel-held eastern districts of Aleppo city (2012-2016); no QID",
    ),
    (
        "eastern-syria",
        "Eastern Syria",
        "NaturalRegion",
        "Eastern Syria|eastern Syria|east Syria|East Syria",
        "85632413",
        "",
        "",
        "",
        "",
        "seed articles 000, 004; no QID",
    ),
    (
        "northern-syria",
        "Northern Syria",
        "NaturalRegion",
        "Northern Syria|northern Syria|north Syria|North Syria",
        "85632413",
        "",
        "",
        "",
        "",
        "FA-KES; no QID",
    ),
    (
        "western-syria",
        "Western Syria",
        "NaturalRegion",
        "Western Syria|western Syria",
        "85632413",
        "",
        "",
        "",
        "",
        "seed article 004; no QID",
    ),
    (
        "eastern-ghouta",
        "Eastern Ghouta",
        "NaturalRegion",
        "Eastern Ghouta|East Ghouta|Ghouta|eastern Ghouta|Eastern Ghuta|Eastern Gouta|East Gouta",
        "85678391",
        "",
        "",
        "",
        "",
        "FA-KES (95 mentions); no QID",
    ),
    (
        "qalamoun",
        "Qalamoun",
        "NaturalRegion",
        "Qalamoun|Qalamoun Mountains|Qalamun",
        "85678391",
        "",
        "",
        "",
        "",
        "FA-KES; no QID",
    ),
    (
        "golan-heights",
        "Golan Heights",
        "NaturalRegion",
        "Golan Heights|Golan|occupied Golan",
        "85678395",
        "",
        "",
        "",
        "",
        "FA-KES; no QID",
    ),
    (
        "sokhna-desert",
        "Sokhna desert",
        "NaturalRegion",
        "Sokhna desert|Sukhnah desert|Sukhna desert|Al-Sukhnah desert",
        "1108779085",
        "",
        "",
        "",
        "",
        "seed article 003; the desert around the WOF town As Sukhnah (1260068243), Tadmur district; no QID",
    ),
    (
        "hama-aleppo-raqqa-triangle",
        "Hama-Aleppo-Raqqa triangle",
        "NaturalRegion",
        "Hama-Aleppo-Raqqa triangle|Hama Aleppo Raqqa triangle",
        "85632413",
        "",
        "",
        "",
        "",
        "seed article 003; no QID",
    ),
    (
        "jazal",
        "Jazal",
        "Settlement",
        "Jazal|Jazal village|al-Jazal",
        "1108779085",
        "",
        "",
        "",
        "",
        "seed article 001 ('the village of Jazal, northwest of Palmyra'); not in WOF, no coordinates, no QID",
    ),
    (
        "akashat",
        "Akashat",
        "Settlement",
        "Akashat|Akashat area|Ukashat|Akkashat",
        "85672483",
        "",
        "",
        "",
        "",
        "seed article 002; shared/reference README: Akashat is in Iraq (Al Anbar), not Syria; not in the WOF extract",
    ),
]


# Words never taken alone for a village: Arabic given names (parts of person names in every text) and
# common name words that stand for no one place; the script adds the villages whose name is a lowercase
# English word of the bundled corpora.
STOP_NAMES = """
Abbas Abdallah Abdullah Abdel Abdul Adel Adil Ahmad Ahmed Aisha Alam Ali Amal Amer Amin Amir Anas Asad Assad Aziz
Bakr Bashar Bashir Burj Dana Fadi Fahd Faisal Fatima Fares Faris Ghad Hadi Hafez Hala Hamad Hamam Hamid Hamza Hana
Hani Hassan Hasan Hayyan Hazm Huda Hussein Husayn Ibrahim Ihsan Ismail Jamal Jamil Jana Jihad Jund Kafr Kamal Karim
Khaled Khalid Khalil Khattab Layla Leila Lina Maan Mahdi Maher Mahmoud Malik Mariam Maryam Mashhad Medina Mina Muhajir
Mohammed Mohammad Muhammad Mustafa Nasr Nasser Nour Noor Omar Othman Qasr Quds Rahman Rami Rana Rima Sada Safi Sahl
Said Salah Salam Salih Salma Salman Sami Sana Sara Sarah Sarraf Shahid Sham Sharqi Gharbi Susan Tahrir Tariq Thawra
Tishrin Tishreen Umar Walid Yasser Yasin Yusuf Youssef Zaid Zayd Zain Ziad Abyad Ahmar Hamra Kabir Kubra Jadid
Jadida Qadim Wadi Nahr Jisr Suq Souq Markaz Islam Allah Arab Kurd Turk Hawa Fath Fateh Sahel Sahil Wahda Aqsa
Shuhada Furat Nusra Ansar Liwa Jaish Jaysh Harakat Ahrar Sultan Murad Suleiman Sulayman Osman Uthman Yarmouk
Ana Anna Anas Hit Nabil
"""
# Words English news uses as common nouns that known towns are named by too ("the Hirak", a protest movement;
# "Sarin", the nerve agent, written capitalised in headlines): never a town without its article.
STOP_COMMON = "Hirak Sarin"


# Quarters of Aleppo, Damascus and Homs (and two sites) that the news name and WOF lacks or has only as
# homonymous villages elsewhere ("Barzeh" is a Damascus quarter, WOF's Barzah a village in Idlib):
# (slug, label, class, aliases, parent WOF id). No coordinates, no QID; source: FA-KES and the seeds.
ALEPPO, DAMASCUS, HOMS, DARAA = "421202163", "421202165", "421168647", "421197257"
QUARTERS = [
    ("sheikh-maqsoud", "Sheikh Maqsoud", "Settlement", "Sheikh Maqsud|Shaykh Maqsud|Sheikh Maksoud", ALEPPO),
    ("castello-road", "Castello Road", "Facility", "Castello road|Castillo Road|Castello highway", ALEPPO),
    (
        "ramouseh",
        "Ramouseh",
        "Settlement",
        "Ramussa|Ramousa|Ramusah|Al-Ramouseh|Ramouseh district|Ramousiyeh",
        ALEPPO,
    ),
    (
        "salaheddine-aleppo",
        "Salaheddine",
        "Settlement",
        "Salah al-Din|Salah Eddin|Salaheddin|Salah al-Din district",
        ALEPPO,
    ),
    ("hamdaniyeh-aleppo", "Hamdaniyeh", "Settlement", "Hamadaniyeh|Hamdaniya|Al-Hamdaniyeh|Hamadaniya", ALEPPO),
    ("ashrafiyeh-aleppo", "Ashrafiyeh", "Settlement", "Al-Ashrafiyeh|Ashrafiyah|Ashrafieh", ALEPPO),
    ("hanano", "Hanano", "Settlement", "Masaken Hanano|Hanano district|Hanano housing", ALEPPO),
    ("bustan-al-qasr", "Bustan al-Qasr", "Settlement", "Bustan al-Qaser|Bustan al Qasr", ALEPPO),
    ("mogambo", "Mogambo", "Settlement", "Mokambo|Mogambo district", ALEPPO),
    ("dahiyet-al-assad", "Dahiyet al-Assad", "Settlement", "Dahiyat al-Assad|Assad suburb|al-Assad suburb", ALEPPO),
    ("sukkari", "Sukkari", "Settlement", "al-Sukkari|Sukari|al-Sukari", ALEPPO),
    ("bani-zeid", "Bani Zeid", "Settlement", "Bani Zaid|Bani Zayd", ALEPPO),
    # eighth session: ten mentions in FA-KES ("the New Aleppo neighborhood"), the city's western district
    ("new-aleppo", "New Aleppo", "Settlement", "Aleppo al-Jadida|Halab al-Jadida|Aleppo al-Jadideh", ALEPPO),
    ("jobar", "Jobar", "Settlement", "Jobar district|Jubar", DAMASCUS),
    ("mazzeh", "Mazzeh", "Settlement", "Al-Mazzeh|Mezzeh|Mezze|al-Mazza|Mazza", DAMASCUS),
    (
        "mezzeh-military-airport",
        "Mezzeh military airport",
        "Facility",
        "Mezzeh airport|Mazzeh military airport|Mezzeh air base|Mazzeh airport|Mezzeh airbase|Mazzeh airbase",
        DAMASCUS,
    ),
    ("barzeh", "Barzeh", "Settlement", "Barza|Al-Barzeh|Barzah|Barzeh district", DAMASCUS),
    ("qaboun", "Qaboun", "Settlement", "Qabun|Al-Qaboun|al-Qabun", DAMASCUS),
    ("bab-touma", "Bab Touma", "Settlement", "Bab Tuma|Bab Toma", DAMASCUS),
    ("abbasiyin", "Abbasiyin", "Settlement", "Abbasiyin Square|Abbasiyyin|Abbasiyeen|Abbasiyeen Square", DAMASCUS),
    ("tadamon", "Tadamon", "Settlement", "Tadamun|Al-Tadamon|al-Tadamun", DAMASCUS),
    ("yarmouk-camp", "Yarmouk camp", "Settlement", "Yarmouk|Yarmuk|Yarmouk refugee camp|al-Yarmouk camp", DAMASCUS),
    ("kafr-souseh", "Kafr Souseh", "Settlement", "Kafr Sousa|Kafarsouseh|Kafr Susa|Kafar Souseh", DAMASCUS),
    ("waer", "Waer", "Settlement", "al-Waer|Al-Waer|Wa'er|al-Wa'er|Waar|al-Waar|Al-Waar|Wair", HOMS),
    ("baba-amr", "Baba Amr", "Settlement", "Bab Amr|Baba Amro|Baba Amru", HOMS),
    # the old town of Daraa; read as "Daraa" and "Balad" (a town in Iraq) without it
    (
        "daraa-al-balad-daraa",
        "Daraa al-Balad",
        "Settlement",
        "Daraa al-Balad|Daraa Al-Balad|Deraa al-Balad|Dara al-Balad|Daraa el-Balad",
        DARAA,
    ),
]
EXTRA_PLACES += [
    (slug, label, cls, aliases, parent, "", "", "", "", "FA-KES: a quarter or site of the city; not in WOF")
    for slug, label, cls, aliases, parent in QUARTERS
]
# Towns of the news that WOF lacks (tests/gold/README.md, Revisions 2026-11-22); placed after the neighbours.
LATE_EXTRA_PLACES = [
    ("madaya", "Madaya", "Settlement", "Madaya|Madaya town|Madhaya", "1108779087", "", "", "", "",
     "FA-KES (16 rows): the besieged town by Zabadani, Rif Dimashq; in WOF only as Medaya (1243545253), a spelling "
     "the name rules do not reach (its Madayah is a village in Idlib); "
     "no QID in the reference"),
    ("sayyida-zaynab", "Sayyida Zaynab", "Settlement",
     "Sayyida Zaynab|Sayyida Zeinab|Sayyeda Zainab|Sayyeda Zeinab|Sayyida Zainab|Sayeda Zeinab|Sayyidah Zaynab"
     "|Sitt Zaynab", "85678391", "", "", "", "",
     "FA-KES: the shrine town south of Damascus, Rif Dimashq; not in WOF; no QID in the reference"),
]  # fmt: skip
# Neighbouring states as places ("fled to Turkey", "the border with Lebanon"): the QID is the country's item,
# the same the state actor carries (wikidata-actors.csv, verified), as Syria's and Iraq's WOF rows do.
NEIGHBOURS = [
    ("turkey", "Turkey", "Turkey|Türkiye", "Q43"),
    ("lebanon", "Lebanon", "Lebanon", "Q822"),
    ("jordan", "Jordan", "Jordan", "Q810"),
    ("israel", "Israel", "Israel", "Q801"),
]


# Foreign places the news names as places (talks in Geneva, fighters from Tunisia, an NGO in Beirut): kept as places
# so that they are recognised, with no QID (none verified in the reference; a state the actor table has keeps its QID
# on the actor). Capitals that also stand for their state ("Ankara said") are told apart by context, as Damascus is.
FOREIGN_COUNTRIES = [
    ("egypt", "Egypt", "Egypt"),
    ("tunisia", "Tunisia", "Tunisia"),
    ("libya", "Libya", "Libya"),
    ("afghanistan", "Afghanistan", "Afghanistan"),
    ("pakistan", "Pakistan", "Pakistan"),
    ("switzerland", "Switzerland", "Switzerland"),
    ("kazakhstan", "Kazakhstan", "Kazakhstan"),
    ("netherlands", "Netherlands", "Netherlands|the Netherlands"),
    ("austria", "Austria", "Austria"),
    ("belgium", "Belgium", "Belgium"),
    # added 2026-12-05 (fifth session): where foreign fighters come from, where talks are held
    ("china", "China", "China|People's Republic of China"),
    ("germany", "Germany", "Germany"),
    ("italy", "Italy", "Italy"),
    ("spain", "Spain", "Spain"),
    ("greece", "Greece", "Greece"),
    ("cyprus", "Cyprus", "Cyprus"),
    ("sweden", "Sweden", "Sweden"),
    ("norway", "Norway", "Norway"),
    ("denmark", "Denmark", "Denmark"),
    ("poland", "Poland", "Poland"),
    ("ukraine", "Ukraine", "Ukraine"),
    ("armenia", "Armenia", "Armenia"),
    ("azerbaijan", "Azerbaijan", "Azerbaijan"),
    ("uzbekistan", "Uzbekistan", "Uzbekistan"),
    ("tajikistan", "Tajikistan", "Tajikistan"),
    ("kyrgyzstan", "Kyrgyzstan", "Kyrgyzstan"),
    ("turkmenistan", "Turkmenistan", "Turkmenistan"),
    ("kuwait", "Kuwait", "Kuwait"),
    ("bahrain", "Bahrain", "Bahrain"),
    ("oman", "Oman", "Oman|Sultanate of Oman"),
    ("yemen", "Yemen", "Yemen"),
    ("morocco", "Morocco", "Morocco"),
    ("algeria", "Algeria", "Algeria"),
    ("sudan", "Sudan", "Sudan"),
    ("somalia", "Somalia", "Somalia"),
    ("india", "India", "India"),
    ("indonesia", "Indonesia", "Indonesia"),
    ("malaysia", "Malaysia", "Malaysia"),
    ("japan", "Japan", "Japan"),
    ("canada", "Canada", "Canada"),
    ("australia", "Australia", "Australia"),
    ("peru", "Peru", "Peru"),
    ("bosnia", "Bosnia and Herzegovina", "Bosnia and Herzegovina|Bosnia"),
    ("kosovo", "Kosovo", "Kosovo"),
    ("albania", "Albania", "Albania"),
    ("palestinian-territories", "Palestinian territories", "Palestinian territories|occupied Palestinian territories"),
]
# Regions of foreign countries the news names ("fighters from Chechnya", "a visit to Ramallah in the West Bank"):
# (slug, label, aliases, parent), a first-level division of the country.
FOREIGN_REGIONS = [
    ("xinjiang", "Xinjiang", "Xinjiang|Xinjiang Province|Xinjiang region", "china"),
    ("west-bank", "West Bank", "West Bank|occupied West Bank", "palestinian-territories"),
    ("gaza-strip", "Gaza Strip", "Gaza Strip|Gaza", "palestinian-territories"),
    ("hatay", "Hatay", "Hatay|Hatay province", "turkey"),
    ("sanliurfa-province", "Sanliurfa province", "Sanliurfa province|Urfa province", "turkey"),
]
FOREIGN_CITIES = [
    ("geneva", "Geneva", "Geneva", "switzerland"),
    ("lausanne", "Lausanne", "Lausanne", "switzerland"),
    ("astana", "Astana", "Astana", "kazakhstan"),
    ("the-hague", "The Hague", "The Hague|the Hague", "netherlands"),
    ("vienna", "Vienna", "Vienna", "austria"),
    ("brussels", "Brussels", "Brussels", "belgium"),
    ("cairo", "Cairo", "Cairo", "egypt"),
    ("beirut", "Beirut", "Beirut|BEIRUT", "lebanon"),
    ("amman", "Amman", "Amman|AMMAN", "jordan"),
    ("ankara", "Ankara", "Ankara|ANKARA", "turkey"),
    ("istanbul", "Istanbul", "Istanbul|ISTANBUL", "turkey"),
    ("gaziantep", "Gaziantep", "Gaziantep|Antep", "turkey"),
    ("kilis", "Kilis", "Kilis", "turkey"),
    # added 2026-12-05 (fifth session). Moscow, Washington, Tehran and the other capitals of the far states of the
    # war are left to the state: the news names them mostly for it ("Moscow and Washington brokered")
    ("berlin", "Berlin", "Berlin", "germany"),
    ("munich", "Munich", "Munich", "germany"),
    ("rome", "Rome", "Rome", "italy"),
    ("madrid", "Madrid", "Madrid", "spain"),
    ("athens", "Athens", "Athens", "greece"),
    ("beijing", "Beijing", "Beijing", "china"),
    ("kabul", "Kabul", "Kabul", "afghanistan"),
    ("islamabad", "Islamabad", "Islamabad", "pakistan"),
    ("tunis", "Tunis", "Tunis", "tunisia"),
    ("kuwait-city", "Kuwait City", "Kuwait City", "kuwait"),
    ("lima", "Lima", "Lima", "peru"),
    ("kiev", "Kiev", "Kiev|Kyiv", "ukraine"),
    ("tashkent", "Tashkent", "Tashkent", "uzbekistan"),
    ("baku", "Baku", "Baku", "azerbaijan"),
    ("ramallah", "Ramallah", "Ramallah", "west-bank"),
    ("tel-aviv", "Tel Aviv", "Tel Aviv", "israel"),
    ("reyhanli", "Reyhanli", "Reyhanli|Reyhanlı", "hatay"),
    ("akcakale", "Akcakale", "Akcakale|Akçakale", "sanliurfa-province"),
    ("ceylanpinar", "Ceylanpinar", "Ceylanpinar|Ceylanpınar", "sanliurfa-province"),
    ("suruc", "Suruc", "Suruc|Suruç", "sanliurfa-province"),
    ("sanliurfa", "Sanliurfa", "Sanliurfa|Şanlıurfa|Urfa", "sanliurfa-province"),
    ("nusaybin", "Nusaybin", "Nusaybin", "turkey"),
]
_NO_QID = "the news names; no QID verified"
FOREIGN_PLACES = [
    (
        slug,
        label,
        "Country",
        aliases,
        "",
        "",
        "",
        "",
        "",
        "a foreign country the news names as a place; no QID verified",
    )
    for slug, label, aliases in FOREIGN_COUNTRIES
]
FOREIGN_PLACES += [
    (slug, label, "Governorate", aliases, parent, "", "", "", "", f"a foreign region {_NO_QID}")
    for slug, label, aliases, parent in FOREIGN_REGIONS
]
FOREIGN_PLACES += [
    (slug, label, "Settlement", aliases, parent, "", "", "", "", f"a foreign city {_NO_QID}")
    for slug, label, aliases, parent in FOREIGN_CITIES
]


def main(argv: list[str]) -> int:
    """Write data/reference/*.csv from the shared reference folder."""
    source = Path(argv[1]) if len(argv) > 1 else SHARED
    if not (source / "wof-syria-places.csv").is_file():
        print(f"error: {source} has no wof-syria-places.csv", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    places = read_places(source / "wof-syria-places.csv") + read_places(source / "wof-iraq-places.csv")
    places = dedupe_qids(places)
    infer_districts(places)
    write(OUT / "places.csv", PLACE_COLUMNS, places)
    extra = EXTRA_PLACES + neighbour_places(source / "wikidata-actors.csv") + LATE_EXTRA_PLACES + FOREIGN_PLACES
    write(OUT / "places-extra.csv", EXTRA_COLUMNS, [dict(zip(EXTRA_COLUMNS, row, strict=True)) for row in extra])
    actors = read_actors(source / "wikidata-actors.csv") + local_actors(source / "actors-without-qid.txt")
    write(OUT / "actors.csv", ACTOR_COLUMNS, sorted(actors, key=lambda a: a["key"]))
    write_stoplist(
        places,
        [ROOT / "data" / "corpora" / "fa-kes" / "fa-kes-dev.csv", *sorted((ROOT / "data" / "articles").glob("*.txt"))],
    )
    print(f"{len(places)} places, {len(EXTRA_PLACES)} extra places, {len(actors)} actors -> {OUT}")
    return 0


EXTRA_COLUMNS = ["slug", "label", "class", "aliases", "parent", "lat", "lon", "qid", "qid_confidence", "source"]


def neighbour_places(path: Path) -> list[tuple[str, ...]]:
    """The neighbouring states as Country places, each QID checked against wikidata-actors.csv."""
    with path.open(encoding="utf-8", newline="") as handle:
        verified = {r["label"]: r["qid"] for r in csv.DictReader(handle)}
    out = []
    for slug, label, aliases, qid in NEIGHBOURS:
        if verified.get(label) != qid:
            raise SystemExit(f"error: {path}: {label} is not {qid} there; fix NEIGHBOURS")
        source = f"wikidata-actors.csv: {label} {qid} (the country item); a neighbouring state named as a place"
        out.append((slug, label, "Country", aliases, "", "", "", qid, "verified", source))
    return out


def read_places(path: Path) -> list[dict[str, str]]:
    """WOF rows reduced to the columns the gazetteer needs, with parents and labels fixed."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["wof_id"] not in SKIP_WOF]
    ids = {r["wof_id"] for r in rows}
    country = next(r["wof_id"] for r in rows if r["placetype"] == "country")
    out = []
    for r in rows:
        wof = r["wof_id"]
        names = [n.strip() for n in r["names_en"].split("|") if n.strip() and n.strip() not in DEMONYMS]
        if r["placetype"] == "campus":  # airport codes (OSM, ORBM, KAC) are no names a text uses
            names = [n for n in names if not (n.isupper() and len(n) <= 4)]
        if _latin(r["name"]) and r["name"] not in names:
            names.append(r["name"])
        names += [n for n in EXTRA_NAMES.get(wof, "").split("|") if n and n not in names]
        out.append(
            {
                "wof_id": wof,
                "name": LABEL_FIX.get(wof) or _label(r),
                "placetype": r["placetype"],
                "names_en": "|".join(names),
                "lat": _coord(r["lat"]),
                "lon": _coord(r["lon"]),
                "parent_id": "" if wof == country else _parent(r, ids, country),
                "country": r["country"],
                "wikidata": r["wikidata"],
                "population": r["population"],
                "notable": "yes" if wof in EXTRA_NAMES or wof in LABEL_FIX else "",
                "parent_inferred": "",
            }
        )
    return out


def _latin(text: str) -> bool:
    """True when the text is written in Latin script (WOF gives some names in Arabic only)."""
    return not re.search(r"[\u0600-\u06ff]", text)


def _label(row: dict[str, str]) -> str:
    """A readable English label: the first English name, else WOF's name; districts say so."""
    names = [n for n in row["names_en"].split("|") if n.strip() and n not in DEMONYMS]
    if row["placetype"] == "region":
        governorate = [n for n in names if n.endswith("Governorate")]
        return governorate[0] if governorate else f"{row['name']} Governorate"
    if row["placetype"] == "county":
        base = names[0] if names else row["name"]
        base = re.sub(r"^Markaz ", "", base)
        return base if base.endswith("District") else f"{base} District"
    if names:
        return names[0]
    return row["name"] if _latin(row["name"]) else row["wof_id"]


def _coord(value: str) -> str:
    """Coordinates rounded to 5 decimals (about a metre): enough, and keeps the file compact."""
    return f"{float(value):.5f}".rstrip("0").rstrip(".") if value else ""


def _parent(row: dict[str, str], ids: set[str], country: str) -> str:
    """The enclosing place: a fix when WOF is wrong, else the parent, county or region that exists, else the country."""
    wof = row["wof_id"]
    if wof in PARENT_FIX:
        return PARENT_FIX[wof]
    for candidate in (row["parent_id"], row["county_id"], row["region_id"]):
        if candidate and candidate != wof and candidate in ids:
            return candidate
    return country


# WOF gives some 700 Syrian localities the country as their only parent, so no governorate can vouch for them and
# the extractor can place them nowhere. Such a locality is put in a district when its nearest neighbours with a
# district all share it and the nearest lies close. Checked by leaving out, one at a time, each locality WOF does
# place: the rule names its district right 7,712 times in 7,732 (99.7%) and abstains for the rest (2026-12-05).
# When those neighbours straddle a district border inside one governorate, the governorate is the parent: measured
# the same way, it names the governorate of 1,235 more localities, 1,232 rightly (99.8%) (2026-12-06).
NEIGHBOURS_AGREEING = 5
NEAREST_KM = 10.0


def infer_districts(places: list[dict[str, str]]) -> None:
    """Give each locality whose parent is its country the district, else the governorate, its neighbours agree on."""
    by_id = {p["wof_id"]: p for p in places}
    countries = {p["wof_id"] for p in places if p["placetype"] == "country"}
    placed: list[tuple[float, float, str, str]] = []
    orphans = []
    for p in places:
        if p["placetype"] != "locality" or not p["lat"]:
            continue
        district = _district_of(p, by_id)
        if district:
            placed.append((float(p["lat"]), float(p["lon"]), district, _governorate_of(district, by_id)))
        elif p["parent_id"] in countries:
            orphans.append(p)
    for p in orphans:
        lat, lon = float(p["lat"]), float(p["lon"])
        nearest = heapq.nsmallest(NEIGHBOURS_AGREEING, ((_km(lat, lon, a, b), d, g) for a, b, d, g in placed))
        parent = _agreed_parent(nearest)
        if parent:
            p["parent_id"] = parent
            p["parent_inferred"] = "yes"


def _agreed_parent(nearest: list[tuple[float, str, str]]) -> str | None:
    """The district all the nearest placed localities share, else their shared governorate, if the nearest is close."""
    if len(nearest) < NEIGHBOURS_AGREEING or nearest[0][0] > NEAREST_KM:
        return None
    for shared in ({d for _, d, _ in nearest}, {g for _, _, g in nearest}):
        if len(shared) == 1:
            return shared.pop() or None  # "": the district has no governorate above it
    return None


def _governorate_of(district: str, by_id: dict[str, dict[str, str]]) -> str:
    """The WOF id of the governorate (region) above a district, or "" when WOF gives none."""
    parent = by_id.get(by_id[district]["parent_id"])
    while parent is not None:
        if parent["placetype"] == "region":
            return parent["wof_id"]
        parent = by_id.get(parent["parent_id"])
    return ""


def _district_of(place: dict[str, str], by_id: dict[str, dict[str, str]]) -> str | None:
    """The WOF id of the district (county) a place lies in, or None."""
    parent = by_id.get(place["parent_id"])
    while parent is not None:
        if parent["placetype"] == "county":
            return parent["wof_id"]
        parent = by_id.get(parent["parent_id"])
    return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def dedupe_qids(places: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per QID (WOF repeats some items): the locality, the most populous, the lowest id keeps it.

    A repeated locality is a duplicate record of the same place: its names join the kept row
    and the row is dropped. A row of another placetype (a district named after its town) only loses the QID.
    """
    by_qid: dict[str, list[dict[str, str]]] = {}
    for p in places:
        if p["wikidata"]:
            by_qid.setdefault(p["wikidata"], []).append(p)
    dropped: set[str] = set()
    for rows in by_qid.values():
        rows.sort(key=lambda p: (PLACETYPE_RANK[p["placetype"]], -int(p["population"] or 0), int(p["wof_id"])))
        keeper = rows[0]
        for loser in rows[1:]:
            loser["wikidata"] = ""
            if loser["placetype"] == keeper["placetype"] == "locality":
                names = [*keeper["names_en"].split("|"), loser["name"], *loser["names_en"].split("|")]
                keeper["names_en"] = "|".join(n for n in dict.fromkeys(names) if n and n != keeper["name"])
                keeper["notable"] = keeper["notable"] or loser["notable"]
                dropped.add(loser["wof_id"])
    parents = {p["parent_id"] for p in places if p["wof_id"] not in dropped}
    if parents & dropped:
        raise SystemExit(f"error: dropped duplicate rows are parents of others: {sorted(parents & dropped)}")
    return [p for p in places if p["wof_id"] not in dropped]


def read_actors(path: Path) -> list[dict[str, str]]:
    """The actors of wikidata-actors.csv with a curated class and category; events and conflicts left out."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for r in rows:
        if r["type"] in {"conflict", "event"} or r["label"] in SKIP_QID_ROWS:
            continue
        if r["label"] not in QID_ACTORS:
            raise SystemExit(f"error: {path}: actor {r['label']!r} has no curated class; add it to QID_ACTORS")
        cls, category, extra, dropped = QID_ACTORS[r["label"]]
        drop = set(dropped.split("|"))
        aliases = [a for a in r["aliases"].split("|") if a and a not in drop and "(" not in a]
        aliases += [a for a in extra.split("|") if a and a not in aliases]
        row = _actor(r["label"], cls, category, aliases, r["qid"], r["confidence"], "wikidata-actors.csv")
        row["metonyms"] = METONYMS.get(r["label"], "")
        out.append(row)
    return out


def local_actors(listing: Path) -> list[dict[str, str]]:
    """The curated actors without a verified QID; checks every name of the listing is covered."""
    text = listing.read_text(encoding="utf-8")
    labels = {label for label, *_ in LOCAL_ACTORS}
    for line in text.splitlines():
        name = re.split(r"\s+\(|\s{2,}|\s+CANDIDATE|\s+DO NOT", line.strip())[0]
        if not line or line.startswith(("#", " ", "Siege", "Palmyra")) or line.startswith("##"):
            continue
        if not any(name.lower() in label.lower() or label.lower() in name.lower() for label in labels):
            print(f"note: {listing.name}: {line!r} not in LOCAL_ACTORS", file=sys.stderr)
    return [
        _actor(label, cls, cat, aliases.split("|"), "", "", note) for label, cls, cat, aliases, note in LOCAL_ACTORS
    ]


def _actor(label: str, cls: str, category: str, aliases: list[str], qid: str, conf: str, note: str) -> dict[str, str]:
    """One row of actors.csv."""
    aliases = [a for a in dict.fromkeys(aliases) if a != label]
    return {
        "key": "actor/" + _slug(label),
        "label": label,
        "class": cls,
        "category": category,
        "aliases": "|".join(aliases),
        "metonyms": "",
        "qid": qid,
        "qid_confidence": conf,
        "note": note,
    }


def _slug(text: str) -> str:
    """The same slug as graph.iris.slug (kept here so the script runs without the package installed)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def _fold(word: str) -> str:
    """Accents, apostrophes and case folded (as loaders.aliases.fold, without its spelling map)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return re.sub(r"['’‘`ʼʿʾ]", "", plain).lower()


def write_stoplist(places: list[dict[str, str]], corpora: list[Path]) -> None:
    """data/reference/stoplist.txt: given names, name words, and village names used as lowercase English words."""
    lowercase: set[str] = set()
    for path in corpora:
        text = path.read_text(encoding="utf-8")
        lowercase.update(w for w in re.findall(r"\b[a-z]+\b", text))
    villages = set()
    for p in places:
        if p["placetype"] == "locality" and not p["wikidata"] and int(p["population"] or 0) < 1000:
            for name in [p["name"], *p["names_en"].split("|")]:
                words = re.sub(r"^(Al|El|As|Ash|Ar|Ad|At|Az|An)[ -]", "", name).split()
                if len(words) == 1:
                    villages.add(_fold(words[0]))
    common = sorted(v for v in villages if v in lowercase)
    names = sorted({_fold(w) for w in STOP_NAMES.split()})
    with (OUT / "stoplist.txt").open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Words never matched alone as a village (see docs/decisions/20261121-gazetteer.md).\n")
        handle.write("# Given names and name words (curated):\n")
        handle.writelines(f"{w}\n" for w in names)
        handle.write("# Village names that are lowercase English words in data/corpora and data/articles:\n")
        handle.writelines(f"{w}\n" for w in common if w not in names)
        handle.write(
            "# Words English news uses as common nouns, which known towns are named by too "
            '("the Hirak", a protest movement; "Sarin", the nerve agent):\n'
        )
        handle.writelines(f"{_fold(w)}\n" for w in STOP_COMMON.split())


def write(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    """Write rows as CSV with a fixed column order and Unix newlines (byte-stable output)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
