"""Named entities of one article: one `Entity` per real-world referent, with every mention.

The pipeline, each step a general fact about English news:
1. a statistical tagger (`ner_tagger`) marks names as PER/ORG/LOC/MISC;
2. patterns find dates and times (`ner_dates`), which take precedence over the tagger;
3. word lists type what the tagger leaves open: demonyms and groups are NORP ("North Korean"),
   countries and places LOCATION, names ending in "War", "Olympics", "Summit" EVENT;
   a site named by its domain ("Gawker.com") is an ORGANIZATION, a name right after "the film",
   "the spacecraft" a work or product (MISC), "Scientologist" a follower (NORP); names ending in
   an institution word are organisations, in a place word ("Long Rock") places, in a club word
   ("Riverside United") clubs; "<Name>, an economist" is a person; a sentence-opening common word
   ("Fans") is no person;
4. titles are split off person names and kept as roles ("Foreign Minister Sergei Lavrov");
5. acronyms defined in brackets ("Ukrainian Armed Forces (UAF)") join their long form;
6. a name found once is found everywhere in the article, and a person's surname or given name
   alone ("Lavrov") is that person;
7. mentions are merged by normalised name into entities with stable keys (`ner_normalise`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from newsclaims.models import Entity, Span
from newsclaims.nlp import lexicon as lx
from newsclaims.nlp.ner_dates import find_dates, programme_titles
from newsclaims.nlp.ner_normalise import entity_key, normalise_name, slug
from newsclaims.nlp.ner_tagger import OPENERS, is_title_case, tag_doc
from newsclaims.nlp.text import TOKEN_PATTERN as TOKEN_RE
from newsclaims.nlp.text import Doc

# gazetteer entries by first word (multi-word, longest first) and single words, with their type
_GAZ_MULTI: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
_GAZ_SINGLE: dict[str, str] = {}
for _names, _label in (
    (lx.COUNTRIES | lx.PLACES, "LOCATION"),
    (lx.DEMONYMS | lx.GROUPS, "NORP"),
    (lx.KNOWN_ORGS, "ORGANIZATION"),
    (lx.KNOWN_MISC, "MISC"),
    (lx.KNOWN_EVENTS, "EVENT"),
):
    for _name in _names:
        _parts = tuple(t.group() for t in TOKEN_RE.finditer(_name))
        if len(_parts) > 1:
            _GAZ_MULTI[_parts[0]].append((_parts, _label))
        else:
            _GAZ_SINGLE[_name] = _label
for _entries in _GAZ_MULTI.values():
    _entries.sort(key=lambda e: -len(e[0]))

_TYPES = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION", "MISC": "MISC"}
# last words that make a name an event whatever the tagger thought it was
_EVENT_HEADS = frozenset(
    """war wars revolution election elections olympics games cup championship championships summit
    festival fair expo exhibition marathon tournament crisis massacre uprising referendum
    invasion earthquake hurricane typhoon cyclone tsunami pandemic genocide holocaust finals masters""".split()
)
# last words of sports grounds, which are places whatever the tagger thought ("Emirates Stadium")
_VENUE_HEADS = frozenset("stadium arena velodrome racecourse ballpark".split())
# nouns that introduce the name of a work or a product in apposition ("the film Easy Rider")
_WORK_NOUNS = frozenset(
    """film films movie movies album albums song songs novel novels book books documentary series
    sitcom single painting paintings sculpture poem play opera musical spacecraft probe rover
    telescope satellite orbiter lander browser software app game videogame drug vaccine""".split()
)
# words before the given name of a storm ("Hurricane Milton", "Tropical Storm Trami")
_STORM_WORDS = frozenset("Hurricane Typhoon Cyclone Storm".split())
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss mx mx.".split())
# last words of place names that the word lists leave open ("Long Rock", "Prospect Hill")
_PLACE_HEADS = frozenset(
    """rock rocks hill green pier quay wharf moor heath common cove point head meads marsh fen
    dunes cliffs downs vale glen loch crossing""".split()
)
# last words that make any name an institution ("Bristol City Council", "Transport Authority")
_INSTITUTION_HEADS = frozenset(
    """council authority association committee commission ministry department agency university
    college institute party federation league bureau board society foundation company corporation
    inc inc. ltd ltd. plc llc laboratory laboratories observatory diocese""".split()
) | lx.PUBLIC_BODY_HEADS
# first words of institutions named "<Word> of/for <topic>" ("Institute for the Study of War",
# "Office of Management and Budget"), whatever their last word
_INSTITUTION_FIRSTS = _INSTITUTION_HEADS | frozenset("museum centre center court bank school".split())
# titles, with those of politics ("House Speaker Mike Johnson")
_ROLE_HEADS = lx.TITLE_HEADS | lx.POLITICAL_TITLES
# particles of French, Spanish, Portuguese and Italian names ("Palais des Nations")
_ROMANCE_PARTICLES = frozenset("des du de del della di da do dos das".split())
_ROMANCE_PLACE_HEADS = frozenset(
    "palais palacio palazzo rio plaza place rue avenida praia porto puerto pont château chateau".split()
)
# last words of sports clubs ("Riverside United", "Castleford Rovers")
_CLUB_HEADS = frozenset("united rovers wanderers athletic albion rangers hotspur fc".split())
# lower-case nouns after a name that make it a place ("the Tagus estuary", "the Ostra river")
_PLACE_NOUNS = frozenset(
    """river estuary valley basin delta coast island islands peninsula mountains region province
    lake strait bay""".split()
)
# plural place nouns after names joined by "and" ("Hillsborough and Pinellas counties")
_PLACE_PLURALS = frozenset("counties provinces districts prefectures rivers islands".split())
# "Apple Inc." and "Apple" are one company: suffixes as written, and the ones that take a period
_SUFFIX_WORDS = frozenset(
    [*(w.lower() for w in lx.COMPANY_SUFFIXES), *(w.lower() + "." for w in lx.COMPANY_SUFFIXES_DOTTED)]
)
# last words of a company whose first word alone is its short form ("Veridian Therapeutics")
_COMPANY_HEADS = frozenset(
    """inc inc. ltd ltd. llc plc corp corp. corporation company group holdings therapeutics
    pharmaceuticals systems technologies foods dairies logistics capital partners industries motors
    airlines airways brands networks media labs""".split()
) | _SUFFIX_WORDS
# particles inside a person's name between a given name and a surname ("Pieter van Dijk")
_PERSON_PARTICLES = frozenset("van von der den ter bin ibn".split())
_EPONYM_NOUNS = frozenset("disease syndrome law principle theorem".split())
_PLACE_PREPOSITIONS = frozenset("in near via towards outside around between".split())
_FORCE_HEADS = frozenset("police constabulary".split())
_AT_PLACE = frozenset("at in near outside inside to from into".split())
# last words of bands and ensembles, named after a person but a group ("the Dave Matthews Band")
_GROUP_HEADS = frozenset("band orchestra quartet trio quintet ensemble choir".split())
_PHASE = re.compile(r"^Phase (?:[0-4]|I{1,3}|IV)[ab]?$")
_ROLE_CONNECTORS = frozenset(("of", "the", "for", "and", "on"))
# capitalised by habit, but common nouns in news style: not names
_NOT_NAMES = frozenset(("internet", "the internet", "web", "the web", "world wide web"))
_ROMAN = re.compile(r"^[IVX]{2,}$")  # "part XVII": a numeral, no name
_FOLLOWER = re.compile(r"^[A-Z][a-z]{3,}ists?$")
_DEMONYM_SUFFIX = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ians|eans)$")
_SENTENCE_ADVERBS = frozenset("other others several few every any later earlier today yesterday".split())
_ALPHA = re.compile(r"[^\W\d_]")
_TRAILING_SUFFIX = re.compile(
    r"[-‐‑](?:related|based|led|backed|owned|run|style|like|born|made|funded|linked|affiliated|"
    r"controlled|sponsored|supported|bound|wide|era|allied|aligned|friendly|inspired|brokered)$"
)
# possessive determiners: "its App Store rules" names a product, since no one writes "its John"
_POSSESSIVE_DETERMINERS = frozenset("its their his our your my".split())
# last words of a company's services ("App Store", "Google Maps"), read as places by the tagger
_SERVICE_HEADS = frozenset("store pay music maps cloud drive plus prime pass".split())
# words after "<possessive> <Name>" that show no common noun follows (a verb or a function word)
_NOT_COMMON_NOUNS = frozenset(
    """said says told and or but of to in on at for with from by as is was are were be been has have
    had will would can could may might should must who which that than before after during since until
    when while where because if into over under about against between through without within""".split()
)
# "Portland, Ore.", "CUPERTINO, Calif. —": an AP state abbreviation after a city
_STATE = re.compile(
    r"(?<=[\w'’]),[ \t]+((?:"
    + "|".join(re.escape(s) for s in sorted(lx.STATE_ABBREVIATIONS, key=len, reverse=True))
    + r")\.|(?:"
    + "|".join(sorted(lx.STATE_ABBREVIATIONS_UNDOTTED))
    + r")\b(?![.'’-]))"
)
_CITY_WORD = re.compile(r"(?<![\w'’-])[\w'’-]+$")
_MODEL_CODE = re.compile(r"^(?=.*[0-9])(?=.*[A-Z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?$")
_NUMBER_AND_WORD = re.compile(r"^\d+-[A-Z][a-z]{2,}$")  # "7-Eleven" is a name, not a model code
# capitals after digits: a company or a station the tagger read as one ("3M", "6PR", "Power98FM")
_CALL_SIGN = re.compile(r"^(?:\d+[A-Z]{1,3}|[A-Za-z]+\d+[A-Z]{2,})$")
_POSSESSIVE = re.compile(r"['’ʼ]s$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,9}$")
_LEADING_PREFIX = re.compile(
    r"^(?:anti|pro|non|ex|post|pre|mid|neo|pan|trans|inter|intra|over|under)[-‐‑]", re.I
)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    type: str
    surface: str  # normalised text of the mention
    role: str | None = None


class _Words:
    """Normalised token texts of a document, with the name inside possessives and prefixes."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [t.start for t in doc.tokens]
        self.ends = [t.end for t in doc.tokens]
        self.norm = [t.text if t.text.isascii() else normalise_name(t.text) for t in doc.tokens]
        self.lows = [w.lower() for w in self.norm]
        self.caps = [w[:1].isupper() for w in self.norm]
        self.lower_seen = {w for w in self.norm if w.islower()}
        self.headline: list[bool] = []
        self.before_cap: dict[str, set[str]] | None = None
        n = len(self.norm)
        self.sentence_start = [False] * n  # first word of a sentence, after any opening quote
        self.sentence_first = [0] * n  # index of the first token of each token's sentence
        for sentence in doc.sentences:
            first = sentence.first_token
            for i in range(first, min(sentence.last_token, n)):
                self.sentence_first[i] = first
            if first < n:
                self.sentence_start[first] = True
                if first + 1 < n and not self.norm[first][:1].isalnum():
                    self.sentence_start[first + 1] = True
        # words written after a capitalised given name ("Matthew Ingram"): surnames in this article
        self.after_given = {
            self.lows[i]
            for i in range(1, n)
            if self.caps[i] and self.caps[i - 1] and self.lows[i - 1] in lx.FIRST_NAMES
        }
        # words the article capitalises where no sentence begins (so likely names)
        self.caps_inside = {
            self.lows[i] for i in range(n) if self.caps[i] and not self.sentence_start[i] and i > 0
        }
        self.base = list(self.norm)
        self.base_start = list(self.starts)
        self.base_end = list(self.ends)
        for i, w in enumerate(self.norm):
            if "'" not in w and "-" not in w:
                continue
            if len(w) > 2 and w.endswith("'s"):
                self.base[i] = w[:-2]
                self.base_end[i] -= 2
            prefix = _LEADING_PREFIX.match(self.base[i]) if "-" in w else None
            if prefix and len(self.base[i]) > prefix.end() and self.base[i][prefix.end()].isupper():
                self.base[i] = self.base[i][prefix.end() :]
                self.base_start[i] += prefix.end()
            suffix = _TRAILING_SUFFIX.search(self.base[i]) if "-" in w else None
            if suffix and suffix.start() > 0 and self.base[i][0].isupper():
                # "Kremlin-backed", "Scientology-related" mention the Kremlin and Scientology
                self.base_end[i] -= len(self.base[i]) - suffix.start()
                self.base[i] = self.base[i][: suffix.start()]


def _surface(text: str) -> str:
    return normalise_name(text)


def _storm_name(words: list[str]) -> str | None:
    """The given name of a named storm ("Milton" of "Hurricane Milton", "Trami" of "Tropical Storm
    Trami"), else None."""
    k = 2 if len(words) > 2 and words[0] in ("Tropical", "Winter") and words[1] == "Storm" else 1
    if len(words) == k + 1 and words[k - 1] in _STORM_WORDS and words[k][:1].isupper() and words[k][1:].islower():
        return words[k]
    return None


