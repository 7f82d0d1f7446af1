"""Compose the large live-blog fixture (samplefixtures/080_summit_liveblog.txt) deterministically.

The file has to be larger than 1 MiB so that tests exercise the claim-check path (SQS takes at
most 1 MiB). It is built from a few dozen hand-written entries about an invented summit, mixed
with lead-in and closing sentences and varied slot values by a seeded random generator, so the
result reads like a long live blog rather than one block repeated verbatim. The same seed always
gives the same bytes: run it twice and `cmp` the outputs. Only `random.Random(SEED)` supplies the
variation (no clock, no hash-ordered sets), and the file is written as UTF-8 with `\n` newlines.

Usage: python scripts/make_liveblog_fixture.py [--output PATH]
"""

from __future__ import annotations

import argparse
import random
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 20260316
TARGET_BYTES = 1_180_000  # stop adding entries once the body reaches this size (limit: 1.1-1.3 MB)
DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "samplefixtures" / "080_summit_liveblog.txt"

FIRST_DAY = date(2026, 3, 16)
DAY_START = (7, 0)
DAY_END_MINUTES = 23 * 60 + 30

TITLE = (
    "Live: Geneva Water Security Summit – every update from the talks on shared rivers, drought and finance"
)

INTRO = (
    "GENEVA – Ministers, negotiators and campaigners from more than 90 countries are meeting at the "
    "Palais des Nations this week for the Geneva Water Security Summit, the first United Nations "
    "gathering devoted entirely to shared rivers, groundwater and drought. Talks are scheduled to end "
    "on Friday, but delegates have already warned that they could run into the weekend. Follow our "
    "live coverage below; all times are Central European Time."
)

# Hand-written entries. Slots in braces are filled from SLOTS below; everything else is fixed text.
ENTRIES: tuple[str, ...] = (
    "Summit chair Lucia Moretti opened the {session_word} session with a plea for speed. “We have "
    "spent ten years agreeing that water is a security issue. This week we have to agree on what to "
    "do about it,” Moretti told delegates from {deleg_n} countries in {hall}.",
    "Kenyan Water Minister Joseph Mwangi said that East African states would push for a shared drought "
    "early-warning fund of at least {bn} billion dollars. “A drought that we see coming six months early "
    "is a drought we can survive,” Mwangi said.",
    "“Half of my country is less than ten metres above the sea,” said Bangladeshi Environment Minister "
    "Farhana Rahman, “and the other half depends on rivers that start in someone else’s mountains.” "
    "Rahman is leading the push for binding language on shared river basins.",
    "The Dutch water envoy, Pieter van Dijk, said his government was ready to double its contribution "
    "to the adaptation facility, but only if other donors matched it. He added that the Netherlands "
    "would host a follow-up meeting in Rotterdam next year.",
    "Campaigners from the Blue Rivers Coalition staged a silent protest outside the Palais des Nations, "
    "holding up {bottles} empty plastic bottles. “Every hour of talking in there is an hour of pumping "
    "out here,” said Elif Demir, the coalition’s policy director.",
    "According to a draft text seen by our reporters, negotiators have dropped a reference to a “human "
    "right to water” from the preamble. The draft could not be independently verified, and the summit "
    "secretariat declined to comment on leaked documents.",
    "World Bank economist Daniel Osei told a side event in {room} that water scarcity could cost some "
    "regions up to six per cent of their economic output by 2050. “These are not abstract numbers. They "
    "are harvests and jobs,” Osei said.",
    "Unconfirmed reports in the Swiss press say the Egyptian delegation may have threatened to walk out "
    "over language on upstream dams. The claim was denied by Egyptian Irrigation Minister Karim Fathy, "
    "who told reporters that his team was “here until the last minute.”",
    "Chile’s chief negotiator, Valentina Rojas, has argued all week that glaciers must be named in the "
    "final text. “If the glaciers go, the rivers go with them,” she said on her way into {hall}.",
    "Andrés Quispe, a glaciologist at the Pontifical Catholic University of Peru, presented new "
    "measurements from the Cordillera Blanca in {room}. He said that several glaciers there had lost "
    "more than a third of their area since 2000.",
    "A spokeswoman for the UN Environment Programme said that {deleg_n} delegations had now signed up to "
    "the water data-sharing pledge, up from 41 on Monday morning.",
    "India’s lead negotiator, Arjun Mehta, reportedly objected to a proposal for an independent river "
    "basin monitoring body during closed-door talks, according to two delegates who were in the room. "
    "Mehta did not respond to a request for comment.",
    "The Swiss Foreign Ministry announced that Switzerland would provide 120 million francs over five "
    "years for cross-border water cooperation, the largest pledge so far from a single donor at the "
    "summit. Spokesman Marc Aebischer said the money would go mainly to projects in the Sahel and "
    "Central Asia.",
    "“We did not come to Geneva for a photograph,” Mwangi said in a short interview in the press room. "
    "“We came for money that arrives before the rivers dry, not after.”",
    "Moretti said negotiators had closed {pct} per cent of the bracketed text overnight. “The hard part "
    "is always the last twenty per cent,” she said. “That is where we are now.”",
    "Security around the Palais was tightened after a man allegedly tried to enter the conference area "
    "with a forged badge. Geneva police said he had been detained and that delegates had been in no "
    "danger.",
    "Rahman said that Bangladesh would not accept a text that treated sea-level rise and river "
    "management as separate issues. She said the two were “one problem with two names” for the "
    "people of the delta.",
    "Critics say the summit has given too much time to technical fixes such as desalination and too "
    "little to farming, which uses around 70 per cent of the world’s fresh water. Demir said the draft "
    "mentioned irrigation only twice.",
    "Van Dijk was quoted as saying in a Dutch newspaper that the summit was “closer to a deal than it "
    "looks from the outside.” His office later said the remark referred to the data-sharing pledge, "
    "not to the finance text.",
    "A group of Pacific island states released a joint statement calling for groundwater protection to "
    "be added to the agenda. According to the statement, seawater has reached drinking-water wells on "
    "at least nine islands in the past decade.",
    "Osei said the World Bank was prepared to guarantee loans for cross-border water projects, which "
    "private lenders have long regarded as too risky. He added that the details would be published in "
    "{month_word}.",
    "Negotiations in {hall} were suspended for {minutes} minutes after a disagreement over the wording "
    "of the finance paragraph. Delegates said the session had resumed with a new compromise text from "
    "the chair.",
    "Egyptian Irrigation Minister Karim Fathy said that Egypt supported the data-sharing pledge but would "
    "not sign any text that “ignores historic rights” to the Nile. He said his delegation had submitted "
    "its own wording to the chair.",
    "Some delegates reportedly left the evening reception early to work on the finance text in their "
    "hotel rooms, according to a member of the Chilean team.",
    "Rojas said the Latin American group had agreed a common position on glaciers overnight. “For once, "
    "we are speaking with one voice,” she said.",
    "Moretti told reporters that she was “cautiously optimistic” that a declaration could be adopted "
    "before the closing plenary. Asked whether the human right to water would return to the text, she "
    "said: “Everything is still on the table.”",
    "Elif Demir of the Blue Rivers Coalition said that at least {activists} activists had been refused "
    "accreditation to the conference area. “We were invited to a summit about shared water and then "
    "told to wait outside the gate,” she said.",
    "Mwangi told the plenary that his government had already lost {pct} per cent of its maize harvest "
    "in the north of the country this year. “Ask a farmer in Turkana what water security means,” he "
    "said. “He will show you an empty well.”",
)

