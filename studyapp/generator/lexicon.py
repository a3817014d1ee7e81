"""General word lists the heuristics lean on: countries, capitals, regions, titles, verbs and cues."""
from __future__ import annotations

import re

from studyapp.text import fold  # noqa: F401 (the stages import fold from here)

# Country | aliases... > region. General knowledge, not tied to any document.
_COUNTRIES = """
Afghanistan>South Asia; Albania>Balkans; Algeria>North Africa; Angola>Africa; Argentina>South America;
Armenia>Caucasus; Australia>Oceania; Austria>Europe; Azerbaijan>Caucasus; Bangladesh>South Asia;
Belarus>Eastern Europe; Belgium>Europe; Bolivia>South America; Bosnia and Herzegovina|Bosnia>Balkans;
Brazil>South America; Bulgaria>Balkans; Cambodia>Southeast Asia; Canada>North America; Chile>South America;
China|People's Republic of China|PRC>East Asia; Colombia>South America; Croatia>Balkans; Cuba>Caribbean;
Cyprus>Europe; Czech Republic|Czechia>Europe; Denmark>Europe; Egypt>North Africa; Estonia>Europe;
Ethiopia>Africa; Finland>Europe; France>Europe; Georgia>Caucasus; Germany>Europe; Ghana>Africa;
Greece>Balkans; Hungary>Europe; Iceland>Europe; India>South Asia; Indonesia>Southeast Asia;
Iran|Persia>Middle East; Iraq>Middle East; Ireland>Europe; Israel>Middle East; Italy>Europe; Japan>East Asia;
Jordan>Middle East; Kazakhstan|Republic of Kazakhstan|Kazakstan>Central Asia; Kenya>Africa;
Kyrgyzstan|Kyrgyz Republic|Kirghizia>Central Asia; Kuwait>Middle East; Latvia>Europe; Lebanon>Middle East;
Libya>North Africa; Lithuania>Europe; Malaysia>Southeast Asia; Mexico>North America; Moldova>Eastern Europe;
Mongolia>East Asia; Montenegro>Balkans; Morocco>North Africa; Nepal>South Asia; Netherlands|Holland>Europe;
New Zealand>Oceania; Nigeria>Africa; North Korea>East Asia; North Macedonia|Macedonia>Balkans; Norway>Europe;
Pakistan>South Asia; Peru>South America; Philippines>Southeast Asia; Poland>Europe; Portugal>Europe;
Qatar>Middle East; Romania>Europe; Russia|Russian Federation>Eurasia; Saudi Arabia>Middle East;
Serbia>Balkans; Singapore>Southeast Asia; Slovakia>Europe; Slovenia>Europe; South Africa>Africa;
South Korea|Republic of Korea|Korea>East Asia; Spain>Europe; Sri Lanka>South Asia; Sudan>Africa;
Sweden>Europe; Switzerland>Europe; Syria>Middle East; Tajikistan>Central Asia; Thailand>Southeast Asia;
Tunisia>North Africa; Turkey|Türkiye|Turkiye|Republic of Turkey>Middle East;
Turkmenistan>Central Asia; Ukraine>Eastern Europe; United Arab Emirates|UAE>Middle East;
United Kingdom|UK|Britain|Great Britain>Europe; United States|USA|United States of America|America|U.S.>North America;
Uzbekistan>Central Asia; Venezuela>South America; Vietnam>Southeast Asia; Yemen>Middle East;
Soviet Union|USSR|U.S.S.R.>Eurasia; Ottoman Empire>Middle East; Yugoslavia>Balkans
"""