def _event_or_norp(mtype: str, words: list[str]) -> str:
    """Refine a tagger type with word lists: NORP for peoples and groups, EVENT for named events."""
    lows = [w.lower() for w in words]
    joined = " ".join(lows)
    if joined in lx.DEMONYMS or joined in lx.GROUPS:
        return "NORP"
    if _storm_name(words):
        return "EVENT"  # "Hurricane Milton", "Typhoon Krathon": a named storm
    if len(words) > 1 and joined in lx.KNOWN_ORGS:
        return "ORGANIZATION"  # "Morgan Stanley", "Goldman Sachs": a known firm, though its words are names
    if (
        mtype in ("ORGANIZATION", "LOCATION", "MISC")
        and len(words) == 2
        and (lows[0] in lx.FIRST_NAMES or slug(lows[0]) in lx.FIRST_NAMES)
        and words[1][:1].isupper()
        and not words[1].isupper()
        and lows[1] not in lx.ORG_WORDS
        and lows[1] not in lx.LOC_WORDS
        and lows[1] not in lx.PLACES
    ):
        return "PERSON"  # a given name and one more capitalised word is a person: "Kathryn Waters"
    if (
        mtype in ("ORGANIZATION", "LOCATION", "MISC")
        and 3 <= len(words) <= 4
        and lows[1] in _PERSON_PARTICLES
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w in _PERSON_PARTICLES for w in lows[1:-1])
        and lows[-1] not in lx.ORG_WORDS
        and lows[-1] not in lx.LOC_WORDS
    ):
        return "PERSON"  # "Pieter van Dijk", "Osama bin Laden": a particle between two names
    if (
        len(words) > 1
        and lows[-1] in _CLUB_HEADS
        and (mtype != "PERSON" or (lows[0] not in lx.FIRST_NAMES and slug(lows[0]) not in lx.FIRST_NAMES))
    ):
        return "ORGANIZATION"  # "Riverside United", "Wolverhampton Wanderers": a sports club
    if len(words) > 1 and lows[0] in lx.CLUB_PREFIXES and words[1][:1].isupper() and lows[-1] not in lx.ORG_WORDS:
        return "ORGANIZATION"  # "Real Madrid", "Borussia Dortmund": a club, not the city
    if len(words) > 1 and lows[-1] in _VENUE_HEADS:
        return "LOCATION"  # "Emirates Stadium": a ground is a place
    if (
        mtype in ("LOCATION", "PERSON", "MISC")
        and len(words) > 1
        and words[-1][:1].isupper()
        and lows[-1].endswith("s")
        and not lows[-1].endswith(("ss", "lands"))
        and " ".join(lows[:-1]) in lx.PLACES
        and lows[-1] not in lx.LOC_WORDS
        and lows[-1] not in lx.ORG_WORDS
        and lows[-1] not in lx.EVENT_WORDS
        and lows[-1] not in _PLACE_HEADS
        and lows[-1] not in _EVENT_HEADS
        and lows[-1] not in lx.GROUPS
        and lows[-1] not in lx.DEMONYMS
    ):
        return "ORGANIZATION"  # "Boston Celtics", "Northampton Saints": a city and a plural are a team
    if (
        mtype in ("ORGANIZATION", "MISC")
        and len(words) > 2
        and lows[0] in _INSTITUTION_FIRSTS
        and words[0][:1].isupper()
        and lows[1] in ("of", "for", "on")
    ):
        return "ORGANIZATION"  # "Institute for the Study of War": an institution, whatever its topic
    if mtype == "MISC" and len(words) > 1 and lows[-1] == "congress" and lows[0] != "world":
        return "ORGANIZATION"  # "African National Congress": a party or a legislature
    if (
        mtype in ("LOCATION", "MISC")
        and len(words) > 1
        and lows[-1] in _INSTITUTION_HEADS
        and joined not in lx.COUNTRIES
        and joined not in lx.PLACES
        and joined not in lx.NOT_PUBLIC_BODIES
    ):
        return "ORGANIZATION"  # "Bristol City Council" is the council, not the city
    if mtype == "PERSON" and len(words) > 1 and (lows[-1] in lx.ORG_WORDS or lows[-1] in lx.BUSINESS_ORG_HEADS):
        return "ORGANIZATION"  # "Veridian Therapeutics", "Counterpoint Research": companies, not people
    if mtype == "PERSON" and len(words) > 1 and lows[-1] in lx.LOC_WORDS:
        return "LOCATION"  # "Ostra River"
    if (joined in lx.COUNTRIES or joined in lx.PLACES) and mtype in ("ORGANIZATION", "MISC", "PERSON"):
        return "LOCATION"  # a country named alone is the place, even when it acts ("Canada said")
    if joined in lx.KNOWN_EVENTS:
        return "EVENT"
    if (
        len(words) == 1
        and mtype in ("ORGANIZATION", "LOCATION", "PERSON")
        and _MODEL_CODE.match(words[0])
        and not _NUMBER_AND_WORD.match(words[0])
        and not (mtype == "ORGANIZATION" and _CALL_SIGN.match(words[0]))
        and joined not in lx.KNOWN_ORGS
    ):
        return "MISC"  # letters and digits in one word are a model or version: "IE6", "A380", "F-16"
    if joined in lx.KNOWN_ORGS and mtype != "PERSON":
        return "ORGANIZATION"
    if joined in lx.KNOWN_MISC and mtype != "PERSON":
        return "MISC"
    if mtype == "MISC":
        if all(w in lx.DEMONYMS or w in lx.GROUPS for w in lows):
            return "NORP"
        if len(words) == 1 and (_DEMONYM_SUFFIX.match(words[0]) or _FOLLOWER.match(words[0])):
            return "NORP"
    if (
        mtype != "PERSON"
        and len(words) > 1
        and (
            lows[-1] in _EVENT_HEADS
            or (lows[-1].isdigit() and len(lows[-1]) == 4 and lows[-2] in _EVENT_HEADS)
        )
    ):
        return "EVENT"  # "Tokyo Olympics", "Expo 2010"
    return mtype


def _trim(doc: Doc, a: int, b: int, start: int, end: int) -> tuple[int, int]:
    """Character span of tokens [a, b) without a possessive "'s", trailing dots or brackets."""
    tokens = doc.tokens
    last = tokens[b - 1].text
    if _POSSESSIVE.search(last) and len(last) > 2:
        end -= 2
    suffix = _TRAILING_SUFFIX.search(last)
    if suffix and suffix.start() > 0:
        end = tokens[b - 1].start + suffix.start()
    # a dot ends an initial or an abbreviation only if the token before it is one ("Inc.", "L.")
    while b - 1 > a and not tokens[b - 1].text[:1].isalnum():
        prev = tokens[b - 2].text
        if tokens[b - 1].text == "." and (
            len(prev) == 1 or prev.lower() + "." in lx.ORG_WORDS or prev in lx.COMPANY_SUFFIXES_DOTTED
        ):
            break
        b -= 1
        end = tokens[b - 1].end
    while a < b - 1 and not tokens[a].text[:1].isalnum() and tokens[a].text not in "#@":
        a += 1
        start = tokens[a].start
    first = tokens[a].text
    prefix = _LEADING_PREFIX.match(first)
    if prefix and len(first) > prefix.end() and first[prefix.end()].isupper():
        # "anti-Pyongyang" mentions Pyongyang
        start = tokens[a].start + prefix.end()
    return start, end


def _title_low(tokens: list, i: int, b: int) -> str:
    """Lower-case token i, with its period when it is an abbreviated title ("Maj" + "." -> "maj.")."""
    low = tokens[i].text.lower()
    if i + 1 < b and tokens[i + 1].text == "." and low + "." in lx.TITLE_HEADS:
        return low + "."
    return low


def _strip_title(doc: Doc, a: int, b: int) -> int:
    """First token of a person name after any titles or honorifics the tagger included."""
    tokens = doc.tokens
    while b - a > 1:
        low = _title_low(tokens, a, b)
        if low in _ROLE_HEADS or low in lx.TITLE_MODIFIERS or low in _HONORIFICS:
            a += 1
            if a < b - 1 and tokens[a].text == ".":
                a += 1
            continue
        break
    return a


# honours written before a name after another title ("Labour MP Dame Karen Bradley"): the rank of
# the person, not the end of the role
_NOBLE_HONOURS = frozenset("sir dame lord lady".split())


_DAY_WORDS = lx.WEEKDAYS | lx.MONTHS | frozenset("yesterday today tomorrow tonight".split())


def _portfolio_start(doc: Doc, head: int, lower_bound: int) -> int:
    """First token of a UK-style portfolio before a capitalised "Secretary" or "Minister" at
    token `head` ("Work and Pensions Secretary", "Energy Security and Net Zero Secretary"):
    capitalised words joined by "and"; a people, a country, an owner in the possessive or a
    sentence opener is no part of it ("Russian Foreign Minister", "Israel's Prime Minister")."""
    tokens = doc.tokens
    i = head - 1
    while i >= lower_bound and head - i <= 8:
        t = tokens[i].text
        low = t.lower()
        if (
            t[:1].isupper()
            and t.isalpha()
            and not t.isupper()
            and low not in lx.DEMONYMS
            and low not in lx.COUNTRIES
            and low not in lx.KNOWN_ORGS
            and low not in OPENERS
            and low not in _DAY_WORDS
        ):
            i -= 1
            continue
        if low in ("and", "&") and i > lower_bound and tokens[i - 1].text[:1].isupper() and tokens[i + 1].text[:1].isupper():
            i -= 1
            continue
        if (
            t == ","
            and i > lower_bound
            and tokens[i - 1].text[:1].isupper()
            and any(tokens[j].text == "and" for j in range(i + 1, head))
            and (i < 2 or not tokens[i - 2].text[:1].isupper())
        ):
            i -= 1  # "Culture, Media and Sport Secretary": one word of a listed brief
            continue
        break
    return i + 1


def _in_portfolio(words: _Words, a: int, b: int) -> bool:
    """True when tokens [a, b) are part of a UK-style portfolio before a capitalised "Secretary" or
    "Minister" and a name ("Work and Pensions Secretary Liz Kendall"): a brief, no name of its own."""
    lows, norm, n = words.lows, words.norm, len(words.lows)
    k = b
    while k < n and k - b < 8 and norm[k] not in lx.PORTFOLIO_HEADS and (
        (words.caps[k] and norm[k].isalpha() and not norm[k].isupper())
        or lows[k] in ("and", "&")
        or (norm[k] == "," and k + 1 < n and words.caps[k + 1])  # "Culture, Media and Sport Secretary"
    ):
        k += 1
    if not (k + 1 < n and norm[k] in lx.PORTFOLIO_HEADS and words.caps[k + 1] and words.starts[k + 1] == words.ends[k] + 1):
        return False
    return (
        not norm[b - 1].endswith("'s")
        and all(words.caps[j] or lows[j] in ("and", "&") for j in range(a, b))
        and not any(
            lows[j] in _INSTITUTION_HEADS or lows[j] in _FORCE_HEADS or lows[j] in _GAZ_SINGLE for j in range(a, b)
        )
        and not _known(words, a, b)
    )


def _role_before(doc: Doc, first: int, lower_bound: int) -> str | None:
    """The title or role written just before a person's name: "Russian Foreign Minister", "sculptor".

    Titles may carry an "of" phrase ("Head of the Ministry of Defense"); a nationality before the
    title is a separate NORP, not part of the role. A chamber before a title belongs to it ("House
    Speaker", "Senate Majority Leader"), and so does a UK portfolio ("Work and Pensions Secretary").
    """
    tokens = doc.tokens
    i = first - 1
    while i >= lower_bound:
        t = tokens[i].text
        low = _title_low(tokens, i, first)
        if t == "." and i > lower_bound and tokens[i - 1].text.lower() + "." in lx.TITLE_HEADS:
            i -= 1
            continue
        if low == "officer" and t[:1].isupper():
            # "Chief Scientific Officer", "Chief Operating Officer": one title, whatever the middle word
            for size in (2, 3):
                if (
                    i - size >= lower_bound
                    and tokens[i - size].text == "Chief"
                    and all(tokens[j].text[:1].isupper() for j in range(i - size + 1, i))
                ):
                    i -= size
                    break
            else:
                i -= 1
            continue
        if low in _ROLE_HEADS or low in lx.TITLE_MODIFIERS or low in _ROLE_CONNECTORS or low in lx.SPORTS_POSITIONS:
            i -= 1
            continue
        if t[:1].isupper() and (low in lx.ORG_WORDS or low in lx.INSTITUTION_NAMES) and i + 1 < first:
            if i > lower_bound and f"{tokens[i - 1].text.lower()} {low}" in lx.KNOWN_ORGS:
                i -= 1  # "White House press secretary"
            i -= 1
            continue
        break
    words = list(range(i + 1, first))
    # the role starts and ends on a title word and contains a head
    heads = _ROLE_HEADS | lx.TITLE_MODIFIERS | lx.SPORTS_POSITIONS
    k = 0
    while k < len(words) and _title_low(tokens, words[k], first) not in heads:
        k += 1
    if k < len(words) and k > 0:
        # "House Speaker", "Senate Majority Leader", "White House press secretary": keep the chamber
        j = k - 1
        while j >= 0 and tokens[words[j]].text[:1].isupper() and (
            tokens[words[j]].text.lower() in lx.INSTITUTION_NAMES
            or f"{tokens[words[j]].text.lower()} {tokens[words[j] + 1].text.lower()}" in lx.KNOWN_ORGS
        ):
            j -= 1
        k = j + 1
    words = words[k:]
    while words and tokens[words[-1]].text.lower() in _ROLE_CONNECTORS:
        words.pop()
    if not words or all(tokens[w].text.lower() in _HONORIFICS for w in words):
        return None
    lows = [_title_low(tokens, w, first) for w in words]
    if not any((w in _ROLE_HEADS or w in lx.SPORTS_POSITIONS) and w not in _HONORIFICS for w in lows):
        return None
    while words and tokens[words[0]].text.lower() in _HONORIFICS:
        words.pop(0)
    # "Labour MP Dame Karen Bradley": a rank of honour after another title is no part of the role
    while len(words) > 1 and tokens[words[-1]].text.lower() in _NOBLE_HONOURS:
        words.pop()
    if not words:
        return None
    # "Liberal Democrat leader Ed Davey", "former Tory chancellor": a party before a lower-case
    # title is the role's (a capitalised title such as "MP" keeps its own role, see the politics tests)
    while (
        words[0] > lower_bound
        and words[0] - 1 >= words[-1] - 3
        and (tokens[words[-1]].text.islower() or tokens[words[-1]].text in lx.MEMBER_TITLES)
        and tokens[words[0] - 1].text in lx.PARTY_ADJECTIVES
    ):
        words.insert(0, words[0] - 1)  # also "Labour MP": a member sits for the party
    if tokens[words[0]].text in lx.ROLE_DISTRICTS:
        # "Franklin County Sheriff", "U.S. District Judge": the county or district is the place's
        j = words[0]
        while (
            j > lower_bound
            and words[0] - j < 2
            and tokens[j - 1].text[:1].isupper()
            and tokens[j - 1].text not in ("The", "A", "An")
            and tokens[j - 1].text.lower() not in _ROLE_HEADS
            and not _POSSESSIVE.search(tokens[j - 1].text)
            and doc.text[tokens[j - 1].end : tokens[j].start] == " "
        ):
            j -= 1
        words = list(range(j, words[-1] + 1))
    if tokens[words[-1]].text in lx.PORTFOLIO_HEADS and all(tokens[w].text[:1].isupper() for w in words):
        start = _portfolio_start(doc, words[0], lower_bound)
        words = list(range(start, words[-1] + 1))
    end = tokens[words[-1]].end
    if words[-1] + 1 < first and tokens[words[-1] + 1].text == "." and tokens[words[-1] + 1].start == end:
        end += 1  # "Dr." keeps its dot
    text = doc.text[tokens[words[0]].start : end]
    return _surface(text) if "\n" not in text else None


_CLOSERS = frozenset(",.;:)—–-")
_ROLE_LINKS = frozenset(("of", "at", "to", "for"))


def _is_age(word: str) -> bool:
    return word.isdigit() and len(word) <= 3 and 1 <= int(word) <= 120


def _role_apposed(doc: Doc, words: _Words, a: int, b: int) -> str | None:
    """A role set off by commas beside a person's name: after it ("Kemi Badenoch, the Conservative
    leader, said", "Kevin Hassett, director of the National Economic Council,") or before it
    after "the", "a" or an owner ("the chancellor, Rachel Reeves, said", "Erdogan's spokesman,
    Omer Celik,"). The role ends on a title word; an "of" phrase goes with it when the comma,
    or the full stop, closes it."""
    tokens, norm, lows, caps, n = doc.tokens, words.norm, words.lows, words.caps, len(words.norm)
    heads = _ROLE_HEADS | lx.SPORTS_POSITIONS

    def role_word(k: int) -> bool:
        low = _title_low(tokens, k, n)
        return low in heads or low in lx.TITLE_MODIFIERS or (caps[k] and any(c.isalpha() for c in norm[k]))

    if b + 4 < n and norm[b] == "," and norm[b + 2] == "," and _is_age(norm[b + 1]):
        b += 2  # "Dafydd Jones, 71, a retired quarryman": the age comes before the role
    if b + 1 < n and norm[b] == ",":
        k = b + 1
        if lows[k] in ("the", "a", "an") and not caps[k]:
            k += 1
            if (
                lows[k] == "retired"
                and k + 2 < n
                and norm[k + 1].isalpha()
                and norm[k + 1].islower()
                and (norm[k + 2] in _CLOSERS or lows[k + 2] in ("from", "who", "in"))
            ):
                # "a retired quarryman": what one retired from is an occupation, whatever the noun
                return _surface(doc.text[tokens[k].start : tokens[k + 1].end])
        first, head = k, -1
        while k < n and k - first < 6 and role_word(k) and not norm[k].endswith("'s"):
            if _title_low(tokens, k, n) in heads:
                head = k
            k += 1
        if head >= first and (head + 1 == n or norm[head + 1] in _CLOSERS or lows[head + 1] in _ROLE_LINKS):
            end = head + 1
            if end < n and lows[end] in _ROLE_LINKS:
                # "adviser to the president", "mayor of the city of Tucson": kept when a comma closes it
                j = end + 1
                while j < n and j - end <= 6 and norm[j].isalpha() and (
                    lows[j] not in _NOT_COMMON_NOUNS or lows[j] in _ROLE_CONNECTORS
                ):
                    j += 1
                if j < n and j > end + 1 and norm[j] in _CLOSERS and not (norm[j] == "." and len(norm[j - 1]) <= 3):
                    end = j  # (not at the period of "No." or "St.")
            text = doc.text[tokens[first].start : tokens[end - 1].end]
            return _surface(text) if "\n" not in text else None
    if a >= 3 and norm[a - 1] == "," and (b == n or norm[b] in _CLOSERS):
        head = a - 2
        if _title_low(tokens, head, a) not in heads:
            return None
        k = head - 1
        while k >= 0 and head - k <= 5 and role_word(k) and not norm[k].endswith("'s") and not words.sentence_start[k]:
            k -= 1
        if k >= 0 and (lows[k] in ("the", "a", "an") or norm[k].endswith("'s")):
            text = doc.text[tokens[k + 1].start : tokens[head].end]
            return _surface(text) if "\n" not in text else None
    return None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (start, start))
    return any(0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1] for j in (i - 1, i))


