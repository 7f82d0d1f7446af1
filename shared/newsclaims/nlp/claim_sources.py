"""Who a claim's source is: the entity a name, pronoun or role noun refers to.

Resolution only reads the entity list it is given (names, aliases, roles, mentions), so it
works with whatever the entity recogniser finds and returns None when nothing fits: a group
("critics", "some analysts") or a name nobody recognised stays a source without a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import pairwise

from newsclaims.models import Entity
from newsclaims.nlp import lexicon as lx
from newsclaims.nlp.cues import AROUND_SOMEONE, DETERMINERS, GROUP_HEADS, PERSON_PRONOUNS

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
# "Matthew Ingram of The Globe and Mail", "Witnesses interviewed by Reuters": what follows the
# head of a source describes it
_POSTMODIFIER = re.compile(
    r"\s(?:of|from|at|for|with|in|within|inside)\s"
    r"|\s(?:[a-z]{3,}(?:ed|ing)|seen|written|given|taken|held|led|run|made|known|shown)"
    r"\s(?:by|in|on|at|from|for|to|with|near|outside|across)\s"
)
_PLAIN_POSTMODIFIERS = frozenset({"of", "from", "at", "for", "with", "in", "within", "inside"})
_LOCATIVE = re.compile(
    r"\s+in\s+(?:the\s+)?(?=[A-Z])"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}
# "Fox's office", "the senator's spokeswoman": those who speak for the possessor
_SPEAKS_FOR = frozenset(
    """office spokesman spokeswoman spokesperson spokespeople campaign camp representative
    representatives mission delegation embassy""".split()
)
_TO_HEAD = re.compile(
    r"(.*?\b(?:mission|ambassador|envoy|adviser|advisor|aide|delegation|representative|counsel|"
    r"secretary|assistant))\s+to\s+\S",
    re.IGNORECASE,
)
_NOT_SPEAKERS = frozenset({"DATE", "EVENT"})
# "sources close to X", "allies of X", "people familiar with X": unnamed people around someone
_AROUND_LINKS = frozenset({"close", "of", "to", "familiar", "around", "near", "allied", "loyal", "within", "inside"})
# what a body puts out, which speaks for it ("a Congressional Budget Office estimate")
_PRODUCTS = frozenset(
    """estimate estimates report reports analysis study survey poll data figures forecast forecasts
    projection projections statement assessment review audit""".split()
)
_ORG_TYPES = frozenset({"ORGANIZATION", "NORP", "LOCATION"})
# "the company said", "the airline added": nouns that name an organisation of any kind; when no
# entity carries the word, they mean the organisation the article last mentioned
# a sentence opening with "The judge", "The minister": a role noun as the subject
_ROLE_OPENER = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))The ([a-z]+) (?!of\b|and\b)")
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"})
_ORG_NOUNS = frozenset(
    """company firm airline carrier group bank lender insurer retailer manufacturer maker
    producer operator developer business corporation conglomerate startup start-up chain
    club team union charity agency organisation organization institute society association
    foundation broadcaster newspaper publisher network utility journal magazine tabloid outlet""".split()
)
_BODY_NOUNS = _ORG_NOUNS | frozenset(
    """ministry department office council court commission committee government administration
    embassy consulate authority regulator parliament assembly senate cabinet secretariat
    army military navy opposition state bench prosecution defence defense""".split()
)
# first names, titles and role words that make a person's gender clear to a reader, so that
# "he" and "she" find the right antecedent
_FEMALE = frozenset(
    """ms mrs miss madam dame lady queen princess sister mother
    spokeswoman chairwoman congresswoman businesswoman policewoman councilwoman sportswoman
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa
    deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna ana
    brenda pamela nicole samantha katherine catherine christine emma ruth julie olivia sophie
    sophia victoria rachel claire clare fiona orla siobhan siobhán noreen maria marie julia
    grace alice jane joan anne ann annie carla chloe charlotte lucy lucia lucía valentina
    farhana priya elena irina natalia olga svetlana tatiana yulia anastasia ekaterina angela
    angelika ursula marine ségolène hillary kamala nancy theresa giorgia kristalina
    christine jacinda nicola liz priti suella yvette harriet miriam hannah leah sara sarah
    ingrid astrid greta helga petra monika sabine birgit aisha fatima amina leila layla
    mei ling yuki akiko keiko hana ji-won min-ji elif ayse ayşe zeynep isabel isabella
    carmen rosa lucia paola francesca giulia chiara alessandra beatriz gabriela mariana
    daniela camila fernanda adriana veronica monica teresa rita ines inês joana marta
    margarita alejandra natasha nadia vera galina lyudmila larisa oksana
    marisol carolyn eleanor kathryn kristen hilary colette lydia elaine ingrid mercedes
    ines yasmin yasmine jasmine imogen bridget deirdre aoife niamh sinead sinéad róisín
    roisin maeve gwen gwyneth bethan cerys rhian megan lauren courtney brittany heather
    allison alison wendy tracy tracey dawn diane janet joyce judith judy beverly evelyn
    frances gloria jacqueline kelly kim lori louise marilyn martha paula peggy phyllis
    sally shannon sheila stacy sue susanne suzanne tammy theresa valerie virginia yvonne
    chantal claudine dominique élise elise isabelle josephine madeleine mathilde nathalie
    sylvie véronique brigitte ursula annalena renate karin gudrun sigrid beatrix
    ngozi chioma amaka funmilayo folake adaeze wanjiru akua ama abena efua nkechi
    aiko yumi naoko mariko sakura mei-ling xiaoming huifen soo-jin hyun-joo ji-yeon
    ruth esther naomi miriam rivka tamar yael shira""".split()
)
_MALE = frozenset(
    """mr sir lord king prince brother father
    spokesman chairman congressman businessman policeman councilman sportsman
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose josé adam henry nathan douglas zachary peter kyle walter ethan jeremy
    harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse
    dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph
    randy eugene vincent russell elijah louis bobby philip johnny tom tomás tomas rui luis
    luís carlos pedro miguel jorge manuel antonio antónio francisco javier diego pablo
    sergio sergei sergey alexei alexey andrei andrey dmitry dmitri vladimir ivan nikolai
    mikhail boris yuri igor oleg viktor pavel maxim konstantin vladislav
    marco matteo giuseppe giovanni luca francesco lorenzo alessandro emmanuel jean pierre
    jacques françois olaf friedrich hans klaus jürgen wolfgang karl heinz stefan markus
    gareth owen rhys dylan conor connor liam sean seán ciaran ciarán declan eamon niall
    martin keir rishi boris nigel gordon tony barack joe donald xi narendra recep volodymyr
    emmanuel benjamin olaf justin anthony marc marcus luke ben sam simon nick neil ian
    colin graham derek trevor craig stuart alistair duncan hamish angus fergus
    mohammed muhammad mohamed ahmed ahmad ali hassan hussein omar khalid karim youssef
    mustafa abdullah ibrahim yusuf tariq imran arjun rahul raj vijay sanjay amit ravi
    rajesh suresh hiroshi takeshi kenji akira haruto wei jian hao jun min-jun ji-hoon
    joseph davit giorgi levan mehmet ahmet emre burak kemal pieter jan willem daan
    lars erik sven anders nils björn mikael andrés andres alejandro fernando ricardo
    rafael eduardo roberto mateo santiago gustavo felipe
    marcus lachlan arvid emil vasily jan-willem hendrik joost bram ruud thijs willem
    callum euan ewan hugh rory ross alasdair finlay cillian oisin oisín padraig pádraig
    darragh cormac ronan fintan seamus séamus dermot fergal lorcan
    olusegun oluwaseun chinedu emeka obinna chukwuemeka kwame kofi kwabena yaw uhuru
    raila william jomo babajide bola atiku goodluck muhammadu nnamdi
    dmytro oleksandr oleksiy mykola taras bohdan yevhen andriy serhiy vitali vitaliy
    tadeusz wojciech krzysztof piotr pawel paweł tomasz jaroslaw jarosław donald lech
    rutger gunnar henrik magnus torbjorn håkon
    hiroki takashi shinzo fumio yoshihide taro jiro hideo""".split()
)


# "told Sky News", "in an interview with the BBC": a name right after these is who was spoken to
_HEARD = re.compile(r"(?:\btold|\binterview with|\bspeaking to|\bspoke to)\s+(?:the\s+)?$")
# sides in a dispute or a case that a reader does not take for any body the article names
_UNNAMED_SIDES = frozenset({"state", "opposition", "bench", "prosecution", "defence", "defense"})
# short and formal forms of a role a reader takes for the same role ("Gov. Orland" is "the governor")
_ROLE_FORMS = {
    "governor": ("gov.", "gov"),
    "senator": ("sen.", "sen"),
    "representative": ("rep.", "rep"),
    "general": ("gen.", "gen"),
    "professor": ("prof.", "prof"),
    "judge": ("justice",),
    "justice": ("judge",),
    "president": ("pres.",),
    "congressman": ("rep.", "rep"),
    "congresswoman": ("rep.", "rep"),
}
# men's first names that end in "-a"
_MALE_IN_A = frozenset(
    """luca joshua andrea nikita mustafa musa isa issa elia ilya sasha misha kosta jonah ezra
    akira haruka shota kenta yuta ryota daisuke juma jamba kwaku ra garcia costa silva
    santa oba bala krishna rama shiva vishnu aditya surya arjuna joshua zacharia zakaria
    yahya mirza hamza osama usama bilal abdulla attila nicola ricca""".split()
)


def _norm(s: str) -> str:
    return " ".join(_POSSESSIVE.sub("", w) for w in s.lower().split())


def _gender(e: Entity, text: str) -> str | None:
    """ "f", "m" or None: what a first name, a title ("Ms", "Mr") or a role word ("spokeswoman")
    in the entity's name, aliases, roles or the words just before its mentions makes clear."""
    if e.type != "PERSON":
        return None
    words: list[str] = []
    for name in (e.name, *e.aliases):
        parts = name.lower().replace(".", " ").split()
        if len(parts) > 1:
            words.extend(parts[:-1])
    for r in e.roles:
        words.extend(r.lower().split())
    for m in e.mentions[:3]:
        words.extend(text[max(0, m.start - 14) : m.start].lower().replace(".", " ").split()[-1:])
    female = any(w in _FEMALE for w in words)
    male = any(w in _MALE for w in words)
    if not female and not male:
        # a first name no list holds: one ending in "-a" is a woman's in most languages that
        # news names come from (Sofia, Marisol is not, Lidia, Priyanka), with known exceptions
        first = _first_name(e)
        female = first is not None and first.endswith("a") and first not in _MALE_IN_A
    if female == male:
        return None
    return "f" if female else "m"