LEADS: tuple[str, ...] = (
    "Here is the latest from the Palais des Nations.",
    "A quick update from the conference floor.",
    "News now from {hall}.",
    "Our correspondent {reporter} sends this from the press gallery.",
    "Back to the negotiations.",
    "One more from the corridors.",
    "Turning to the finance track.",
    "A development on the river basin text.",
    "From {room}, where the side events continue.",
    "Just in.",
    "Some context on the last hour.",
    "A reminder of where things stand.",
)

TAILS: tuple[str, ...] = (
    "{hall} was about {fill} per cent full at the time.",
    "Session {session} is running {minutes} minutes behind schedule.",
    "Interpreters in six languages were on duty.",
    "The next plenary is scheduled for {next_time}.",
    "Queues at the coffee bar in the delegates’ lounge stretched the length of the corridor.",
    "We will bring you more on this as it happens.",
    "Outside, the temperature in Geneva stood at {temp} degrees.",
    "The webcast of the session drew {viewers} viewers.",
    "The secretariat has published {docs} new documents on the summit website today.",
    "Delegations from {region} met separately in {room} afterwards.",
    "The press conference lasted {minutes} minutes.",
    "Tram line 15 to the Palais is running every six minutes this week.",
    "Photographers crowded the steps of the Palais as ministers arrived.",
    "The closing plenary is set for Friday afternoon.",
)

CONNECTORS: tuple[str, ...] = (
    "Elsewhere at the summit:",
    "Also this hour:",
    "In other news from Geneva:",
    "Separately:",
    "Meanwhile, in {room}:",
    "Earlier, away from the cameras:",
)