# Capital or large city > country. General knowledge.
_CITIES = """
Kabul>Afghanistan; Tirana>Albania; Algiers>Algeria; Buenos Aires>Argentina; Yerevan>Armenia; Canberra>Australia;
Sydney>Australia; Vienna>Austria; Baku>Azerbaijan; Dhaka>Bangladesh; Minsk>Belarus; Brussels>Belgium;
Brasília|Brasilia>Brazil; Sofia>Bulgaria; Ottawa>Canada; Toronto>Canada; Santiago>Chile; Beijing|Peking>China;
Shanghai>China; Bogotá|Bogota>Colombia; Zagreb>Croatia; Havana>Cuba; Prague>Czech Republic;
Copenhagen>Denmark; Cairo>Egypt; Tallinn>Estonia; Addis Ababa>Ethiopia; Helsinki>Finland; Paris>France;
Tbilisi>Georgia; Berlin>Germany; Athens>Greece; Budapest>Hungary; New Delhi|Delhi>India; Mumbai>India;
Jakarta>Indonesia; Tehran>Iran; Baghdad>Iraq; Dublin>Ireland; Jerusalem>Israel; Rome>Italy; Tokyo>Japan;
Amman>Jordan; Astana|Nur-Sultan|Akmola|Tselinograd>Kazakhstan; Almaty|Alma-Ata>Kazakhstan;
Nairobi>Kenya; Bishkek|Frunze>Kyrgyzstan; Riga>Latvia; Beirut>Lebanon; Tripoli>Libya; Vilnius>Lithuania;
Kuala Lumpur>Malaysia; Mexico City>Mexico; Chișinău|Chisinau>Moldova; Ulaanbaatar|Ulan Bator>Mongolia;
Rabat>Morocco; Kathmandu>Nepal; Amsterdam>Netherlands; Wellington>New Zealand; Abuja>Nigeria; Lagos>Nigeria;
Pyongyang>North Korea; Oslo>Norway; Islamabad>Pakistan; Karachi>Pakistan; Lima>Peru; Manila>Philippines;
Warsaw>Poland; Lisbon>Portugal; Doha>Qatar; Bucharest>Romania; Moscow>Russia; Saint Petersburg|St Petersburg>Russia;
Riyadh>Saudi Arabia; Belgrade>Serbia; Seoul>South Korea; Madrid>Spain; Stockholm>Sweden; Bern>Switzerland;
Geneva>Switzerland; Damascus>Syria; Dushanbe>Tajikistan; Bangkok>Thailand; Tunis>Tunisia; Ankara>Turkey;
Istanbul|Constantinople>Turkey; Izmir>Turkey; Ashgabat>Turkmenistan; Kyiv|Kiev>Ukraine; Abu Dhabi>United Arab Emirates;
Dubai>United Arab Emirates; London>United Kingdom; Washington|Washington, D.C.>United States;
New York>United States; Los Angeles>United States; Tashkent>Uzbekistan; Samarkand>Uzbekistan;
Caracas>Venezuela; Hanoi>Vietnam
"""

_REGIONS = """
Central Asia>Asia; South Asia>Asia; East Asia>Asia; Southeast Asia>Asia; Middle East>Asia; Caucasus>Eurasia;
South Caucasus>Caucasus; North Caucasus>Caucasus; Balkans>Europe; Eastern Europe>Europe; Western Europe>Europe;
North Africa>Africa; Anatolia>Turkey; Siberia>Russia; Crimea>Ukraine; Europe>Eurasia; Asia>Eurasia; Africa;
North America; South America; Latin America; Oceania; Caribbean; Eurasia; Scandinavia>Europe
"""

DEMONYMS = set("""Afghan Albanian Algerian American Argentine Armenian Asian Australian Austrian Azerbaijani Azeri
Belarusian Belgian Brazilian British Bulgarian Canadian Caucasian Chinese Colombian Croatian Cuban Czech Danish
Dutch Egyptian English Estonian Ethiopian European Eurasian Finnish French Georgian German Greek Hungarian Indian
Indonesian Iranian Iraqi Irish Israeli Italian Japanese Kazakh Kazakhstani Kenyan Korean Kurdish Kyrgyz Latvian
Lebanese Libyan Lithuanian Mexican Mongolian Moroccan Muslim Nigerian Norwegian Ottoman Pakistani Persian Polish
Portuguese Romanian Russian Saudi Serbian Slavic Soviet Spanish Swedish Swiss Syrian Tajik Turkic Turkish Turkmen
Ukrainian Uzbek Vietnamese Western Eastern Northern Southern Arab Arabic Islamic Christian Orthodox Sunni Shia
Catholic Protestant Jewish Buddhist Hindu Anatolian Balkan Tatar Uyghur Mongol Turk Slav Kurd Russo Anglo
African Latino Hispanic Scandinavian""".split())

TITLES = set("""President Vice-President Prime Minister Minister Secretary Secretary-General General Marshal Field
Sultan King Queen Emperor Empress Prince Princess Chancellor Senator Ambassador Pope Chairman Chairwoman Chair
Sheikh Imam Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Professor Prof. Prof Sir Lord Lady Governor Mayor Colonel Captain
Deputy Director Commissioner Foreign Defense Defence Finance Former former Founder Leader Premier Speaker
Saint St. Pasha Khan Bey""".split())

