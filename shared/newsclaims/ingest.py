"""Ingest logic: decode, validate and normalise an article, and give it a stable identity.

Pure functions, no AWS: the Ingest function and the CLI call them, the storage module records
the result. Every way an article can be wrong raises a specific `ArticleRejected` subclass.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import ValidationError

from newsclaims.errors import (
    ArticleTooLarge,
    BinaryContent,
    EmptyArticle,
    InvalidArticle,
    InvalidEncoding,
    UnsupportedContentType,
    UnsupportedLanguage,
)
from newsclaims.models import ArticleIn

SUPPORTED_LANGUAGES = frozenset({"en"})
CONTENT_TYPES = {".json": "application/json", ".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}
MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class NormalisedArticle:
    """An accepted article: the text the extractor sees and the identity of this version."""

    article_id: str
    content_sha256: str
    text: str
    title: str | None
    url: str | None
    source: str | None
    published_at: datetime
    language: str
    origin: str | None = None  # where it came from (an S3 URI), when known


# --- decoding -------------------------------------------------------------------------------


def content_type_for(name: str, declared: str | None = None) -> str:
    """The media type of an article file from its declared type or its name's ending."""
    if declared:
        media = declared.split(";")[0].strip().lower()
        if media in {"application/json", "text/plain", "text/html"}:
            return media
    lowered = name.lower()
    for suffix, media in CONTENT_TYPES.items():
        if lowered.endswith(suffix):
            return media
    raise UnsupportedContentType(
        f"cannot read {declared or 'an object named ' + repr(name.rsplit('/', 1)[-1])}: "
        "send .json, .txt or .html (application/json, text/plain, text/html)"
    )


def decode_body(body: bytes, max_bytes: int) -> str:
    """Bytes to text: enforce the size limit, refuse binary data and invalid UTF-8."""
    if len(body) > max_bytes:
        raise ArticleTooLarge(f"article is {len(body)} bytes; the limit is {max_bytes}")
    if b"\x00" in body[:65536]:
        raise BinaryContent("article body contains NUL bytes: binary data, not text")
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidEncoding(f"article is not valid UTF-8 (byte {exc.start})") from None
    control = sum(1 for ch in text[:65536] if ch < " " and ch not in "\n\r\t\f")
    if control > max(8, len(text[:65536]) // 100):
        raise BinaryContent("article body is mostly control characters: binary data, not text")
    return text


def parse_article(body: bytes, content_type: str, max_bytes: int) -> ArticleIn:
    """An `ArticleIn` from a raw body of the given media type (JSON, plain text or HTML)."""
    text = decode_body(body, max_bytes)
    if content_type == "application/json":
        try:
            return ArticleIn.model_validate_json(text)
        except ValidationError as exc:
            raise InvalidArticle(describe_validation_error(exc)) from None
    if content_type == "text/html":
        return ArticleIn(html=text)
    return ArticleIn(text=text)


def parse_article_json(data: object) -> ArticleIn:
    """An `ArticleIn` from already-decoded JSON (an HTTP body or an inline SQS message)."""
    try:
        return ArticleIn.model_validate(data)
    except ValidationError as exc:
        raise InvalidArticle(describe_validation_error(exc)) from None


def describe_validation_error(exc: ValidationError) -> str:
    """A short, caller-facing description of what is wrong (field and problem, no input echo)."""
    parts = []
    for error in exc.errors(include_url=False, include_input=False)[:5]:
        where = ".".join(str(p) for p in error["loc"]) or "body"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts) or "invalid article"


# --- HTML to text -----------------------------------------------------------------------------

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "header", "footer",
                   "aside", "form", "button", "select", "iframe", "figure", "menu", "dialog"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
                    "li", "ul", "ol", "blockquote", "br", "tr", "table", "pre", "dd", "dt", "hr"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "col", "embed"})
# Containers whose class or id says they are page furniture, not the story.
_FURNITURE = re.compile(r"(^|[\s_-])(nav|menu|cookie|consent|banner|sidebar|related|most-read|share|social|"
                        r"newsletter|promo|advert|ad|subscribe|comments?|breadcrumbs?|footer|header)($|[\s_-])", re.I)