def _headline_tokens(doc: Doc, words: _Words) -> list[bool]:
    """Tokens of sentences written in Title Case or capitals, where capitals say little."""
    out = [False] * len(words.norm)
    caps = words.caps
    for sentence in doc.sentences:
        idx = range(sentence.first_token, sentence.last_token)
        if sum(caps[sentence.first_token : sentence.last_token]) < 4:
            continue
        if is_title_case([words.norm[i] for i in idx]):
            for i in idx:
                out[i] = True
    return out


_GIVEN_NAME_SHAPE = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # romanised Chinese/Korean: "Son-hui"


def _is_title_word(low: str) -> bool:
    return low in _ROLE_HEADS or low in lx.TITLE_MODIFIERS


def _named_after_title(words: _Words, a: int, b: int) -> bool:
    """Two or three capitalised words right after a capitalised title ("Rep. Dontavius Jarrells",
    "Governor Kathy Hochul") or a lower-case one after "former" ("former president Álvaro Uribe
    Vélez"), none of them a title, organisation, place or connector word."""
    lows, caps, norm = words.lows, words.caps, words.norm
    if a < b and norm[a] == ".":
        a += 1  # the tagger may take the title's period into the name
    # "Rep." may come as two tokens, the abbreviation and its period
    t = a - 2 if a > 1 and norm[a - 1] == "." and words.ends[a - 2] == words.starts[a - 1] else a - 1
    title = lows[t] + "." if t == a - 2 else lows[t] if t >= 0 else ""
    return (
        2 <= b - a <= 3
        and t >= 0
        and (caps[t] or (t > 0 and lows[t - 1] in ("former", "ex-", "late")))
        and title in _ROLE_HEADS
        and title not in lx.ORG_WORDS
        and all(
            caps[j]
            and norm[j][1:].isalpha()
            and norm[j][1:].islower()
            and not _is_title_word(lows[j])
            and lows[j] not in lx.ORG_WORDS
            and lows[j] not in lx.LOC_WORDS
            and lows[j] not in _GAZ_SINGLE
            for j in range(a, b)
        )
    )


def _looks_like_person(words: _Words, a: int, b: int) -> bool:
    """Two or three capitalised words that read as a person's name: a known given name first, or a
    hyphenated East Asian given name ("Leung Kwok-hung"), and no organisation or place word."""
    if not 2 <= b - a <= 3 or not all(words.caps[i] and not words.norm[i].isupper() for i in range(a, b)):
        return False
    if any(words.lows[i] in lx.ORG_WORDS or words.lows[i] in lx.LOC_WORDS for i in range(a, b)):
        return False
    return (
        words.lows[a] in lx.FIRST_NAMES
        or (words.lows[b - 1] in lx.SURNAMES and words.lows[b - 1] not in words.lower_seen)
        or bool(_GIVEN_NAME_SHAPE.match(words.norm[b - 1]))
    )


def _known(words: _Words, a: int, b: int) -> bool:
    """True when tokens [a, b) are exactly a place, country, people or group from the word lists."""
    name = " ".join(words.lows[a:b])
    return name in _GAZ_SINGLE or any(" ".join(p) == name for p, _ in _GAZ_MULTI.get(words.lows[a], ()))


def _opens_known(words: _Words, a: int, b: int) -> bool:
    """True when a multi-word entry of the word lists starts at token a and ends by b."""
    return any(
        len(parts) <= b - a and tuple(words.lows[a : a + len(parts)]) == parts
        for parts, _ in _GAZ_MULTI.get(words.lows[a], ())
    )


def _split_people(words: _Words, a: int, b: int, t: str) -> list[tuple[int, int, str]]:
    """Split "Ann Chiang of DAB and Priscilla Leung" into its people and organisations.

    "<Person> of <Organisation>" names a person and their affiliation; "and" joins two names when
    a person's name stands on either side of it.
    """
    for k in range(a + 1, b - 1):
        low = words.lows[k]
        if low not in ("of", "and") or words.caps[k]:
            continue
        if low == "and" and (_known(words, a, k) or _known(words, k + 1, b)) and not _known(words, a, b):
            # "Bangladeshis and Rohingya", "Kenya and Uganda": two names, not one
            return [*_split_people(words, a, k, t), *_split_people(words, k + 1, b, t)]
        left_person = _looks_like_person(words, a, k)
        right_person = low == "and" and any(
            _looks_like_person(words, k + 1, k + 1 + m) for m in (2, 3) if k + 1 + m <= b
        )
        if left_person or right_person:
            left = [(a, k, "PER")] if left_person else [(a, k, t)]
            return left + _split_people(words, k + 1, b, t)
    if t != "PER" and _looks_like_person(words, a, b) and words.lows[a] in lx.FIRST_NAMES:
        return [(a, b, "PER")]
    return [(a, b, t)]


_BREAKS = frozenset(',;:()[]"“”«»—–')


_SHORT_COUNTRIES = frozenset("us usa uk uae eu un ussr prc drc".split())


def _place_or_topic_after(words: _Words, a: int, k: int, b: int) -> bool:
    """True when token k ("at", "on", "of") joins two names rather than being part of one.

    "Pace Galleries at USI", "Scientology on French television": "at" and "on" join a name to
    another unless an organisation word comes before them ("Council on Foreign Relations") or a
    university names its campus ("University of Texas at Austin"). "University of Sheffield of
    the UK": a name does not end in "of the" and a country's short form.
    """
    low = words.lows[k]
    if words.caps[k] or k == a:
        return False
    if low in ("at", "on"):
        prev = words.lows[k - 1]
        return prev not in lx.ORG_WORDS and not (low == "at" and "university" in words.lows[a:k])
    return (
        low == "of"
        and k + 3 == b
        and words.lows[k + 1] == "the"
        and words.lows[k + 2] in _SHORT_COUNTRIES
        and words.norm[k + 2].isupper()
    )