ORG_WORDS = set("""University Council Organization Organisation Union Agency Party Group Holding Foundation Ministry
Institute Institut Bank Forces Industries Congress Center Centre Committee Commission Association Society Company
Corporation Inc Ltd Times Gazette Gazeta News Journal Assembly Parliament Senate Court Army Navy Movement Alliance
Fund Office Department Service Services Academy College School Lyceum Programme Program Network Board Authority
Federation Community Church Mosque Airlines Airways Engineering Press Post Herald Tribune Review Agency""".split())
EVENT_WORDS = set("""War Revolution Spring Summit Process Declaration Treaty Agreement Pact Accord Conference Crisis
Coup Games Olympics Congress Festival Forum Dialogue Initiative Plan Doctrine Strategy Act""".split())
PLACE_WORDS = set("""Airport Pipeline Corridor Canal River Lake Sea Ocean Mountains Mountain Valley Desert Steppe
Square Street Palace Mausoleum Wall Bridge Port Island Islands Peninsula Province Region Oblast District Road Avenue
Boulevard Strasse Straße Platz Allee Prospekt Gate Gallery Checkpoint""".split())

SPEECH_VERBS = set("""say says said state states stated argue argues argued note notes noted write writes wrote
believe believes believed claim claims claimed declare declares declared proclaim proclaims proclaimed announce
announces announced conclude concludes concluded suggest suggests suggested assert asserts asserted insist insists
insisted stress stresses stressed emphasize emphasizes emphasized emphasise emphasises emphasised maintain maintains
maintained contend contends contended observe observes observed warn warns warned explain explains explained
predict predicts predicted think thinks thought highlight highlights highlighted underscore underscores underscored
finalized finalised agree agrees agreed sees saw see described describes describe told tells tell added adds
recalled recalls reiterated reiterates acknowledged acknowledges admitted admits proposed proposes urged urges
expects expected considers considered""".split())

FUNCTION_WORDS = set("""a an the and or but nor of in on at to for from by with without within into onto upon
about above below over under between among amongst through during before after since until till against toward
towards across along around behind beyond beside besides near via per as than that which who whom whose what
where when while whether if because although though so such its their his her our your my this these those
there here it they he she we you i is are was were be been being has have had do does did not no also very more
most less least many much some any each every all both either neither other another same only just even still yet
then thus hence however therefore moreover furthermore meanwhile nevertheless instead indeed rather quite""".split())
CONTINUATION_WORDS = FUNCTION_WORDS - {"it", "they", "he", "she", "we", "you", "i", "there", "here", "however",
                                       "therefore", "moreover", "furthermore", "meanwhile", "nevertheless",
                                       "indeed", "instead", "then", "thus", "hence", "still", "yet"}
# Russian and Kazakh words no sentence or heading ends on: a line that ends on one goes on in the next, even when
# that one opens on a name ("Васко да / Гама доплыл …", read v15's set)
CONTINUATION_WORDS |= set("""и в во на с со к ко по о об обо от до из за у а но да не ни же ли для при без над под
перед через между как что чем где когда который которая которое которые мен пен бен және немесе да де та те
мен бұл осы сол ал бірақ үшін туралы арқылы""".split())

OPINION_CUES = set("""should must ought need needs crucial vital essential important importantly significant
unfortunately fortunately hopefully clearly obviously evidently undoubtedly surely certainly arguably
worrisome weird desperate excellent good bad best worst better worse greatest misleading negative positive
dangerous risky fair unfair wrong right beneficial valuable remarkable impressive underappreciated
inevitable believe think feel opinion conclusion hardly skillfully adept fundamental welcome ineffectual
unacceptable absurd ridiculous outrageous disastrous shameful wise unwise foolish needless alarming troubling
deplorable laudable commendable admirable terrible awful wonderful helpful unhelpful harmful unimaginable""".split())
HEDGE_CUES = set("""may might could would perhaps probably possibly likely unlikely seems seem seemingly apparently
presumably suggests suggest appear appears allegedly reportedly""".split())
ROLE_NOUNS = set("""president minister leader founder researcher writer analyst politician diplomat deputy secretary
author scholar professor journalist expert historian economist scientist chairman head figure laureate poet
philosopher general commander marshal king queen sultan emperor ambassador spokesman spokeswoman director
activist engineer physicist chemist biologist geologist explorer inventor mathematician artist painter composer
teacher student member official governor mayor senator botanist chemist physician geologist meteorologist
geophysicist geographer navigator merchant emperor monk goldsmith physicist astronomer surgeon doctor nurse
priest bishop pope missionary traveller traveler sultan khan tsar czar""".split())

