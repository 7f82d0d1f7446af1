"""Claims: every attributed statement of an article, with its source, cue, kind, hedges and status.

The finder works on the `Doc` of `newsclaims.nlp.text` in passes over precomputed tokens:
1. quotations (`claim_quotes`), so that words inside a quote are never taken for attribution;
2. reporting verbs ("said", "has argued", "was quoted as saying") with the subject before
   them or, inverted, after them ("said the minister"), and what they report; in the same pass,
   attributions with no verb of speech ("As Fox put it, ...", 'The mayor was blunt: "..."');
3. "according to X", reporting nouns ("her claim that ...", "the announcement, made by X");
4. quotes that stand alone after a speaker's claim, or carry a dash attribution;
5. hedged statements that nobody is named for ("soldiers who allegedly fought");
6. the article's own verdicts ("remains unverified", "critics question the claim", a reported
   denial), tied to the claim they are about by its words or by anaphora ("the claim").
Sources are then resolved to entities by `claim_sources.SourceResolver`.

Every look-up is local to a sentence (sentences are cut at 120 tokens) or a window of nearby
sentences, so the finder stays linear in the length of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from newsclaims.models import Claim, Entity, Span
from newsclaims.nlp import lexicon as lx
from newsclaims.nlp.claim_quotes import Quote, QuoteFinder
from newsclaims.nlp.claim_sources import SourceResolver
from newsclaims.nlp.cues import (
    ADVERBS,
    AROUND_SOMEONE,
    AS_VERBS,
    AUXILIARIES,
    BE_FORMS,
    CLAIM_NOUNS,
    DETERMINERS,
    DISPUTED,
    DISPUTED_FIRST,
    HEARER_VERBS,
    HEDGE_FIRST,
    HEDGE_PHRASE,
    NEEDS_THAT,
    NP_STOP,
    PRONOUNS,
    QUOTE_OR_THAT,
    REPORT_NOUNS,
    UNATTRIBUTED_FIRST,
    UNATTRIBUTED_HEDGE,
    UNVERIFIED,
    UNVERIFIED_FIRST,
    VERB_LEMMA,
    WEAK_VERBS,
    word_set,
)
from newsclaims.nlp.text import Doc, Sentence

_PERFECT = frozenset({"has", "have"})
_CONNECTORS = frozenset(
    {"of", "the", "and", "&", "for", "on", "from", "at", "in", "by", "within", "inside", "-", "de", "von", "van", "al",
     "bin"}
)
# prepositions that attach a body or place to a role noun: "a spokesman for the company",
# "officials from the ministry", "posts on the message board"
_NP_PREPOSITIONS = frozenset({"of", "for", "at", "on", "from", "in", "by", "within", "inside"})
# "this week", "last month", "on Monday": a time phrase between a subject and its verb
_TIME_PHRASE = word_set(
    """this last next past that earlier later on week weekend month year morning afternoon evening night
    monday tuesday wednesday thursday friday saturday sunday yesterday today tonight"""
)
# prepositions after a participle that describes a noun: "a survey published in The Lancet",
# "witnesses interviewed by Reuters", "the group based in London"
# people told something, named by a common noun: "told parliament the package would ..."
_HEARER_NOUNS = word_set(
    """reporters journalists parliament lawmakers legislators senators congressmen investigators
    delegates supporters students residents colleagues members officials police voters crowds
    listeners viewers readers parliamentarians councillors councilors shareholders investors
    analysts employees staff workers troops soldiers followers"""
)
_PARTICIPLE_LINKS = frozenset({"in", "by", "on", "at", "from", "for", "to", "with", "near", "outside", "across"})
_IRREGULAR_PARTICIPLES = frozenset({"seen", "written", "given", "taken", "held", "led", "run", "made", "known", "shown"})
_CLAUSE_CUTS = re.compile(
    r",\s*(?:according\s+to\b|while\b|whereas\b|(?:stating|saying|adding|noting|writing|arguing|claiming"
    r"|explaining|insisting|warning|telling|declaring|asserting|citing|quoting)\b)|;"
    # ", a claim Reuters could not verify", ", a day after ...": the reporter's words, not the source's
    r"|,\s*(?:a|an)\s+(?:claim|allegation|accusation|assertion|figure|account|charge|estimate|characterization"
    r"|finding|discovery|conclusion|decision|move|step)\b"
    r"|,\s*(?:a\s+day|a\s+week|hours|days|weeks)\s+(?:after|before)\b"
    # ", though critics disagreed", ", although some experts say ...": others' view, not the source's
    r"|,\s*(?:though|although)\s+(?:(?:some|many|other|most)\s+)?(?:[a-z]+\s+)?(?:critics|opponents|others|experts"
    r"|analysts|economists|scientists|officials|rivals|skeptics|sceptics|groups|agencies|organi[sz]ations)\b"
    # ", court documents show": where the reporter found it, not part of it
    r"|,\s*(?:court\s+|police\s+|public\s+|official\s+)?(?:documents|records|filings|papers)\s+(?:show|showed|shows)\b"
    # ", without providing details": the reporter's note on the claim
    r"|,\s*without\s+(?:providing|giving|offering|citing|presenting|elaborating|specifying)\b"
    # ", in a statement posted on ...": how it was said, not part of what was said
    r"|,\s*(?:in|on|during)\s+(?:a|an|the|his|her|its|their)\s+(?:(?:joint|written|brief|televised|separate)\s+)?"
    r"(?:statement|post|tweet|message|interview|letter|video|speech|press\s+release|news\s+conference)\b"
    # ", but did not say ...", ", but refused to ...": the speaker's own doing, not what was said
    r"|,\s*but\s+(?:did|does|do|has|have|had|would|could|was|were|[a-z]+ed)\b",
    re.IGNORECASE,
)
# "... and claim she ...", ", and told the police": a second speech verb for the same subject
_SPEECH_LEMMAS = word_set(
    """say claim state tell add argue insist warn deny admit confirm note stress explain announce
    write tweet charge contend assert allege believe think call urge vow pledge promise accuse"""
)
_COORDINATED_CUE = re.compile(
    r",?\s+(?:and|but)\s+(?:[\w'’-]+\s+){0,3}?(?:has\s+|have\s+)?(?:"
    + "|".join(
        sorted(
            (w for w, lemma in VERB_LEMMA.items() if lemma in _SPEECH_LEMMAS and not w.endswith("ing")),
            key=len,
            reverse=True,
        )
    )
    + r")\b(?=\s+(?:that\b|the\b|[a-z]+\s|[A-Z\"“]))"
)
_CONTINUING = re.compile(
    r"[\s,;:]*(?:(?:and|but|then|later|also|adding|added|further|before|after)[\s,;:]+)*"
)
_ING_PREPOSITIONS = word_set(
    "during according including regarding following concerning excluding notwithstanding pending"
)
_PAST_FORMS = word_set("said told wrote thought found says tells writes thinks finds")
_DOUBTFUL = frozenset({"unconfirmed", "unverified"})
# verbs whose "how ..." or "what ..." clause is a statement ("explained how the camera worked")
_WH_VERBS = frozenset(
    {"explain", "reveal", "describe", "tell", "note", "recall", "acknowledge", "admit", "recount"}
)
_TIME_WORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight january
    february march april june july august september october november december"""
)
_DAY_WORDS = word_set("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight")
_PREPOSITION_WORD = re.compile(r"\b(?:of|for|from|at|with|to|by|in|on)\s", re.IGNORECASE)
_NOT_SOURCE_START = word_set(
    "during after before via to late earlier last this when while as who which whose told"
)
_MEDIUM_OPENERS = word_set("a an his her its their monday tuesday wednesday thursday friday saturday sunday")
_CONTRAST_OPENERS = word_set("though although but while whereas because as when before after without")
_CONTRASTS = word_set("though although but while whereas")
_POSTPOSED_ADJECTIVES = word_set("familiar close briefed knowledgeable involved")
_WH_WORDS = frozenset({"how", "what", "why", "where", "when", "who"})
_INDEFINITE = word_set("a an his her its their")
_ANAPHOR_OPENER = re.compile(
    r"(?:the|this|that)\s+(claim|figure|figures|report|account|statement|allegation|toll|number)\b",
    re.IGNORECASE,
)
# participles that are part of a title or a role, not verbs
_TITLE_PARTICIPLES = word_set(
    """managing acting founding governing presiding outgoing incoming reigning sitting ranking
    visiting consulting ruling leading supervising elected retired"""
)
_TWO_WORD_ADVERBS = frozenset(
    {("so", "far"), ("in", "fact"), ("of", "course"), ("at", "first"), ("in", "turn"), ("once", "again")}
)
# "said about 40 militants", "said over 200 homes": a word before a number is an approximation,
# not a preposition opening a phrase
_APPROXIMATORS = word_set("about around over under nearly almost some up")
# "R-Lima", "D-Ohio", "I-Vt.": a party and a state or district after a legislator's name
_PARTY_LABEL = re.compile(r"[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")
_AROUND_WORDS = word_set("close familiar near loyal allied within inside around of to")
# where something is said: "in a statement", "in a press release", "on its website"
_MEDIA = word_set(
    """statement press news release interview speech letter post tweet email e-mail video
    broadcast podcast briefing conference website blog column op-ed editorial message"""
)
_FEMALE_WORDS = word_set("woman spokeswoman chairwoman businesswoman mother daughter wife sister girl")
_MALE_WORDS = word_set("man spokesman chairman businessman father son husband brother boy")
_QUANTIFIERS = word_set("several some many both all two three four five dozens hundreds")
_NOUN_CUES = word_set("note estimate study survey review finding findings analysis")
_STATE_NOT_NOUN = frozenset({"that", "to", "in", "on", "at", "for", "with", "what", "how", "why", "whether"})
_NAMING = frozenset({"called", "named", "dubbed", "known", "titled", "entitled"})
# nouns that take "to" for whom or what they serve: "Veranda's mission to the UN"
_TO_NOUNS = word_set(
    """mission ambassador ambassadors envoy envoys adviser advisers advisor advisors aide aides
    delegation delegate delegates representative representatives counsel successor heir
    secretary spokesman spokeswoman spokesperson assistant"""
)
# words that are verbs elsewhere but nouns in these pairs
_COMPOUND_NOUNS = frozenset({("think", "tank"), ("think", "tanks"), ("say", "so"), ("claim", "form")})
_TWO_WORD_APPROXIMATORS = frozenset(
    {("at", "least"), ("at", "most"), ("up", "to"), ("more", "than"), ("less", "than"), ("fewer", "than")}
)
# common irregular past tenses, so that "claimed he left the party" reads as a clause
_IRREGULAR_PAST = word_set(
    """left went made took gave came saw knew got became began kept held brought lost won ran fell
    paid sent built spent led met sat stood heard meant felt fled fought sold bought caught taught
    drove rode wore broke spoke chose stole froze rose grew threw flew drew shot struck hid bit
    cast"""
)
_NUMBER_WORDS = word_set("two three four five six seven eight nine ten dozen dozens hundreds thousands several many few")
# "cast doubt on", "raised doubts about": "doubt" is the noun after these verbs
_DOUBT_VERBS = word_set("cast casts casting raise raises raised raising express expresses expressed voice voiced")
_PARTICIPLES = word_set("told said asked informed warned assured reminded")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_ASKING = frozenset({"ask", "wonder", "urge", "plead"})
# "called for talks", "called on Israel", "called off the strike": not naming anything
_CALL_PARTICLES = frozenset({"for", "on", "off", "up", "out", "in", "back", "upon", "to", "at", "by", "after"})
# ", a figure ministers have disputed", ", a claim that the ministry denied": a claim noun set off
# by a comma, then the verdict on it
_NAMED_BEFORE_VERDICT = re.compile(r",\s*(?:a|an|the)\s+([A-Za-z]+)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){0,4}$")
# a claim followed by the reporter's note that it came with nothing to check it by
_WITHOUT_DETAILS = re.compile(
    r",\s*without\s+(?:providing|giving|offering|citing|presenting)\s+(?:any\s+)?(?:further\s+|more\s+)?"
    r"(?:details|specifics|evidence|proof|sources)\b",
    re.IGNORECASE,
)
# "member states", "island states": kinds of state (capitalised ones: "Gulf states", "Baltic states")
_STATE_KINDS = word_set("member island nation city coastal neighbouring neighboring small frontline arab african")
# a wire dateline opening a story: "KYIV, Ukraine (AP) — ", "LONDON (Reuters) - ", "BOSTON, March 9 — "
_DATELINE = re.compile(r"[A-Z]{3}[A-Z.' -]{0,28}(?:,\s*[A-Z][\w.' -]{1,30}){0,2}(?:\s*\([A-Za-z .]{1,20}\))?\s*[—–-]{1,2}\s+")
# "A port worker", "one resident", "a senior official": a single person the article does not name
_UNNAMED_PERSON = re.compile(r"(?i)(?:a|an|one)\s+(?:[a-z-]+\s+){0,3}?(?:worker|resident|witness|official|"
                             r"officer|soldier|man|woman|doctor|nurse|teacher|student|diplomat|source|"
                             r"employee|member|survivor|relative|neighbo(?:u)?r|farmer|driver|volunteer|activist|"
                             r"lawmaker|aide|spokesman|spokeswoman|spokesperson|analyst|expert|protester)\b")
# "But Kuo said", "And the minister added": a sentence may open with a conjunction before its subject
_OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "or"})
# "issued a statement saying": documents and the verbs that put them out
_DOCUMENTS = frozenset({"statement", "report", "letter", "release", "note", "post", "message", "memo", "notice"})
_ISSUING = frozenset({"issued", "released", "published", "posted", "sent", "circulated", "distributed", "filed"})
_PROVIDING = _ISSUING | {"compiled", "collected", "gathered", "provided", "obtained", "seen", "reviewed", "commissioned",
                         "conducted"}
# verbs whose participle reports a clause without "that" ("..., saying it would protect jobs")
_BARE_CLAUSE_VERBS = frozenset(
    {"say", "add", "argue", "warn", "insist", "claim", "note", "explain", "stress", "complain",
     "predict", "acknowledge", "admit", "contend", "suggest", "tell"}
)
# words before a verb that make it a noun, an infinitive, a negation or a future: not a report
_NOT_REPORTED = word_set("to not n't never will would could should might may must can 's ’s")
_DENYING = frozenset({"deny", "contradict", "refute", "dispute", "reject"})
_BE_VERDICT = word_set("is are was were be been proved proven")
_IMPERSONAL_HEDGE = re.compile(
    r"(?:is|are|was|were|has\s+been|had\s+been)\s+(?:widely\s+)?"
    r"(?:believed|thought|alleged|rumou?red|understood|suspected|said|reported|claimed)",
    re.IGNORECASE,
)
# '"So far, so good." - Matthew Ingram': a name after a dash at the end of the line
_DASH_ATTRIBUTION = re.compile(
    r"[ \t]*[-–—][ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})[ \t]*(?:\n|$)"
)
# "as Fox once put it", "as the mayor memorably put it"
_PUT_IT_ADVERBS = word_set("once memorably famously so aptly bluntly succinctly neatly later herself himself")
# how someone spoke, in "The mayor was blunt:" before a quotation
_MANNER = word_set("""blunt blunter frank franker candid direct unequivocal emphatic adamant defiant firm
    categorical unapologetic unrepentant succinct terse brief short scathing dismissive forthright
    upbeat optimistic pessimistic cautious sanguine confident philosophical defensive clear clearer
    unambiguous straightforward outspoken undeterred unmoved resolute""")