HALLS = ("the Assembly Hall", "Room XX", "Room XVII", "the Council Chamber", "the main plenary hall")
ROOMS = (
    "Room IX",
    "Room XII",
    "Room XXIII",
    "the E-Building auditorium",
    "the Serpent Bar annex",
    "Room VII",
)
REPORTERS = ("Nadia Keller", "Tom Brennan", "Aiko Mori", "Samuel Adeyemi", "Léa Fontaine")
REGIONS = (
    "the African Group",
    "the Pacific island states",
    "the Latin American group",
    "the Nordic countries",
    "the Gulf states",
    "Central Asia",
)
SESSION_WORDS = ("morning", "afternoon", "evening", "late-night", "resumed", "closing")
MONTH_WORDS = ("April", "May", "June", "September", "the autumn")


def _slots(rng: random.Random, now: datetime) -> dict[str, str]:
    nxt = now + timedelta(minutes=rng.choice((30, 45, 60, 90, 120)))
    return {
        "hall": rng.choice(HALLS),
        "room": rng.choice(ROOMS),
        "reporter": rng.choice(REPORTERS),
        "region": rng.choice(REGIONS),
        "session_word": rng.choice(SESSION_WORDS),
        "month_word": rng.choice(MONTH_WORDS),
        "deleg_n": str(rng.randint(62, 97)),
        "bn": str(rng.choice((2, 3, 4, 5))),
        "bottles": str(rng.randint(3, 40) * 10),
        "pct": str(rng.randint(12, 85)),
        "fill": str(rng.randint(30, 99)),
        "minutes": str(rng.randint(5, 95)),
        "session": str(rng.randint(1, 40)),
        "temp": str(rng.randint(-1, 14)),
        "viewers": f"{rng.randint(2, 90) * 1000:,}",
        "docs": str(rng.randint(2, 19)),
        "activists": str(rng.randint(2, 9) * 10),
        "next_time": nxt.strftime("%H:%M"),
    }


def _fill(template: str, slots: dict[str, str]) -> str:
    text = template.format(**slots)
    return text[0].upper() + text[1:]


def _draw(rng: random.Random, deck: list[int]) -> int:
    """Next entry index from a shuffled deck of all entries; a fresh shuffle when it runs out."""
    if not deck:
        fresh = list(range(len(ENTRIES)))
        rng.shuffle(fresh)
        deck.extend(fresh)
    return deck.pop(0)


def compose(seed: int = SEED, target: int = TARGET_BYTES) -> str:
    """Return the whole live blog (title line, blank line, paragraphs separated by blank lines)."""
    rng = random.Random(seed)
    paragraphs = [TITLE, INTRO]
    size = sum(len(p.encode("utf-8")) + 2 for p in paragraphs)
    now = datetime.combine(FIRST_DAY, datetime.min.time()).replace(hour=DAY_START[0], minute=DAY_START[1])
    day_no = 1
    paragraphs.append(f"{now:%A} {now.day} March – day {day_no}")
    deck: list[int] = []
    while size < target:
        slots = _slots(rng, now)
        sentences = []
        if rng.random() < 0.4:
            sentences.append(_fill(rng.choice(LEADS), slots))
        sentences.append(_fill(ENTRIES[_draw(rng, deck)], slots))
        if rng.random() < 0.5:
            sentences.append(_fill(rng.choice(CONNECTORS), slots))
            sentences.append(_fill(ENTRIES[_draw(rng, deck)], slots))
        for tail in rng.sample(TAILS, rng.choice((0, 1, 1, 2))):
            sentences.append(_fill(tail, slots))
        block = [f"{now:%H:%M} CET", " ".join(sentences)]
        paragraphs.extend(block)
        size += sum(len(p.encode("utf-8")) + 2 for p in block)
        now += timedelta(minutes=rng.choice((1, 1, 2, 2, 3)))
        if now.hour * 60 + now.minute > DAY_END_MINUTES:
            day_no += 1
            day = now.date() + timedelta(days=1)
            now = datetime.combine(day, datetime.min.time()).replace(
                hour=DAY_START[0], minute=rng.randint(0, 20)
            )
            header = f"{now:%A} {now.day} March – day {day_no}"
            paragraphs.append(header)
            size += len(header.encode("utf-8")) + 2
    paragraphs.append(f"{now:%H:%M} CET")
    paragraphs.append(
        "That is where we will end our live coverage of the Geneva Water Security Summit. Thank you for "
        "following along. A full report on the final declaration follows on our news pages."
    )
    return paragraphs[0] + "\n\n" + "\n\n".join(paragraphs[1:]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    data = compose().encode("utf-8")
    args.output.write_bytes(data)
    print(f"wrote {args.output} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