# surnames of people every pupil has heard of (scientists, writers, artists, composers, explorers): a blank on one
# the document names once is answered without reading it (general knowledge, not tied to any document)
FAMOUS_PEOPLE = set("""newton einstein darwin galileo copernicus kepler curie pasteur faraday edison tesla hawking
mendeleev archimedes pythagoras aristotle plato socrates shakespeare dickens tolstoy dostoevsky pushkin austen
homer dante cervantes goethe mozart beethoven bach picasso michelangelo leonardo columbus magellan gagarin
armstrong napoleon caesar cleopatra gandhi""".split())


HISTORICAL_STATES = {"soviet union", "ottoman empire", "yugoslavia", "russian empire", "roman empire",
                     "byzantine empire", "persian empire", "mongol empire", "british empire", "holy roman empire",
                     "czechoslovakia", "east germany", "west germany", "prussia", "austria hungary", "ussr"}


def _parse(table: str) -> list[tuple[list[str], str]]:
    """Parse 'Name|Alias>Parent; ...' rows."""
    rows = []
    for item in table.replace("\n", " ").split(";"):
        item = item.strip()
        if not item:
            continue
        names, _, parent = item.partition(">")
        rows.append(([n.strip() for n in names.split("|")], parent.strip()))
    return rows


PLACES: dict[str, tuple[str, str, str]] = {}  # folded form -> (canonical name, kind, parent canonical)
for _names, _parent in _parse(_COUNTRIES):
    for _n in _names:
        PLACES[fold(_n)] = (_names[0], "country", _parent)
for _names, _parent in _parse(_CITIES):
    for _n in _names:
        PLACES.setdefault(fold(_n), (_names[0], "city", _parent))
for _names, _parent in _parse(_REGIONS):
    for _n in _names:
        PLACES.setdefault(fold(_n), (_names[0], "region", _parent))


def place(name: str) -> tuple[str, str, str] | None:
    """(canonical name, kind, parent) for a known country, city or region, else None."""
    return PLACES.get(fold(name))


COUNTRY_NAMES = {_names[0]: _names for _names, _ in _parse(_COUNTRIES)}  # canonical -> every name of the country


# place names written after "the" in running English ("the United Kingdom", "the Netherlands", "the Soviet Union")
THE_NAME = re.compile(r"^(?:United\b|Soviet Union|Ottoman Empire|Netherlands|Philippines|Czech Republic|Republic\b|"
                      r"Middle East|Balkans|Caucasus|Caribbean|Gulf\b)")


# a state's name that only fits an answer about the time since that state was founded (read v15: "Russian
# Federation" accepted for the Russia of 1914)
NAMED_SINCE = {"Russian Federation": 1991, "People's Republic of China": 1949, "PRC": 1949, "Republic of Turkey": 1923,
               "Republic of Kazakhstan": 1991, "Kazakstan": 1991, "Kyrgyz Republic": 1991, "Czechia": 1993,
               "Czech Republic": 1993, "Republic of Korea": 1948, "North Macedonia": 2019, "UAE": 1971}


def answer_names(name: str, governs: bool = False, latest: int | None = None) -> list[str]:
    """The other names a typed answer may be given in: a country's other names ("Britain": "United Kingdom",
    "UK", "Great Britain"); a capital that stands for its government ("official Moscow", `governs`) also its
    country's names; none a state took after the `latest` year the document tells of."""
    known = place(name)
    if not known:
        return []
    canonical, kind, parent = known
    country = canonical if kind == "country" else parent if kind == "city" and governs else ""
    return [n for n in COUNTRY_NAMES.get(country, []) if fold(n) != fold(name)
            and not (latest is not None and NAMED_SINCE.get(n, 0) > latest)]


def containers(name: str) -> list[str]:
    """Folded names of every known place that contains `name`, innermost first."""
    out, seen = [], set()
    current = place(name)
    while current and current[2] and current[2] not in seen:
        seen.add(current[2])
        out.append(fold(current[2]))
        current = place(current[2])
    return out


def geography(name: str, named: list[str]) -> frozenset[tuple[str, str]]:
    """How a place stands to the places a sentence names: (named place, "in") when it lies inside one, (named place,
    "holds") when it contains one ("Central Asia" holds "Kazakhstan"). An option of a gap-fill must stand as the key
    does, or the sentence's own words leave only the key ("the capital _____" of a sentence on Kazakhstan)."""
    inside, folded = containers(name), fold(name)
    found = set()
    for other in named:
        if fold(other) in inside:
            found.add((fold(other), "in"))
        elif folded in containers(other):
            found.add((fold(other), "holds"))
    return frozenset(found)
