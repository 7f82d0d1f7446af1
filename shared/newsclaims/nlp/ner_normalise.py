"""Normalised spellings of names and the stable entity keys built from them.

A name keeps its mention offsets in the original text; only `name` and `key` are normalised:
typographic apostrophes and dashes become ASCII, and a Latin word with Cyrillic or Greek letters
mixed in (a copy-paste or transliteration slip such as "Beloусов") is written in Latin letters.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

# Cyrillic and Greek letters drawn exactly like a Latin letter.
_LOOKALIKE = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеѕіјорсхуԁһӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧοϲνι",
    "ABESIJKMHOPCTXYaesijopcxydhlABEZHIKMNOPTYXocvi",
)
# Transliteration (BGN/PCGN-like) of Cyrillic for a word that is partly Latin, partly Cyrillic.
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
    "ў": "u",
}
_GREEK = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}
_TRANSLIT = {**_CYRILLIC, **_GREEK}
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_WORD = re.compile(r"\w+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _script(ch: str) -> str:
    if ch < "\u0250":
        return "latin"
    if "\u0370" <= ch < "\u0400":
        return "greek"
    if "\u0400" <= ch < "\u0530":
        return "cyrillic"
    return "other"


def _transliterate(ch: str) -> str:
    low = ch.lower()
    out = _TRANSLIT.get(low, ch)
    return out.capitalize() if ch != low else out


def _fix_word(word: str) -> str:
    """A word mixing Latin with Cyrillic/Greek letters, written in Latin letters only."""
    scripts = {_script(c) for c in word if c.isalpha()}
    if "latin" not in scripts or not scripts & {"cyrillic", "greek"}:
        return word
    swapped = word.translate(_LOOKALIKE)
    if all(_script(c) == "latin" for c in swapped if c.isalpha()):
        # every foreign letter has a Latin twin: the writer meant those Latin letters
        return swapped
    # letters without a twin ("в", "л"): a transliterated tail, so transliterate the whole word
    return "".join(_transliterate(c) if _script(c) in ("cyrillic", "greek") else c for c in word)


def normalise_name(text: str) -> str:
    """`text` with ASCII apostrophes and hyphens, single spaces, and mixed-script words in Latin."""
    if text.isascii() and "  " not in text and "\n" not in text and "\t" not in text:
        return text
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).translate(_DASHES)
    text = " ".join(text.split())
    if text.isascii():
        return text
    return _WORD.sub(lambda m: _fix_word(m.group()), text)


@lru_cache(maxsize=65_536)
def slug(name: str) -> str:
    """ASCII slug: accents dropped, apostrophes removed, other non-alphanumerics become hyphens."""
    ascii_name = "".join(
        _TRANSLIT.get(c, c)
        for c in unicodedata.normalize("NFKD", normalise_name(name).lower())
        if not unicodedata.combining(c)
    )
    ascii_name = ascii_name.replace("'", "").replace(".", "")
    out = _NON_ALNUM.sub("-", ascii_name.encode("ascii", "ignore").decode()).strip("-")
    if not out:
        # a name in a script with no ASCII form still needs a stable key
        out = "u" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    return out[:180].rstrip("-")


def entity_key(entity_type: str, name: str) -> str:
    """`type-lowercase:ascii-slug`, the same for the same name in every article."""
    return f"{entity_type.lower()}:{slug(name)}"