def _split_at_breaks(words: _Words, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Split spans where one name cannot continue into the next.

    At punctuation ("Taiwan — The Taipei Lantern Festival"), at a lower-case "the" that no "of"
    or "for" introduces ("Rathbun the Scientology"), and after a place in the possessive
    ("Italy's la Repubblica").
    """
    out: list[tuple[int, int, str]] = []
    lows = words.lows
    for a, b, t in spans:
        start = a
        for k in range(a, b):
            cut_before = (
                words.norm[k] in _BREAKS
                or (
                    lows[k] == "the"
                    and not words.caps[k]
                    and k > a
                    and lows[k - 1] not in ("of", "for", "on", "and", "in", "at", "to")
                )
                or _place_or_topic_after(words, a, k, b)
            )
            # "Italy's la Repubblica", "FTU's Alice Mak": an owner in the possessive, then another name
            cut_after = (
                k + 1 < b
                and words.norm[k].endswith("'s")
                and (
                    words.base[k].lower() in _GAZ_SINGLE
                    or _looks_like_person(words, k + 1, b)
                    # "Scottish National Party's Westminster leader": an organisation owns what follows
                    or (k > a and words.base[k].lower() in _INSTITUTION_HEADS and words.caps[k])
                    # "Belmora's Defence Ministry": an owner, then its organisation
                    or (
                        b - k >= 3
                        and (lows[b - 1] in lx.ORG_WORDS or lows[b - 1] in _INSTITUTION_HEADS)
                        and lows[k + 1] not in lx.ORG_WORDS
                    )
                )
            )
            # "President Cyril Ramaphosa and Nigerian President Bola Tinubu": two titled persons
            cut_and = (
                lows[k] == "and"
                and t in ("ORG", "MISC")
                and k > start + 1
                and k + 2 < b
                and (lows[k + 1] in lx.DEMONYMS or lows[k + 1] in lx.TITLE_HEADS)
                and any(lows[j] in lx.TITLE_HEADS and words.caps[j] for j in range(start, k - 1))
                and lows[k - 1] not in lx.ORG_WORDS
            )
            # "Taylor Swift's Eras Tour": what a person owns is no part of the person, nor a person
            owned = (
                k + 1 < b
                and t == "PER"
                and k > start
                and words.norm[k].endswith("'s")
                and _looks_like_person(words, start, k + 1)
                and not _looks_like_person(words, k + 1, b)
            )
            if cut_before or cut_and:
                if k > start:
                    out.append((start, k, t))
                start = k + 1
            elif owned:
                out.append((start, k + 1, t))
                out.append((k + 1, b, "MISC"))
                start = b
                break
            elif cut_after:
                out.append((start, k + 1, t))
                start = k + 1
        if b > start:
            out.append((start, b, t))
    return out


def _ordinary_opener(words: _Words, i: int) -> bool:
    """A capitalised word that opens a sentence and that the article writes in lower case
    elsewhere, and never capitalised inside a sentence, is an ordinary word, not a name."""
    low = words.lows[i]
    return (
        words.sentence_start[i]
        and low in words.lower_seen
        and low not in words.caps_inside
        and low not in lx.FIRST_NAMES
        and low not in _GAZ_SINGLE
        and not words.norm[i].isupper()
    )


def _lone_opener(words: _Words, i: int) -> bool:
    """A single capitalised word read as a person that only ever opens sentences, is no known
    given name or surname, and follows no given name anywhere ("Fans", "Pedestrians", "Ask")."""
    low = words.lows[i]
    return (
        words.sentence_start[i]
        and low not in words.caps_inside
        and low not in lx.FIRST_NAMES
        and low not in lx.SURNAMES
        and low not in words.after_given
        and not words.norm[i].isupper()
    )


def _apposition_role(words: _Words, b: int) -> bool:
    """True when ", a/an <role>" follows token b - 1 ("..., an economist at", "..., a senior lawyer"),
    or an age set off by commas ("Dafydd Jones, 71, a retired quarryman": news gives ages of people)."""
    lows, n = words.lows, len(words.lows)
    if (
        b + 2 < n
        and lows[b] == ","
        and lows[b + 1].isdigit()
        and len(lows[b + 1]) <= 3
        and 1 <= int(lows[b + 1]) <= 120
        and lows[b + 2] == ","
    ):
        return True
    if b + 2 >= n or lows[b] != "," or lows[b + 1] not in ("a", "an"):
        return False
    k = b + 2
    if k + 1 < n and lows[k] not in lx.TITLE_HEADS and not words.caps[k]:
        k += 1  # one adjective: "a senior lawyer"
    return lows[k] in lx.TITLE_HEADS and not words.caps[k]


def _after_workplace_noun(words: _Words, a: int) -> bool:
    """True when a name follows "<job> at (the)" ("analysts at Morgan Stanley", "an economist at
    the Bundesbank"): the place of work of analysts, economists or traders is an organisation."""
    lows = words.lows
    k = a - 1
    if k >= 0 and lows[k] == "the" and not words.caps[k]:
        k -= 1
    return k >= 1 and lows[k] == "at" and lows[k - 1] in lx.WORKPLACE_NOUNS


def _person_relation_at(words: _Words, k: int) -> bool:
    """True when a noun only a person (or a body) has starts at token k, perhaps after one title
    modifier: "spokesman", "wife", "former lawyer", "chief of staff"."""
    lows, n = words.lows, len(words.lows)
    if k < n and lows[k] in lx.TITLE_MODIFIERS and not words.caps[k]:
        k += 1
    if k >= n or words.caps[k]:
        return False
    return lows[k] in lx.PERSON_RELATIONS or " ".join(lows[k : k + 3]) in lx.PERSON_RELATIONS or (
        " ".join(lows[k : k + 2]) in lx.PERSON_RELATIONS
    )


def _before_noun(words: _Words, b: int) -> bool:
    """True when token b is a lower-case word that reads as a noun the name modifies ("Greater
    China offices"), not a verb ("said", "disagreed") or a function word."""
    if b >= len(words.lows):
        return False
    low = words.lows[b]
    return low.isalpha() and low == words.norm[b] and low not in _NOT_COMMON_NOUNS and not low.endswith("ed")


def _after_possessive(words: _Words, a: int, b: int) -> bool:
    """True when a name stands between a possessive determiner and a common noun ("its App Store
    rules", "their Galaxy phones"): English puts no "its" or "their" before a person's name."""
    return a > 0 and words.lows[a - 1] in _POSSESSIVE_DETERMINERS and _before_noun(words, b)


def _place_not_person(words: _Words, a: int, b: int) -> bool:
    """Tokens [a, b) read as a person end in a place word ("Long Rock", "Prospect Hill"), no title
    or given name comes with them, and the last word never stands alone as a surname."""
    lows = words.lows
    if b - a < 2 or lows[b - 1] not in _PLACE_HEADS or lows[a] in lx.FIRST_NAMES or slug(lows[a]) in lx.FIRST_NAMES:
        return False
    if a > 0 and (_is_title_word(lows[a - 1].rstrip(".")) or lows[a - 1] in _HONORIFICS):
        return False
    if any(lows[i] in lx.ORG_WORDS for i in range(a, b)):
        return False
    if words.before_cap is None:
        words.before_cap = defaultdict(set)  # capitalised word -> the words written before it
        for i in range(1, len(lows)):
            if words.caps[i]:
                words.before_cap[lows[i]].add(lows[i - 1])
    return words.before_cap[lows[b - 1]] <= {lows[b - 2]}


def _refine_spans(words: _Words, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Token-level repairs of tagger spans, each a regularity of English names.

    - a span never ends on "of"/"and"/"the";
    - "<organisation word> of <Name>" is one organisation ("Church of Scientology");
    - two parts of an organisation around one capitalised word are one ("Grekov Military Artists
      Studio");
    - an organisation followed by a given name and a surname is two names ("Ministry of Defense
      Andrei Belousov"), unless the run ends in an organisation word ("Andy Warhol Foundation");
    - a span cutting through a multi-word place or people ("North | Korean") yields to it.
    """
    lows, caps, n = words.lows, words.caps, len(words.lows)
    out: list[list] = []
    for a, b, t in _split_at_breaks(words, spans):
        while b - a > 1 and lows[b - 1] in lx.NAME_CONNECTORS:
            b -= 1
        while b - a > 1 and lows[a] in lx.NAME_CONNECTORS and not caps[a]:
            a += 1
        # "Experimental Alzheimer's": a sentence-initial word the article also writes in lower
        # case is an ordinary word, unless it is a given name or opens a known multi-word name
        while (
            b - a > 1
            and words.sentence_start[a]
            and lows[a] in words.lower_seen
            and lows[a] not in lx.FIRST_NAMES
            and not _opens_known(words, a, b)
        ):
            a += 1
        # "Malaysia's Prime Minister": a title after a possessive is not part of the name
        for k in range(a, b - 1):
            if (
                words.norm[k].endswith("'s")
                and lows[b - 1] in lx.TITLE_HEADS
                and lows[b - 1] not in lx.ORG_WORDS
                and all(lows[j] in lx.TITLE_HEADS or lows[j] in lx.TITLE_MODIFIERS for j in range(k + 1, b))
            ):
                b = k + 1
                break
        # "State Department Spokesperson": a title after an organisation is a role, not the name
        while b - a > 1 and lows[b - 1] in lx.TITLE_HEADS and lows[b - 1] not in lx.ORG_WORDS and t != "PER":
            b -= 1
        if (
            b - a == 2
            and t != "PER"
            and lows[a] in lx.DEMONYMS
            and lows[a + 1] not in lx.ORG_WORDS
            and b < n
            and lows[b] in lx.TITLE_HEADS
            and lows[b] not in lx.ORG_WORDS
            and caps[b]
        ):
            b, t = a + 1, "MISC"  # "Egyptian Irrigation Minister": a nationality and a portfolio, no organisation
        if t in ("ORG", "MISC"):
            # "U.S. Secretary of State Antony Blinken" read as an organisation "State Antony
            # Blinken": two or three capitalised words after a title are the person holding it
            # (not a place or a body: "Prince Street Bridge", "Minister of State Office")
            # "Brazilian President Luiz Inácio Lula da Silva": a nationality first is a NORP
            portfolio = [
                j for j in (a, a + 1)
                if j + 2 < b
                and words.norm[j + 1] in lx.PORTFOLIO_HEADS
                and caps[j]
                and not _is_title_word(lows[j])
                and lows[j] not in lx.ORG_WORDS
                and lows[j] not in _GAZ_SINGLE
            ]  # "Indian Power Minister Manohar Lal": a brief before the title
            j0 = (
                a + 1
                if b - a > 2 and lows[a] in lx.DEMONYMS and (_is_title_word(lows[a + 1]) or portfolio == [a + 1])
                else a
            )
            if j0 == a and b - a > 3 and f"{lows[a]} {lows[a + 1]}" in lx.DEMONYMS and _is_title_word(lows[a + 2]):
                j0 = a + 2  # "South African President Cyril Ramaphosa": a two-word nationality
            k = j0 + 1 if portfolio == [j0] else j0
            while k < b and (_is_title_word(lows[k]) or (k > j0 and lows[k] in {"of", "the"})):
                k += 1
            titled = any(lows[j] in _ROLE_HEADS and lows[j] not in lx.ORG_WORDS for j in range(j0, k)) or (
                a > 1 and lows[a - 1] == "of" and lows[a - 2] in lx.TITLE_HEADS and caps[a - 2]
            )
            # a particle between capitalised words lengthens a name ("Lula da Silva", "bin Salman")
            particles = sum(
                1 for j in range(k + 1, b - 1) if not caps[j] and lows[j] in _ROMANCE_PARTICLES | _PERSON_PARTICLES
            )
            if (
                k > j0
                and titled
                and 2 <= b - k - particles <= (4 if particles else 3)
                and caps[k]
                and caps[b - 1]
                and all(
                    (caps[j] and lows[j] not in lx.ORG_WORDS and lows[j] not in lx.LOC_WORDS
                     and lows[j] not in lx.NAME_CONNECTORS)
                    or (not caps[j] and lows[j] in _ROMANCE_PARTICLES | _PERSON_PARTICLES)
                    for j in range(k, b)
                )
            ):
                if j0 > a:
                    out.append([a, j0, "MISC"])
                a, t = k, "PER"
            elif _named_after_title(words, a, b):
                t = "PER"  # "State Rep. Dontavius Jarrells" read as an organisation
        elif t == "PER" and b - a >= 4:
            # "Franklin County Sheriff Dallas Baldwin", "Los Angeles Mayor Karen Bass" read as one
            # person: a place, then a title, then the holder's name
            for j in range(a + 1, b - 2):
                if (
                    caps[j]
                    and lows[j] in _ROLE_HEADS
                    and lows[j] not in lx.ORG_WORDS
                    and b - j - 1 <= 3
                    and all(caps[x] and not _is_title_word(lows[x]) for x in range(j + 1, b))
                    and any(lows[x] in lx.LOC_WORDS or lows[x] in _GAZ_SINGLE for x in range(a, j))
                ):
                    out.append([a, j, "LOC"])
                    a = j + 1
                    break
        if (
            t != "PER"
            # "The Prime Minister's spokesman": the title without its possessive
            and all(
                _is_title_word(words.base[j].lower()) or (lows[j] in lx.NAME_CONNECTORS and not caps[j])
                for j in range(a, b)
            )
            and any(w in lx.TITLE_HEADS and w not in lx.ORG_WORDS for w in (words.base[j].lower() for j in range(a, b)))
        ):
            continue  # "Secretary of State" alone is a title
        # "While USI", "Other pro-Beijing": a capitalised sentence opener is not part of the name
        while b - a > 1 and words.sentence_start[a] and (lows[a] in OPENERS or lows[a] in _SENTENCE_ADVERBS):
            a += 1
        if b - a == 1 and _ordinary_opener(words, a):
            continue  # "Iodine is ...": a word the article otherwise writes in lower case
        out.append([a, b, t])
    merged: list[list] = []
    for span in out:
        w = span[0] - 2
        if (
            span[2] == "ORG"
            and w >= 0
            and lows[w + 1] == "and"
            and (lows[span[1] - 1] in lx.ORG_WORDS or lows[span[1] - 1] in _INSTITUTION_HEADS)
            and caps[w]
            and not words.sentence_start[w]
            and not words.norm[w].isupper()
            and lows[w] not in lx.FIRST_NAMES
            and lows[w] not in _GAZ_SINGLE
            and lows[w] not in lx.ORG_WORDS
            and words.ends[w] + 1 == words.starts[w + 1]
            and words.ends[w + 1] + 1 == words.starts[span[0]]
        ):
            # "the ruling Justice and Development Party", "U.S. Food and Drug Administration": one
            # capitalised noun and "and" before an organisation's name belong to it
            prev = merged[-1] if merged else None
            if prev is None or prev[1] <= w:
                if w == 0 or not caps[w - 1] or words.sentence_start[w]:
                    span[0] = w
            elif prev[1] == w + 1 and prev[1] - prev[0] >= 2 and prev[2] != "PER" and _known(words, prev[0], w):
                prev[1], span[0] = w, w  # "U.S." stays the place
        if merged:
            prev = merged[-1]
            gap = span[0] - prev[1]
            if (
                gap == 1
                and lows[prev[1]] == "&"
                and prev[1] - prev[0] == 1
                and prev[2] != "PER"
                and span[2] == "ORG"
                and lows[span[1] - 1] in _CLUB_HEADS | _INSTITUTION_HEADS
            ):
                # "Brighton & Hove Albion": "&" joins a word to a club's or an institution's name
                prev[1], prev[2] = span[1], "ORG"
                continue
            if prev[2] == "ORG" and span[2] == "ORG" and gap == 1 and caps[prev[1]]:
                prev[1] = span[1]
                continue
            if (
                prev[2] == "ORG"
                and gap == 1
                and lows[prev[1]] in ("and", "&")
                and span[1] - span[0] == 1
                and span[2] in ("PER", "ORG")
                and lows[span[0]] not in lx.FIRST_NAMES
                and lows[span[0]] not in _GAZ_SINGLE
                and lows[span[0]] not in words.after_given
            ):
                # "The Globe and Mail": an organisation, "and" and one more word that is nobody's
                # name in the article is one organisation
                prev[1], prev[2] = span[1], "ORG"
                continue
            if (
                gap == 2
                and caps[prev[1]]
                and lows[prev[1]].endswith("s")
                and words.norm[prev[1] + 1] in ("'", "’")
                and words.ends[prev[1]] == words.starts[prev[1] + 1]
                and lows[span[1] - 1] in lx.ORG_WORDS
                and prev[2] != "PER"
            ):
                # "Lisbon Port Workers' Union": a plural possessive inside an organisation's name
                prev[1], prev[2] = span[1], "ORG"
                continue
            if (
                gap == 1
                and lows[prev[1]] in _ROMANCE_PARTICLES
                and not caps[prev[1]]
                and words.ends[prev[1] - 1] + 1 == words.starts[prev[1]]
                and words.ends[prev[1]] + 1 == words.starts[span[0]]
            ):
                # "Palais des Nations", "Lula da Silva": a Romance particle inside one name
                if lows[prev[0]] in _ROMANCE_PLACE_HEADS or lows[span[1] - 1] in lx.LOC_WORDS:
                    prev[2] = "LOC"
                elif prev[2] != "PER" and span[2] == "PER" and prev[1] - prev[0] > 1:
                    prev[2] = "PER"
                prev[1] = span[1]
                continue
            if (
                gap == 1
                and lows[prev[1]] in ("and", "&")
                and prev[1] - prev[0] >= 3
                and lows[prev[0]] in _INSTITUTION_FIRSTS
                and lows[prev[0] + 1] in ("of", "for")
                and prev[2] != "PER"
                and span[1] - span[0] <= 2
                and all(caps[j] and not words.norm[j].isupper() for j in range(span[0], span[1]))
                and not _known(words, span[0], span[1])
                and lows[span[0]] not in lx.FIRST_NAMES
                and lows[span[0]] not in _GAZ_SINGLE
            ):
                # "Office of Management and Budget", "Department of Health and Social Care": the
                # topics of an institution "of" two things are joined by "and" inside its name
                prev[1], prev[2] = span[1], "ORG"
                continue
            if (
                gap == 1
                and lows[prev[1]] in ("and", "&")
                and span[2] == "ORG"
                and span[1] - span[0] >= 2
                and prev[1] - prev[0] == 1
                and lows[span[1] - 1] in lx.ORG_WORDS
                and prev[2] != "PER"
                and lows[span[0]] not in lx.ORG_WORDS
                and not any(lows[j] in lx.ORG_WORDS or lows[j] in _GAZ_SINGLE for j in range(prev[0], prev[1]))
            ):
                # "Competition and Markets Authority": the organisation word governs both nouns
                prev[1], prev[2] = span[1], "ORG"
                continue
            if (
                gap == 0
                and lows[span[1] - 1] in lx.ORG_WORDS
                and words.ends[prev[1] - 1] + 1 == words.starts[span[0]]
                and not words.norm[prev[1] - 1].endswith("'s")
            ):
                # "Andy Warhol" + "Photographic Legacy Program": a name inside an organisation's
                prev[1], prev[2] = span[1], "ORG"
                continue
            if (
                (prev[2] == "ORG" or lows[prev[1] - 1] in lx.ORG_WORDS)
                and prev[2] != "PER"
                and gap in (1, 2)
                and lows[prev[1]] in ("of", "for", "on")
                and (gap == 1 or lows[prev[1] + 1] == "the")
                and span[2] != "PER"
                and not (span[1] - span[0] == 1 and words.norm[span[0]].lower() in _SHORT_COUNTRIES)
            ):
                prev[1], prev[2] = span[1], "ORG"
                continue
        merged.append(span)
    final: list[tuple[int, int, str]] = []
    for a, b, t in merged:
        company = False
        while b - a > 1 and words.norm[b - 1] in lx.MEMBER_PLURALS:
            # "Labour MPs", "Reform UK MPs": the members of a party, whose name ends before them;
            # "Tory MPs": the party's adjective, a NORP
            b -= 1
            t = "MISC" if all(lows[j] in lx.GROUPS or lows[j] in lx.DEMONYMS for j in range(a, b)) else "ORG"
        while b - a > 1 and not words.norm[a][:1].isalnum() and words.norm[a] not in "#@":
            a += 1  # "— Senate Republicans": a dash opens no name
        if b - a == 2 and lows[a] in lx.INSTITUTION_NAMES and lows[a + 1] in lx.GROUPS and caps[a]:
            # "Senate Republicans", "House Democrats": a chamber, then the party's members in it
            final.append((a, a + 1, "ORG"))
            a, t = a + 1, "MISC"
        if (
            b - a > 1
            and words.norm[b - 1].isdigit()
            and b < n
            and words.starts[b] == words.ends[b - 1]
            and words.norm[b][:1] in "-–"
        ):
            b -= 1  # "Castleford Rovers 3-1": a score is not part of the name
        if (
            a >= 2
            and words.norm[a - 1] == "-"
            and words.norm[a - 2].isdigit()
            and words.ends[a - 2] + 1 == words.starts[a]
        ):
            a -= 2  # "7-Eleven": a number joined to a name by a hyphen is part of it
        elif a >= 1 and words.norm[a - 1].isdigit() and words.ends[a - 1] == words.starts[a]:
            a -= 1  # "3M"
        if t == "PER" and words.norm[a][:1].isdigit():
            t = "ORG"  # no person's name starts with a digit; companies' names do ("3M", "7-Eleven")
        if b - a > 1 and _quantity_at(words, b - 1):
            b -= 1  # "fined Apple 1.8 billion euros": a quantity is not part of the name
        if (
            b < n
            and words.norm[b] in lx.COMPANY_SUFFIXES
            and words.starts[b] == words.ends[b - 1] + 1
            and not words.sentence_start[b]
            and not (b + 1 < n and caps[b + 1] and words.starts[b + 1] == words.ends[b] + 1)
        ):
            b, t = b + 1, "ORG"  # "Apple Inc.", "Siemens AG": a legal-form suffix ends a company's name
        if (
            b + 1 < n
            and lows[b] in ("and", "&")
            and words.norm[b + 1] == "Co"
            and words.starts[b] == words.ends[b - 1] + 1
            and t != "LOC"
        ):
            b, t = b + 2, "ORG"  # "Eli Lilly and Co.": "and Co." ends a company's name like "Inc."
            company = True
        if (
            b < n
            and caps[b]
            and lows[b] in _FORCE_HEADS
            and t in ("LOC", "MISC", "ORG")
            and words.starts[b] == words.ends[b - 1] + 1
            and not words.sentence_start[b]
            and not (b + 1 < n and caps[b + 1])
        ):
            b, t = b + 1, "ORG"  # "Greater Manchester" + "Police": a place and its police force
        if (
            b < n
            and words.norm[b - 1] in lx.COMPANY_SUFFIXES_DOTTED
            and words.norm[b] == "."
            and words.starts[b] == words.ends[b - 1]
        ):
            b, t = b + 1, "ORG"  # "Inc." keeps its period as written
        if (
            t != "PER"
            and b + 2 < n
            and caps[b]
            and lows[b].endswith("s")
            and words.norm[b + 1] == "'"
            and words.ends[b] == words.starts[b + 1]
            and caps[b + 2]
        ):
            # "Lisbon Port" + "Workers' Union": a plural possessive inside an organisation's name
            k = b + 2
            while k + 1 < n and caps[k + 1] and words.starts[k + 1] == words.ends[k] + 1:
                k += 1
            if lows[k] in lx.ORG_WORDS:
                b, t = k + 1, "ORG"
        if t == "ORG" and a >= 2 and lows[a - 1] == "&" and caps[a - 2] and lows[b - 1] in lx.ORG_WORDS:
            # "Harbourside Residents & Traders Association": capitalised nouns joined by "&" to
            # an organisation belong to it
            k = a - 1
            while k > 0 and caps[k - 1] and not words.sentence_start[k]:
                k -= 1
            if words.sentence_start[k] and lows[k] in OPENERS:
                k += 1
            if k < a - 1:
                a = k
        if (
            t == "MISC"
            and b < n
            and words.norm[b].isdigit()
            and len(words.norm[b]) <= 3
            and words.starts[b] == words.ends[b - 1] + 1
            and not (b + 1 < n and words.starts[b + 1] == words.ends[b] and words.norm[b + 1][:1] in "-–")
            and not _quantity_at(words, b)
        ):
            b += 1  # a version or a number belongs to a product's name: "Internet Explorer 6"
        # "Shanghai World" + "Expo 2010": a capitalised event word after a name completes it
        while b < n and caps[b] and lows[b] in _EVENT_HEADS and words.starts[b] == words.ends[b - 1] + 1:
            b += 1
            if b < n and words.norm[b].isdigit() and len(words.norm[b]) == 4:
                b += 1
        # "<Organisation word> of <Capitalised>" the tagger stopped before
        if t == "ORG" and b + 1 < n and lows[b] == "of" and caps[b + 1] and lows[b - 1] in lx.ORG_WORDS:
            b += 2
            while b < n and caps[b]:
                b += 1
        if (
            b - a >= 3
            and (lows[a] in lx.DEMONYMS or lows[a] in lx.GROUPS or _FOLLOWER.match(words.norm[a]))
            and _looks_like_person(words, a + 1, b)
        ):
            # "Scientologist Tom Cruise", "American Jann Wenner": a people, then a person
            final.append((a, a + 1, "MISC"))
            a, t = a + 1, "PER"
        if t != "PER" and b - a >= 3 and lows[b - 1] not in lx.ORG_WORDS:
            for k in range(a + 1, b - 1):
                if lows[k] in lx.FIRST_NAMES and caps[k] and all(caps[j] for j in range(k, b)) and b - k <= 3:
                    final.append((a, k, t))
                    a, t = k, "PER"
                    break
        final.extend([(a, b, t)] if company else _split_people(words, a, b, t))
    # multi-word places and peoples from the word lists win over spans that cut through them
    out2: list[tuple[int, int, str]] = []
    for a, b, t in final:
        cut = False
        for i in range(max(0, a - 3), min(b, n)):
            for parts, _ in _GAZ_MULTI.get(lows[i], ()):
                j = i + len(parts)
                if (
                    tuple(lows[i:j]) == parts
                    and i < b
                    and a < j
                    and not (a <= i and j <= b)
                    and not (i == a - 1 and parts[0] == "the" and not caps[i])
                ):
                    cut = True
                    break
            if cut:
                break
        if not cut:
            out2.append((a, b, t))
    return out2


def _mentions_from_tagger(doc: Doc, words: _Words) -> list[_Mention]:
    """The tagger's names, repaired (`_refine_spans`), trimmed, typed, persons with their roles."""
    out = []
    headline = words.headline
    tokens = doc.tokens
    # in a Title Case headline every word is capitalised: its names are found from the body
    spans = [s for s in tag_doc(doc, norm=words.norm) if not headline[s[0]]]
    for a, b, ctype in _refine_spans(words, spans):
        mtype = _TYPES[ctype]
        if _in_portfolio(words, a, b) and (
            mtype != "PERSON" or not any(words.lows[j] in lx.FIRST_NAMES or words.lows[j] in lx.SURNAMES for j in range(a, b))
        ):
            continue  # "Work and Pensions Secretary Liz Kendall": "Pensions" is a brief, no organisation
        if mtype == "PERSON":
            a = _strip_title(doc, a, b)
            while b - a > 1 and words.norm[b - 1] in lx.POST_NOMINALS:
                b -= 1  # "Sarah Whitfield KC", "John Smith MP": letters after a name are no part of it
        if b - a > 1 and tokens[a].text in ("The", "the"):
            rest = tokens[a + 1].text
            # "The IAEA", "the Ministry of Defence": the article is not part of the name
            # ("The Times" is the newspaper's whole name)
            if (rest.isupper() or rest.lower() in lx.ORG_WORDS) and " ".join(words.lows[a:b]) not in lx.KNOWN_ORGS:
                a += 1
        elif b - a > 1 and tokens[a].text in ("A", "An") and mtype in ("ORGANIZATION", "LOCATION") and words.caps[a + 1]:
            a += 1  # "A NASA spacecraft": the indefinite article opens the sentence, not the name
        start, end = _trim(doc, a, b, tokens[a].start, tokens[b - 1].end)
        text = doc.text[start:end]
        if (
            end <= start
            or not any(c.isalnum() for c in text)
            or text.lower() in lx.COMMON_ABBREVIATIONS
            or _ROMAN.match(text)
            or text.lower() in _NOT_NAMES
            or _PHASE.match(text)
        ):
            continue  # "Phase 3" of a trial is no name
        if mtype == "PERSON":
            # person names hold particles ("de", "bin") but not "of" or "and": "Leung of NWSC"
            cut = re.search(r"\s(?:of|and|for|on|at|in|the|from|with)\s", text)
            if cut:
                end = start + cut.start()
                text = doc.text[start:end]
            if text.isupper() and len(text) > 1 and not headline[a]:
                mtype = "ORGANIZATION"  # English writes people in title case: "USI" is not a person
        if mtype == "MISC" and _LEADING_PREFIX.match(tokens[a].text):
            # "pro-Beijing" as a camp is a political group
            start, mtype = tokens[a].start, "NORP"
            text = doc.text[start:end]
        mtype = _event_or_norp(mtype, text.split())
        if (
            b - a == 1
            and words.lows[a] in lx.INSTITUTION_NAMES
            and not words.norm[a].isupper()
            and (mtype in ("MISC", "LOCATION") or (mtype == "PERSON" and a > 0 and words.norm[a - 1] == "the"))
        ):
            mtype = "ORGANIZATION"  # "the Treasury", "the House": a chamber or a department
        if (
            mtype in ("ORGANIZATION", "LOCATION", "MISC")
            and 2 <= b - a <= 3
            and _apposition_role(words, b)
            and not any(words.lows[j] in lx.ORG_WORDS or words.lows[j] in lx.LOC_WORDS for j in range(a, b))
            and not _known(words, a, b)
            and all(words.caps[j] and not words.norm[j].isupper() for j in range(a, b))
        ):
            mtype = "PERSON"  # "Tomás Albuquerque, an economist at ...": a person described by a role
        elif (
            mtype in ("ORGANIZATION", "LOCATION", "MISC")
            and 2 <= b - a <= 3
            and a > 0
            and words.lows[a - 1] in lx.PERSON_NOUNS
            and not words.caps[a - 1]
            and not any(
                words.lows[j] in lx.ORG_WORDS or words.lows[j] in lx.LOC_WORDS or words.lows[j] in _CLUB_HEADS
                or words.lows[j] in lx.DEMONYMS
                for j in range(a, b)
            )
            and not _known(words, a, b)
            and all(words.caps[j] and not words.norm[j].isupper() for j in range(a, b))
        ):
            mtype = "PERSON"  # "economist Purbaya Yudhi Sadewa", "fly-half Fin Smith": an occupation, then its holder
        if (
            mtype == "MISC"
            and b - a == 1
            and words.norm[a].endswith("'s")
            and not words.norm[a].isupper()
            and words.base[a].lower() not in _GAZ_SINGLE
            and _person_relation_at(words, b)
        ):
            mtype = "PERSON"  # "Erdogan's spokesman": no product, work or people has a spokesman or a wife
        if (
            mtype == "PERSON"
            and b - a == 1
            and _lone_opener(words, a)
            and not (words.norm[a].endswith("'s") and _person_relation_at(words, b))
        ):
            continue  # "Fans travelled ...", "Ask the experts": an ordinary word opening a sentence
        if b - a == 1 and b < len(words.lows) and words.lows[b] in _EPONYM_NOUNS and words.norm[a].endswith("'s"):
            continue  # "Alzheimer's disease": an eponym inside a common noun, not a name
        if (
            mtype == "PERSON"
            and b - a == 1
            and a > 0
            and words.lows[a - 1] in _PLACE_PREPOSITIONS
            and words.lows[a] not in lx.FIRST_NAMES
            and words.lows[a] not in lx.SURNAMES
            and words.lows[a] not in words.after_given
            and not words.norm[a].endswith("'s")
        ):
            mtype = "LOCATION"  # "via Gulval", "near Crowlas": a lone unknown name after "via" is a place
        if (
            mtype == "PERSON"
            and a > 0
            and words.norm[a - 1] == "the"
            and not _before_noun(words, b)
            and not (b < len(words.lows) and words.lows[b] in ("family", "brothers", "sisters"))
            and not words.norm[b - 1].endswith("'s")
        ):
            # "at the Santiago Bernabeu": English writes no "the" before a person's name (it does
            # before a name that modifies a noun, "the John Lewis store"), so this names a place or
            # a thing, often named after a person
            if words.lows[b - 1] in _GROUP_HEADS or words.lows[b - 1] in _INSTITUTION_HEADS:
                mtype = "ORGANIZATION"  # "the Dave Matthews Band"
            else:
                mtype = "LOCATION" if a > 1 and words.lows[a - 2] in _AT_PLACE else "MISC"
        if mtype == "PERSON" and _place_not_person(words, a, b):
            mtype = "LOCATION"  # "Long Rock", "Battery Rocks": a place word ends the name
        elif (
            mtype in ("ORGANIZATION", "MISC")
            and b - a >= 2
            and a > 0
            and words.lows[a - 1] in _PLACE_PREPOSITIONS
            and words.lows[b - 1] in _PLACE_HEADS
            and not any(words.lows[j] in lx.ORG_WORDS for j in range(a, b))
        ):
            mtype = "LOCATION"  # "via Temple Meads", "near Eastern Green"
        nxt = words.lows[b] if b < len(words.lows) else ""
        if (
            mtype in ("PERSON", "ORGANIZATION", "MISC")
            and (nxt in _PLACE_PLURALS or (nxt == "and" and _places_named_before(words, b + 1)))
            and not words.caps[b]
        ):
            mtype = "LOCATION"  # "Hillsborough and Pinellas counties": names before a plural place noun
        elif nxt in _PLACE_NOUNS and mtype in ("PERSON", "ORGANIZATION", "MISC") and not words.caps[b]:
            mtype = "LOCATION"  # "the Tagus estuary", "the Ostra river"
        elif nxt == "family" and b - a == 1 and mtype in ("ORGANIZATION", "LOCATION", "MISC"):
            mtype = "PERSON"  # "the Dunmore family"
        if mtype in ("PERSON", "ORGANIZATION", "LOCATION") and a > 0 and words.lows[a - 1] in _WORK_NOUNS:
            mtype = "MISC"  # "the film Easy Rider", "the spacecraft Cassini": a work or a product
        if (
            (mtype in ("PERSON", "MISC") or (mtype == "LOCATION" and not _before_noun(words, b)))
            and _after_workplace_noun(words, a)
            and not _known(words, a, b)
        ):
            mtype = "ORGANIZATION"  # "analysts at Morgan Stanley": people work at an organisation
        elif (
            mtype == "PERSON" or (mtype == "LOCATION" and b - a > 1 and words.lows[b - 1] in _SERVICE_HEADS)
        ) and _after_possessive(words, a, b):
            mtype = "MISC"  # "its App Store rules": a company's product or service, not a person or place
        role = _role_before(doc, a, max(words.sentence_first[a], a - 8)) if mtype == "PERSON" else None
        if mtype == "PERSON" and role is None:
            role = _role_apposed(doc, words, a, b)
        out.append(_Mention(start, end, mtype, _surface(text), role))
    return out


def _places_named_before(words: _Words, i: int) -> bool:
    """True when one to three capitalised words from token i are followed by a plural place noun
    ("... and Pinellas counties")."""
    k = i
    while k < len(words.lows) and k < i + 3 and words.caps[k]:
        k += 1
    return k > i and k < len(words.lows) and words.lows[k] in _PLACE_PLURALS and not words.caps[k]


def _public_body_at(words: _Words, i: int) -> tuple[int, str] | None:
    """(size, "ORGANIZATION") when capitalised words from token i end in an institution word the
    tagger left untagged ("after Home Office figures", "the Metropolitan Police is"); "Office"
    alone is a product only outside such a name."""
    lows, caps, n = words.lows, words.caps, len(words.lows)
    if words.headline[i] or lows[i] in OPENERS or lows[i] in _INSTITUTION_HEADS or lows[i] in _FORCE_HEADS:
        return None
    if words.sentence_start[i] and lows[i] in words.lower_seen:
        return None
    j = i + 1
    while j < n and j - i < 4 and caps[j] and words.norm[j].isalpha() and words.starts[j] == words.ends[j - 1] + 1:
        if lows[j] in _INSTITUTION_HEADS or lows[j] in _FORCE_HEADS:
            if (j + 1 == n or not caps[j + 1] or _is_title_word(lows[j + 1])) and " ".join(
                lows[i : j + 1]
            ) not in lx.NOT_PUBLIC_BODIES:
                return j + 1 - i, "ORGANIZATION"
            return None
        j += 1
    return None


def _lexicon_mentions(doc: Doc, words: _Words, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Capitalised demonyms, groups, countries and places the tagger left untagged."""
    out = []
    lows = words.lows
    n = len(lows)
    i = 0
    while i < n:
        low = lows[i]
        if not words.caps[i] or not low:
            i += 1
            continue
        found = _public_body_at(words, i) if i + 1 < n and words.caps[i + 1] else None
        for parts, label in () if found else _GAZ_MULTI.get(low, ()):
            size = len(parts)
            if tuple(lows[i : i + size]) == parts and all(
                words.caps[j] or lows[j] in lx.NAME_CONNECTORS or not lows[j][:1].isalpha()
                for j in range(i, i + size)
            ):
                found = (size, label)
                break
        if found is None and low in _GAZ_SINGLE and low not in words.lower_seen:
            # "Turkey" is not the country in an article that also writes "turkey"
            found = (1, _GAZ_SINGLE[low])
        if (
            found is None
            and _FOLLOWER.match(words.norm[i])
            and not words.headline[i]
            and low not in words.lower_seen
            and low not in lx.TITLE_HEADS
            and low.removesuffix("s") not in lx.TITLE_HEADS  # "Economists" is a job, no creed
            and low not in lx.FIRST_NAMES
        ):
            # "Scientologist", "Buddhists": the followers of a creed or a movement
            found = (1, "NORP")
        if (
            found is None
            and low in lx.INSTITUTION_NAMES
            and i > 0
            and words.norm[i - 1] == "the"
            and not words.headline[i]
            and not words.norm[i].isupper()
            and not (i + 1 < n and lows[i + 1] == "of")
        ):
            found = (1, "ORGANIZATION")  # "the Treasury expects", "dead on arrival in the House"
        if (
            found is None
            and i + 1 < n
            and words.caps[i + 1]
            and lows[i + 1] in _CLUB_HEADS
            and lows[i] not in OPENERS
            and lows[i] not in _CLUB_HEADS
            and not words.headline[i]
        ):
            found = (2, "ORGANIZATION")  # "Riverside United": a sports club
        if (
            found is None
            and low.endswith("-based")
            and re.fullmatch(r"[A-Z][^\W\d_]*(?:\.[^\W\d_]+)*\.?", words.base[i])
            and not words.sentence_start[i]
            and not words.headline[i]
        ):
            # "the Indianapolis-based drugmaker": what something is based in is a place
            start, end = words.base_start[i], words.base_end[i]
            if not _overlaps(taken, start, end):
                label = _GAZ_SINGLE.get(words.base[i].lower(), "LOCATION")
                out.append(_Mention(start, end, label, _surface(doc.text[start:end])))
                bisect.insort(taken, (start, end))
        if (
            found is None
            and not words.headline[i]
            and low not in words.lower_seen
            and low not in lx.FIRST_NAMES
            and low not in lx.SURNAMES
            and low not in words.after_given
            and low not in OPENERS
            and not _is_title_word(low)
            and not words.norm[i].isupper()
            and words.norm[i].isalpha()
            and (
                (i > 0 and lows[i - 1] in _BEAT_WORDS and _SCORE_AFTER.match(doc.text, words.ends[i]))
                or _SCORE_BEFORE.search(doc.text, max(0, words.starts[i] - 40), words.starts[i])
                # not at a sentence start: "Campaign manager Brad Parscale"
                or (not words.sentence_start[i] and _STAFF_AFTER.match(doc.text, words.ends[i]))
            )
        ):
            found = (1, "ORGANIZATION")  # "beat Fulham 2-0", "Tottenham manager Ange Postecoglou": a team
        if found is None:
            i += 1
            continue
        size, label = found
        start, end = words.starts[i], words.ends[i + size - 1]
        if "\n" not in doc.text[start:end] and not _overlaps(taken, start, end):
            out.append(_Mention(start, end, label, _surface(doc.text[start:end])))
            bisect.insort(taken, (start, end))
        i += size
    return out


_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3})(?=(?:,[^\n—–]{1,40})?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s)"
)


def _datelines(doc: Doc) -> list[_Mention]:
    """The place in capitals that opens a wire story ("BOSTON, March 9 —", "KYIV (Reuters) -")."""
    out = []
    for m in _DATELINE.finditer(doc.text):
        place = m.group(1)
        if len(place) < 3 or place.lower() in lx.COMMON_ABBREVIATIONS:
            continue
        out.append(_Mention(m.start(1), m.end(1), "LOCATION", _surface(place).title()))
    return out


# "Sen. Chris Murphy, D-Conn.", "(R-Texas)": a US lawmaker's party letter and home state
_PARTY_STATE = re.compile(
    r"(?<![\w.-])[DRI]-((?:"
    + "|".join(re.escape(s) for s in sorted(lx.STATE_ABBREVIATIONS, key=len, reverse=True))
    + r")\.|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?![\w-])"
)


def _party_states(doc: Doc) -> list[_Mention]:
    """The home state in a US lawmaker's party label ("Chris Murphy, D-Conn.", "Elizabeth Warren
    (D-Mass.)", "Michael McCaul, R-Texas") is a place: an AP abbreviation or a state's name."""
    return [
        _Mention(m.start(1), m.end(1), "LOCATION", m.group(1))
        for m in _PARTY_STATE.finditer(doc.text)
        if (m.group(1).endswith(".") or m.group(1).lower() in lx.PLACES)
        and (doc.text[m.start() - 1 : m.start()] == "(" or doc.text[max(0, m.start() - 2) : m.start()] in (", ", ",\t"))
    ]


def _states(doc: Doc) -> list[_Mention]:
    """AP state abbreviations after a city ("Portland, Ore.", "CUPERTINO, Calif. —") are places;
    the period is part of the abbreviation when the text has it."""
    text = doc.text
    out = []
    for m in _STATE.finditer(text):
        word = _CITY_WORD.search(text, max(0, m.start() - 40), m.start())
        if word and word.group()[:1].isupper():  # the city's last word, capitalised
            out.append(_Mention(m.start(1), m.end(1), "LOCATION", m.group(1)))
    return out


# a score written after a team ("Chelsea 3-1"), or before it ("lost 2-0 to Inter Milan", "a 2-1
# win over Brighton"), and a team's staff after its name ("Arsenal manager Mikel Arteta")
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,3}[-–]\d{1,3}(?![\d-])")
_SCORE_BEFORE = re.compile(
    r"(?<![\w.-])\d{1,3}[-–]\d{1,3}(?:[ \t]+(?:home[ \t]+|away[ \t]+)?(?:win|victory|defeat|loss|draw))?"
    r"[ \t]+(?:to|with|over|against|by)[ \t]+(?:the[ \t]+)?$"
)
_STAFF_AFTER = re.compile(
    r"[ \t]+(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(lx.TEAM_STAFF, key=len, reverse=True))
    + r")[ \t]+[A-Z]"
)


_BEAT_WORDS = frozenset("beat beats defeated edged thrashed routed downed against over".split())


def _sports_teams(doc: Doc, mentions: list[_Mention]) -> None:
    """Names read as persons or unknown places that a score or a team's staff shows to be teams
    ("Arsenal beat Chelsea 3-1", "Chelsea head coach Enzo Maresca"): every mention of such a
    name is the club. A person's surname in the article ("Djokovic 6-4") stays a person."""
    surnames = {m.surface.split()[-1] for m in mentions if m.type == "PERSON" and " " in m.surface}
    text = doc.text
    teams = set()
    for m in mentions:
        if m.type == "PERSON":
            if " " in m.surface or m.surface in surnames or m.surface.lower() in lx.SURNAMES:
                continue
        elif m.type != "LOCATION" or m.surface.lower() in _GAZ_SINGLE or m.surface.lower() in lx.PLACES:
            continue
        if (
            _SCORE_AFTER.match(text, m.end)
            or _SCORE_BEFORE.search(text, max(0, m.start - 40), m.start)
            or _STAFF_AFTER.match(text, m.end)
        ):
            teams.add(m.surface)
    for m in mentions:
        if m.surface in teams and m.type in ("PERSON", "LOCATION"):
            m.type = "ORGANIZATION"


def _hashtags(doc: Doc) -> list[_Mention]:
    """Hashtags and handles ("#IStandWithAhmed", "@POTUS") are MISC names."""
    out = []
    for m in re.finditer(r"(?<![\w#@])[#@][A-Za-z]\w+", doc.text):
        out.append(_Mention(m.start(), m.end(), "MISC", m.group()))
    return out


_WEBSITE = re.compile(
    r"(?<![\w.@/])(?:www\.)?[A-Z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|info|io|co\.uk|"
    r"org\.uk|ac\.uk|ca|au|de|fr|jp|cn|ru|in|uk|tv|fm)(?!\w|\.\w)"
)


def _websites(doc: Doc) -> list[_Mention]:
    """A site named by its domain ("Gawker.com", "CBC.ca") is the organisation that runs it."""
    return [_Mention(m.start(), m.end(), "ORGANIZATION", m.group()) for m in _WEBSITE.finditer(doc.text)]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _acronyms(doc: Doc, mentions: list[_Mention]) -> dict[str, str]:
    """Acronyms defined in brackets after their long form: {"UAF": "Ukrainian Armed Forces"}.

    The long form is the mention just before the bracket, or, when the tagger missed it, the
    capitalised words before the bracket whose initials spell the acronym.
    """
    text = doc.text
    defined: dict[str, str] = {}
    by_end = {m.end: m for m in mentions}
    for m in re.finditer(r"[(\[]([A-Z][A-Za-z&]{1,9})[)\]]", text):
        acronym = m.group(1)
        if not _ACRONYM.match(acronym.upper()) or sum(c.isupper() for c in acronym) < 2:
            continue
        before = m.start()
        while before > 0 and text[before - 1] == " ":
            before -= 1
        long_form = by_end.get(before)
        letters = acronym.replace("&", "").upper()
        initials = _initials(long_form.surface.replace("-", " ").split()).upper() if long_form else ""
        # "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": an agency's
        # letters may leave out the name of the body it belongs to
        if long_form and (initials.startswith(letters[:2]) or (len(letters) >= 3 and initials.endswith(letters))):
            defined[acronym] = long_form.surface
            continue
        # capitalised words (with "of", "the", "and" allowed between) whose initials spell it
        words = list(re.finditer(r"[\w'’-]+", text[max(0, before - 200) : before]))
        chosen: list[re.Match[str]] = []
        initials = ""
        for w in reversed(words):
            word = w.group()
            if word[:1].isupper():
                chosen.insert(0, w)
                # "Tehreek-e-Insaf" gives T and I: each capitalised part of a hyphenated name
                initials = "".join(p[0] for p in word.split("-") if p[:1].isupper()) + initials
                if initials == letters:
                    break
                if len(initials) > len(letters):
                    break
            elif word.lower() in lx.NAME_CONNECTORS and chosen:
                chosen.insert(0, w)
            else:
                break
        if initials == letters and chosen:
            offset = max(0, before - 200)
            start, end = offset + chosen[0].start(), offset + chosen[-1].end()
            surface = _surface(text[start:end])
            overlapping = [x for x in mentions if x.start < end and start < x.end]
            if any(x.start < start or x.end > end for x in overlapping):
                continue  # the words belong to another name already
            etype = (
                overlapping[0].type
                if len(overlapping) == 1
                and overlapping[0].type != "PERSON"
                # "Pakistan Tehreek-e-Insaf (PTI)": a place that only opens the long form is its owner
                and not (
                    overlapping[0].type in ("LOCATION", "NORP")
                    and overlapping[0].start == start
                    and overlapping[0].end < end
                    and text[start:end].split()[-1].lower() not in lx.LOC_WORDS
                )
                else "ORGANIZATION"
            )
            for x in overlapping:
                mentions.remove(x)  # a part of the long form ("Armed Forces") gives way to the whole
            mentions.append(_Mention(start, end, etype, surface))
            defined[acronym] = surface
    return defined


def _person_parts(mentions: list[_Mention]) -> tuple[dict[str, str], dict[str, str]]:
    """Surnames and given names alone -> the one full person name they belong to in this article.

    Once "Valeska Paris" is introduced, "Paris" alone is her; a given name ("Daniel") is merged
    only where the tagger also read it as a person, since given names are widely shared.
    """
    surname_owners: dict[str, set[str]] = defaultdict(set)
    given_owners: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type != "PERSON":
            continue
        words = m.surface.split()
        if len(words) < 2:
            continue
        # "Lula" of "Luiz Inácio Lula da Silva": a middle name alone, where the tagger read a person
        middles = [(w, given_owners) for w in words[1:-1]]
        for part, owners in ((words[-1], surname_owners), (words[0], given_owners), *middles):
            low = part.lower()
            if (
                len(part) > 1
                and part[0].isupper()
                and not part.isupper()
                and low not in lx.TITLE_HEADS
                and low not in lx.NAME_CONNECTORS
                and not part.endswith(".")
            ):
                owners[part].add(m.surface)
    surnames = {p: next(iter(n)) for p, n in surname_owners.items() if len(n) == 1}
    given = {
        p: next(iter(n))
        for p, n in given_owners.items()
        if len(n) == 1 and p not in surnames and p.lower() not in lx.COUNTRIES and p.lower() not in lx.PLACES
    }
    return surnames, given


def _quantity_at(words: _Words, k: int) -> bool:
    """True when token k is a number that counts or measures something ("1.8 billion euros",
    "11 percent", "20%"), which is never part of a name; "Formula 1", "Windows 10" keep theirs."""
    w = words.norm[k]
    if not w[:1].isdigit() or (not w[-1:].isdigit() and not w.endswith("%")):
        return False
    return w.endswith("%") or (k + 1 < len(words.lows) and words.lows[k + 1] in lx.QUANTITY_WORDS)


def _inside_longer_name(words: _Words, a: int, b: int) -> bool:
    """True when tokens [a, b) sit inside a longer run of capitalised words ("Warhol Foundation").

    A title before a name ("Minister Lavrov") does not make a longer name.
    """
    n = len(words.norm)
    if (
        b < n
        and (words.caps[b] or (words.norm[b].isdigit() and len(words.norm[b]) <= 3 and not _quantity_at(words, b)))
        and words.starts[b] == words.ends[b - 1] + 1
        and words.base_end[b - 1] == words.ends[b - 1]
    ):
        return True
    if (
        a > 0
        and words.caps[a - 1]
        and words.starts[a] == words.ends[a - 1] + 1
        and not words.sentence_start[a]
    ):
        low = words.lows[a - 1]
        return low not in lx.TITLE_HEADS and low not in lx.TITLE_MODIFIERS and low not in _HONORIFICS
    return False


def _propagate(doc: Doc, words: _Words, mentions: list[_Mention], parts: dict[str, str]) -> list[_Mention]:
    """Every other whole-word occurrence of a name found once, longest names first.

    Matching is on normalised tokens, so typographic apostrophes and dashes do not matter, and a
    possessive ("Lavrov's") or a prefix ("anti-Pyongyang") does not hide the name.
    """
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.type != "DATE":
            types[m.surface][m.type] += 1
    surfaces = {s: c.most_common(1)[0][0] for s, c in types.items() if s[:1].isupper() or s[:1].isdigit()}
    for part in parts:
        # once "Andy Warhol" is introduced, "Warhol" alone is that person, whatever the tagger said
        surfaces[part] = "PERSON"
    the_forms: dict[str, str] = {}
    for surface, etype in list(surfaces.items()):
        if surface.startswith("The ") and len(surface) > 5:
            # the "The" of "The Washington Post" is optional in running text
            surfaces.setdefault(surface[4:], etype)
            if etype == "ORGANIZATION" and len(surface.split()) >= 3:
                the_forms.setdefault(surface.split()[-1], surface)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for surface in surfaces:
        toks = tuple(t.group() for t in TOKEN_RE.finditer(surface))
        if toks and len(surface) > 1:
            by_first[toks[0]].append((toks, surface))
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e[0]))
    taken = sorted((m.start, m.end) for m in mentions)
    added: list[_Mention] = []
    base = words.base
    n = len(base)
    text = doc.text
    for i in [i for i, w in enumerate(base) if w in by_first]:
        for toks, surface in by_first[base[i]]:
            size = len(toks)
            if i + size > n:
                continue
            if size > 1 and not all(words.norm[i + k] == toks[k] for k in range(1, size - 1)):
                continue
            if size > 1 and base[i + size - 1] != toks[-1]:
                continue
            if size > 1 and words.base_start[i] != words.starts[i]:
                continue  # a prefix only hides a one-word name
            start, end = words.base_start[i], words.base_end[i + size - 1]
            if size == 1 and i + 1 < n and words.lows[i + 1] in _EPONYM_NOUNS and words.norm[i].endswith("'s"):
                continue  # "Alzheimer's disease"
            if (
                "\n" in text[start:end]
                or _overlaps(taken, start, end)
                or (not words.headline[i] and _inside_longer_name(words, i, i + size))
            ):
                continue
            bisect.insort(taken, (start, end))
            added.append(_Mention(start, end, surfaces[surface], _surface(text[start:end])))
            break
    # "the Post" for "The Washington Post": its last word after a lower-case "the"
    for i in range(1, n):
        if base[i] in the_forms and words.norm[i - 1] == "the":
            start, end = words.base_start[i], words.base_end[i]
            if not _overlaps(taken, start, end):
                bisect.insort(taken, (start, end))
                added.append(_Mention(start, end, "ORGANIZATION", base[i]))
    return mentions + added


def _group_key(m: _Mention) -> tuple[str, str]:
    words = m.surface.split()
    if len(words) > 1 and words[0] in ("The", "the"):
        words = words[1:]
    return m.type, slug(" ".join(words))


def _build(
    mentions: list[_Mention], acronyms: dict[str, str], parts: dict[str, str]
) -> list[tuple[Entity, list[tuple[int, int]]]]:
    """Merge mentions into entities (same normalised name, short forms, acronyms), each with the
    (start, end) of its mentions."""
    # one type per surface (the tagger can waver between mentions of one name)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.type != "DATE":
            votes[m.surface][m.type] += 1
    for m in mentions:
        if m.type != "DATE" and len(votes[m.surface]) > 1:
            m.type = votes[m.surface].most_common(1)[0][0]

    groups: dict[tuple[str, str], list[_Mention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        groups[_group_key(m)].append(m)

    # short forms and acronyms point at the group of their long form
    by_surface: dict[tuple[str, str], tuple[str, str]] = {}
    any_type: dict[str, tuple[str, str]] = {}
    org_words: dict[str, set[tuple[str, str]]] = defaultdict(set)  # word -> multi-word organisations
    for key, ms in groups.items():
        for m in ms:
            by_surface.setdefault((m.type, m.surface), key)
            any_type.setdefault(m.surface, key)
            if m.type == "ORGANIZATION" and " " in m.surface:
                for w in m.surface.split():
                    org_words[w].add(key)
    # "Goldman Sachs" is "Goldman Sachs Group", "Ford Motor" is "Ford Motor Co.": a company's name
    # without its legal-form suffix
    bases: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key, ms in groups.items():
        for s in {m.surface for m in ms if m.type == "ORGANIZATION"}:
            words = s.split()
            while len(words) > 1 and words[-1].lower() in _SUFFIX_WORDS:  # "Goldman Sachs Group Inc."
                words = words[:-1]
                if len(words) > 1 and words[-1] in ("and", "&"):
                    words = words[:-1]  # "Eli Lilly and Co."
                bases[" ".join(words).rstrip(",")].add(key)
    org_surfaces = {m.surface for ms in groups.values() for m in ms if m.type == "ORGANIZATION"}
    org_shorts = _org_short_forms(org_surfaces, {ms[0].surface for key, ms in groups.items() if key[0] == "ORGANIZATION"})
    short_forms = {
        key: by_surface[("ORGANIZATION", org_shorts[ms[0].surface])]
        for key, ms in groups.items()
        if key[0] == "ORGANIZATION" and ms[0].surface in org_shorts
    }
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    for key, ms in groups.items():
        surface = ms[0].surface
        target = short_forms.get(key)
        if ms[0].type in ("ORGANIZATION", "MISC") and len(bases.get(surface, ())) == 1 and key not in bases[surface]:
            target = next(iter(bases[surface]))
        elif ms[0].type == "PERSON" and surface in parts:
            target = by_surface.get(("PERSON", parts[surface]))
        elif target is not None:
            pass
        elif surface in acronyms:
            long_form = acronyms[surface]
            target = any_type.get(long_form)
            if target is not None:
                for m in ms:
                    m.type = target[0]
        elif ms[0].type == "ORGANIZATION" and len(surface.split()) == 1 and surface.lower() not in lx.INSTITUTION_NAMES:
            # "the Senate" is no short form of "Senate Republicans", nor "the House" of "White House"
            longer = {
                k
                for k in org_words.get(surface, ())
                if k != key
                and any(
                    (s.split()[-1] == surface and s.split()[0] in ("The", "the"))
                    or surface.lower() not in lx.ORG_WORDS
                    for s in {m.surface for m in groups[k]}
                )
            }
            if len(longer) == 1:
                target = longer.pop()
        if target is None:
            target = short_forms.get(key)
        if target is not None and target != key:
            parent[key] = target
    merged: dict[tuple[str, str], list[_Mention]] = defaultdict(list)
    for key, ms in groups.items():
        root = key
        seen = {root}
        while root in parent and parent[root] not in seen:
            root = parent[root]
            seen.add(root)
        merged[root].extend(ms)

    entities: dict[str, Entity] = {}
    positions: dict[str, list[tuple[int, int]]] = {}
    for (etype, _), ms in sorted(merged.items(), key=lambda kv: min(m.start for m in kv[1])):
        ms.sort(key=lambda m: m.start)
        surfaces = list(dict.fromkeys(m.surface for m in ms))
        # the canonical name is the fullest spelling; an acronym only when nothing else is known
        name = max(
            surfaces,
            key=lambda s: (
                not _ACRONYM.match(s),
                len(s.split()),
                not s.isupper(),
                len(s),
                -surfaces.index(s),
            ),
        )
        if name.split()[0] in ("The", "the") and etype != "ORGANIZATION":
            name = " ".join(name.split()[1:]) or name
        key = entity_key(etype, name)
        roles = list(dict.fromkeys(m.role for m in ms if m.role))
        spans = [(m.start, m.end) for m in ms]
        if key in entities:
            existing = entities[key]
            positions[key].extend(spans)
            existing.aliases = list(
                dict.fromkeys([*existing.aliases, *(s for s in surfaces if s != existing.name)])
            )
            existing.roles = list(dict.fromkeys([*existing.roles, *roles]))
            continue
        entities[key] = Entity(
            key=key,
            name=name,
            type=etype,  # type: ignore[arg-type]
            aliases=[s for s in surfaces if s != name],
            roles=roles,
        )
        positions[key] = spans
    return [(entity, positions[key]) for key, entity in entities.items()]


def _org_short_forms(surfaces: set[str], shorts: set[str]) -> dict[str, str]:
    """Each one-word name in `shorts` that is the short form of the one longer organisation in
    `surfaces` it abbreviates: its initials ("AP" of "The Associated Press", "CBO" of "Congressional
    Budget Office") or the first letters of its first word, a clipped form ("the Fed" of "Federal
    Reserve", "the Met" of "Metropolitan Police"). A chamber's name is no short form."""
    shorts = {s for s in shorts if " " not in s and s.lower() not in lx.INSTITUTION_NAMES}
    acronyms = {s for s in shorts if _ACRONYM.match(s) and "&" not in s}
    clipped = {s for s in shorts if s.isalpha() and s[:1].isupper() and s[1:].islower() and len(s) >= 3}
    by_initials: dict[str, set[str]] = defaultdict(set)
    by_clip: dict[str, set[str]] = defaultdict(set)
    for surface in surfaces if acronyms or clipped else ():
        words = surface.split()
        if words[0] in ("The", "the"):
            words = words[1:]
        if len(words) < 2 or not all(w[:1].isupper() or w.lower() in lx.NAME_CONNECTORS for w in words):
            continue
        if acronyms:
            by_initials[_initials(words)].add(surface)
        first = words[0]
        if clipped and first.isalpha() and not first.isupper():
            for size in range(3, len(first) - 1):
                if first[:size] in clipped:
                    by_clip[first[:size]].add(surface)
    out: dict[str, str] = {}
    for short in acronyms | clipped:
        found = by_initials.get(short, set()) if short in acronyms else by_clip.get(short, set())
        if len(found) == 1:
            out[short] = next(iter(found))
    return out


def _company_short_forms(mentions: list[_Mention]) -> None:
    """The first word of a company's name alone is that company ("Veridian" after "Veridian
    Therapeutics", "Harwell" after "Harwell Foods Ltd"), when one company in the article starts
    with it and the word is no people, place or person's name."""
    firsts: dict[str, set[str]] = defaultdict(set)
    alone: set[str] = set()  # "Siemens" of "Siemens AG": the word is the whole name but the suffix
    for m in mentions:
        words = m.surface.split()
        if m.type == "ORGANIZATION" and len(words) > 1 and words[-1].lower() in _COMPANY_HEADS:
            firsts[words[0]].add(m.surface)
            if all(w.lower() in _SUFFIX_WORDS for w in words[1:]):
                alone.add(words[0])
            while len(words) > 2 and words[-1].lower() in _SUFFIX_WORDS:
                words = words[:-1]
                if words[-1] in ("and", "&"):
                    words = words[:-1]
                alone.add(" ".join(words))  # "Eli Lilly" of "Eli Lilly and Co.": the company, not a person
    for m in mentions:
        low = m.surface.lower()
        if (
            (m.type in ("LOCATION", "MISC", "NORP") or (m.type == "PERSON" and m.surface in alone))
            and (len(firsts.get(m.surface, ())) == 1 or (" " in m.surface and m.surface in alone))
            and low not in lx.DEMONYMS
            and low not in lx.GROUPS
            and low not in lx.COUNTRIES
            and low not in lx.PLACES
        ):
            m.type = "ORGANIZATION"


def _country_and_people(mentions: list[_Mention]) -> None:
    """A place and its people named in one article ("Arvenia", "Arvenian"; "Kenya", "Kenyan"):
    the word with -n/-an added is the people (NORP), the other the place (LOCATION)."""
    surfaces = {m.surface for m in mentions if m.type != "DATE" and " " not in m.surface}
    pairs = {}
    for s in surfaces:
        if len(s) > 4 and s.endswith("n") and s[-2] in "aeiou":
            for stem in (s[:-1], s[:-2]):
                if stem in surfaces and len(stem) > 3 and stem[-1] in "aeiou":
                    pairs[s], pairs[stem] = "NORP", "LOCATION"
    for m in mentions:
        if m.surface in pairs:
            m.type = pairs[m.surface]


def _before_date(doc: Doc, m: _Mention, taken: list[tuple[int, int]]) -> _Mention | None:
    """The part of a tagged name before a date that won over it ("Waitangi Day" of "Waitangi Day -
    February 6"), or None when nothing of the name is left."""
    i = bisect.bisect_left(taken, (m.start, m.start))
    if i > 0 and taken[i - 1][1] > m.start:
        return None  # something already starts before the name and runs into it
    if i == len(taken) or taken[i][0] <= m.start:
        return None
    first = taken[i][0]
    text = doc.text[m.start : first].rstrip(" ,-‐‑–—(")
    if _POSSESSIVE.search(text) and len(text) > 2:
        text = text[:-2]  # "NBC's" + "Today show": the owner without its "'s"
    words = text.split()
    while words and words[-1].lower() in lx.NAME_CONNECTORS:
        words.pop()
    if not words or not _ALPHA.search(words[-1]) or (len(words) == 1 and len(words[0].rstrip("-")) < 2):
        return None  # "R" of "R-Texas": a letter alone is no name
    end = (
        m.start + len(" ".join(words))
        if " ".join(words) == text[: len(" ".join(words))]
        else m.start + len(text)
    )
    if _overlaps(taken, m.start, end):
        return None
    return _Mention(m.start, end, m.type, _surface(doc.text[m.start : end]), m.role)


_QUOTED = re.compile(r'["“]([^"“”\n]{1,80})["”]')
# with the small words of Latin, French, Spanish and Italian titles ("Urbi et Orbi", "La Vie en Rose")
_TITLE_SMALL_WORDS = frozenset("of the a an and or for in on to at by with from nor but et de la del du des di en".split())


def _quoted_titles(doc: Doc, words: _Words) -> list[tuple[int, int]]:
    """Works named in quotes ("The Brutalist", "Dune: Part Two", "Intermezzo"): English quotes a
    title in title case, while a quoted remark has lower-case words ("Long live cinema")."""
    out = []
    text = doc.text
    for m in _QUOTED.finditer(text):
        start, end = m.span(1)
        while end > start and text[end - 1] in ",. \t":
            end -= 1
        while start < end and text[start] in " \t":
            start += 1
        parts = text[start:end].split()
        if not parts or len(parts) > 8 or not parts[0][:1].isupper() or not parts[-1][:1].isupper():
            continue
        if not all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS for w in parts):
            continue
        if len(parts) == 1:
            low = parts[0].lower()
            # one quoted word is a title only if the article never writes it as a common word
            if not parts[0].isalpha() or low in words.lower_seen or low in lx.FIRST_NAMES or parts[0].isupper():
                continue
        out.append((start, end))
    return out


# "the Moon": the one natural satellite written as a name (the tagger reads it as a body)
_CELESTIAL = frozenset(("Moon",))
# a sports ground named "<Name> Field" ("Tropicana Field", "Soldier Field"); a person-typed name
# keeps its type ("Sally Field")
_GROUND_HEADS = frozenset(("field",))
_ORDINAL_WORDS = frozenset("first second third fourth fifth".split())
# where a product written "iPhone" or the word "ethnic" may start: one pass over the text
_BRAND_OR_ETHNIC = re.compile(r"\b(?:[a-z][A-Z][a-z]|[Ee]thnic\b)")


def _brand_word(w: str) -> bool:
    """A product or brand written with a lower-case letter before a capital ("iPhone", "eBay",
    "iPlayer"); "mRNA" and "kWh" are no names."""
    return len(w) > 3 and w[1:2].isupper() and w[:1].islower() and w[2:3].islower() and w.isalnum()


def _model_end(doc: Doc, words: _Words, k: int) -> int:
    """The last token of a product name ending at token k, with a model number after it
    ("iPhone 16e": "16" and a glued "e")."""
    norm, starts, ends, n = words.norm, words.starts, words.ends, len(words.norm)
    if k + 1 < n and norm[k + 1].isdigit() and len(norm[k + 1]) <= 4:
        k += 1
        if k + 1 < n and starts[k + 1] == ends[k] and norm[k + 1].isalpha() and norm[k + 1].islower() and len(norm[k + 1]) <= 3:
            k += 1
    elif k + 1 < n and starts[k + 1] == ends[k] and norm[k].isdigit() and norm[k + 1].isalpha() and norm[k + 1].islower() and len(norm[k + 1]) <= 3:
        k += 1
    return k


def _leftovers(doc: Doc, words: _Words, kept: list[_Mention]) -> list[_Mention]:
    """Names the tagger types or cuts against a general fact of English news: products written
    "iPhone", awards, natural features, regions named by a compass word, treaties, a people after
    "ethnic", a streaming service's "+", "the Moon", a ground named "... Field", and a full name
    read as an organisation where its surname alone is a person."""
    text, norm, lows, caps, starts, ends = doc.text, words.norm, words.lows, words.caps, words.starts, words.ends
    n = len(norm)
    given = {m.surface.split()[0] for m in kept if m.type == "PERSON" and " " in m.surface}
    surnames = {m.surface for m in kept if m.type == "PERSON" and " " not in m.surface}
    ends_at = {m.end for m in kept}
    for m in kept:
        parts = m.surface.split()
        if not parts:
            continue
        first, last = parts[0], parts[-1].lower()
        if (len(parts) > 1 and last in lx.AWARD_HEADS) or m.surface.endswith("d'Or"):
            m.type = "MISC"  # "Academy Awards", "Palme d'Or"
        elif m.surface in lx.AWARD_NAMES and m.surface not in given:
            m.type = "MISC"  # "won best actor at the Oscars", "his second Oscar"
        elif len(parts) > 1 and last in lx.FEATURE_HEADS:
            m.type = "LOCATION"
            # "Second Thomas Shoal": an ordinal before the name belongs to it
            i = bisect.bisect_left(starts, m.start)
            if 0 < i < n and lows[i - 1] in _ORDINAL_WORDS and caps[i - 1] and ends[i - 1] not in ends_at:
                m.start = starts[i - 1]
                m.surface = _surface(text[m.start : m.end])
        elif len(parts) == 2 and m.type in ("MISC", "ORGANIZATION") and first in lx.COMPASS_ADJECTIVES and (
            last in lx.LOC_WORDS or last == "cape"
        ):
            m.type = "LOCATION"  # "the Eastern Cape"
        elif m.type != "MISC" and (
            last in lx.TREATY_HEADS
            or first == "Treaty"
            or ("Convention " in m.surface and re.search(r"\bConvention (?:on|for|against)\b", m.surface))
        ):
            m.type = "MISC"  # "the European Convention on Human Rights"
        elif m.surface in _CELESTIAL and 0 < (i := bisect.bisect_left(starts, m.start)) < n and norm[i - 1] == "the":
            m.type = "LOCATION"  # "the Moon's south pole"
        elif len(parts) > 1 and last in _GROUND_HEADS and m.type in ("ORGANIZATION", "MISC"):
            m.type = "LOCATION"  # "the roof of Tropicana Field"
        elif (
            m.type == "ORGANIZATION"
            and len(parts) == 2
            and parts[1] in surnames
            and all(p.isalpha() and p[1:].islower() for p in parts)
            and not any(p.lower() in lx.ORG_WORDS or p.lower() in lx.PLACES or p.lower() in lx.COUNTRIES for p in parts)
        ):
            m.type = "PERSON"  # "Bukayo Saka" where "Saka" alone is a person
        if (
            m.end < len(text)
            and text[m.end] == "+"
            and (m.end + 1 == len(text) or not text[m.end + 1].isalnum())
            and m.type in ("ORGANIZATION", "MISC", "LOCATION", "PERSON")
        ):
            m.end += 1  # "Disney+", "Apple TV+": a streaming service, not its owner
            m.surface += "+"
            m.type = "MISC"
    spans = sorted((m.start, m.end) for m in kept)
    org_firsts = {m.surface.split()[0] for m in kept if m.type == "ORGANIZATION"}
    by_start = {m.start: m for m in kept}
    added: list[_Mention] = []
    for found in _BRAND_OR_ETHNIC.finditer(text):
        i = bisect.bisect_left(starts, found.start())
        if i >= n or starts[i] != found.start():
            continue
        w = norm[i]
        if _brand_word(w):
            etype = "ORGANIZATION" if w in org_firsts else "MISC"
            m = by_start.get(starts[i])
            if m is not None:
                if m.type in ("PERSON", "LOCATION", "NORP"):
                    m.type = etype
                if m.type == "MISC":
                    k = _model_end(doc, words, bisect.bisect_left(ends, m.end))
                    if ends[k] > m.end:
                        m.end = ends[k]
                        m.surface = _surface(text[m.start : m.end])
            elif not _overlaps(spans, starts[i], ends[i]):
                k = _model_end(doc, words, i) if etype == "MISC" else i
                added.append(_Mention(starts[i], ends[k], etype, _surface(text[starts[i] : ends[k]])))
        elif lows[i] == "ethnic" and i + 1 < n:
            # "Ethnic Tigrayans and Oromos": capitalised plurals after "ethnic" are peoples
            peoples = []
            j = i + 1
            while j < n and caps[j] and norm[j].endswith("s") and norm[j][1:-1].islower() and len(norm[j]) > 3:
                peoples.append(j)
                if j + 2 < n and lows[j + 1] in ("and", ",", "or"):
                    j += 2
                else:
                    break
            if peoples:
                a, b = starts[i], ends[peoples[-1]]
                kept[:] = [m for m in kept if not (m.start < b and a < m.end and m.start >= a and m.end <= b)]
                added += [_Mention(starts[j], ends[j], "NORP", _surface(norm[j])) for j in peoples]
    return added


# an Arabic article glued to a surname ("el-Sisi", "al-Assad", "al-Sudani")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ul|ad|ash|as|at|az|an|ar)-[A-Z][a-z]")
_COMPASS_POINTS = frozenset("North South East West".split())
# units of a country written "the province of <Name>"
_PLACE_UNITS = frozenset("province state region department district county governorate prefecture municipality".split())
# titles held over a place, written "<Title> of <Place>" ("Archbishop of Canterbury", "Mayor of Kyiv")
_TERRITORIAL_TITLES = frozenset("archbishop bishop mayor duke duchess earl prince princess sultan emir governor".split())
# a lower-case prefix glued to a capitalised word ("ultra-Orthodox", "anti-Western"): an adjective
_LOWER_PREFIXED = re.compile(r"^[a-z]{3,}-[A-Z]")


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted, disjoint spans."""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _particles_and_cues(doc: Doc, words: _Words, kept: list[_Mention]) -> None:
    """Repairs read off the words around a name: persons cut before a surname particle ("Abdel
    Fattah el-Sisi", "Rogelio Ramírez de la O"); a lower-case adjective opening a name
    ("ultra-Orthodox Shas"); a body's name cut before "and <Noun>" ("Centers for Disease Control
    and Prevention"); a code name, a unit "the province of <Name>", "Shares of <Company>", the see
    in "Archbishop of <Place>", "NHS England", "South <Place of the article>", a school named
    "... Elementary"; a name before a lower-case "party" (an organisation); a house of worship (a
    place); and a person-typed name after "<person> of" (an organisation: "Yair Lapid of Yesh
    Atid"). Each is a look at one or two neighbouring tokens."""
    text, norm, lows, caps, starts, ends = doc.text, words.norm, words.lows, words.caps, words.starts, words.ends
    n = len(norm)
    person_ends = {m.end for m in kept if m.type == "PERSON"}
    acronym_orgs = {m.surface for m in kept if m.type == "ORGANIZATION" and m.surface.isupper()}
    places = {m.surface for m in kept if m.type == "LOCATION" and " " not in m.surface}
    by_start = {m.start: m for m in kept if m.start >= 0}
    swallowed: list[tuple[int, int]] = []
    retype: dict[str, str] = {}
    for m in kept:
        if m.start < 0:
            continue
        i = bisect.bisect_left(starts, m.start)
        k = bisect.bisect_left(ends, m.end)
        if i >= n or k >= n or starts[i] != m.start or (words.base_end[k] != m.end and ends[k] != m.end):
            continue
        if k > i and _LOWER_PREFIXED.match(norm[i]) and caps[i + 1]:
            i += 1  # "the ultra-Orthodox Shas party": the adjective is no part of the party's name
            m.start = starts[i]
            m.surface = _surface(text[m.start : m.end])
        j = k + 1
        if m.type == "PERSON" and j < n and ends[k] == m.end:
            if starts[j] == ends[k] + 1 and _ARABIC_ARTICLE.match(norm[j]):
                k = j  # "Abdel Fattah el-Sisi"
            elif lows[j] in lx.SURNAME_PARTICLES and norm[j].islower():
                p = j + 2 if lows[j] == "de" and j + 2 < n and lows[j + 1] in ("la", "las", "los") else j + 1
                if (
                    p < n
                    and caps[p]
                    and norm[p].isalpha()
                    and lows[p] not in lx.COUNTRIES
                    and lows[p] not in lx.PLACES
                    and starts[p] - ends[k] < 12
                ):
                    k = p  # "Rogelio Ramírez de la O"
            if ends[k] != m.end:
                swallowed.append((m.end, ends[k]))
                m.end = ends[k]
                m.surface = _surface(text[m.start : m.end])
        parts = m.surface.split()
        if not parts:
            continue
        tail = by_start.get(starts[k + 2]) if k + 2 < n else None
        if (
            (m.type == "ORGANIZATION" or (m.type == "MISC" and tail is not None and tail.type == "ORGANIZATION"))
            and k + 3 < n
            and ends[k] == m.end
            and norm[k + 1] == "and"
            and (" for " in m.surface or " of " in m.surface)
            and caps[k + 2]
            and not caps[k + 3]
            and norm[k + 2].isalpha()
            and lows[k + 2] not in _GAZ_SINGLE
            and lows[k + 2] not in lx.FIRST_NAMES
            and (tail is None or tail.type != "PERSON")
        ):
            # "Centers for Disease Control and Prevention": one capitalised noun after "and" ends
            # the body's name (a place or a person there would be named on its own)
            swallowed.append((m.end, ends[k + 2]))
            m.type = "ORGANIZATION"
            k += 2
            m.end = ends[k]
            m.surface = _surface(text[m.start : m.end])
            parts = m.surface.split()
        prev = lows[i - 1] if i > 0 else ""
        if i > 1 and (prev in ("code-named", "codenamed") or (prev == "named" and lows[i - 2] == "code")):
            m.type = "MISC"  # "a trial code-named Project Harbor": a code name
        elif prev == "of" and i > 2 and norm[i - 2] in _PLACE_UNITS and lows[i - 3] == "the" and m.type in ("MISC", "PERSON"):
            m.type = "LOCATION"  # "the province of Norte de Santander"
        elif prev == "of" and i > 1 and lows[i - 2] in ("shares", "stock") and m.type in ("PERSON", "LOCATION", "MISC"):
            retype[m.surface] = "ORGANIZATION"  # "Shares of Novo Nordisk rose"
        elif (
            prev == "of"
            and i > 1
            and caps[i - 2]
            and lows[i - 2] in _TERRITORIAL_TITLES
            and len(parts) == 1
            and m.type == "ORGANIZATION"
            and lows[i] not in lx.ORG_WORDS
        ):
            m.type = "LOCATION"  # "the Archbishop of Canterbury's office": the see, a place
        elif len(parts) == 2 and m.type in ("MISC", "ORGANIZATION") and parts[0] in _COMPASS_POINTS and parts[1] in places:
            m.type = "LOCATION"  # "nearby South Linden", where "Linden" is a place of the article
        elif len(parts) > 1 and parts[-1] == "Elementary" and m.type in ("LOCATION", "MISC", "PERSON"):
            m.type = "ORGANIZATION"  # "Hamilton Avenue Elementary": a school, named without "School"
        elif m.type == "LOCATION" and len(parts) == 2 and parts[0] in acronym_orgs:
            m.type = "ORGANIZATION"  # "NHS England": the body's branch in a place
        if (
            k + 1 < n
            and norm[k + 1] == "party"
            and len(parts) <= 3
            and m.type in ("MISC", "PERSON", "LOCATION", "NORP")
            and not words.sentence_start[i]
        ):
            retype[m.surface] = "ORGANIZATION"  # "the ruling Morena party"
        elif len(parts) > 1 and parts[-1].lower() in lx.WORSHIP_HEADS and m.type == "MISC":
            m.type = "LOCATION"  # "the Al-Aqsa Mosque compound"
        elif (
            m.type == "PERSON"
            and i > 1
            and norm[i - 1] == "of"
            and ends[i - 2] in person_ends
            and m.surface not in retype
        ):
            retype[m.surface] = "ORGANIZATION"  # "opposition leader Yair Lapid of Yesh Atid"
    if swallowed:
        # the particle's word was often tagged alone ("O" as an organisation): it is the person's now
        swallowed.sort()
        kept[:] = [m for m in kept if not _within(swallowed, m.start, m.end)]
    if retype:
        for m in kept:
            if m.surface in retype:
                m.type = retype[m.surface]


def _fold(low: str) -> str:
    """A word without its accents ("andrés" -> "andres"), for the name lists."""
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def _regnal_names(words: _Words, kept: list[_Mention]) -> set[str]:
    """One-word person names written after "Pope": a regnal name is a name of its own."""
    out = set()
    for m in kept:
        if m.type == "PERSON" and " " not in m.surface and m.start >= 0:
            i = bisect.bisect_left(words.starts, m.start)
            if 0 < i < len(words.starts) and words.starts[i] == m.start and words.norm[i - 1] in lx.REGNAL_TITLES:
                out.add(m.surface)
    return out


def _tenth_round(doc: Doc, words: _Words, kept: list[_Mention]) -> None:
    """A given name the tagger left before a person's given name ("Andrés Manuel López Obrador");
    a court district read as a place with a country ("U.S. District Judge": the place is "U.S.");
    a sentence-opening "Church" or "School" before the lower-case noun it modifies (no name).
    Each is a look at one neighbouring token."""
    text, norm, lows, caps, starts, ends = doc.text, words.norm, words.lows, words.caps, words.starts, words.ends
    n = len(norm)
    spans = sorted((m.start, m.end) for m in kept if m.start >= 0)
    drop = []
    for m in kept:
        if m.start < 0:
            continue
        i = bisect.bisect_left(starts, m.start)
        if i >= n or starts[i] != m.start:
            continue
        j = bisect.bisect_left(starts, m.end)  # the token after the name
        if (
            m.type == "PERSON"
            and i > 0
            and " " in m.surface
            and _fold(lows[i]) in lx.FIRST_NAMES
            and caps[i - 1]
            and _fold(lows[i - 1]) in lx.FIRST_NAMES
            and not norm[i - 1].isupper()
            and lows[i - 1] not in _ROLE_HEADS
            and text[ends[i - 1] : starts[i]] == " "
            and not _overlaps(spans, starts[i - 1], ends[i - 1])
        ):
            m.start = starts[i - 1]  # two given names, then the surnames: the first is the person's too
            m.surface = _surface(text[m.start : m.end])
        elif (
            m.type == "LOCATION"
            and j < n
            and j - i >= 2
            and norm[j - 1] in ("District", "Circuit")
            and (lows[j] in lx.TITLE_HEADS or lows[j] == "court")
            and caps[j]
        ):
            m.end = ends[j - 2]  # "U.S. District Judge", "U.S. District Court": the place is the country
            m.surface = _surface(text[m.start : m.end])
        elif (
            m.type in ("ORGANIZATION", "MISC")
            and j == i + 1
            and j < n
            and words.sentence_start[i]
            and lows[i] in lx.INSTITUTION_COMMON_NOUNS
            and norm[j].isalpha()
            and norm[j].islower()
        ):
            drop.append(m)  # "Church attendance fell": a common noun before the noun it modifies
    if drop:
        kept[:] = [m for m in kept if m not in drop]


def find_entities(doc: Doc) -> list[Entity]:
    """Entities of an analysed article, each with its mentions (exact offsets into `doc.text`)."""
    if not doc.tokens:
        return []
    words = _Words(doc)
    words.headline = _headline_tokens(doc, words)
    dates = [_Mention(a, b, "DATE", _surface(doc.text[a:b])) for a, b in find_dates(doc.text)]
    tagged = _mentions_from_tagger(doc, words)
    hashtags = _hashtags(doc)
    # hashtags, then dates, win over the tagger where they overlap, unless a tagged name is longer
    # and contains the date ("2010 World Cup")
    kept: list[_Mention] = [*hashtags, *_websites(doc), *_datelines(doc), *_states(doc), *_party_states(doc)]
    # "the BBC's Today programme": a programme's title (MISC), not a date
    kept += [_Mention(a, b, "MISC", _surface(doc.text[a:b])) for a, b in programme_titles(doc.text)]
    taken = sorted((m.start, m.end) for m in kept)
    # a quoted name the tagger typed as a person, organisation or place is that name in quotes
    named = {(m.start, m.end) for m in tagged if m.type != "MISC"}
    kept += [
        _Mention(a, b, "MISC", _surface(doc.text[a:b]))
        for a, b in _quoted_titles(doc, words)
        if not _overlaps(taken, a, b) and (a, b) not in named
    ]
    taken = sorted((m.start, m.end) for m in kept)
    tagged.sort(key=lambda m: m.start)
    tagged_starts = [t.start for t in tagged]
    date_starts = [d.start for d in dates]
    for m in dates:
        if _overlaps(taken, m.start, m.end):
            continue
        # a name that goes on after a date inside it is a name ("2010 World Cup", "Expo 2010");
        # one that ends in a date is a date with words before it ("Waitangi Day - February 6")
        i = bisect.bisect_right(tagged_starts, m.start) - 1
        t = tagged[i] if i >= 0 else None
        if (
            t is not None
            and m.end <= t.end
            and t.type != "PERSON"
            and (
                t.type == "EVENT"
                or (
                    _ALPHA.search(doc.text, m.end, t.end)
                    and bisect.bisect_left(date_starts, m.end) == bisect.bisect_left(date_starts, t.end)
                )
            )
        ):
            continue
        kept.append(m)
        bisect.insort(taken, (m.start, m.end))
    for m in tagged:
        if _overlaps(taken, m.start, m.end):
            m = _before_date(doc, m, taken)
            if m is None:
                continue
        kept.append(m)
        bisect.insort(taken, (m.start, m.end))
    kept += _lexicon_mentions(doc, words, taken)
    kept += _leftovers(doc, words, kept)
    _particles_and_cues(doc, words, kept)
    _tenth_round(doc, words, kept)
    acronyms = _acronyms(doc, kept)
    for acronym, long_form in acronyms.items():
        long_type = next((m.type for m in kept if m.surface == long_form), "ORGANIZATION")
        kept.append(_Mention(-1, -1, long_type, acronym))  # a seed so that propagation finds it
    for m in kept:
        name = _storm_name(m.surface.split()) if m.type == "EVENT" else None
        if name and name not in acronyms:
            # "Hurricane Milton ... helped Milton grow": the storm's given name alone is the storm
            acronyms[name] = m.surface
            kept.append(_Mention(-1, -1, "EVENT", name))
    surnames, given = _person_parts(kept)
    for name in _regnal_names(words, kept):
        given.pop(name, None)  # "Pope Francis" is no middle name of "Robert Francis Prevost"
        surnames.pop(name, None)
    for m in kept:
        if m.surface in surnames:
            m.type = "PERSON"
    kept = [m for m in _propagate(doc, words, kept, surnames) if m.start >= 0]
    _sports_teams(doc, kept)
    _company_short_forms(kept)
    # "the Met" (read as MISC) of "the Metropolitan Police": the short form is the organisation
    orgs = {m.surface for m in kept if m.type == "ORGANIZATION"}
    misc = _org_short_forms(orgs, {m.surface for m in kept if m.type == "MISC" and " " not in m.surface})
    for m in kept:
        if m.type == "MISC" and m.surface in misc:
            m.type = "ORGANIZATION"
    _country_and_people(kept)
    text = doc.text
    entities = []
    for entity, spans in _build(kept, acronyms, {**given, **surnames}):
        entity.mentions = [Span(start=a, end=b, text=text[a:b]) for a, b in sorted(set(spans))]
        entities.append(entity)
    return entities