_MAX_DEPTH = 400


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self.skip_depth = 0
        self.parts: list[str] = []
        self.article_parts: list[str] | None = None
        self.in_article = 0
        self.title: list[str] = []
        self.h1: list[str] = []
        self.in_title = False
        self.in_h1 = False
        self.in_jsonld = False
        self.jsonld: list[str] = []
        self.meta_published: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "meta":
            prop = (attributes.get("property") or attributes.get("name") or "").lower()
            if prop in {"article:published_time", "datepublished", "date", "pubdate"} and not self.meta_published:
                self.meta_published = attributes.get("content")
            return
        if tag in _VOID:
            if tag in {"br", "hr"} and not self.skip_depth:
                self._emit("\n")
            return
        if tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self.in_jsonld = True
        furniture = bool(_FURNITURE.search(f"{attributes.get('class', '')} {attributes.get('id', '')}"))
        skipping = tag in _SKIP or (furniture and tag not in {"article", "main", "body", "html"}) or (
            attributes.get("aria-hidden") == "true" or "hidden" in attributes)
        if len(self.stack) >= _MAX_DEPTH:
            return  # absurd nesting: keep text, stop tracking structure
        self.stack.append((tag, skipping))
        if skipping:
            self.skip_depth += 1
        if tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "article" and not self.skip_depth:
            self.in_article += 1
            if self.article_parts is None:
                self.article_parts = []
        if tag in _BLOCK and not self.skip_depth:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_jsonld = False
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            open_tag, skipping = self.stack.pop()
            if skipping:
                self.skip_depth -= 1
            if open_tag == "article" and self.in_article and not self.skip_depth:
                self.in_article -= 1
            if open_tag == tag:
                break
        if tag in _BLOCK and not self.skip_depth:
            self._emit("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_jsonld:
            self.jsonld.append(data)
            return
        if self.in_title:
            self.title.append(data)
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1.append(data)
        self._emit(data)

    def _emit(self, data: str) -> None:
        self.parts.append(data)
        if self.in_article and self.article_parts is not None:
            self.article_parts.append(data)

    def published(self) -> str | None:
        for block in self.jsonld:
            found = re.search(r'"datePublished"\s*:\s*"([^"]+)"', block)
            if found:
                return found.group(1)
        return self.meta_published


def _strip_tags(markup: str) -> str:
    return html_lib.unescape(re.sub(r"<[^>]*>", " ", markup))


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str
    title: str | None
    published_at: str | None


def html_to_text(html: str) -> HtmlPage:
    """The story of an HTML page as plain text: the <article> when there is one, without
    scripts, styles, navigation, banners and other page furniture; paragraphs kept apart."""
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:
        # the standard library's parser gives up on some malformed declarations ("<![;"):
        # keep what it read, and the rest with its tags stripped
        parser.parts.append(_strip_tags(parser.rawdata))
    body = "".join(parser.article_parts) if parser.article_parts and "".join(parser.article_parts).strip() else "".join(parser.parts)
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in body.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = " ".join("".join(parser.h1).split()) or " ".join("".join(parser.title).split()) or None
    return HtmlPage(text=text, title=title, published_at=parser.published())


# --- normalisation ----------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")


def normalise_text(text: str) -> str:
    """NFC, one newline convention, no control or zero-width characters, tidy blank lines.

    Letters are not folded: look-alike letters in names are kept so that offsets stay true to
    the text; the extractor gives such names their Latin spelling in `name` and `key`.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text).replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --- language ---------------------------------------------------------------------------------

_FUNCTION_WORDS = {
    "en": ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "he", "it", "as", "at", "by", "from", "his", "be", "have", "are", "has", "said", "were", "an", "its", "but", "not", "they", "which", "who", "will", "this", "their"],
    "fr": ["le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "que", "qui", "dans", "pour", "pas", "sur", "au", "aux", "par", "avec", "il", "elle", "ce", "son", "sa", "ont", "été", "être", "sont", "cette", "mais"],
    "de": ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des", "auf", "für", "im", "dem", "auch", "es", "sie", "wird", "wurde", "bei", "nach", "aus", "sind", "hat"],
    "es": ["el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "con", "para", "es", "se", "al", "lo", "su", "sus", "como", "más", "pero", "fue", "ha", "son", "este", "esta", "entre"],
    "it": ["il", "lo", "la", "gli", "le", "di", "del", "della", "e", "che", "un", "una", "per", "con", "non", "è", "sono", "nel", "nella", "al", "alla", "da", "come", "ma", "più", "anche"],
    "pt": ["o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "que", "um", "uma", "para", "com", "não", "é", "se", "por", "mais", "foi", "como", "ao", "pelo", "pela"],
    "nl": ["de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "die", "niet", "aan", "er", "ook", "als", "bij", "door", "werd"],
}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, by function-word counts over its first 20,000
    characters; 'und' when there is too little text to tell."""
    sample = text[:20_000]
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return "und"
    letters = [ch for w in words[:2000] for ch in w]
    latin = sum(1 for ch in letters if ch < "\u0250")
    if latin < len(letters) * 0.5:
        for script, code in (("CYRILLIC", "ru"), ("ARABIC", "ar"), ("CJK", "zh"), ("HANGUL", "ko"),
                             ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("GREEK", "el"), ("HEBREW", "he")):
            if sum(1 for ch in letters[:500] if script in unicodedata.name(ch, "")) > len(letters[:500]) * 0.3:
                return code
        return "und"
    counts = {lang: 0 for lang in _FUNCTION_WORDS}
    vocab = {lang: frozenset(ws) for lang, ws in _FUNCTION_WORDS.items()}
    for word in words[:5000]:
        for lang, ws in vocab.items():
            if word in ws:
                counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] == 0:
        return "und"
    # English wins ties: names and headlines carry few function words of any language
    return "en" if counts["en"] >= counts[best] * 0.8 else best