def _first_name(e: Entity) -> str | None:
    parts = [p for p in e.name.lower().replace(".", " ").split() if p not in _FEMALE | _MALE or len(p) > 3]
    return parts[0] if len(parts) > 1 and len(parts[0]) > 2 and parts[0].isalpha() else None


class SourceResolver:
    """Resolves source spans to entity keys against one article's entities."""

    def __init__(self, entities: list[Entity], text: str = "") -> None:
        # a date or an event says nothing: only people, bodies, groups and places can be speakers
        entities = [e for e in entities if e.type not in _NOT_SPEAKERS]
        self.entities = entities
        self.text = text
        self._genders: dict[str, str | None] = {}  # worked out when a pronoun needs them
        self._spans_of: dict[str, list[tuple[int, int]]] = {}
        # positions inside quotations: a name quoted by a speaker is not who "he" refers to
        self.quoted: Callable[[int], bool] = lambda pos: False
        self._by_name: dict[str, Entity] = {}
        self._by_last: dict[str, list[Entity]] = {}
        for e in entities:
            for name in [e.name, *e.aliases]:
                key = _norm(name)
                current = self._by_name.get(key)
                # a person's name beats an organisation's when both are spelled the same
                if current is None or (e.type == "PERSON" and current.type != "PERSON"):
                    self._by_name[key] = e
            if e.type == "PERSON":
                parts = e.name.split()
                if len(parts) > 1:
                    self._by_last.setdefault(_norm(parts[-1]), []).append(e)
        mentions = sorted((m.start, m.end, i) for i, e in enumerate(entities) for m in e.mentions)
        self._mention_starts = [m[0] for m in mentions]
        self._mentions = mentions

    def by_name(self, text: str) -> Entity | None:
        """The entity called `text` (a name, an alias, or a person's surname)."""
        key = _norm(text)
        hit = self._by_name.get(key)
        people = self._by_last.get(key)
        unique = people[0] if people and len({p.key for p in people}) == 1 else None
        if hit is not None and not (unique is not None and hit.type != "PERSON"):
            return hit
        # "Albuquerque said" after "Tomás Albuquerque, an economist": a speaker's surname names
        # the person, even when a place is spelled the same
        return unique if unique is not None else hit

    def _body_at(self, pos: int) -> bool:
        """Does a mention of an organisation or a person start at `pos`?"""
        k = bisect_left(self._mention_starts, pos)
        while k < len(self._mentions) and self._mentions[k][0] == pos:
            if self.entities[self._mentions[k][2]].type in {"ORGANIZATION", "PERSON"}:
                return True
            k += 1
        return False

    def _mentions_in(self, a: int, b: int) -> list[Entity]:
        k = bisect_left(self._mention_starts, a)
        out = []
        while k < len(self._mentions) and self._mentions[k][0] < b:
            if self._mentions[k][1] <= b:
                out.append(self.entities[self._mentions[k][2]])
            k += 1
        return out

    def _recent(
        self, before: int, fits, not_before: int = 0, unquoted: bool = False, opens: bool = False
    ) -> Entity | None:
        """The entity of the latest mention ending before `before` (and starting at or after
        `not_before`) that `fits`; with `unquoted`, mentions inside quotations do not count; with
        `opens`, only mentions that open a sentence do."""
        k = bisect_left(self._mention_starts, before) - 1
        while k >= 0 and self._mentions[k][0] >= not_before:
            start, end, i = self._mentions[k]
            if (
                end <= before
                and fits(self.entities[i])
                and not (unquoted and self.quoted(start))
                and not (opens and not self._opens_sentence(start))
            ):
                return self.entities[i]
            k -= 1
        return None

    def gender(self, e: Entity) -> str | None:
        if e.key not in self._genders:
            self._genders[e.key] = _gender(e, self.text)
        return self._genders[e.key]

    def _latest_of(self, candidates: list[Entity], before: int) -> Entity | None:
        """Of `candidates`, the one with the latest mention ending before `before` (a look-up per
        candidate, so that a role nobody holds costs nothing in a long text)."""
        best, best_start = None, -1
        for e in candidates:
            spans = self._spans_of.get(e.key)
            if spans is None:
                spans = self._spans_of[e.key] = sorted((m.start, m.end) for m in e.mentions)
            k = bisect_left(spans, (before,)) - 1
            while k >= 0 and spans[k][1] > before:
                k -= 1
            if k >= 0 and spans[k][0] > best_start:
                best, best_start = e, spans[k][0]
        return best

    def pronoun(self, word: str, before: int, previous: Entity | None) -> str | None:
        """ "he" / "she": the latest person mentioned outside quotations whose gender, where a
        first name, title or role makes it clear, matches; else the last speaker nearby."""
        want = "f" if word == "she" else "m"

        def fits(e: Entity) -> bool:
            return e.type == "PERSON" and self.gender(e) in (None, want)

        role = self._role_subject(before, fits)
        if role is not None:
            # the person the role noun stands for, unless the text has named someone since
            pos, person = role
            later = self._recent(before, fits, pos, True)
            if later is None or later.key == person.key:
                return person.key
        if previous is not None and previous.type == "PERSON" and fits(previous):
            # the last speaker, unless a person of the same clear gender has since opened a
            # sentence ("Orla Brennan, who chairs the network, welcomed the result. She said")
            subject = self._recent(
                before,
                lambda e: fits(e) and self.gender(e) == want,
                max(0, before - 600),
                True,
                opens=True,
            )
            if subject is None or subject.key == previous.key:
                return previous.key
            return self._newer(subject, previous, before)
        hit = self._recent(before, fits, max(0, before - 1500), unquoted=True)
        if hit is None:
            hit = self._recent(before, fits, max(0, before - 5000))
        return hit.key if hit else None

    def _newer(self, subject: Entity, previous: Entity, before: int) -> str:
        """Whichever of the two people the text mentions last before `before`."""
        last = self._recent(
            before, lambda e: e.key in (subject.key, previous.key), max(0, before - 600), True
        )
        return (last or previous).key

    def _opens_sentence(self, start: int) -> bool:
        """Does the mention at `start` open its sentence, after at most titles or an opener?"""
        head = re.split(r"[.!?\n]\s", self.text[max(0, start - 60) : start])[-1].strip()
        words = head.split()
        return not head or head.endswith(",") or (len(words) <= 3 and all(w[:1].isupper() for w in words))

    def recent_mention(self, before: int, not_before: int, etype: str) -> tuple[tuple[int, int], str] | None:
        """The latest mention of an entity of `etype` in [not_before, before): its span and key."""
        k = bisect_left(self._mention_starts, before) - 1
        while k >= 0 and self._mentions[k][0] >= not_before:
            start, end, i = self._mentions[k]
            if end <= before and self.entities[i].type == etype:
                return (start, end), self.entities[i].key
            k -= 1
        return None

    def resolve(
        self, start: int, end: int, text: str, previous: Entity | None = None, before: int | None = None
    ) -> str | None:
        """Entity key for the source `text` at [start, end); `previous` is the last speaker nearby;
        `before` is where the claim begins (a pronoun's antecedent comes before its quotation)."""
        words = _WORD.findall(text)
        if not words:
            return None
        lower = [w.lower() for w in words]
        if len(words) == 1 and lower[0] in _POSSESSIVE_PRONOUNS:
            lower = [_POSSESSIVE_PRONOUNS[lower[0]]]  # "His answer was blunt:" - the one who answered
        if len(words) == 1 and lower[0] in PERSON_PRONOUNS:
            return self.pronoun(lower[0], start if before is None else before, previous)
        title = [w for w in lower if w not in DETERMINERS]
        if (
            lower[0] in {"a", "an", "one", "another"}
            and title
            and all(w in lx.TITLE_HEADS or w in lx.TITLE_MODIFIERS or w in {"of", "for", "the"} for w in title)
        ):
            return None  # "One Minister of State said": someone with that title, not named
        lead = 1 if lower[0] in DETERMINERS and len(lower) > 2 else 0
        if len(lower) > lead + 2 and lower[lead] in AROUND_SOMEONE and lower[lead + 1] in _AROUND_LINKS:
            # "Sources close to the chancellor", "allies of the president", "people familiar with
            # the talks": people around someone speak, not that someone
            return None
        if len(words) == 1 and lower[0] in {"it", "they"}:
            if previous is not None and previous.type != "PERSON":
                return previous.key
            if lower[0] == "it":
                # "It said ...": an organisation the last sentences mentioned
                hit = self._recent(start, lambda e: e.type == "ORGANIZATION", max(0, start - 400), True)
                return hit.key if hit else None
            return None
        # a name that ends the span heads it ("U.S. Secretary of State Marco Rubio"): titles that
        # hold "of" or a place's name come before the person they describe
        k = bisect_left(self._mention_starts, start + 1)
        ending = None
        while k < len(self._mentions) and self._mentions[k][0] < end:
            _, b, i = self._mentions[k]
            if b == end and self.entities[i].type == "PERSON":
                ending = self.entities[i]
            k += 1
        if ending is not None:
            return ending.key
        # "University of Utrecht professor Jan de Groot": a name after a lower-case role word ends
        # the span and heads it, whatever type the recogniser gave the name
        tail = re.search(r"(?<=[a-z] )((?:[A-Z][\w'’.-]*|de|van|von|al|bin|la)\s+)*[A-Z][\w'’.-]*$", text)
        if tail is not None and " " in tail.group() and lower[-len(tail.group().split()) - 1] in lx.TITLE_HEADS:
            hit = self.by_name(tail.group())
            if hit is not None:
                return hit.key
        # "The ministry of defence in Moscow", "the embassy in Kyiv": a place after "in" says where
        # the source is, not who it is; the rest of the span is read without it
        loc = _LOCATIVE.search(text, 1)
        if loc is not None and not self._body_at(start + loc.end()):
            end = start + loc.start()
            text = text[: loc.start()]
            words = _WORD.findall(text)
            if not words:
                return None
            lower = [w.lower() for w in words]
        to = _TO_HEAD.match(text)
        if to is not None:
            # "Veranda's mission to the UN", "an adviser to the president": the phrase is headed
            # before "to"; whom it serves is not who speaks
            end = start + to.end(1)
            text = to.group(1)
            words = _WORD.findall(text)
            lower = [w.lower() for w in words]
        # "Fox's office said", "the senator's spokeswoman said": those who speak for someone
        # give that person's word
        if (
            len(words) >= 2
            and lower[-1] in _SPEAKS_FOR
            and (_POSSESSIVE.search(words[-2]) or lower[-2] in _POSSESSIVE_PRONOUNS)
        ):
            m = list(_WORD.finditer(text))[-2]
            # "A spokesperson for the adviser's office": the possessor is the phrase after the
            # last preposition ("the adviser"), not the whole span
            link = max(
                re.finditer(r"\b(?:for|of|to|at|from|with)\s+", text[: m.start()]), key=lambda x: x.end(), default=None
            )
            owner_start = start + (
                m.start() if lower[-2] in _POSSESSIVE_PRONOUNS else (link.end() if link is not None else 0)
            )
            owner_end = start + m.start() + len(_POSSESSIVE.sub("", m.group()))
            owner_text = self.text[owner_start:owner_end]
            owner = self.resolve(owner_start, owner_end, owner_text, previous, before)
            if owner is not None:
                return owner
        # the head of "Matthew Ingram of The Globe and Mail" is the person, not the paper
        cut = _POSTMODIFIER.search(text)
        head_end = start + cut.start() if cut else end
        head_words = _WORD.findall(text[: head_end - start]) or words
        # the whole head, or its name part after titles and determiners
        for i in range(len(head_words)):
            if head_words[i].lower() in DETERMINERS:
                continue
            hit = self.by_name(" ".join(head_words[i:]))
            if hit is not None:
                return hit.key
        group = head_words[-1]
        if len(words) > 1 and group.lower() in GROUP_HEADS and (group.islower() or len(head_words) == 1):
            # "Arvenian officials", "analysts at Barclays", "Geneva police": a group speaks, not
            # the body or place that describes it
            return None
        # "The League of Women Voters of Ohio": an unrecognised name is not the place it names
        unrecognised_name = (
            cut is not None
            and head_words[-1][:1].isupper()
            and (head_words[0].lower() in DETERMINERS or len(head_words) > 1)
        )
        for a, b in ((start, head_end), (start, end)):
            inside = self._mentions_in(a, b)
            if unrecognised_name and b > head_end:
                # only names that run across the cut ("The U.S. Department of Agriculture"),
                # not the place after it
                inside = [e for e in inside if any(m.start < head_end < m.end for m in e.mentions)]
            people = [e for e in inside if e.type == "PERSON"]
            if people and not (head_words[-1].islower() and head_words[-1].lower() not in _SPEAKS_FOR | _SPOKES):
                return people[-1].key
            if people:
                # "Kasimiri state media", "Trump's lawyer": a common noun heads the phrase; the
                # person named in it describes the speaker but is not the speaker
                return None
            # "the Swiss press", "The Welsh government": a nationality describes the body that
            # speaks; it is not the body
            inside = [
                e for e in inside if e.type != "NORP" or not words[-1].islower() or lower[-1] in _SPOKES
            ]
            orgs = [e for e in inside if e.type in _ORG_TYPES]
            if (
                orgs
                and b > head_end
                and cut is not None
                and cut.group().split()[0] not in _PLAIN_POSTMODIFIERS
                and re.search(r"\bby\s", text[cut.start() :]) is None
            ):
                # "a report published by Amnesty" speaks for Amnesty; "a study published in the
                # journal X" does not speak for the journal
                orgs = []
            if orgs and (
                lower[0] not in DETERMINERS - {"the"}
                or lower[-1] in _SPOKES | _PRODUCTS
                or head_words[-1].lower() in _SPOKES | _PRODUCTS
            ):
                # "A United Nations spokesperson": a spokesperson speaks for the body named;
                # "a Congressional Budget Office estimate": so does its estimate
                return orgs[-1].key
        head = _POSSESSIVE.sub("", lower[-1])
        if head in GROUP_HEADS or (
            head.endswith("s") and not words[-1][:1].isupper() and head not in {"news", "press"}
        ):
            return None
        if (
            not words[-1][:1].isupper()
            and lower[0] in {"a", "an", "another"}
            and lower[-1] not in _SPOKES
            and _POSTMODIFIER.search(text) is None
        ):
            # "a federal judge in New York", "a member of the team": someone new, not the judge
            # named earlier ("a spokesperson for the agency" still speaks for the agency)
            return None
        if not words[-1][:1].isupper():
            # "the ministry of defence": a body noun before "of" heads the phrase
            body = next((w for w, nxt in pairwise(lower) if nxt == "of" and w in _BODY_NOUNS), None)
            return self._by_role(body or head, start)
        title = [w for w in lower if w not in DETERMINERS]
        if (
            lower[0] == "the"
            and title
            and all(w in lx.TITLE_HEADS or w in lx.TITLE_MODIFIERS for w in title)
            and title[-1] in lx.TITLE_HEADS
        ):
            # "The Prime Minister has insisted": whoever the article gave that title
            hit_key = self._by_role(" ".join(title), start)
            if hit_key is not None:
                return hit_key
        # a name in a phrase that describes the head ("a study published in the journal Neurology
        # Today") is not who speaks
        for w in reversed(head_words if cut else words):
            if w[:1].isupper():
                hit = self.by_name(w)
                if hit is not None:
                    return hit.key
        return None

    def _by_role(self, head: str, before: int) -> str | None:
        """ "the sculptor" -> the entity whose roles name a sculptor; "the ministry" -> the Ministry;
        "the governor" -> the person the article called "Gov."."""
        forms = "|".join(re.escape(h) for h in (head, *_ROLE_FORMS.get(head, ())))
        pattern = re.compile(rf"\b(?:{forms})(?!\w)", re.IGNORECASE)

        def has_role(e: Entity) -> bool:
            return any(pattern.search(r) for r in e.roles)

        def org_named(e: Entity) -> bool:
            return e.type == "ORGANIZATION" and pattern.search(e.name) is not None

        if head in _UNNAMED_SIDES:
            return None  # "the state contended", "the opposition said": a side, not a named body
        # a body noun ("the ministry", "the company") names a body, never a person's role, though
        # a spokesman's role may hold it ("Defence Ministry spokesman")
        for fits in (org_named,) if head in _BODY_NOUNS else (has_role, org_named):
            matches = [e for e in self.entities if fits(e)]
            hit = self._latest_of(matches, before)
            if hit is None:
                hit = matches[0] if len(matches) == 1 else None
            if hit is not None:
                return hit.key
        if head in _ORG_NOUNS:
            # "the company said": the organisation the article last mentioned, not one named
            # only as whom someone spoke to ("told Sky News")
            hit = self._recent(
                before,
                lambda e: e.type == "ORGANIZATION" and not all(self._heard(m.start) for m in e.mentions),
                max(0, before - 1500),
                True,
            )
            return hit.key if hit else None
        if head in _BODY_NOUNS:
            return None  # "the ministry" nobody named is never a person
        hit = self._introduced(head, before)
        return hit.key if hit else None

    def _heard(self, start: int) -> bool:
        """Is the mention at `start` the one spoken to ("told Sky News", "in an interview with")?"""
        return _HEARD.search(self.text, max(0, start - 30), start) is not None

    def _introduced(self, head: str, before: int) -> Entity | None:
        """ "said the spokeswoman": the last person the article introduced with that word
        ("A Veridian spokeswoman, Laura Kim, ...", "Laura Kim, a spokeswoman for ...")."""
        k = bisect_left(self._mention_starts, before) - 1
        while k >= 0 and self._mentions[k][0] >= before - 3000:
            start, end, i = self._mentions[k]
            e = self.entities[i]
            if e.type == "PERSON" and end <= before and not self.quoted(start):
                # the role is the head of the phrase: the last word before the name, or the noun
                # of an appositive that ends or goes on with a preposition
                left = self.text[max(0, start - 40) : start].rstrip(" ,").split()
                if left and left[-1].lower() == head:
                    return e
                # "the independent adviser on ministers' interests, Sir Hartley Denning,": the
                # role set off before the name
                before_name = self.text[max(0, start - 70) : start]
                if re.search(
                    rf"\b{re.escape(head)}\b[^,.;]*,\s*(?:[A-Z][\w.]*\s+){{0,2}}$", before_name, re.IGNORECASE
                ):
                    return e
                if self.text[end : end + 1] == "," and re.match(
                    rf"\s*(?:[\w'’-]+\s+){{0,4}}?{re.escape(head)}(?:\s+(?:of|for|at|to|in|on|with|from)\b|\s*(?:,|$))",
                    self.text[end + 1 : end + 80],
                    re.IGNORECASE,
                ):
                    return e
            k -= 1
        return None

    def _role_subject(self, before: int, fits) -> tuple[int, Entity] | None:
        """ "The judge rejected that account. She said ...": a sentence that opens with a role
        noun standing for a person the article introduced with it; its position and the person."""
        lo = max(0, before - 400)
        last = None
        for m in _ROLE_OPENER.finditer(self.text, lo, before):
            last = m
        if last is None or last.group(1) in _ORG_NOUNS:
            return None
        role = re.compile(rf"\b{re.escape(last.group(1))}\b", re.IGNORECASE)
        hit = self._recent(
            before,
            lambda e: e.type == "PERSON" and any(role.search(r) for r in e.roles),
            max(0, before - 3000),
        )
        hit = hit or self._introduced(last.group(1), last.start(1))
        if hit is None or not fits(hit):
            return None
        return last.start(1), hit
