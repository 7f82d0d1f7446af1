"""Word lists for claims: reporting verbs and nouns, hedges, groups, and status phrases.

Each list states a general fact about English news writing (which verbs report speech, which
adverbs hedge a statement); none is fitted to one article. Patterns are compiled once at import.
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` as a set (word lists read best as prose)."""
    return frozenset(text.split())


# Reporting verbs by lemma, with the inflected forms news uses. Mental-state verbs ("believe",
# "think") report a stance just as speech verbs report words, so they count as cues too.
_VERB_FORMS = """
say says said saying
state states stated stating
claim claims claimed claiming
accuse accuses accused accusing
announce announces announced announcing
argue argues argued arguing
believe believes believed believing
note notes noted noting
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
highlight highlights highlighted highlighting
stress stresses stressed stressing
underline underlines underlined underlining
add adds added adding
explain explains explained explaining
observe observes observed observing
find finds found
show shows showed shown
demonstrate demonstrates demonstrated
discover discovers discovered
feel feels felt
worry worries worried
reckon reckons reckoned
recount recounts recounted
calculate calculates calculated
project projects projected
accept accepts accepted
estimate estimates estimated estimating
conclude concludes concluded concluding
report reports reported reporting
warn warns warned warning
insist insists insisted insisting
deny denies denied denying
admit admits admitted admitting
confirm confirms confirmed confirming
suggest suggests suggested suggesting
think thinks thought
write writes wrote writing
tweet tweets tweeted tweeting
posted
assert asserts asserted asserting
allege alleges alleged alleging
acknowledge acknowledges acknowledged acknowledging
predict predicts predicted predicting
reveal reveals revealed revealing
indicate indicates indicated indicating
maintain maintains maintained maintaining
contend contends contended contending
charge charged
complain complains complained complaining
agree agrees agreed agreeing
promise promises promised promising
recall recalls recalled recalling
remark remarks remarked remarking
declare declares declared declaring
testify testifies testified testifying
theorize theorizes theorized theorizing theorise theorises theorised
speculate speculates speculated speculating
comment comments commented commenting
reply replies replied replying
respond responds responded responding
tell tells told telling
inform informs informed informing
assure assures assured assuring
remind reminds reminded reminding
explain explains explained explaining
mention mentions mentioned mentioning
stress stresses stressed stressing
caution cautions cautioned cautioning
hint hints hinted hinting
concede concedes conceded conceding
boast boasts boasted boasting
vow vows vowed vowing
pledge pledges pledged pledging
forecast forecasts forecasted
dub dubs dubbed
characterize characterizes characterized characterise characterises characterised
describe describes described
call calls called calling
point points pointed pointing
read reads
ask asks asked
wonder wonders wondered
urge urges urged
plead pleads pleaded
shout shouts shouted
exclaim exclaims exclaimed
whisper whispers whispered
email emails emailed
texted
interpret interprets interpreted
reiterate reiterates reiterated reiterating
disclose discloses disclosed disclosing
clarify clarifies clarified clarifying
affirm affirms affirmed affirming
rule rules ruled
determine determines determined
hope hopes hoped
fear fears feared
expect expects expected
suspect suspects suspected
doubt doubts doubted
recommend recommends recommended
propose proposes proposed
demand demands demanded
continue continues continued
quip quips quipped
joke jokes joked
counter counters countered
retort retorts retorted
answer answers answered
signal signals signaled signalled
imply implies implied
understand understood
acknowledge acknowledges acknowledged
"""

VERB_LEMMA: dict[str, str] = {}
for _line in _VERB_FORMS.strip().splitlines():
    _forms = _line.split()
    for _form in _forms:
        VERB_LEMMA.setdefault(_form, _forms[0])