# --- identity ---------------------------------------------------------------------------------

_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$|ocid$)", re.I)


def canonical_url(url: str) -> str:
    """The URL with its host lower-cased, fragment, tracking parameters and trailing slash removed."""
    parts = urlsplit(url.strip())
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def article_id_for(url: str | None, text: str) -> str:
    """16 hex digits, stable for the article: from its canonical URL, else from its text."""
    basis = f"url:{canonical_url(url)}" if url else f"text:{text}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def content_sha256(title: str | None, text: str) -> str:
    return hashlib.sha256(f"{title or ''}\n\n{text}".encode()).hexdigest()


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def normalise_article(article: ArticleIn, *, received_at: datetime | None = None,
                      fallback_id: str | None = None) -> NormalisedArticle:
    """Validate and normalise an article into the version the extractor will see.

    `fallback_id` names the article when it has no URL but a stable origin (an S3 key), so that
    an edited file makes a new version of the same article rather than a new article.
    """
    if (article.text is None) == (article.html is None):
        raise InvalidArticle("exactly one of 'text' and 'html' must be given")
    title = article.title
    published = article.published_at
    if article.html is not None:
        page = html_to_text(article.html)
        raw_text = page.text
        title = title or page.title
        published = published or _parse_date(page.published_at)
        if not raw_text.strip():
            raise EmptyArticle("the HTML page has no article text (only scripts, navigation or markup)")
    else:
        raw_text = article.text or ""
    text = normalise_text(raw_text)
    if not text:
        raise EmptyArticle("article text is empty")
    if len(_WORD.findall(text[:2000])) < MIN_WORDS:
        raise EmptyArticle(f"article text has fewer than {MIN_WORDS} words")
    if title is None:
        first_line = text.split("\n", 1)[0].strip()
        title = first_line[:300] if first_line and "\n" in text else None
    language = (article.language or detect_language(text)).split("-")[0].lower()
    if language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(
            f"article language is {language!r}; supported: {', '.join(sorted(SUPPORTED_LANGUAGES))}"
        )
    if published is None:
        published = received_at or datetime.now(UTC)
    elif published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    if article.url:
        article_id = article_id_for(article.url, text)
    elif fallback_id:
        article_id = hashlib.sha256(f"origin:{fallback_id}".encode()).hexdigest()[:16]
    else:
        article_id = article_id_for(None, text)
    return NormalisedArticle(
        article_id=article_id,
        content_sha256=content_sha256(title, text),
        text=text,
        title=title,
        url=canonical_url(article.url) if article.url else None,
        source=article.source,
        published_at=published.astimezone(UTC),
        language=language,
        origin=fallback_id,
    )


def json_loads(body: str | bytes) -> object:
    """json.loads that reports a caller-facing error."""
    try:
        return json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidArticle(f"body is not valid JSON: {exc.msg if hasattr(exc, 'msg') else exc}") from None