_DEGREE = word_set(
    "more less even equally just as characteristically typically similarly somewhat rather quite far much no"
)
# "Fox's answer was blunt:": nouns for what someone said
_ANSWER_NOUNS = word_set("answer reply response message verdict assessment reaction retort advice warning")
_SPLIT_TAIL = 12  # tokens of hearer, topic, time or place between the halves of a split quotation
_TIME_NOUNS = word_set("morning afternoon evening night day week month year")
_RELATIVES = frozenset({"who", "which", "whose", "where", "whom"})
_MODALS = frozenset({"may", "might", "could"})
_MENTAL = frozenset({"believe", "think", "feel", "worry", "reckon"})
_PREPOSITIONS_START = word_set("in on at for with by from about into of to up back over under after before")
_WORDISH = re.compile(r"\w")
_STEM_STOP = word_set("""the a an of in on at to for and or but with by from that this these those is are was were
    be been being has have had its it their his her they he she as about which who remains remain
    would could should will may might more other there than into over under
    further also however exact nature independent sources source claim claims""")


@dataclass(slots=True)
class _Claim:
    kind: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    sentence: int
    speaker: str | None = None
    hedges: list[str] = field(default_factory=list)
    status: str = "asserted"


class _Finder:
    """State for one article; `run()` returns its claims."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.low = [t.text.lower() for t in doc.tokens]
        self.n = len(self.tokens)
        self.quotes = QuoteFinder(doc.text)
        self.resolver = SourceResolver(entities, doc.text)
        self.resolver.quoted = lambda pos: self.quotes.containing(pos) is not None
        self.entities = {e.key: e for e in entities}
        # where each person's mentions end, and their starts: "retired architect Graham Pell"
        self.person_mentions_ending: dict[int, list[int]] = {}
        for e in entities:
            if e.type == "PERSON":
                for m in e.mentions:
                    self.person_mentions_ending.setdefault(m.end, []).append(m.start)
        self.sent_of_token = [0] * self.n
        self.sentences = _bounded_sentences(doc)
        for si, s in enumerate(self.sentences):
            for k in range(s.first_token, s.last_token):
                self.sent_of_token[k] = si
        self.sent_starts = [s.start for s in self.sentences]
        self.token_ends = [t.end for t in doc.tokens]
        self.claims: list[_Claim] = []
        self.by_sentence: dict[int, list[_Claim]] = {}
        self.used_cues: set[int] = set()

    # ---- small helpers -------------------------------------------------------------------

    def scan(
        self, pattern: re.Pattern[str], first: tuple[str, ...], a: int = 0, b: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches `pattern.finditer(text, a, b)` finds, found faster: `pattern` is a phrase
        that opens with a word (a leading \\b) whose lower-case form starts with one of `first`,
        so it is tried only at such tokens, not at every character (four phrase patterns scanned
        with finditer took about a tenth of the extractor's time)."""
        b = len(self.text) if b is None else b
        text, low, tokens = self.text, self.low, self.tokens
        end = a
        for k in range(bisect_right(self.token_ends, a), self.n):
            start = tokens[k].start
            if start >= b:
                break
            if start < end or not low[k].startswith(first):
                continue
            m = pattern.match(text, start, b)
            if m is not None:
                end = m.end()
                yield m

    def in_quote(self, pos: int) -> Quote | None:
        return self.quotes.containing(pos)

    def is_word(self, k: int) -> bool:
        return _WORDISH.match(self.tokens[k].text) is not None

    def is_cap(self, k: int) -> bool:
        return self.tokens[k].text[:1].isupper()

    def glued(self, k: int) -> bool:
        """Token k touches token k+1 with no space ("Secunia.com", "K.C.")."""
        return k + 1 < self.n and self.tokens[k].end == self.tokens[k + 1].start

    def verbish(self, k: int) -> bool:
        w = self.low[k]
        if w in _ING_PREPOSITIONS:
            return False
        return (
            w in AUXILIARIES
            or w in VERB_LEMMA
            or (
                w.isalpha()
                and self.tokens[k].text.islower()
                and len(w) > 4
                and (w.endswith("ed") or w.endswith("ing"))
            )
        )

    def np_word(self, k: int) -> bool:
        """Can token k be part of a noun phrase naming a source?"""
        w = self.low[k]
        t = self.tokens[k].text
        if not self.is_word(k):
            return t in "-–.&@" and k > 0 and (self.glued(k - 1) or self.glued(k))
        if len(t) > 1 and t.isupper() and t.isalpha():
            return True  # "WHO Director-General Tedros": an acronym is a name, not "who" or "us"
        if w in _TIME_WORDS and t[:1].isupper() and 0 < k < self.n - 1 and self.low[k - 1] == "the" and self.is_cap(k + 1):
            return True  # "The Sunday Times", "the Monday Club": a day inside a name
        if w == "today" and t == "Today" and k > 0 and self.is_cap(k - 1) and self.tokens[k - 1].text[:1].isupper():
            return True  # "Neurology Today", "USA Today": a title that ends in "Today"
        if w in VERB_LEMMA and t.islower() and w in {"state", "think"} and self.noun_use(k):
            return True  # "state media", "think tank"
        if w in NP_STOP or w in ADVERBS or w in _TIME_WORDS or (w in VERB_LEMMA and t.islower()):
            return False
        if w in _IRREGULAR_PAST and t.islower():
            return False  # "she had lost count of the customers who told her": a verb, not a noun
        if t[:1].isdigit():
            return (
                self.glued(k) and k + 1 < self.n and self.tokens[k + 1].text in "-–"
            )  # "The 19-year-old said"
        if t[:1].isupper():
            return True
        if w.endswith("ly") and len(w) > 4:
            return False
        if w in _TITLE_PARTICIPLES:
            return True  # "Its managing director", "the acting mayor"
        if w.endswith("ed") and (
            (w.startswith("un") and len(w) > 6)
            or (k > 0 and self.low[k - 1] in _INDEFINITE | {"the", "a", "an"} and k + 1 < self.n and self.tokens[k + 1].text.isalpha())
        ):
            return True  # "an unpublished report", "a leaked memo": adjectives
        return not (len(w) > 4 and (w.endswith("ed") or w.endswith("ing")))

    def np_back(self, j: int, lo: int) -> tuple[int, int] | None:
        """Token range of the noun phrase ending just before token j (not before `lo`)."""
        k = j - 1
        if k < lo:
            return None
        if self.low[k] in PRONOUNS:
            return k, j
        start = j
        while k >= lo:
            w = self.low[k]
            if (
                start < j
                and self.tokens[k].text in "'’"
                and k - 1 >= lo
                and self.tokens[k - 1].end == self.tokens[k].start
                and self.low[k - 1].endswith("s")
                and self.is_cap(k - 1)
                and self.is_cap(k + 1)
            ):
                # "The Lisbon Port Workers' Union": a plural possessive inside a name
                start = k
                k -= 1
                continue
            if start < j and self.tokens[k].text in "\"”’'":
                # 'The "History" section': a short quoted name inside the noun phrase
                q = self.in_quote(self.tokens[k].start)
                if (
                    q is not None
                    and q.end == self.tokens[k].end
                    and len(self.text[q.start : q.end].split()) <= 4
                ):
                    first = self.token_at(q.start)
                    if first - 1 >= lo:
                        start = first
                        k = first - 1
                        continue
                break
            if (
                w in _QUANTIFIERS
                and start < j
                and k - 2 >= lo
                and self.low[k - 1] in _NP_PREPOSITIONS
                and self.np_word(k - 2)
                and (self.tokens[k - 2].text.islower() or k - 2 == lo)
            ):
                k -= 2  # "Residents in several districts": the quantity is inside the phrase
                continue
            if w in DETERMINERS and w not in {"one", "two", "three", "four", "no", "that"}:
                # "of the" continues a name ("Head of the Ministry"); otherwise a determiner opens it
                if (
                    w in {"the", "its", "their", "his", "her"}
                    and k - 1 >= lo
                    and (
                        self.low[k - 1] == "of"
                        or (self.low[k - 1] in _NP_PREPOSITIONS and k - 2 >= lo and self.np_word(k - 2))
                        or (self.low[k - 1] == "to" and k - 2 >= lo and self.low[k - 2] in _TO_NOUNS)
                    )
                    and start < j
                ):
                    k -= 1  # "a spokesman for the company": for/at join a role to its body
                    continue
                if start < j:
                    start = k
                break
            if (
                w in _CONNECTORS
                and start < j
                and k - 1 >= lo
                and self.np_word(k - 1)
                and (self.is_cap(k + 1) or self.low[k + 1] == "the")
                and (w in _NP_PREPOSITIONS or self.is_cap(k - 1))
            ):
                k -= 1
                continue
            if w == "to" and start < j and k - 1 >= lo and self.low[k - 1] in _TO_NOUNS:
                k -= 1  # "Veranda's ambassador to the UN": the person the phrase heads
                continue
            # "The report found", "Recent reports have revealed": a noun spelled like a verb
            head_noun = (
                k == j - 1
                and w in VERB_LEMMA
                and w not in _PAST_FORMS
                and not w.endswith(("ed", "ing"))
                and k - 1 >= lo
                and (self.low[k - 1] in DETERMINERS or self.np_word(k - 1))
            ) or (k == j - 1 and w.endswith("s") and w in VERB_LEMMA and w != "says")
            if w == "that" or not (self.np_word(k) or head_noun):
                break
            start = k
            k -= 1
        if start >= j:
            return None
        if (
            start - 2 >= lo
            and self.low[start - 1] in {"with", "to", "on", "about"}
            and self.low[start - 2] in _POSTPOSED_ADJECTIVES
        ):
            # "sources familiar with the matter", "people close to the president", "officials
            # briefed on the talks": the head noun stands before the adjective phrase
            head = self.np_back(start - 2, lo)
            if head is not None:
                start = head[0]
        if start == lo and lo > 0 and _INITIALS.fullmatch(self.tokens[lo - 1].text) and self.is_cap(lo):
            start = lo - 1  # "K.C. Maurer": initials the sentence splitter took for a full stop
        if j - start > 20:
            start = j - 20
        while start < j and self.low[start] in _CONNECTORS - {"the"}:
            start += 1
        return (start, j) if start < j else None

    def np_forward(self, i: int, hi: int, loose: bool = False) -> tuple[int, int] | None:
        """Noun phrase starting at token i: up to punctuation (loose) or the first non-noun word."""
        k = i
        if k >= hi:
            return None
        if self.low[k] in PRONOUNS:
            return k, k + 1
        if not (self.low[k] in DETERMINERS or self.np_word(k)):
            return None
        end = k
        while k < hi and k - i < 12:
            t = self.tokens[k].text
            if not self.is_word(k) and not (t in "-–.&@" and (self.glued(k - 1) or self.glued(k))):
                break
            if not loose and not (
                self.np_word(k) or self.low[k] in DETERMINERS or self.low[k] in _CONNECTORS
            ):
                break
            k += 1
            end = k
        while end > i and self.low[end - 1] in _CONNECTORS | {"by", "on", "in", "at", "to", "from"}:
            end -= 1
        return (i, end) if end > i else None

    def subject(self, s_first: int, hi: int) -> tuple[int, int] | None:
        """The noun phrase that opens the sentence (its likely subject)."""
        k = s_first
        while k < hi and not self.is_word(k) and self.tokens[k].text in "\"“‘'(":
            k += 1
        if k + 1 < hi and self.low[k] in _OPENING_CONJUNCTIONS and self.tokens[k + 1].text != ",":
            k += 1  # "But Ming-Chi Kuo, an analyst at ..., said": the subject follows the conjunction
        if k < hi and (self.low[k] in NP_STOP or self.low[k] in ADVERBS or self.low[k].endswith("ing")):
            # "In his speech, Obama ...": an opening adverbial phrase runs to its comma
            comma = next((x for x in range(k, min(hi, k + 15)) if self.tokens[x].text == ","), None)
            if comma is not None:
                k = comma + 1
        found = self.np_forward(k, hi)
        if found is None:
            return None
        a, b = found
        # a subject ends at a name or a noun, not at a trailing lowercase verb
        while (
            b > a + 1
            and not self.is_cap(b - 1)
            and self.low[b - 1] not in PRONOUNS
            and (self.low[b - 1].endswith("s") or self.low[b - 1] in _IRREGULAR_PAST)
            and self.is_cap(b - 2)
        ):
            b -= 1
        return a, b

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Character span of tokens [a, b)."""
        return self.tokens[a].start, self.tokens[b - 1].end

    def trim(self, a: int, b: int) -> tuple[int, int]:
        """Drop surrounding spaces and a final stop outside any quotation."""
        text = self.text
        while a < b and (text[a].isspace() or text[a] in ",:;"):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
            b -= 1
        if b > a and text[b - 1] in ".!?…" and self.in_quote(b - 1) is None:
            b -= 1
            while b > a and text[b - 1].isspace():
                b -= 1
        return a, b

    def cut_content(self, a: int, b: int) -> int:
        """Where reported content ends: before a clause that starts another claim or a contrast."""
        end = b
        for pattern in (_CLAUSE_CUTS, _COORDINATED_CUE):
            m = pattern.search(self.text, a, end)
            while m is not None and self.in_quote(m.start()) is not None:
                m = pattern.search(self.text, m.end(), end)
            if m is not None:
                end = m.start()
        return end

    def snap_to_quotes(self, a: int, b: int) -> tuple[int, int]:
        """Widen a content span so it never cuts a quotation in two."""
        q = self.in_quote(a)
        if q is not None and q.start < a:
            a = q.start
        q = self.in_quote(b - 1) if b > a else None
        if q is not None and q.end > b:
            b = q.end
        return a, b

    def kind_of(self, a: int, b: int) -> str:
        quotes = [
            q
            for q in self.quotes.within(a, b)
            if (q.double or not self._inside_double(q))
            and not _title_like(self.text[q.inner[0] : q.inner[1]].split())
        ]
        if not quotes:
            return "indirect"
        first = quotes[0]
        tail = self.text[first.end : b].strip(" ,.")
        if first.start == a and not tail:
            return "direct"
        return "mixed"

    def _inside_double(self, q: Quote) -> bool:
        outer = self.quotes.containing(q.start)
        return outer is not None and outer is not q and outer.double

    def sentence_bounds(self, si: int) -> tuple[int, int]:
        s = self.sentences[si]
        return s.first_token, s.last_token

    def sentence_at(self, pos: int) -> int:
        return max(bisect_right(self.sent_starts, pos) - 1, 0)

    def near(self, si: int, back: int = 3, ahead: int = 1) -> list[_Claim]:
        """Claims attributed in sentences si-back .. si+ahead (what a local check needs to see)."""
        out: list[_Claim] = []
        for k in range(si - back, si + ahead + 1):
            out.extend(self.by_sentence.get(k, ()))
        return out

    def add(self, claim: _Claim) -> _Claim | None:
        a, b = claim.content
        dateline = _DATELINE.match(self.text, a, b) if a == self.sentences[claim.sentence].start else None
        if dateline is not None:
            # "KYIV, Ukraine (AP) — ": where the story was filed, not what was said
            a = dateline.end()
            claim.content = (a, b)
        if b - a < 2 or not any(c.isalnum() for c in self.text[a:b]):
            return None
        self.claims.append(claim)
        self.by_sentence.setdefault(claim.sentence, []).append(claim)
        return claim

    # ---- pass 2: reporting verbs -----------------------------------------------------------

    def verb_cues(self) -> None:
        for si, s in enumerate(self.sentences):
            for i in range(s.first_token, s.last_token):
                lemma = VERB_LEMMA.get(self.low[i])
                if lemma is not None and i not in self.used_cues:
                    self.verb_cue(i, lemma, si)
                elif self.low[i] in {"came", "come", "comes", "coming"} and self.low[i + 1 : i + 4] == [
                    "to",
                    "the",
                    "conclusion",
                ]:
                    self.verb_cue(i, "conclude", si, cue_end=i + 4)
                elif self.low[i] in {"put", "puts"} and i + 1 < s.last_token and self.low[i + 1] == "it":
                    self.put_it(si, i)
                elif self.low[i] == ":" and i > s.first_token + 2 and self.low[i - 1] in _MANNER:
                    self.manner_colon(si, i)

    def verb_cue(self, i: int, lemma: str, si: int, cue_end: int | None = None) -> None:
        f, lim = self.sentence_bounds(si)
        tok = self.tokens[i]
        if not tok.text.islower() or self.in_quote(tok.start) is not None:
            return  # "The Huffington Post", "United States": capitalised forms are names
        if lemma in _MENTAL and any(
            c.content[0] <= tok.start < c.content[1] and c.kind != "according_to" for c in self.near(si)
        ):
            return  # "said she believed ...": a reported belief hedges the claim it sits in
        if lemma in NEEDS_THAT and any(
            c.content[0] < tok.start < c.content[1] and c.kind == "indirect" and c.cue is not None
            for c in self.by_sentence.get(si, ())
        ):
            return  # "The Kremlin said the talks showed that ...": a finding inside a report is the report's
        if (
            tok.text.endswith("s")
            and i + 1 < lim
            and (
                self.low[i + 1] in AUXILIARIES
                or self.low[i + 1] in VERB_LEMMA
                or (self.low[i + 1] == "." and lemma != "say")
                # "Pacific island states met", "the states agreed": a plural noun, then its verb
                or (
                    self.tokens[i + 1].text.islower()
                    and (
                        self.low[i + 1] in _IRREGULAR_PAST
                        or (self.low[i + 1].endswith("ed") and len(self.low[i + 1]) > 4)
                    )
                )
                or (
                    self.low[i + 1] == ","
                    and lemma != "say"
                    and any(self.low[x] in VERB_LEMMA for x in range(i + 2, min(lim, i + 5)))
                )
            )
        ):
            return  # "Recent reports have revealed", "the new rules, he said": a plural noun
        if (
            self.low[i] == "states"
            and i > f
            and (self.is_cap(i - 1) or self.low[i - 1] in _STATE_KINDS)
            and i + 1 < lim
            and self.tokens[i + 1].text not in {'"', "“", ":", ","}
            and not (
                self.low[i + 1] == "that"
                and i + 2 < lim
                and (self.is_cap(i + 2) or self.low[i + 2] in DETERMINERS or self.low[i + 2] in PRONOUNS)
            )
        ):
            # "Gulf states employ ...", "Gulf states that employ ...", "member states agreed": the
            # noun, not the verb ("The Treaty states that the parties ..." is the verb)
            return
        if (
            self.low[i] in REPORT_NOUNS | _DOCUMENTS | _NOUN_CUES
            and i + 1 < lim
            and (
                self.low[i + 1] in AUXILIARIES
                or (self.low[i + 1] in VERB_LEMMA and self.tokens[i + 1].text.islower())
            )
        ):
            return  # "an unpublished municipal report estimated": the noun, then its verb
        if (
            self.low[i] in REPORT_NOUNS | _DOCUMENTS | _NOUN_CUES
            and i - 3 >= f
            and self.low[i - 2] in DETERMINERS
            and self.low[i - 3] in _PREPOSITIONS_START
        ):
            return  # "said in a preliminary report that": a noun inside a prepositional phrase
        if self.low[i] != "called" and i + 1 < lim and self.noun_use(i):
            return  # "an independent think tank said", "Kasimiri state media reported": nouns
        owner = self.owned_name_before(i, f)
        if owner in {"a", "an"} or (owner in {"its", "their"} and tok.text.endswith("s")):
            return  # "over its App Store rules", "a Congressional Budget Office estimate": nouns
        if (
            tok.text.endswith("ed")
            and i + 1 < lim
            and self.low[i + 1] == "by"
            and i > f
            and not self.is_cap(i - 1)
            and self.low[i - 1] not in BE_FORMS | ADVERBS | _PERFECT
        ):
            return  # "an accusation denied by the ministry": a participle after a noun reports nothing
        prev = i - 1
        while prev >= f and (
            # a capitalised "Today" inside the sentence ends a name ("Neurology Today said")
            (self.low[prev] in ADVERBS and not (prev > f and self.tokens[prev].text[:1].isupper()))
            or (
                self.low[prev].endswith("ly") and self.tokens[prev].text.islower() and len(self.low[prev]) > 4
            )
        ):
            prev -= 1
        while prev > f and (self.low[prev - 1], self.low[prev]) in _TWO_WORD_ADVERBS:
            prev -= 2  # "Ferreira has so far insisted", "The firm has in fact said"
            while prev >= f and self.low[prev] in ADVERBS:
                prev -= 1
        if prev > f and self.tokens[prev].text == ")":
            # "Sen. Jane Doe (D-Ore.) said", "Ana Lima (pictured) said": a short parenthesis after
            # the name stands between subject and verb
            x = prev - 1
            while x > f and prev - x <= 8 and self.tokens[x].text not in {"(", ")", ",", '"', "“", "”"}:
                x -= 1
            if x > f and self.tokens[x].text == "(" and x < prev - 1:
                prev = x - 1
        day_end = None
        if prev > f and self.low[prev] in _DAY_WORDS and not self.np_word(prev):
            # "Prime Minister Narendra Modi on Sunday said": the day stands between subject and verb
            day_end = prev + 1
            prev -= 2 if self.low[prev - 1] == "on" and prev - 1 > f else 1
        pw = self.low[prev] if prev >= f else ""
        if pw.isdigit() or pw in _NUMBER_WORDS:
            return  # "at least six projects", "three reports": a counted noun
        if lemma == "doubt" and pw in _DOUBT_VERBS:
            return  # "cast doubt on the figure": a noun (the verdict pass reads it)
        if pw in DETERMINERS or pw in _NOT_REPORTED or pw.endswith(("'s", "’s")):
            return  # a noun ("the report"), an infinitive ("refused to say"), negated or not yet said
        cue_a = i
        cue_b = cue_end or i + 1
        if lemma == "point":
            if i + 1 >= lim or self.low[i + 1] != "out":
                return  # "point" reports only as "point out"
            cue_b = i + 2
        if pw in _PERFECT and prev == i - 1:
            cue_a = prev
            prev -= 1
            pw = self.low[prev] if prev >= f else ""
        elif pw in {"had", "has", "have"}:
            prev -= 1  # "who had told", "has repeatedly denied": the cue stays the verb
            pw = self.low[prev] if prev >= f else ""
        cue = (cue_a, cue_b)
        # passive voice: "it was announced that", "was quoted as saying", "were interpreted by X as"
        if pw in BE_FORMS:
            self.passive_cue(i, lemma, si, prev, cue_b)
            return
        if self.low[i] == "saying" and pw == "as" and "quoted" in self.low[max(f, prev - 8) : prev - 1]:
            # "Reuters quoted the minister as saying ...": the one quoted is the source
            q = max(x for x in range(max(f, prev - 8), prev - 1) if self.low[x] == "quoted")
            if q + 1 < prev and (q == f or self.low[q - 1] not in BE_FORMS):
                self.emit_after(si, (prev, cue_b), (q + 1, prev), cue_b, lemma)
                return
        if (
            self.low[i] == "saying"
            and prev >= f + 1
            and self.low[prev] == "as"
            and self.low[prev - 1] == "quoted"
        ):
            be = prev - 2
            if be >= f and self.low[be] in BE_FORMS:
                self.emit_after(si, (be, cue_b), self.np_back(be, f), cue_b, lemma)
            return
        if lemma == "call" and self.called_quote(si, i, cue, prev, pw, f, lim):
            return
        if self.low[i].endswith("ing") and pw == ",":
            # participle: "..., stating that ..." reports for the clause's subject
            if any(c.content[0] <= tok.start < c.content[1] for c in self.near(si)):
                return
            src = self.same_sentence_source(si) or self.subject(f, i)
            self.emit_after(si, cue, src, cue_b, lemma, participle=True)
            return
        if pw in {"who", "which"} and prev - 1 >= f:
            k = prev - 1 if self.tokens[prev - 1].text == "," else prev
            self.emit_after(si, cue, self.np_back(k, f), cue_b, lemma)
            return
        if pw in {"and", "but"}:
            if self.low[i] == lemma and "to" in self.low[max(f, prev - 8) : prev]:
                return  # "to submit designs and suggest ...": an infinitive, nothing reported
            first_verbs = self.low[max(f, prev - 4) : prev]
            inside_claim = any(
                c.content[0] <= self.tokens[prev - 1].start < c.content[1] for c in self.by_sentence.get(si, ())
            )
            if any(w in BE_FORMS for w in first_verbs) and self.low[i] in _PARTICIPLES and not inside_claim:
                # "I was hauled in and told that ...": passive, the speaker is not named
                self.emit_after(si, cue, None, cue_b, lemma)
                return
            # "James Okafor, his barrister, argued that ... and said ...": the same speaker
            self.emit_after(si, cue, self.same_sentence_source(si) or self.subject(f, prev), cue_b, lemma)
            return
        if prev >= f and self.tokens[prev].text == ",":
            # "Speaking to Sky News on Tuesday, the health secretary, Marcus Adeyemi, said": an
            # opening adverbial phrase ends at its comma; the subject comes after it
            head = self.appositive_head(prev, f)
            opened = self.after_opening(f, prev)
            if (head is None or head[0] < opened) and opened > f:
                head = self.appositive_head(prev, opened) or head
            if head is None:
                # "The firm Secunia.com, has said": a subject set off by a comma
                np = self.np_back(prev, f)
                nxt = self.tokens[cue_b] if cue_b < lim else None
                if (
                    np is not None
                    and np[0] == f
                    and any(self.is_cap(x) for x in range(*np))
                    and (
                        nxt is None
                        or not (nxt.text[:1].isupper() or nxt.text.lower() in DETERMINERS - {"that"})
                    )
                ):
                    head = np
            if head is not None:
                named = self.named_appositive(head, prev)
                self.emit_after(si, cue, named or head, cue_b, lemma, lead=head[0] if named else None)
                return
        if (
            prev < f
            or self.tokens[prev].text in {",", '"', "”", "’", "'", "—", "–"}
            or self.in_quote(self.tokens[prev].start)
        ):
            self.inverted(si, cue, lemma)
            return
        source = self.np_back(prev + 1, f)
        if source is None:
            source = self.described_by_participle(prev, f, day_end or prev + 1)
        if source is None:
            # "A man who asked not to be named said": the relative clause ends in a verb
            source = self.relative_subject((prev + 1, prev + 1), f, 12)
            if source[0] > prev:
                return
        source = self.described_subject(source, f)
        source = self.relative_subject(source, f)
        source = self.document_author(source, f)
        # '"...," Baird said on Friday': the quotation just before the speaker is the content
        before = source[0] - 1
        while before >= f and self.tokens[before].text == ",":
            before -= 1
        # '"Why now?" Smith asked.' is split after the question mark: look across that boundary
        same_line = (
            before >= 0 and "\n" not in self.text[self.tokens[before].end : self.tokens[source[0]].start]
        )
        across = before == f - 1 and same_line
        if across and not (
            all(not self.is_word(x) for x in range(cue_b, lim)) or self.trailing_adverbial(cue_b, lim)
        ):
            across = False  # '"We have no choice." He added that ...': a new report, not the quote's tag
        if (before >= f or across) and self.tokens[before].text in "\"”’'":
            q = self.in_quote(self.tokens[before].start)
            said = q is not None and (
                before < source[0] - 1
                or self.text[q.start : q.end].rstrip("\"”’' ")[-1:] in {",", ".", "!", "?", "…"}
            )
            if q is not None and q.end == self.tokens[before].end and said:
                content = self.trim(q.start, q.end)
                nxt = self.second_half(cue_b, lim)
                if nxt is not None:
                    # '"A," he said, "B."', '"A," Fox said of the decision, "B."'
                    content = (content[0], nxt.end)
                self.push(si, cue, source, content, lemma, kind="direct")
                return
        self.emit_after(si, cue, source, cue_b, lemma)

    def described_subject(self, source: tuple[int, int], f: int) -> tuple[int, int]:
        """The whole subject when a participle phrase or a time phrase stands between its noun and
        the verb: "The results of the survey published in The Lancet this week show", "Witnesses
        interviewed by Reuters said", "Residents living near the plant said"; "Obama this week
        said" and "The minister last week said" leave the time out of the source."""
        a, b = source
        # a lower-case time phrase at the end ("last week", "on Sunday", "this week")
        t = b
        while t > a and self.low[t - 1] in _TIME_PHRASE:
            t -= 1
        timed = t < b and self.tokens[t].text.islower()
        if timed and t == a:
            before = self.np_back(a, f) if a > f else None
            if before is None:
                return source
            a = before[0]
        core = (a, t) if timed else (a, b)
        # "A study published on Wednesday": the time belongs to the participle phrase
        moved = (
            timed
            and t > a
            and (
                self.past_participle(t - 1)
                or self.participle_before(t, a) is not None
            )
        )
        while True:
            p = self.participle_before(a, f)
            if p is None:
                break
            head = self.np_back(p, f)
            if head is None:
                break
            a, moved = head[0], True
        if moved:
            return a, b
        return core

    def described_by_participle(self, prev: int, f: int, end: int) -> tuple[int, int] | None:
        """"A study published on Wednesday found": the subject is a noun and a participle phrase
        that ends in a time (tokens up to `end`), when no noun stands right before the verb."""
        t = prev
        while t > f and (self.low[t] in _TIME_PHRASE or self.low[t] in _TIME_WORDS):
            t -= 1
        if not (t > f and self.past_participle(t) and self.low[t - 1] not in BE_FORMS | AUXILIARIES):
            return None
        head = self.np_back(t, f)
        return (head[0], end) if head is not None else None

    def past_participle(self, k: int) -> bool:
        """Is token k a lower-case past participle by its form ("published", "seen")?"""
        w = self.low[k]
        return self.tokens[k].text.islower() and ((len(w) > 4 and w.endswith("ed")) or w in _IRREGULAR_PARTICIPLES)

    def participle_before(self, a: int, f: int) -> int | None:
        """Token of a participle that describes the noun before it and whose phrase runs up to
        token `a` ("published in", "interviewed by", "living near"), if there is one."""
        for p in range(a - 1, max(f, a - 8) - 1, -1):
            w = self.low[p]
            if not self.is_word(p):
                return None
            participle = self.past_participle(p) or (
                self.tokens[p].text.islower() and len(w) > 4 and w.endswith("ing") and w not in _ING_PREPOSITIONS
            )
            if participle:
                if self.low[p + 1] not in _PARTICIPLE_LINKS or p == f:
                    return None
                if self.low[p - 1] in BE_FORMS | AUXILIARIES | {"who", "which", "that", "to"}:
                    return None
                return p
            if not (
                self.np_word(p)
                or w in DETERMINERS
                or w in _CONNECTORS
                or w in _PARTICIPLE_LINKS
                or w in _TIME_PHRASE
                or w in _TIME_WORDS
            ):
                return None
        return None

    def relative_subject(self, source: tuple[int, int], f: int, reach: int = 8) -> tuple[int, int]:
        """"Critics who oppose the plan said": the noun phrase before the verb is the object of a
        relative clause; the source is the subject it describes ("Critics")."""
        a = source[0]
        for r in range(a - 1, max(f, a - reach) - 1, -1):
            t = self.tokens[r].text
            if not self.is_word(r):
                return source
            if self.low[r] in {"who", "that", "which"} and t.islower() and r > f:
                subject = self.np_back(r, f)
                if subject is not None and subject[0] == f and r + 1 < a:
                    return subject
                return source
        return source

    def document_author(self, source: tuple[int, int], f: int) -> tuple[int, int]:
        """"The ministry issued a statement saying ...": a document that says something speaks for
        whoever issued it, so the source is the subject of "issued", not "a statement"."""
        a, b = source
        if self.low[b - 1] not in _DOCUMENTS or a - 1 <= f or self.low[a - 1] not in _ISSUING:
            return source
        return self.subject(f, a - 1) or source

    def owned_name_before(self, i: int, f: int) -> str | None:
        """The determiner before a title-case name that token i follows ("its App Store rules",
        "a Congressional Budget Office estimate"), if it is "its", "their", "a" or "an". After
        "a" and a name a word is a noun ("a Kremlin said" is no English); after "its" or
        "their" a word in -s is ("their Model Y claims"), though "Their CEO says" is a subject and
        its verb (all-caps words end the name)."""
        x = i - 1
        while x >= f and self.is_cap(x) and not (self.tokens[x].text.isupper() and len(self.tokens[x].text) > 1):
            x -= 1
        if f <= x < i - 1 and self.low[x] in {"its", "their", "a", "an"}:
            return self.low[x]
        return None

    def last_clause(self, f: int, k: int) -> int:
        """First token of the last clause in tokens f..k that a comma and a contrast word
        ("though", "but", "while") set off; f when there is none."""
        for x in range(k - 1, f, -1):
            if self.low[x] in _CONTRASTS and self.tokens[x - 1].text == "," and x + 1 <= k:
                return x + 1
        return f

    def provided_by(self, src: tuple[int, int], lim: int) -> tuple[int, int]:
        """"according to figures released by Counterpoint Research", "documents seen by Reuters":
        data or documents that someone put out or saw speak for that someone."""
        for k in range(src[0] + 1, min(src[1] + 1, lim - 2)):
            if self.low[k] in _PROVIDING and self.low[k + 1] == "by":
                found = self.np_forward(k + 2, lim)
                if found is not None:
                    return found
        return src

    def bare_hearer(self, k: int, lim: int) -> bool:
        """Tokens k..lim are only a short noun phrase (the one told: "France Inter radio")."""
        if lim - k > 8:
            return False
        for x in range(k, lim):
            if not self.is_word(x):
                if self.tokens[x].text in ".!?" and x == lim - 1:
                    continue
                if self.tokens[x].text in "'’" or (self.tokens[x].text == "." and self.glued(x - 1)):
                    continue
                return False
            if not (self.np_word(x) or self.low[x] in DETERMINERS or self.low[x] in {"'s", "’s"}):
                return False
        return True

    def trailing_adverbial(self, k: int, lim: int) -> bool:
        """Tokens k..lim are a short phrase of time, place or manner ("on Monday", "on condition of
        anonymity", "in a statement", "at a news conference in Geneva"), not a clause."""
        if k >= lim or not (self.low[k] in _PREPOSITIONS_START or self.low[k] in _TIME_WORDS):
            return False
        if lim - k > 32:
            return False
        piece = k
        for x in range(k, lim):
            w = self.low[x]
            if w in {"that", "and", "but", "as"} or w in AUXILIARIES or w in _IRREGULAR_PAST:
                return False
            if self.in_quote(self.tokens[x].start) is not None:
                return False
            if self.tokens[x].text in {";", ":"}:
                return False
            if self.tokens[x].text == ",":
                if _CLAUSE_CUTS.match(self.text, self.tokens[x].start):
                    return True  # "said on Wednesday, a finding that could ...": the reporter's words follow
                # "said on Wednesday, in the most serious clash since 2021": a chain of such
                # phrases, each opening with a preposition or a day, is still no clause
                nxt = x + 1
                if nxt >= lim or not (self.low[nxt] in _PREPOSITIONS_START or self.low[nxt] in _TIME_WORDS):
                    return False
                piece = nxt
            if x - piece >= 20:
                return False
        return True

    def quote_follows(self, k: int, lim: int) -> bool:
        return k < lim and self.tokens[k].text in "\"“‘'" and self.in_quote(self.tokens[k].start) is not None

    def continued_quote(self, k: int, lim: int) -> Quote | None:
        """The second half of a split quotation: '"A," he said, "B."' (k is after the cue)."""
        if k + 1 < lim and self.tokens[k].text == "," and self.tokens[k + 1].text in "\"“‘'":
            q = self.in_quote(self.tokens[k + 1].start)
            if q is not None and q.start == self.tokens[k + 1].start:
                return q
        return None

    def second_half(self, k: int, lim: int) -> Quote | None:
        """The second half of a split quotation whose attribution may go on after its verb with a
        hearer or a phrase of topic, time or place ('"A," Fox told reporters on Monday, "B."',
        '"A," Fox said of the decision, "B."'): the quotation right after that phrase's comma. A
        verb, "that" or a quotation mark inside the phrase means it is no such phrase."""
        for j in range(k, min(lim - 1, k + _SPLIT_TAIL)):
            t = self.tokens[j]
            if t.text == ",":
                return self.continued_quote(j, lim)
            w = self.low[j]
            if (
                (not self.is_word(j) and not (t.text in "-–.'’" and (self.glued(j - 1) or self.glued(j))))
                or (w == "that" and self.low[j + 1] not in _TIME_NOUNS)
                or w in AUXILIARIES
                or (w in VERB_LEMMA and t.text.islower() and w not in REPORT_NOUNS)
                or w in _IRREGULAR_PAST
            ):
                return None
        return None

    def appositive_head(self, comma: int, f: int) -> tuple[int, int] | None:
        """ "Jeff Rathke, the department's spokesman, said": the name before the appositive.

        The part between the commas is a noun phrase (which may itself hold commas, as in
        "curator at the University of Arkansas, Fayetteville,") or a relative clause ("who chairs
        the committee"), which may hold verbs of its own. A head that opens the sentence wins.
        """
        fallback = None
        k = comma - 1
        while k >= f and comma - k <= 30:
            t = self.tokens[k].text
            if t == ",":
                # a relative clause, or a participle phrase ("published in Nature on Tuesday,")
                nxt = self.tokens[k + 1].text
                relative = self.low[k + 1] in {"who", "which", "whose"} or (
                    nxt.islower() and len(nxt) > 4 and nxt.endswith(("ed", "ing")) and k + 1 < comma - 1
                )
                # "in remarks to reporters": a prepositional phrase holds nouns spelled like verbs
                prepositional = self.low[k + 1] in _PREPOSITIONS_START
                # "a neurologist at X who was not involved in the study": a relative clause that
                # ends the appositive may hold verbs of its own
                inner_end = next(
                    (x for x in range(k + 2, comma) if self.low[x] in {"who", "which", "whose"}), comma
                )
                if not relative and any(
                    (
                        self.low[x] in VERB_LEMMA
                        and self.tokens[x].text.islower()
                        and not prepositional
                        and not self.noun_use(x)
                    )
                    or self.low[x] in {"is", "was", "were", "are"}
                    for x in range(k + 1, inner_end)
                ):
                    return fallback
                head = self.np_back(k, f)
                # a name, or any noun phrase that "who" shows to be a person ("a spokesman, who
                # ..."), or the sentence's subject before a parenthesis ("The minister, in remarks
                # to reporters, said")
                if head is not None and (
                    any(self.is_cap(x) for x in range(*head))
                    or self.low[k + 1] == "who"
                    or (head[0] == f and self.low[k + 1] in _PREPOSITIONS_START)
                    # "the campaign manager, Grace Whitfield, said": a role the name renames
                    or (head[0] == f and self.named_appositive(head, comma) is not None)
                ):
                    before = head[0] - 1
                    if before < f:
                        return head
                    if fallback is None and (
                        self.tokens[before].text in {",", ":", "“", '"'}
                        or self.low[before] in {"and", "but", "that"}
                    ):
                        fallback = head
                if relative:
                    return fallback
            elif not (self.is_word(k) or t in "-–.'’&()"):
                return fallback
            k -= 1
        return fallback

    def named_appositive(self, head: tuple[int, int], comma: int) -> tuple[int, int] | None:
        """ "The company's chief executive, Sarah Brown, said": when a role noun phrase is followed
        by a name set off by commas, the name is who a reader calls the source."""
        a, b = head
        first = a + 1 if self.low[a] in DETERMINERS and a + 1 < b else a
        role = (
            not self.is_cap(b - 1)
            or not self.is_cap(first)
            or (self.low[a] == "the" and b - a <= 3)  # "The Tánaiste, Oisín Devlin,"
            # "Independent MP for Warringah East, Dr Lachlan Brooks,": a title heads the phrase,
            # unless the phrase ends in a person's name ("Prime Minister Keir Starmer, 61,")
            or (
                any(self.low[k] in lx.TITLE_HEADS for k in range(first, b))
                and not any(
                    self.low[self.token_at(start) - 1] not in _PREPOSITIONS_START
                    for start in self.person_mentions_ending.get(self.tokens[b - 1].end, ())
                )
            )
        )
        if not role or b >= comma or self.tokens[b].text != ",":
            return None  # the head is a name itself ("Jones, a former minister, said")
        if self.low[first] in AROUND_SOMEONE and (first == b - 1 or self.low[b - 1] in AROUND_SOMEONE or self.low[first + 1] in _AROUND_WORDS):
            # "Sources close to the chancellor, Rachel Reeves,": one name renames no group (but
            # "A police spokesman, Inspector Chikondi Banda," is one person)
            return None
        x, y = b + 1, comma
        # "One of the organisers, the MP for Bolton North, Priya Lakhani,": of several appositives
        # the last one names the person
        parts = [x - 1, *(k for k in range(x, y) if self.tokens[k].text == ","), y]
        # of several appositives, the last that is not a party label ("R-Lima") or an age
        for lo_comma, hi_comma in reversed(list(pairwise(parts))):
            piece = self.text[self.tokens[lo_comma + 1].start : self.tokens[hi_comma - 1].end] if hi_comma > lo_comma + 1 else ""
            if piece and not _PARTY_LABEL.fullmatch(piece) and not piece.isdigit():
                break
        else:
            return None
        if hi_comma != y:
            y = hi_comma
        if lo_comma >= x and hi_comma - lo_comma <= 10:
            x = lo_comma + 1
        if y - x > 12 or not self.is_cap(y - 1) or not self.is_word(y - 1):
            return None
        if all(
            self.is_cap(k) or self.tokens[k].text in ".-'’" or self.low[k] in {"de", "van", "von", "al", "bin", "la"}
            for k in range(x, y)
        ):
            return (x, y) if y - x <= 8 else None
        # "Her co-author, University of Utrecht professor Jan de Groot,", "retired architect Graham
        # Pell": titles and a role before a person's name
        end = self.tokens[y - 1].end
        person = next((m for m in self.person_mentions_ending.get(end, ()) if m > self.tokens[x].start), None)
        if person is None:
            # a name of two words or more after a lower-case role word ("professor Jan de Groot"),
            # whatever type the recogniser gave it
            n = y
            while n > x and (self.is_cap(n - 1) or self.low[n - 1] in {"de", "van", "von", "al", "bin", "la"}):
                n -= 1
            if y - n >= 2 and n > x and self.tokens[n - 1].text.islower() and self.low[n - 1] in lx.TITLE_HEADS:
                person = self.tokens[n].start
        if person is None or any(
            self.verbish(k) and self.tokens[k].text.islower() and not self.np_word(k) for k in range(x, y)
        ):
            return None
        return x, y

    def noun_use(self, x: int) -> bool:
        """Is the verb-like word at token x a noun or a name-giver here: "think tank", "state
        media", "a coalition called Open Kestria"?"""
        nxt = x + 1 < self.n and self.is_word(x + 1)
        if nxt and (self.low[x], self.low[x + 1]) in _COMPOUND_NOUNS:
            return True
        if (
            self.low[x] == "state"
            and nxt
            and self.tokens[x + 1].text.islower()
            and self.low[x + 1] not in DETERMINERS | PRONOUNS | _STATE_NOT_NOUN
        ):
            return True
        return self.low[x] in _NAMING and nxt and (self.is_cap(x + 1) or self.low[x + 1] == "as")

    def after_opening(self, f: int, hi: int) -> int:
        """Token after an opening adverbial phrase and its comma ("On Monday, ...", "Speaking to
        reporters, ...", "In an interview with X on Monday, ..."), or f when none opens the
        sentence before `hi`."""
        k = f
        while k < hi and not self.is_word(k) and self.tokens[k].text in "\"“‘'(":
            k += 1
        w = self.low[k] if k < hi else ""
        if not (w in _PREPOSITIONS_START or w in _DAY_WORDS or (w.endswith("ing") and len(w) > 4) or w in ADVERBS):
            return f
        comma = next((x for x in range(k, min(hi, k + 16)) if self.tokens[x].text == ","), None)
        return comma + 1 if comma is not None and comma + 1 < hi else f

    def same_sentence_source(self, si: int) -> tuple[int, int] | None:
        for c in reversed(self.by_sentence.get(si, [])):
            if c.source is not None:
                a, b = c.source
                ta = self.token_at(a)
                tb = self.token_at(b - 1) + 1
                return ta, tb
        return None

    def token_at(self, pos: int) -> int:
        """Index of the token that holds offset `pos` (or the next token after it)."""
        return min(bisect_right(self.token_ends, pos), self.n - 1)

    def passive_cue(self, i: int, lemma: str, si: int, be: int, cue_b: int) -> None:
        f, lim = self.sentence_bounds(si)
        after = cue_b
        if after < lim and self.low[after] != "that" and self.low[after] != "by":
            # "it was announced on Tuesday that ...": an adverbial before "that"
            j = self.skip_to_content(after, lim, lemma)
            if j < lim and self.low[j] == "that":
                after = j
        # "it was announced that ...": an impersonal report with no named source
        if (
            be - 1 >= f
            and self.low[be - 1] in {"it", "has", "had"}
            and after < lim
            and self.low[after] == "that"
        ):
            k = be - 1
            if self.low[k] in {"has", "had"}:
                k -= 1
            if k >= f and self.low[k] == "it":
                self.emit_after(si, (k + 1, cue_b), None, after, lemma)
            return
        # "were interpreted by some analysts as ...": the agent is the source
        if after < lim and self.low[after] == "by":
            src = self.np_forward(after + 1, lim)
            if src is None:
                return
            k = src[1]
            if k < lim and self.low[k] == "as":
                self.emit_after(si, (i, cue_b), src, k, lemma, as_content=True)
            elif k < lim and self.low[k] == "that" and self.low[be - 1] == "it":
                # "It was reported by state television that ...": the agent reported it
                self.emit_after(si, (be, cue_b), src, k, lemma)

    def inverted(self, si: int, cue: tuple[int, int], lemma: str) -> None:
        """Source after the verb: '"...," said the minister' or "..., added KCNA, ..."."""
        f, lim = self.sentence_bounds(si)
        ca, cb = cue
        src = self.np_forward(cb, lim, loose=True)
        if src is None:
            return
        a, b = src
        if b - a > 10:
            return
        # "said the minister in a statement", "said Senator Tom Harris on Monday", "said a man who
        # was there": when, where and how it was said are not part of who said it
        named = next((x for x in range(a + 1, b) if self.ends_source(x, b)), b)
        if any(self.low[x] in AUXILIARIES for x in range(a, named)):
            return  # "said the border would reopen" is no noun phrase: not an inverted source
        # content: the part of the sentence before the attribution
        k = ca - 1
        while (
            k >= f
            and self.tokens[k].text in {",", '"', "”", "’", "'", "—", "–"}
            and self.in_quote(self.tokens[k].start) is None
        ):
            k -= 1
        before_end = self.tokens[k].end if k >= f else None
        after_text_start = self.tokens[b].start if b < lim else None
        if before_end is None:
            return
        start = self.tokens[f].start
        content = self.snap_to_quotes(start, before_end)
        if (
            after_text_start is not None
            and self.text[self.tokens[b - 1].end : after_text_start].strip() == ""
            and self.tokens[b].text == ","
        ):
            rest = b + 1
            split = self.continued_quote(b, lim)
            if split is not None and self.in_quote(content[1] - 1) is not None:
                content = (content[0], split.end)  # split quote: '"A," said X, "B."'
                self.used_cues.add(ca)
                self.add(
                    _Claim(
                        "direct",
                        self.trim(*content),
                        self.span(*cue),
                        self.source_span((a, named)),
                        si,
                    )
                )
                return
            if (
                rest < lim
                and self.tokens[rest].text[:1].islower()
                and self.clause_like(self.tokens[rest].start - 1, self.sentences[si].end)
            ):
                # "..., said X, are ...": the attribution interrupts the statement (not an appositive)
                first_rest = self.low[rest]
                # not an appositive ("the union leader") nor a new report ("adding that ...")
                if (
                    first_rest not in DETERMINERS
                    and first_rest not in VERB_LEMMA
                    and first_rest not in _RELATIVES
                ):
                    content = (content[0], self.sentences[si].end)
        content = self.trim(*content)
        if lemma in WEAK_VERBS and self.kind_of(*content) == "indirect":
            return
        self.used_cues.add(ca)
        self.add(_Claim(self.kind_of(*content), content, self.span(*cue), self.source_span((a, named)), si))

    def ends_source(self, x: int, b: int) -> bool:
        """Does token x start a phrase of time, place or manner after an inverted source?"""
        w = self.low[x]
        if w in _NOT_SOURCE_START or w in _DAY_WORDS:
            return True
        # "in a statement", "on Monday", "at his home"; not "officials in Kyiv", "the post on pigmy"
        return w in {"in", "on", "at"} and x + 1 < b and self.low[x + 1] in _MEDIUM_OPENERS

    def emit_after(
        self,
        si: int,
        cue: tuple[int, int],
        source: tuple[int, int] | None,
        after: int,
        lemma: str,
        participle: bool = False,
        as_content: bool = False,
        lead: int | None = None,
    ) -> None:
        """A claim whose content follows the cue (or precedes it when nothing follows)."""
        f, lim = self.sentence_bounds(si)
        k = after
        explicit_that = False
        if as_content or (lemma in AS_VERBS and k < lim and self.low[k] == "as"):
            k += 1  # "described as ...": the description is the content
            as_content = True
        s_end = self.sentences[si].end
        if source is not None and k < lim and self.tokens[k].text == "," and source[0] > f:
            # ", he said, offer a ...": an attribution inside the sentence it reports
            before_src = source[0] - 1
            if self.tokens[before_src].text == "," or self.in_quote(self.tokens[before_src].start):
                nxt = k + 1
                if nxt < lim and (self.low[nxt].endswith("ing") or self.low[nxt] in _CONTRAST_OPENERS):
                    # "..., he said, adding that ...", "..., officials said, ending a closure",
                    # "..., he said, though he gave no date": the statement is the part before
                    self.content_before_or_next(si, cue, source, lemma, lead)
                    return
                if (
                    nxt < lim
                    and self.tokens[nxt].text[:1].islower()
                    and self.in_quote(self.tokens[nxt].start) is None
                ):
                    start = self.snap_to_quotes(self.tokens[f].start, self.tokens[f].end)[0]
                    self.push(si, cue, source, self.trim(start, s_end), lemma)
                    return
        kk = self.skip_to_content(k, lim, lemma) if lemma in HEARER_VERBS else k
        if lemma in HEARER_VERBS and self.bare_hearer(k, lim):
            kk = lim  # "told France Inter radio.": only the hearer follows
        opening = source[0] if source is not None and lead is None else lead
        if opening is not None and opening > f and (kk >= lim or self.trailing_adverbial(kk, lim)):
            before_src = self.tokens[opening - 1].text
            if before_src in {",", "—", "–"} or self.in_quote(self.tokens[opening - 1].start):
                # "..., officials said on condition of anonymity.": what follows is when, where or
                # how it was said; the statement is the part before the attribution
                self.content_before_or_next(si, cue, source, lemma, lead)
                return
        k = self.skip_to_content(k, lim, lemma)
        if k + 1 < lim and self.low[k] in _TIME_WORDS and self.is_word(k + 1):
            k += 1  # "said Friday the deal was dead"
        k = self.skip_medium(k, lim)
        while k < lim and (
            self.low[k] in ADVERBS
            or (
                self.low[k].endswith("ly")
                and self.tokens[k].text.islower()
                and k + 1 < lim
                and self.low[k + 1] == "that"
            )
        ):
            k += 1  # "has said repeatedly that"
        if k < lim and self.low[k] == "that":
            k += 1
            explicit_that = True
        s_end = self.sentences[si].end
        if all(not self.is_word(x) and self.in_quote(self.tokens[x].start) is None for x in range(k, lim)):
            # nothing after the cue: "..., he said." or a lead-in to a quote on the next line
            self.content_before_or_next(si, cue, source, lemma, lead)
            return
        a = self.tokens[k].start
        b = self.cut_content(a, s_end)
        if source is not None and source[0] > f and self.low[source[0] - 1] in {"which", "who"}:
            # "Georgian Dream, which critics say has grown closer to Moscow, has denied ...": a
            # report inside a relative clause ends with the clause
            comma = self.text.find(",", a, b)
            if comma > a:
                b = comma
        a, b = self.snap_to_quotes(a, b)
        lead = self.text[a:b].rstrip()
        if lead.endswith(":") and self.in_quote(b - 1) is None:
            # "tweeted using his account:" and the quotation on the next line
            q = self.in_quote(self.next_nonspace(b))
            if q is not None and q.double:
                self.push(si, cue, source, self.trim(q.start, q.end), lemma)
            return
        q = self.first_quote_after_lead(a, b)
        if q is not None:
            a, b = q.start, max(b, q.end)
        a, b = self.trim(a, b)
        if b <= a:
            return
        kind = self.kind_of(a, b)
        ka = self.token_at(a)
        first = self.low[ka]
        if first in {"and", "or", "but", "nor", "so", "than", "as", "if", "whether"} and not explicit_that:
            return  # a conjunction, or an indirect question ("asked whether"), reports nothing
        if first in _WH_WORDS and lemma not in _WH_VERBS and not explicit_that:
            return
        words = self.text[a:b].lower().split()
        if kind == "indirect" and len(words) < 2:
            return  # "said nothing", "declined comment": no statement
        if (len(words) <= 3 and words[-1].strip(".,:;") in CLAIM_NOUNS) or (
            len(words) > 1
            and words[0] in DETERMINERS
            and words[1].strip(".,:;") in CLAIM_NOUNS
            and not self.clause_like(self.tokens[min(ka + 1, lim - 1)].start, b)
        ):
            return  # "denied these allegations": names a claim, says nothing new
        if lemma == "show" and not explicit_that:
            return  # "the results show that ..." reports; "a light show can be seen" does not
        if explicit_that and lemma in NEEDS_THAT and self.past_form(ka):
            # "a light show that can be seen", "the report that was leaked", "projects that paid
            # for ...": a verb right after "that" makes it a relative clause
            return
        if (
            kind != "direct"
            and not explicit_that
            and (lemma in NEEDS_THAT or lemma in WEAK_VERBS)
            and not self.clause_opens(ka, b)
        ):
            return  # "accepted the proposal and blamed ...": an object, then the subject's next verb
        if (
            lemma in AS_VERBS
            and lemma != "dub"
            and not as_content
            and first not in _WH_WORDS
            and re.search(r"\bas\b", self.text[a:b]) is None
        ):
            return  # "described the scene" says nothing; "described it as chaotic" does
        if kind == "indirect" and not explicit_that and lemma in QUOTE_OR_THAT:
            return  # "wrote a book", "tweeted a photo": reports only with a clause or a quotation
        if kind != "direct" and lemma in _ASKING:
            return  # "asked officials how ...": a question or a plea is a claim only as a quotation
        approx = self.approximate_number(ka, lim)
        if (
            kind == "indirect"
            and not explicit_that
            and first in _PREPOSITIONS_START
            and lemma != "admit"
            and not approx
        ):
            # a fronted phrase is fine when a clause follows its comma ("by 2050, demand will ...")
            comma = self.text.find(",", a, min(b, a + 60))
            if comma < 0 or not self.clause_like(comma, b):
                return
        if lemma == "accuse" and re.search(r"\bof\b", self.text[a:b]) is None:
            return  # "accused the minister": an accusation names its charge with "of"
        if (
            participle
            and not explicit_that
            and kind != "direct"
            and lemma != "accuse"
            and not self.bare_clause(lemma, ka, b)
        ):
            return  # "highlighting the importance of ...": a participle reports only a clause or a quote
        self.push(si, cue, source, (a, b), lemma)

    def push(
        self,
        si: int,
        cue: tuple[int, int],
        source: tuple[int, int] | None,
        content: tuple[int, int],
        lemma: str,
        kind: str | None = None,
    ) -> None:
        ca, cb = cue
        self.used_cues.add(ca)
        src_span = self.source_span(source)
        self.add(_Claim(kind or self.kind_of(*content), content, self.span(ca, cb), src_span, si))

    def source_span(self, source: tuple[int, int] | None) -> tuple[int, int] | None:
        """Character span of a source noun phrase, without a sentence's final stop."""
        if source is None:
            return None
        a, b = self.span(*source)
        while (
            b > a
            and (
                self.text[b - 1].isspace()
                or (
                    self.text[b - 1] in ".,;:"
                    # keep the stop of initials ("K.C.")
                    and not (
                        b - a > 1 and self.text[b - 2 : b - 1].isupper() and self.text[b - 3 : b - 2] == "."
                    )
                )
            )
        ):
            b -= 1
        return (a, b) if b > a else None

    def skip_to_content(self, k: int, lim: int, lemma: str) -> int:
        """Skip a hearer ("told reporters") or an adverbial ("during a press conference in X,")."""
        start = k
        if k + 2 < lim and self.tokens[k].text == ",":
            # "claimed, without providing evidence, that ...": an aside between commas, then "that"
            close = next((x for x in range(k + 1, min(lim, k + 12)) if self.tokens[x].text == ","), None)
            if close is not None and close + 1 < lim and self.low[close + 1] == "that":
                return close + 1
        if lemma in HEARER_VERBS and k < lim:
            if self.low[k] in {"him", "her", "them", "us", "me", "you"} or self.low[k] in _HEARER_NOUNS:
                k += 1
            elif (
                self.low[k] != "the"
                and not self.is_cap(k)
                and (self.np_word(k) or (self.low[k].endswith(("ing", "ed")) and k + 1 < lim and self.np_word(k + 1)))
                and self.low[k] not in NP_STOP | _PREPOSITIONS_START
            ):
                # "told wavering members that ...": a described hearer, then "that"
                for x in range(k + 1, min(lim, k + 6)):
                    if self.low[x] == "that":
                        return x
                    if not self.np_word(x) or self.past_form(x):
                        break
            else:
                # a named hearer ("told The Huffington Post", "told CBC News") or "the police"
                j = k + 1 if self.low[k] == "the" else k
                if j < lim and self.is_cap(j):
                    while j < lim and (
                        self.is_cap(j) or (self.low[j] in {"of", "&"} and j + 1 < lim and self.is_cap(j + 1))
                    ):
                        j += 1
                    k = j
                elif self.low[k] == "the" and j < lim and self.np_word(j) and self.low[j] not in DETERMINERS:
                    k = j + 1
        # an adverbial before "that" or before a quotation
        j = k
        limit = min(lim, k + 16)
        while j < limit:
            w = self.low[j]
            if w == "that" and j > k:
                if self.low[k] in {"of", "about", "against"}:
                    break  # "warned of a crisis that could ...": a topic and its relative clause
                if lemma in HEARER_VERBS or (
                    self.low[k]
                    in {
                        "in",
                        "on",
                        "at",
                        "during",
                        "after",
                        "before",
                        "to",
                        "via",
                        "through",
                        "last",
                        "this",
                        "earlier",
                        "yesterday",
                        "today",
                        "from",
                        ",",
                        "while",
                        "when",
                        "with",
                        "over",
                        "late",
                        "early",
                        "for",
                        "without",
                    }
                    or self.tokens[k].text == ","
                ):
                    return j
                break
            if (
                self.tokens[j].text in '"“'
                and j > k
                and self.low[k] in {"in", "on", "at", "to", "via", "during", "while"}
            ):
                return j
            if (
                self.verbish(j)
                and w not in {"press", "news", "morning", "evening", "meeting", "briefing", "hearing", "building"}
                and not (
                    j > k
                    and (
                        # "after the hearing", "in her opening statement"
                        (self.low[j - 1] in DETERMINERS and w.endswith(("ed", "ing")))
                        # "in a report published on Sunday": a participle describing a noun
                        or (
                            w.endswith("ed")
                            and self.tokens[j - 1].text.islower()
                            and (self.np_word(j - 1) or (j - 2 >= k and self.low[j - 2] in DETERMINERS))
                            and j + 1 < lim
                            and self.low[j + 1] in _PARTICIPLE_LINKS
                        )
                        # "wrote in a note to clients that": "a note" is a noun
                        or (self.low[j - 1] in _INDEFINITE and w in VERB_LEMMA)
                        # "said in a preliminary report that": so is "a preliminary report"
                        or (
                            j - 2 >= k
                            and self.low[j - 2] in DETERMINERS
                            and self.tokens[j - 1].text.islower()
                            and not self.verbish(j - 1)
                            and w in VERB_LEMMA
                        )
                    )
                )
            ):
                break  # a verb ends the adverbial, but "a televised address" is a noun phrase
            j += 1
        if k < lim and self.tokens[k].text in {",", ":"} and k + 1 < lim:
            return k + 1
        return k if k >= start else start

    def skip_medium(self, k: int, lim: int) -> int:
        """ "said in a press release the law would ...": where it was said, then the clause
        without "that"; the clause starts after the medium."""
        if k + 2 >= lim or self.low[k] not in {"in", "on", "during"} or self.low[k + 1] not in DETERMINERS:
            return k
        for x in range(k + 2, min(lim - 1, k + 6)):
            if self.low[x] in _MEDIA:
                nxt = x + 1
                if self.low[nxt] in {"release", "conference", "briefing", "post"}:
                    nxt += 1  # "a press release", "a news conference"
                if nxt < lim and self.tokens[nxt].text not in {",", ".", ":"} and self.clause_opens(nxt, self.tokens[lim - 1].end):
                    return nxt
                return k
            if not self.np_word(x):
                return k
        return k

    def first_quote_after_lead(self, a: int, b: int) -> Quote | None:
        """In `account: "..."` the quotation after the colon is what was said."""
        m = re.compile(r"[:,]\s*$").search
        for q in self.quotes.within(a, b + 1) if b > a else []:
            if not q.double:
                continue
            lead = self.text[a : q.start]
            if m(lead) and ":" in lead[-3:] and len(lead) < 200 and self.in_quote(a) is None:
                return q
        return None

    def called_quote(self, si: int, i: int, cue: tuple[int, int], prev: int, pw: str, f: int, lim: int) -> bool:
        """'The ministry called the report "a fabrication."', '..., calling it "a blatant lie."':
        a name the speaker gives something, in quotation marks, is the speaker's claim about it
        (object and quotation are the content). Only with a quotation: "called it a day",
        "called the police", "called for talks" are not claims."""
        k = i + 1
        while k < lim and k - i <= 5 and self.is_word(k) and self.low[k] not in _CALL_PARTICLES:
            k += 1
        if k == i + 1 or k >= lim or self.tokens[k].text not in {'"', "“"}:
            return False
        q = self.in_quote(self.tokens[k].start)
        if q is None or not q.double or q.start != self.tokens[k].start:
            return False
        after = self.token_at(q.end)
        if after < lim and self.tokens[after].start >= q.end and self.tokens[after].text not in {".", ",", ";", "!", "?"}:
            return False  # 'called the bill "historic" in a speech ...' is fine; 'called "Stop" to ...' is not
        if self.low[i].endswith("ing") and pw == ",":
            source = self.same_sentence_source(si) or self.subject(f, i)
        elif prev >= f and self.is_word(prev):
            source = self.np_back(prev + 1, f)
        else:
            return False
        self.push(si, cue, source, self.trim(self.tokens[i + 1].start, q.end), "call")
        return True

    def past_form(self, k: int) -> bool:
        """Is token k a finite verb by its form: an auxiliary, an irregular past ("rose") or a
        lower-case regular past ("stalled")?"""
        w = self.low[k]
        return (
            w in AUXILIARIES
            or w in _IRREGULAR_PAST
            or (self.tokens[k].text.islower() and len(w) > 4 and w.endswith("ed"))
        )

    def approximate_number(self, k: int, lim: int) -> bool:
        """Does a number with an approximator open at token k ("about 40", "at least 11 civilians",
        "up to 200 people", "more than a dozen")? Then the clause opens with its subject, not
        with a preposition."""
        x = k + 1
        if (self.low[k], self.low[x] if x < lim else "") in _TWO_WORD_APPROXIMATORS:
            x += 1
        elif self.low[k] not in _APPROXIMATORS:
            return False
        return x < lim and (self.tokens[x].text[:1].isdigit() or self.low[x] in _NUMBER_WORDS | {"a", "one"})

    def clause_opens(self, ka: int, b: int) -> bool:
        """Does a clause open at token `ka`: a finite verb before the first "and", "or" or "but"
        (after which a verb belongs to the reporting clause: "accepted the proposal and blamed
        the minister")?"""
        kb = self.token_at(max(b - 1, 0))
        if self.low[ka] in AUXILIARIES:
            return True  # "critics charge is a forced work camp": the subject is the relative's
        for k in range(ka + 1, kb + 1):
            w = self.low[k]
            if w in {"and", "or", "but", ","}:
                return False
            if w in AUXILIARIES or w in _IRREGULAR_PAST or (w in VERB_LEMMA and not w.endswith("ing")):
                return True
            if self.past_form(k) and self.low[k - 1] not in DETERMINERS and self.low[k - 1] not in _PREPOSITIONS_START:
                return True  # not "in disputed election", "the injured man": adjectives
        return False

    def bare_clause(self, lemma: str, ka: int, b: int) -> bool:
        """Does a clause without "that" open at token `ka`, after a participle of a verb that takes
        one ("..., saying it would protect jobs", "..., adding the talks had stalled")? Its
        finite verb comes within a few words and not inside a relative clause ("warning of a
        crisis that could ..." opens with a preposition; "noting the work the team had done"
        has its verb after a noun phrase of more than five words or after "that")."""
        if lemma not in _BARE_CLAUSE_VERBS or self.low[ka] in _PREPOSITIONS_START or self.low[ka] in _WH_WORDS:
            return False
        last = min(self.token_at(max(b - 1, 0)), ka + 6)
        for k in range(ka, last + 1):
            w = self.low[k]
            if w in {"that", "which", "who", ","}:
                return False
            if k > ka and self.past_form(k):
                return True
        return False

    def clause_like(self, a: int, b: int) -> bool:
        """Does text[a:b] contain a finite verb (a clause rather than a bare noun phrase)?"""
        ka, kb = self.token_at(a), self.token_at(max(b - 1, a))
        for k in range(ka + 1, kb + 1):
            w = self.low[k]
            if self.past_form(k) or (w in VERB_LEMMA and not w.endswith("ing")):
                return True
        return False

    def content_before_or_next(
        self,
        si: int,
        cue: tuple[int, int],
        source: tuple[int, int] | None,
        lemma: str,
        lead: int | None = None,
    ) -> None:
        """The statement before an attribution ("..., he said.") or in a quotation on the next line;
        `lead` is where the attribution starts when it opens before the source ("..., the head of
        the agency, Rafael Grossi, said")."""
        f, lim = self.sentence_bounds(si)
        ca = cue[0]
        head = source[0] if source is not None and source[0] < ca else ca
        if lead is not None and lead < head:
            head = lead
        k = head - 1
        set_off = k >= f and self.tokens[k].text in {",", "—", "–", '"', "”", "’", "'"}
        while k >= f and self.tokens[k].text in {",", "—", "–"}:
            k -= 1
        s = self.sentences[si]
        if set_off and (self.text[s.end - 1 : s.end] == ":" or self.tokens[lim - 1].text == ":"):
            # "In a statement, the council said:" and the quotation on the next line: the phrase
            # before the comma is how it was said; the quotation is what
            q = self.in_quote(self.next_nonspace(s.end))
            if q is not None and q.double and not self.clause_like(self.tokens[f].start, self.tokens[k].end):
                self.push(si, cue, source, self.trim(q.start, q.end), lemma)
                return
        if k >= f and set_off:
            start = self.tokens[f].start
            end = self.tokens[k].end
            a, b = self.trim(*self.snap_to_quotes(start, end))
            if b > a:
                if lemma in WEAK_VERBS and self.kind_of(a, b) == "indirect":
                    return
                self.push(si, cue, source, (a, b), lemma)
            return
        # "Rathbun stated," / "tweeted using his account:" then the quotation on the next line
        if self.text[s.end - 1 : s.end] in {",", ":"} or self.tokens[lim - 1].text in {",", ":"}:
            q = self.in_quote(self.next_nonspace(s.end))
            if q is not None and q.double:
                self.push(si, cue, source, self.trim(q.start, q.end), lemma)

    def next_nonspace(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos].isspace():
            pos += 1
        return pos

    # ---- pass 2b: attributions without a reporting verb (found in the same pass as verbs) ----

    def put_it(self, si: int, i: int) -> None:
        """ "As Fox put it, ...", "As Fox put it: ...", "..., as one analyst put it.": "as X put it"
        gives X's words (the cue is the verb "put"). The statement follows the comma or colon, or,
        when the phrase ends the sentence, comes before it."""
        f, lim = self.sentence_bounds(si)
        if self.in_quote(self.tokens[i].start) is not None or i in self.used_cues:
            return
        k = i - 1
        while k >= f and (
            self.low[k] in ADVERBS or self.low[k] in _PUT_IT_ADVERBS or self.low[k] in _PERFECT
        ):
            k -= 1  # "as Fox once put it", "as the mayor has put it"
        src = self.np_back(k + 1, f)
        if src is None or src[0] - 1 < f or self.low[src[0] - 1] != "as":
            return
        as_at = src[0] - 1
        opens = as_at == f or (as_at - 1 == f and self.low[f] in {"but", "and", "yet", "or", "so"})
        if not opens and self.tokens[as_at - 1].text not in {",", "—", "–"}:
            return  # "as soon as", "such as": no attribution
        # "As Fox put it in a speech last week," : a phrase of time or place, then the statement
        j = i + 2
        while j < lim and j - i < _SPLIT_TAIL and self.is_word(j):
            j += 1
        end_of_sentence = j >= lim or self.tokens[j].text in {".", "!", "?"}
        s_end = self.sentences[si].end
        if opens:
            if j >= lim or self.tokens[j].text not in {",", ":"}:
                return
            if j + 1 >= lim:
                # "As Fox put it:" and the quotation on the next line
                q = self.in_quote(self.next_nonspace(self.tokens[j].end))
                if q is None or not q.double:
                    return
                content = self.trim(q.start, q.end)
            else:
                a = self.tokens[j + 1].start
                content = self.trim(*self.snap_to_quotes(a, self.cut_content(a, s_end)))
        elif end_of_sentence:
            # "The market has decided, as Fox put it.": the statement is the part before
            k = as_at - 1
            while k >= f and self.tokens[k].text in {",", "—", "–"}:
                k -= 1
            if k < f:
                return
            content = self.trim(*self.snap_to_quotes(self.tokens[f].start, self.tokens[k].end))
        else:
            # "The market, as Fox put it, has already decided.": the attribution interrupts it
            content = self.trim(*self.snap_to_quotes(self.tokens[f].start, s_end))
        if content[1] - content[0] < 2:
            return
        self.used_cues.add(i)
        self.add(_Claim(self.kind_of(*content), content, self.span(i, i + 1), self.source_span(src), si))

    def manner_colon(self, si: int, colon: int) -> None:
        """'The mayor was blunt: "We will not pay."': a sentence that says how someone spoke and
        ends in a colon before a quotation gives that person's words. The cue is the predicate
        ("was blunt"): no verb of speech is written, and it is the predicate that makes the
        quotation the subject's."""
        f = self.sentences[si].first_token
        if self.in_quote(self.tokens[colon].start) is not None:
            return
        adj = colon - 1
        k = adj - 1
        while k > f and self.low[k] in _DEGREE:
            k -= 1
        if self.low[k] not in {"was", "is", "were", "are"} or k in self.used_cues:
            return
        be = k
        src = self.np_back(be, f)
        if src is None:
            return
        a, b = src
        if not (
            a == f or self.tokens[a - 1].text in {",", "—", "–"} or self.low[a - 1] in {"but", "and", "yet"}
        ):
            return
        if self.low[adj] == "clear" and not (self.low[b - 1] in PRONOUNS or self.is_cap(b - 1)):
            return  # "The message was clear:" describes the message, not someone speaking
        q = self.in_quote(self.next_nonspace(self.tokens[colon].end))
        if q is None or not q.double or q.start != self.next_nonspace(self.tokens[colon].end):
            return
        source = self.source_span(src)
        if b - a >= 2 and self.low[b - 1] in _ANSWER_NOUNS:
            # "Fox's answer was blunt:", "His reply was short:": the one who answered
            owner = self.tokens[b - 2]
            if self.low[b - 2] in {"his", "her", "their"}:
                source = (owner.start, owner.end)
            elif owner.text.endswith(("'s", "’s")):
                source = (
                    self.tokens[a].start if self.low[a] not in DETERMINERS else owner.start,
                    owner.end - 2,
                )
        self.used_cues.add(be)
        content = self.trim(q.start, q.end)
        self.add(_Claim(self.kind_of(*content), content, self.span(be, adj + 1), source, si))

    # ---- pass 3: "according to", reporting nouns --------------------------------------------

    def according_to(self) -> None:
        low = self.low
        for i in range(self.n - 1):
            if low[i] != "according" or low[i + 1] != "to" or self.in_quote(self.tokens[i].start) is not None:
                continue
            si = self.sent_of_token[i]
            f, lim = self.sentence_bounds(si)
            s_end = self.sentences[si].end
            j = i + 2
            # the source runs to a comma when one comes before any verb, else it is a name
            comma = None
            for k in range(j, min(lim, j + 14)):
                if self.tokens[k].text in {",", ";", ":"}:
                    comma = k
                    break
                if k > j and (
                    self.low[k] in AUXILIARIES
                    or (
                        self.low[k] in VERB_LEMMA
                        and self.tokens[k].text.islower()
                        and not self.low[k].endswith("ing")
                        # "according to a Congressional Budget Office estimate,": a noun
                        and not (self.is_cap(k - 1) and k + 1 < lim and self.tokens[k + 1].text == ",")
                    )
                ):
                    break
            if comma is not None and comma > j:
                src = (j, comma)
            else:
                src = self.np_forward(j, lim)
                if src is None:
                    continue
                # without a comma the source ends where a new noun phrase begins
                b = j + 1
                while b < src[1] and not (self.low[b] in DETERMINERS and self.low[b - 1] not in {"of"}):
                    b += 1
                src = (j, b)
                src = self.provided_by(src, lim)
                e = src[1]
                if (
                    self.low[e - 1] in _POSTPOSED_ADJECTIVES
                    and e + 1 < lim
                    and self.low[e] in {"with", "to", "on"}
                ):
                    # "according to a person familiar with his thinking"
                    rest_np = self.np_forward(e + 1, lim, loose=True)
                    if rest_np is not None:
                        src = (j, rest_np[1])
            if src[1] - src[0] > 14:
                continue
            rest = src[1]
            if self.tokens[src[0]].text == "the" and src[1] - src[0] > 1 and self.is_cap(src[0] + 1):
                src = (
                    src[0] + 1,
                    src[1],
                )  # "according to the Interior Ministry": the source is the named body
            if rest < lim and self.tokens[rest].text == ",":
                rest += 1
                if rest < lim and (self.low[rest].endswith("ing") or self.low[rest] in {"who", "which"}):
                    # "According to Yonhap, quoting KCNA, ...", "According to police, who are
                    # investigating, ...": skip the participle phrase or relative clause
                    for k in range(rest + 1, min(lim, rest + 16)):
                        if self.tokens[k].text == ",":
                            rest = k + 1
                            break
            k = i - 1
            while k >= f and self.tokens[k].text in {",", "—", "–"}:
                k -= 1
            before = (self.tokens[f].start, self.tokens[k].end) if k >= f else None
            after = (
                (self.tokens[rest].start, self.cut_content(self.tokens[rest].start, s_end))
                if rest < lim
                else None
            )
            if after is not None and not any(c.isalnum() for c in self.text[after[0] : after[1]]):
                after = None
            lead = self.low[k] if k >= f else ""
            # "The economy, according to X, will shrink", "The bill would, according to X, cut
            # emissions": a subject or an auxiliary before the aside, its verb after it
            interrupted = (
                after is not None
                and self.tokens[k + 1].text == ","
                and rest != src[1]
                and (
                    lead in AUXILIARIES
                    or (k > f and self.low[f] in _INDEFINITE | {"the", "this", "our"} and not self.clause_like(*before))
                )
            )
            if (
                before is None
                or lead in {"that", "which", "who", "whom"}
                or (k - f < 2 and self.tokens[k + 1].text == "," and not interrupted)
            ):
                content = after  # "According to X, ...", "..., which, according to X, ..."
            elif not interrupted and (
                after is None or self.clause_like(*before) or self.tokens[k + 1].text != "," or rest == src[1]
            ):
                # "..., according to X." or "..., according to X, a spokesman."; after a contrast
                # ("A told analysts demand had stabilised, though revenue fell, according to X")
                # X vouches for the last clause only
                content = (self.tokens[self.last_clause(f, k)].start, before[1])
            else:
                content = (before[0], after[1])  # "The suspect, according to police, fled ..."
            if content is None:
                continue
            content = self.trim(*self.snap_to_quotes(*content))
            if content[1] <= content[0]:
                continue
            self.add(_Claim("according_to", content, self.span(i, i + 2), self.source_span(src), si))

    _ANAPHORIC = re.compile(
        r"(?:The|This|That|Their|His|Her|Its)\s+(announcement|statement|claim|report|remarks|comments|assertion|allegation|revelation)"
        r",?\s+(?:made|issued|released|delivered|published)\s+by\s+",
    )

    def report_nouns(self) -> None:
        text = self.text
        low = self.low
        for k in range(1, self.n - 1):
            # "her claim that ...", "Smith's assertion that ...": a possessor and a reporting noun
            if low[k] not in REPORT_NOUNS or low[k + 1] != "that" or self.in_quote(self.tokens[k].start):
                continue
            owner = self.tokens[k - 1]
            src: tuple[int, int] | None
            if low[k - 1] in {"his", "her", "their", "its"}:
                src = (owner.start, owner.end)
            elif self.there_is(k):
                src = None  # "There were claims that ...": nobody is named
            elif owner.text.endswith(("'s", "’s")):
                # "Maria Lopez's claim", "the minister's assertion": the possessor's noun phrase
                np = self.np_back(k, max(0, k - 6))
                j = np[0] if np is not None else k - 1
                src = (self.tokens[j].start, owner.end - 2)
            else:
                continue
            si = self.sent_of_token[k]
            a = self.tokens[k + 1].end
            b = self.cut_content(a, self.sentences[si].end)
            comma = text.find(",", a, b)
            if comma > 0:
                b = comma
            content = self.trim(*self.snap_to_quotes(a, b))
            if content[1] > content[0]:
                self.add(
                    _Claim(
                        self.kind_of(*content), content, (self.tokens[k].start, self.tokens[k].end), src, si
                    )
                )
        # "The announcement, made by X, ...": the report of the sentence before it
        for si, s in enumerate(self.sentences):
            if si == 0:
                continue
            m = self._ANAPHORIC.match(text, s.start, s.end)
            if m is None:
                continue
            k = self.token_at(m.end())
            src = self.np_forward(k, self.sentences[si].last_token)
            if src is None:
                continue
            prev = self.sentences[si - 1]
            content = self.trim(prev.start, prev.end)
            self.add(_Claim("indirect", content, (m.start(1), m.end(1)), self.span(*src), si))

    def there_is(self, k: int) -> bool:
        """Does the reporting noun at token k follow "there is / were / have been" and at most two
        describing words ("There were also unconfirmed reports that ...")?"""
        x = k - 1
        while x > 0 and k - x <= 3 and self.tokens[x].text.islower() and self.low[x] not in BE_FORMS:
            x -= 1
        if x < 1 or self.low[x] not in BE_FORMS:
            return False
        y = x - 1
        if self.low[y] in {"have", "has", "had"} and y > 0:
            y -= 1
        return self.low[y] == "there"

    # ---- pass 4: quotes standing alone -------------------------------------------------------

    def standalone_quotes(self) -> None:
        covered = sorted(c.content for c in self.claims)
        starts = [a for a, _ in covered]
        widest = max((b - a for a, b in covered), default=0)
        for q in self.quotes.regions:
            if self._inside_double(q):
                continue  # a quotation inside a quotation is part of it
            lo = bisect_right(starts, q.start - widest - 1)
            hi = bisect_right(starts, q.end)
            if any(a < q.end and q.start < b for a, b in covered[lo:hi]):
                continue
            a, b = q.inner
            inner = self.text[a:b].strip()
            words = inner.split()
            # a short quotation counts when it is a whole sentence opening a sentence ("We are
            # tired."); shorter fragments are names, titles or scare quotes
            whole = (
                len(words) >= 2
                and inner[-1:] in ".!?"
                and self.sentences[self.sentence_at(q.start)].start == q.start
            )
            if (len(words) < 4 and not whole) or _title_like(words):
                continue
            m = _DASH_ATTRIBUTION.match(self.text, q.end, min(len(self.text), q.end + 120))
            if m and inner[-1:] in ".!?…\"'":
                src = (m.start(1), m.end(1))
                self.add(_Claim("direct", (q.start, q.end), None, src, self.sentence_at(q.start)))
                continue
            si = self.sentence_at(q.start)
            # a quotation after a full stop opens a sentence even where the splitter saw none
            # ('said protester Ana Lima, 23. "We are tired."': the age's stop looked like a number's)
            opens = self.sentences[si].start == q.start or self.text[
                max(0, q.start - 3) : q.start
            ].rstrip().endswith((".", "!", "?"))
            if not opens:
                # '"A", it added; and, later, "B"': a second quotation for the same attribution
                for c in self.near(si, 0, 0):
                    if c.cue is None or c.source is None:
                        continue
                    tail = max(c.cue[1], c.source[1], c.content[1])
                    if tail <= q.start and _CONTINUING.fullmatch(self.text, tail, q.start):
                        self.add(_Claim("direct", (q.start, q.end), c.cue, c.source, si, speaker=c.speaker))
                        break
                continue
            # a quotation that opens its sentence, right after someone's claim, continues it
            # (a long quotation's attribution may lie many lines back: look at where claims end)
            prev = [
                c
                for c in self.near(si, 40, 0)
                if c.source is not None
                and c.content[1] <= q.start
                and self.sentence_at(c.content[1] - 1) >= si - 3
            ]
            p = max(prev, key=lambda c: c.content[1]) if prev else None
            if p is not None and (
                self.text[p.content[1] : q.start].count("\n\n") > 1
                or self._sentences_between(p.content[1], q.start) > 2
            ):
                p = None
            if p is not None:
                # in the same paragraph, the next quoted sentence is the same statement going on
                # ('"A," Monteiro said. "B."'): it keeps the speaker and the verb; a quotation
                # reopened in a new paragraph keeps the speaker only
                same = (
                    p.cue is not None and p.kind == "direct" and "\n" not in self.text[p.content[1] : q.start]
                )
                cue = p.cue if same else None
                self.add(_Claim("direct", (q.start, q.end), cue, p.source, si, speaker=p.speaker))
            elif self.text[q.inner[0] : q.inner[1]].rstrip()[-1:] in {".", "!", "?", "…"}:
                # a whole quoted sentence is somebody's words even when the text does not say
                # whose: most likely the person just introduced, if there is one
                lo = self.sentences[max(si - 2, 0)].start
                person = self.resolver.recent_mention(q.start, lo, "PERSON")
                if person is None:
                    self.add(_Claim("direct", (q.start, q.end), None, None, si))
                else:
                    (a, b), key = person
                    self.add(_Claim("direct", (q.start, q.end), None, (a, b), si, speaker=key))

    def _sentences_between(self, a: int, b: int) -> int:
        return self.sentence_at(b) - self.sentence_at(a)

    # ---- pass 5: hedged statements with no source ----------------------------------------------

    def unattributed(self) -> None:
        text = self.text
        for m in self.scan(UNATTRIBUTED_HEDGE, UNATTRIBUTED_FIRST):
            pos = m.start()
            if m.group().startswith(("May", "Might")) or self.in_quote(pos) is not None:
                continue
            si = self.sentence_at(pos)
            s = self.sentences[si]
            # a hedge inside a claim made in the same sentence, or on its source, hedges that claim
            if any(
                c.content[0] <= pos < c.content[1]
                or (c.source and c.source[0] <= pos < c.source[1])
                # "unconfirmed reports that ...": a hedge on the claim's own cue
                or (c.cue and m.end() <= c.cue[0] and len(text[m.end() : c.cue[0]].split()) <= 1)
                for c in self.near(si, 0, 0)
            ):
                continue
            k = self.token_at(pos)
            f, lim = s.first_token, s.last_token
            if (
                k + 1 < lim
                and self.low[k + 1] in VERB_LEMMA
                and VERB_LEMMA[self.low[k + 1]] in {"say", "tell", "state"}
            ):
                continue  # "reportedly said": a hedge on that claim, handled there
            start = self.clause_start(k, f)
            b = s.end
            if (
                start < k
                and self.tokens[start:k]
                and any(self.low[x] in {"who", "which"} for x in range(start, k))
            ):
                rel = next(x for x in range(start, k) if self.low[x] in {"who", "which"})
                if rel - 1 >= f and self.tokens[rel - 1].text == ",":
                    # ", who allegedly fought ...,": the relative clause ends at its closing comma
                    close = text.find(",", m.end(), b)
                    if close > 0:
                        b = close
            semi = text.find(";", pos, b)
            if semi > 0:
                b = semi
            a, b = self.trim(self.tokens[start].start, b)
            if len(text[a:b].split()) < 4:
                continue
            if any(c.content == (a, b) for c in self.near(si, 1, 1)):
                continue
            self.add(_Claim("unattributed", (a, b), None, None, si))

    def clause_start(self, k: int, f: int) -> int:
        """First token of the clause around token k: after a clause break, or a relative's head."""
        j = k - 1
        while j >= f:
            w = self.low[j]
            t = self.tokens[j].text
            if w in {"who", "which"} or (w == "that" and j + 1 == k):
                h = j - 1 if j - 1 >= f and self.tokens[j - 1].text == "," else j
                head = self.np_back(h, f)
                return head[0] if head else j
            if t in {";", ":", "—", "–"}:
                return j + 1
            if (
                t == ","
                and j + 1 < k
                and self.low[j + 1] in {"and", "but", "while", "whereas", "although", "though"}
            ):
                return j + 2
            j -= 1
        return f

    # ---- pass 6: hedges, statuses, speakers -------------------------------------------------

    def _noun_kind(self, m: re.Match[str]) -> bool:
        """ "the same sort of celebrity" names a kind; "has kind of become" hedges."""
        if m.group().lower().split()[0] not in {"kind", "sort"}:
            return False
        before = self.text[max(0, m.start() - 12) : m.start()].split()
        return bool(before) and (before[-1].lower() in DETERMINERS or before[-1].lower() in {"same", "what"})

    def _not_a_hedge(self, m: re.Match[str]) -> bool:
        """ "so that the council could be held to account" states a purpose, "could no longer count
        on" an inability, and "22 percent less likely" a measured difference: none hedges."""
        word = m.group().lower()
        if word == "could" and re.match(
            r"\s*(?:not\b|n[’']t\b|no\s+longer\b|never\b)", self.text[m.end() : m.end() + 12]
        ):
            return True  # "could not find", "could no longer count on": a plain inability
        before = self.text[max(0, m.start() - 40) : m.start()].lower().split()
        if word in {"could", "might", "may"} and "so" in before[-5:-1] and before[-5:].count("that") >= 1:
            i = len(before) - 1 - before[::-1].index("so")
            return i + 1 < len(before) and before[i + 1] == "that"
        return word == "likely" and bool(before) and before[-1] in {"less", "more", "least"}

    def hedges(self, c: _Claim) -> None:
        a, b = c.content
        # "May" is a month and "Could" opens a question: modal hedges count in lower case only
        found = [
            m.group().lower()
            for m in self.scan(HEDGE_PHRASE, HEDGE_FIRST, a, b)
            if (not m.group()[:1].isupper() or m.group().lower() not in _MODALS)
            and not self._noun_kind(m)
            and not self._not_a_hedge(m)
        ]
        if c.source is not None:
            # "unconfirmed reports said": the source itself is unconfirmed
            found += [
                m.group().lower()
                for m in self.scan(HEDGE_PHRASE, HEDGE_FIRST, *c.source)
                if m.group().lower() in _DOUBTFUL
            ]
        if c.cue is not None and c.source is None and _IMPERSONAL_HEDGE.fullmatch(self.text, *c.cue):
            # "it is believed that ...": nobody stands behind the statement
            found.append(" ".join(self.text[c.cue[0] : c.cue[1]].lower().split()))
        if c.cue is not None:
            # "reportedly said": an adverb hedging the attribution itself; "unconfirmed reports
            # that": a doubtful word on a reporting noun
            lo = max(0, c.cue[0] - 30)
            noun = self.low[self.token_at(c.cue[0])] in REPORT_NOUNS
            found += [
                m.group().lower()
                for m in self.scan(HEDGE_PHRASE, HEDGE_FIRST, lo, c.cue[0])
                if m.group().lower().endswith("ly")
                or (noun and m.group().lower() in _DOUBTFUL and len(self.text[m.end() : c.cue[0]].split()) <= 1)
            ]
        seen: list[str] = []
        for h in found:
            h = " ".join(h.split())
            if h not in seen:
                seen.append(h)
        c.hedges = seen
        if seen:
            c.status = "unverified" if any(h in {"unconfirmed", "unverified"} for h in seen) else "hedged"

    def verdicts(self) -> None:
        """Apply the article's "remains unverified" / "critics dispute the claim" to their claim."""
        text = self.text
        for pattern, first, status in ((UNVERIFIED, UNVERIFIED_FIRST, "unverified"), (DISPUTED, DISPUTED_FIRST, "disputed")):
            for m in self.scan(pattern, first):
                pos = m.start()
                if self.in_quote(pos) is not None:
                    continue
                si = self.sentence_at(pos)
                own = self.attribution_verdict(si, pos, m.end())
                if own is not None:
                    # "Trump has claimed, without evidence, that ...", "She falsely said that ...":
                    # a verdict inside the attribution is on the claim it introduces
                    if status == "disputed" or own.status != "disputed":
                        own.status = status
                    continue
                local = self.near(si, 3, 1)
                holders = [
                    c for c in local if c.content[0] <= pos < c.content[1] or (c.cue and c.cue[0] <= pos < c.cue[1])
                ]
                # "That claim appears to be false, two people said": a report whose content opens
                # by pointing back at a claim is a verdict on that claim, by others
                pointing = [c for c in holders if _ANAPHOR_OPENER.match(text, c.content[0]) and c.content[0] < pos]
                if holders and not pointing:
                    continue
                s = self.sentences[si]
                targets = [
                    t for t in self.verdict_targets(si, s.start, s.end, pos, m.end(), status) if t not in pointing
                ]
                if pointing and not targets:
                    earlier = [c for c in self.near(si, 15, 0) if c.content[1] <= pointing[0].content[0]]
                    targets = [max(earlier, key=lambda c: c.content[1])] if earlier else []
                for t in targets:
                    if status == "disputed" or t.status != "disputed":
                        t.status = status
        for m in _WITHOUT_DETAILS.finditer(text):
            # "said its forces had struck military targets, without providing details"
            si = self.sentence_at(m.start())
            for c in self.by_sentence.get(si, ()):
                if c.content[1] <= m.start() and not text[c.content[1] : m.start()].strip(" ,.") and c.status != "disputed":
                    c.status = "unverified"
        self.denials()

    def attribution_verdict(self, si: int, pos: int, end: int) -> _Claim | None:
        """The claim whose attribution holds text[pos:end]: between its cue and its content
        ("claimed, without evidence, that"), or an adverb right before its cue ("falsely said")."""
        for c in self.by_sentence.get(si, ()):
            if c.cue is None:
                continue
            between = c.cue[1] <= pos and end <= c.content[0]
            adverb = end <= c.cue[0] and not self.text[end : c.cue[0]].strip() and self.text[pos:end].lower().endswith("ly")
            if between or adverb:
                return c
        return None

    def denials(self) -> None:
        """A reported denial ("the mayor denied that he took bribes") disputes the claim it answers:
        the latest earlier claim from another source that shares at least two content words."""
        for c in self.claims:
            if (
                c.cue is None
                or VERB_LEMMA.get(self.text[c.cue[0] : c.cue[1]].split()[-1].lower()) not in _DENYING
            ):
                continue
            words = _stems(self.text[c.content[0] : c.content[1]])
            own = self.text[c.source[0] : c.source[1]].lower() if c.source else None
            best = None
            for e in self.near(c.sentence, 15, 0):
                if e is c or e.content[1] > c.content[0]:
                    continue
                if own is not None and e.source and self.text[e.source[0] : e.source[1]].lower() == own:
                    continue
                score = len(words & _stems(self.text[e.content[0] : e.content[1]]))
                if score >= 2 and (
                    best is None
                    or score > best[0]
                    or (score == best[0] and e.content[1] > best[1].content[1])
                ):
                    best = (score, e)
            if best is not None:
                best[1].status = "disputed"

    def verdict_targets(
        self, si: int, s_start: int, s_end: int, pos: int, end: int, status: str
    ) -> list[_Claim]:
        # a verdict looks back a few paragraphs at most
        earlier = [c for c in self.near(si, 15, 0) if c.content[1] <= end and c.content[0] < pos]
        if not earlier:
            return []
        if status == "disputed":
            # the verdict must be about a claim: its object ("question the claim", "denied these
            # allegations") or, in the passive, its subject ("the report was disputed by ...")
            obj = self.text[end : min(s_end, end + 60)].lower().split()[:6]
            subj = self.text[max(s_start, pos - 50) : pos].lower().split()[-5:]
            nouns = [w.strip(".,;:'’s") for w in obj]
            first = self.text[pos:end].split()[0].lower()
            passive = first in _BE_VERDICT or (bool(subj) and subj[-1] in _BE_VERDICT)
            # ", an accusation denied by the ministry": a participle after the claim noun
            passive = passive or (bool(subj) and subj[-1].strip(",") in CLAIM_NOUNS and first.endswith("ed"))
            if passive:
                nouns = [w.strip(".,;:'’s") for w in subj]
            if first.startswith("disagree"):
                # "..., though critics disagreed": the claim this sentence made, which they reject
                same = [c for c in earlier if c.sentence == si]
                return [max(same, key=lambda c: c.content[1])] if same else []
            named = _NAMED_BEFORE_VERDICT.search(self.text[max(s_start, pos - 80) : pos])
            if named is not None and named.group(1).lower() in CLAIM_NOUNS | {"charge", "charges"}:
                # ("charge" is no claim noun elsewhere: "critics charge that ..." is a verb)
                # "..., a figure ministers have disputed": the claim the sentence just made
                return [max(earlier, key=lambda c: c.content[1])]
            if not any(w in CLAIM_NOUNS for w in nouns):
                return []
            recent = max(earlier, key=lambda c: c.content[1])
            if any(w in {"allegations", "claims", "reports", "accusations", "statements"} for w in nouns):
                same = [
                    c
                    for c in earlier
                    if c.source
                    and recent.source
                    and self.text[c.source[0] : c.source[1]].lower()
                    in (self.text[recent.source[0] : recent.source[1]].lower(), "she", "he")
                    and si - c.sentence <= 8
                ]
                return same or [recent]
            return [recent]
        # unverified: a sentence that opens by pointing back ("The figure could not be verified")
        # is about the latest claim (for a figure, the latest that gives a number)
        m = _ANAPHOR_OPENER.match(self.text[s_start:pos].lstrip())
        if m is not None:
            pool = earlier
            if m.group(1).startswith("figure"):
                pool = [
                    c for c in earlier if re.search(r"\d", self.text[c.content[0] : c.content[1]])
                ] or earlier
            return [max(pool, key=lambda c: c.content[1])]
        # else the claim whose words the sentence repeats, else the one it points back to
        topic = _stems(self.text[s_start:pos]) | _stems(self.text[end:s_end])
        best, score = None, (0, False, 0)
        for c in earlier:
            # most words in common (two, or one for a claim in the sentence just before), then
            # hedged, then the tighter statement
            common = len(topic & _stems(self.text[c.content[0] : c.content[1]]))
            if common < (1 if si - c.sentence <= 1 else 2):
                continue
            sc = (common, bool(c.hedges), c.content[0] - c.content[1])
            if sc >= score:
                best, score = c, sc
        if best is not None:
            return [best]
        head = self.text[s_start:pos].lower()
        recent = max(earlier, key=lambda c: c.content[1])
        if head.split()[:1] in (["he"], ["she"], ["they"]) and si - recent.sentence <= 1:
            return [recent]  # "She did not provide evidence": about what she just said
        if re.search(
            r"\b(?:the|this|these|that|those)\s+(?:claims?|reports?|allegations?|figures?|accounts?|statements?)\b|^(?:it|this)\b",
            head.strip(),
        ):
            return [max(earlier, key=lambda c: c.content[1])]
        return []

    def speakers(self) -> None:
        previous = None
        prev_sentence = -10
        # the last claim of a person the article does not name ("A port worker ... told", "A
        # spokeswoman for the ministry said"): its sentence, speaker (none, or the body the
        # person speaks for) and the sex its words give, if any
        unnamed: tuple[int, str | None, str | None] | None = None
        for c in sorted(self.claims, key=lambda c: c.content[0]):
            unnamed_here = False
            if c.speaker is None and c.source is not None:
                a, b = c.source
                words = self.text[a:b].lower().split()
                if (
                    words in (["he"], ["she"])
                    and unnamed is not None
                    and unnamed[0] > prev_sentence
                    and c.sentence - unnamed[0] <= 1
                    and unnamed[2] in (None, "m" if words == ["he"] else "f")
                ):
                    # '"...," she said' right after "A port worker ... told the AP": the pronoun
                    # goes on with the unnamed speaker, not with a person named before
                    c.speaker = unnamed[1]
                    continue
                prev = previous if c.sentence - prev_sentence <= 3 else None
                c.speaker = self.resolver.resolve(a, b, self.text[a:b], prev, min(a, c.content[0]))
                # the source span keeps the words the article uses ("US President Barack Obama");
                # `speaker` names the person
                if _UNNAMED_PERSON.match(self.text[a:b]) and (
                    c.speaker is None or self.entities[c.speaker].type != "PERSON"
                ):
                    unnamed = (c.sentence, c.speaker, _sex_of(words))
                    unnamed_here = True
            if c.speaker is not None and not unnamed_here:
                previous = self.entities.get(c.speaker)
                prev_sentence = c.sentence

    # ---- run --------------------------------------------------------------------------------

    def run(self) -> list[Claim]:
        if not self.sentences:
            return []
        self.verb_cues()
        self.according_to()
        self.report_nouns()
        self.claims.sort(key=lambda c: c.content[0])
        self.speakers()
        self.standalone_quotes()
        self.unattributed()
        for c in self.claims:
            self.hedges(c)
        self.verdicts()
        return self.finish()

    def finish(self) -> list[Claim]:
        """Contract objects, ordered by position, one per content span, keyed c0001, c0002, ..."""
        out: list[Claim] = []
        seen: set[tuple[int, int]] = set()
        for c in sorted(self.claims, key=lambda c: (c.content[0], c.content[1])):
            if c.content in seen:
                continue  # the first finder to claim a span keeps it (verbs before nouns)
            seen.add(c.content)
            out.append(
                Claim(
                    key=f"c{len(out) + 1:04d}",
                    kind=c.kind,  # type: ignore[arg-type]
                    content=self.to_span(c.content),
                    cue=self.to_span(c.cue) if c.cue else None,
                    source=self.to_span(c.source) if c.source else None,
                    speaker=c.speaker,
                    hedges=c.hedges,
                    status=c.status,  # type: ignore[arg-type]
                )
            )
        return out

    def to_span(self, ab: tuple[int, int]) -> Span:
        return Span(start=ab[0], end=ab[1], text=self.text[ab[0] : ab[1]])