# Verbs whose first object is the hearer ("told reporters that ..."): skip it to reach the content.
HEARER_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn"})
# "describe X as Y", "characterize X as Y", "dub X Y": the content is what follows "as".
AS_VERBS = frozenset({"describe", "characterize", "dub", "interpret"})
# Verbs that only report when a clause follows ("found that", "showed that"); on their own they
# are ordinary verbs ("found a wallet", "posted a photo").
NEEDS_THAT = word_set(
    """find posted report claim recall suggest declare maintain mention reveal indicate charge rule
    determine hope fear expect suspect doubt recommend propose demand signal imply understand answer
    counter point show discover demonstrate feel worry reckon recount calculate project accept
    acknowledge admit concede"""
)
# Verbs that are very often not reporting ones unless a clause or a quote follows.
WEAK_VERBS = word_set(
    "add agree respond reply comment promise vow pledge tweet posted continue quip joke retort"
)

# Verbs of writing, calling, asking: a claim only with "that" or a quotation ("wrote a book",
# "asked for help" are not claims; '"Why now?" she asked' quotes her).
QUOTE_OR_THAT = word_set(
    "write tweet posted continue quip joke retort call read ask wonder urge plead shout exclaim whisper email text"
)

# Reporting nouns: "her claim that ...", "in a statement".
REPORT_NOUNS = word_set("""claim claims assertion assertions statement statements announcement announcements
    allegation allegations suggestion argument belief insistence warning warnings remarks
    comments report reports testimony admission contention view""")

# Words that can stand between a subject and its verb without being part of either.
ADVERBS = word_set("""also previously later then recently repeatedly once further publicly earlier again first
    personally simply quickly reportedly allegedly reportedly initially subsequently privately
    separately similarly additionally however now today yesterday still already just even
    openly officially formally flatly strongly firmly""")

AUXILIARIES = word_set(
    "has have had is was were are be been being will would can could may might shall should must did does do"
)
BE_FORMS = word_set("is was were are be been being am")

DETERMINERS = word_set("""the a an this that these those some many several other another his her its their our
    my your both all most few each every any no one two three four""")
PRONOUNS = word_set("he she they it we i you")
PERSON_PRONOUNS = word_set("he she")

# Function words that end a noun phrase when walking back from a verb.
NP_STOP = word_set("""and or but nor so yet while whereas when where because since although though if unless
    that which who whom whose what why how as than to in on at for with by from after before
    during about into onto over under through against between among without within upon
    via per despite until till like near not no also is was were are be been being has have had
    will would can could may might shall should must did does do there here""")
# Strong hedges that make a sentence a claim even with nobody named as its source.
_UNATTRIBUTED = (
    r"allegedly|reportedly|purportedly|supposedly|perhaps|unconfirmed|rumou?red"
    r"|(?:is|are|was|were)\s+(?:widely\s+)?(?:believed|thought|said|rumou?red|reported|alleged)\s+to"
    r"|may\s+have|may\s+be|might\s+have"
)
UNATTRIBUTED_HEDGE = re.compile(rf"\b(?:{_UNATTRIBUTED})\b", re.IGNORECASE)
# The lower-case beginnings of the first word of each phrase pattern here, so that the claim
# finder tries a pattern only at tokens that can open it (`claims._Finder.scan`); a test checks
# that this finds exactly what `finditer` finds.
UNATTRIBUTED_FIRST = ("allegedly", "reportedly", "purportedly", "supposedly", "perhaps", "unconfirmed", "rumo",
                      "is", "are", "was", "were", "may", "might")
HEDGE_FIRST = ("may", "might", "could", "is", "are", "was", "were", "i", "kind", "sort", "seem", "appear",
               "likely", "unlikely", "alleged", "reported", "purported", "supposed", "apparent", "possib", "probab",
               "perhaps", "maybe", "presum", "seeming", "unconfirmed", "unverified", "rumo")
