"""Who a claim's source is: the entity a name, pronoun or role noun refers to.

Resolution only reads the entity list it is given (names, aliases, roles, mentions), so it
works with whatever the entity recogniser finds and returns None when nothing fits: a group
("critics", "some analysts") or a name nobody recognised stays a source without a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from newsclaims.models import Entity
from newsclaims.nlp.cues import DETERMINERS, GROUP_HEADS, PERSON_PRONOUNS

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_POSTMODIFIER = re.compile(r"\s(?:of|from|at|for|with|in)\s")
_NOT_SPEAKERS = frozenset({"DATE", "EVENT"})
_ORG_TYPES = frozenset({"ORGANIZATION", "NORP", "LOCATION"})


def _norm(s: str) -> str:
    return " ".join(_POSSESSIVE.sub("", w) for w in s.lower().split())


class SourceResolver:
    """Resolves source spans to entity keys against one article's entities."""

    def __init__(self, entities: list[Entity]) -> None:
        # a date or an event says nothing: only people, bodies, groups and places can be speakers
        entities = [e for e in entities if e.type not in _NOT_SPEAKERS]
        self.entities = entities
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
        if hit is not None:
            return hit
        people = self._by_last.get(key)
        if people and len({p.key for p in people}) == 1:
            return people[0]
        return None

    def _mentions_in(self, a: int, b: int) -> list[Entity]:
        k = bisect_left(self._mention_starts, a)
        out = []
        while k < len(self._mentions) and self._mentions[k][0] < b:
            if self._mentions[k][1] <= b:
                out.append(self.entities[self._mentions[k][2]])
            k += 1
        return out

    def _recent(self, before: int, fits) -> Entity | None:
        """The entity of the latest mention ending before `before` that `fits`."""
        k = bisect_left(self._mention_starts, before) - 1
        while k >= 0:
            _, end, i = self._mentions[k]
            if end <= before and fits(self.entities[i]):
                return self.entities[i]
            k -= 1
        return None

    def recent_mention(self, before: int, not_before: int, etype: str) -> tuple[tuple[int, int], str] | None:
        """The latest mention of an entity of `etype` in [not_before, before): its span and key."""
        k = bisect_left(self._mention_starts, before) - 1
        while k >= 0 and self._mentions[k][0] >= not_before:
            start, end, i = self._mentions[k]
            if end <= before and self.entities[i].type == etype:
                return (start, end), self.entities[i].key
            k -= 1
        return None

    def resolve(self, start: int, end: int, text: str, previous: Entity | None = None) -> str | None:
        """Entity key for the source `text` at [start, end); `previous` is the last speaker nearby."""
        words = _WORD.findall(text)
        if not words:
            return None
        lower = [w.lower() for w in words]
        if len(words) == 1 and lower[0] in PERSON_PRONOUNS:
            if previous is not None and previous.type == "PERSON":
                return previous.key
            hit = self._recent(start, lambda e: e.type == "PERSON")
            return hit.key if hit else None
        if len(words) == 1 and lower[0] in {"it", "they"}:
            if previous is not None and previous.type != "PERSON":
                return previous.key
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
        for a, b in ((start, head_end), (start, end)):
            inside = self._mentions_in(a, b)
            people = [e for e in inside if e.type == "PERSON"]
            if people:
                return people[-1].key
            orgs = [e for e in inside if e.type in _ORG_TYPES]
            if orgs and lower[0] not in DETERMINERS - {"the"}:
                return orgs[-1].key
        head = _POSSESSIVE.sub("", lower[-1])
        if head in GROUP_HEADS or (
            head.endswith("s") and not words[-1][:1].isupper() and head not in {"news", "press"}
        ):
            return None
        if not words[-1][:1].isupper():
            return self._by_role(head, start)
        for w in reversed(words):
            if w[:1].isupper():
                hit = self.by_name(w)
                if hit is not None:
                    return hit.key
        return None

    def _by_role(self, head: str, before: int) -> str | None:
        """ "the sculptor" -> the entity whose roles name a sculptor; "the ministry" -> the Ministry."""
        pattern = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)

        def has_role(e: Entity) -> bool:
            return any(pattern.search(r) for r in e.roles)

        def org_named(e: Entity) -> bool:
            return e.type == "ORGANIZATION" and pattern.search(e.name) is not None

        for fits in (has_role, org_named):
            hit = self._recent(before, fits)
            if hit is None:
                matches = [e for e in self.entities if fits(e)]
                hit = matches[0] if len(matches) == 1 else None
            if hit is not None:
                return hit.key
        return None