_MAX_SENTENCE = 120  # tokens; longer "sentences" (lists, text without stops) are cut into pieces


def _sex_of(words: list[str]) -> str | None:
    """ "f" or "m" when a word of an unnamed source gives it ("spokeswoman", "a man")."""
    female = any(w in _FEMALE_WORDS for w in words)
    male = any(w in _MALE_WORDS for w in words)
    return None if female == male else ("f" if female else "m")


def _bounded_sentences(doc: Doc) -> list[Sentence]:
    """The document's sentences, with any longer than `_MAX_SENTENCE` tokens cut at a comma or
    semicolon (else anywhere), so that every look-up around a cue stays local and the finder
    stays linear even on text without full stops."""
    out: list[Sentence] = []
    for s in doc.sentences:
        first = s.first_token
        while s.last_token - first > _MAX_SENTENCE:
            cut = first + _MAX_SENTENCE
            for k in range(cut - 1, first + _MAX_SENTENCE // 3, -1):
                if doc.tokens[k].text in {",", ";", ":"}:
                    cut = k + 1
                    break
            out.append(Sentence(doc.tokens[first].start, doc.tokens[cut - 1].end, first, cut, s.paragraph))
            first = cut
        if first == s.first_token:
            out.append(s)
        elif first < s.last_token:
            out.append(Sentence(doc.tokens[first].start, s.end, first, s.last_token, s.paragraph))
    return out


def _title_like(words: list[str]) -> bool:
    """A name or a title ("The Internet Explorer 6 Countdown") rather than something said."""
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    small = sum(
        1 for w in words if w.lower() in {"of", "the", "a", "an", "and", "in", "on", "for", "to", "vs.", "at"}
    )
    return caps + small >= len(words) and caps >= 2 and words[-1][-1:] not in ".!?,"


def _stems(text: str) -> set[str]:
    """Crude stems of content words ("korea" for Korea and Korean), to tie a verdict to a claim."""
    return {
        w[:5] if len(w) <= 6 else w[:6]
        for w in re.findall(r"[a-z]+", text.lower())
        if len(w) > 2 and w not in _STEM_STOP
    }


def find_claims(doc: Doc, entities: list[Entity]) -> list[Claim]:
    """Attributed statements of `doc`, their sources resolved against `entities`."""
    return _Finder(doc, entities).run()