HEDGE_PHRASE = re.compile(
    r"\b(?:may\s+have|might\s+have|could\s+have|(?:is|are|was|were)\s+(?:believed|thought|said|reported|alleged)\s+to"
    r"|I\s+think|I\s+believe|I\s+thought|kind\s+of|sort\s+of|seems?|seemed|appears?\s+to|likely|unlikely"
    r"|allegedly|alleged|reportedly|purportedly|supposedly|apparently|possibly|probably|perhaps|maybe"
    r"|presumably|seemingly|unconfirmed|unverified|rumou?red|might|may|could)\b",
    re.IGNORECASE,
)

# Plural or indefinite groups: a source, but no single entity ("critics", "some analysts").
GROUP_HEADS = word_set("""critics supporters analysts experts observers officials residents witnesses sources
    people observers activists scientists researchers opponents protesters protestors locals
    investigators authorities diplomats lawmakers legislators commentators reports posts others
    many some several individuals members users fans campaigners economists doctors
    police""")
# People around someone ("sources close to X", "allies of X", "aides to X"): a group that speaks,
# never the person it is around.
AROUND_SOMEONE = GROUP_HEADS | word_set("allies aides friends associates insiders confidants")

# The article's own judgement on a claim.
UNVERIFIED = re.compile(
    r"\b(?:(?:remains?|remained|is|are|was|were|be|been)\s+(?:still\s+|as\s+yet\s+|yet\s+)?"
    r"(?:unverified|unconfirmed|unsubstantiated|unproven)"
    r"|(?:could|can|cannot|can't|has|have|had)\s+(?:not\s+)?(?:yet\s+)?(?:been\s+|be\s+)?(?:independently\s+)?(?:verified|confirmed|verify|confirm)\b(?!\s+(?:that|whether|if)\b)"
    r"|(?:no|without)\s+(?:providing\s+|offering\s+|giving\s+)?(?:any\s+)?(?:concrete\s+|independent\s+|hard\s+|firm\s+)?(?:evidence|proof|confirmation|verification)"
    r"|(?:did|does|do)\s+not\s+(?:provide|offer|give|present|cite)\s+(?:any\s+)?evidence"
    r"|(?:absence|lack)\s+of\s+(?:any\s+)?(?:independent\s+|concrete\s+)?(?:verification|confirmation|evidence|proof))\b",
    re.IGNORECASE,
)
UNVERIFIED_FIRST = ("remain", "is", "are", "was", "were", "be", "been", "could", "can", "has", "have", "had",
                    "no", "without", "did", "does", "do", "absence", "lack")
DISPUTED_FIRST = ("den", "disput", "contradict", "refut", "reject", "question", "dismiss", "challeng", "contest",
                  "debunk", "cast", "doubt", "falsely", "baselessly", "wrongly", "erroneously", "disagree", "is",
                  "are", "was", "were", "be", "been", "proved", "proven", "appear", "seem")
DISPUTED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|refut(?:e|es|ed|ing)"
    r"|reject(?:s|ed|ing)?|question(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|challeng(?:e|es|ed|ing)"
    r"|contest(?:s|ed|ing)?|debunk(?:s|ed|ing)?|cast(?:s|ing)?\s+doubt\s+on|doubt(?:s|ed)?"
    r"|falsely|baselessly|wrongly|erroneously|disagree(?:s|d|ing)?"
    r"|(?:is|are|was|were|be|been|proved|proven|(?:appears?|appeared|seems?|seemed)\s+to\s+be)\s+"
    r"(?:false|untrue|incorrect|inaccurate|baseless"
    r"|unfounded|misleading|wrong))\b",
    re.IGNORECASE,
)
# Nouns that name a claim, so that "denied the allegations" can be tied to one.
CLAIM_NOUNS = word_set("""claim claims allegation allegations report reports statement statements assertion
    assertions account accounts remarks comments figures version story accusation accusations
    suggestion suggestions narrative information estimate estimates forecast forecasts projection
    projections prediction predictions figure findings criticism criticisms characterization characterisation
    characterizations characterisations""")
