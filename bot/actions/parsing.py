"""Pure helpers that read structured values out of a message. No I/O."""
from __future__ import annotations

import re
import unicodedata
from typing import Optional, Tuple

_WORD = re.compile(r"[a-zà-ÿ']+")

# Function words that tell Dutch and English apart in short chat messages.
_EN = set(
    "the a an and is are am i i'm im my me you your it it's this that what how who can could "
    "would should do does don't dont with for of to in on at have has he she his her they we "
    "our us son daughter child children kid kids help please want need talk someone thanks "
    "thank hello hi hey yes no bye there about not anything something being am been".split()
)
_NL = set(
    "de het een en is ben zijn ik mijn mn m'n me mij je jij jouw u uw wat hoe wie kan kun "
    "kunnen zou moet doe doet niet met voor van naar op aan heb heeft hij zij ze wij we ons "
    "onze zoon dochter kind kinderen hulp graag wil praten iemand bedankt dank hoi hallo "
    "ja nee doei er over iets dat die deze word wordt gepest school thuis ouders".split()
)
# Words that look the same in both languages do not count.
_BOTH = {"is", "me", "we", "hallo", "school"}

_NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20,
}

MAX_AGE = 27  # the catalogue serves children and young people up to 23; a little slack


def detect_language(text: str) -> Optional[str]:
    """'en' or 'nl' when the message clearly is one of them, else None (keep the last)."""
    if not text or text.startswith("/"):
        return None
    words = _WORD.findall(text.lower())
    en = sum(1 for w in words if w in _EN and w not in _BOTH)
    nl = sum(1 for w in words if w in _NL and w not in _BOTH)
    if en >= 1 and en > nl:
        return "en"
    if nl >= 1 and nl > en:
        return "nl"
    return None


def parse_age(text: str) -> Optional[int]:
    """An age in 0..MAX_AGE from '14', '14 jaar', 'veertien', 'van 9'. Ignores postcodes."""
    if text is None:
        return None
    s = str(text).lower()
    for m in re.finditer(r"(?<![\d])(\d{1,2})(?![\d])", s):
        n = int(m.group(1))
        if 0 <= n <= MAX_AGE:
            return n
    for w in _WORD.findall(s):
        if w in _NUMBER_WORDS and w not in ("een", "één", "one"):
            return _NUMBER_WORDS[w]
    return None


def parse_postcode(text: str) -> Optional[str]:
    """The 4 digits of a Dutch postcode ('7207', '7207 AB', '7207AB')."""
    m = re.search(r"(?<!\d)([1-9]\d{3})(?:\s?[a-zA-Z]{2})?(?!\d)", text or "")
    return m.group(1) if m else None


def normalize(text: str) -> str:
    s = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def slugify(text: str) -> str:
    return normalize(text).replace(" ", "-")


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def parse_contact(text: str) -> Optional[Tuple[Optional[str], Optional[str]]]:
    """(phone, email) from a message, or None if it holds neither."""
    text = (text or "").strip()
    m = _EMAIL.search(text)
    if m:
        return None, m.group(0)
    digits = re.sub(r"[^\d+]", "", text)
    if digits.startswith("+31"):
        digits = "0" + digits[3:]
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    if re.fullmatch(r"0\d{9}", digits):
        return digits, None
    return None


_NAME_PREFIX = re.compile(
    r"^(ik heet|mijn naam is|mn naam is|naam:?|ik ben|my name is|i am|i'm|it's|noem me)\s+",
    re.IGNORECASE,
)


def clean_first_name(text: str) -> Optional[str]:
    s = _NAME_PREFIX.sub("", (text or "").strip()).strip(" .!,")
    if not s or len(s) > 40 or any(ch.isdigit() for ch in s) or "@" in s:
        return None
    return s.split()[0].capitalize() if len(s.split()) > 2 else s
