"""Text normalisation for the crisis guard (standard library only).

Chat messages are written fast: no accents, letters repeated for emphasis ("dooooood"),
chat spellings ("k wil nie meer", "mn pa", "w8 ff"), leetspeak ("z3lfm00rd"), censoring
("z*lfmoord"), spaced letters ("z e l f m o o r d") and words glued together
("ikwilnietmeerleven"). `Normaliser.normalise` turns such a message into a plain
lower-case, space-separated token string that the pattern families in `rules` can match.

Nothing here logs or stores the text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

# Emoji that carry meaning for the guard. Laughing faces become "haha" (a hint of joking
# that only weak, hyperbole-prone rules listen to); weapons and pills become words.
EMOJI = {
    "\U0001F52A": " mes ",        # kitchen knife
    "\U0001F5E1": " mes ",        # dagger
    "\U0001F52B": " pistool ",    # pistol
    "\U0001F48A": " pillen ",     # pill
    "\U0001FAA2": " touw ",       # knot
    "\U0001FA78": " bloed ",      # drop of blood
    "\U0001F602": " haha ",       # face with tears of joy
    "\U0001F923": " haha ",       # rolling on the floor laughing
    "\U0001F606": " haha ",
    "\U0001F605": " haha ",
    "\U0001F480": " haha ",       # skull: "im dead 💀" means laughing
    "\u2620": " haha ",
}

# Chat spellings and English contractions -> standard words (after apostrophes are removed).
CHAT: Dict[str, str] = {
    # Dutch
    "k": "ik", "ikke": "ik", "ic": "ik",
    "mn": "mijn", "mjn": "mijn", "myn": "mijn", "mijne": "mijn", "m'n": "mijn", "mien": "mijn",
    "zn": "zijn", "zyn": "zijn",
    "nie": "niet", "ni": "niet", "nt": "niet", "nit": "niet", "nied": "niet", "niedt": "niet",
    "niks": "niets", "nix": "niets", "nx": "niets",
    "mr": "meer", "mer": "meer", "mear": "meer",
    "ff": "even", "effe": "even", "efkes": "even", "evn": "even",
    "w8": "wacht", "gwn": "gewoon", "gewn": "gewoon", "gwoon": "gewoon", "egt": "echt",
    "ech": "echt", "eigl": "eigenlijk", "eig": "eigenlijk", "sws": "sowieso",
    "wa": "wat", "da": "dat", "dat": "dat", "wnt": "want", "omda": "omdat", "wrm": "waarom",
    "iemnd": "iemand", "iemant": "iemand", "ieman": "iemand",
    "mzelf": "mezelf", "mzlf": "mezelf", "mezlf": "mezelf", "mijzelf": "mezelf",
    "mezelve": "mezelf", "mijzelve": "mezelf", "mezelluf": "mezelf", "mezelfs": "mezelf",
    "zichzelve": "zichzelf", "zichzelluf": "zichzelf",
    "em": "hem", "m": "hem", "hm": "hem",
    "leve": "leven", "lefe": "leven", "lefen": "leven", "leeve": "leven", "leeven": "leven",
    "doot": "dood", "dod": "dood", "doodt": "dood", "dud": "dood", "dooj": "dood",
    "wl": "wil", "wil": "wil", "hb": "heb", "wr": "weer", "ff": "even", "wilt": "wil", "wll": "wil",
    "bn": "ben", "hb": "heb", "heb": "heb",
    "pls": "alsjeblieft", "plz": "alsjeblieft", "plis": "alsjeblieft", "aub": "alsjeblieft",
    "alsjeblieft": "alsjeblieft", "asjeblieft": "alsjeblieft", "asjeblief": "alsjeblieft",
    "snachts": "nachts", "smiddags": "middags", "savonds": "avonds", "sochtends": "ochtends",
    "nr": "naar", "nar": "naar", "tis": "het is", "tzijn": "het zijn",
    "thuys": "thuis", "tuis": "thuis",
    "sh": "selfharm", "zb": "zelfbeschadiging",
    "kwil": "ik wil", "kwou": "ik wou", "kben": "ik ben", "kheb": "ik heb", "kga": "ik ga",
    "kzie": "ik zie", "kdenk": "ik denk", "kvoel": "ik voel", "kweet": "ik weet", "kzit": "ik zit",
    "kmoet": "ik moet", "kzou": "ik zou", "kdoe": "ik doe", "kkan": "ik kan", "kdurf": "ik durf",
    "worde": "worden", "wore": "worden", "wordn": "worden", "ie": "hij", "dr": "haar", "pyn": "pijn", "vn": "van", "mss": "misschien", "tog": "toch",
    "vnavond": "vanavond", "vanavon": "vanavond", "vannacht": "vannacht", "snacht": "nachts",
    "slaad": "slaat", "slaadt": "slaat", "slaagt": "slaat", "schopd": "schopt",
    "mishandeld": "mishandeld", "mishandelt": "mishandelt",
    # English
    # English
    "im": "i am", "iam": "i am", "ima": "i am going to", "imma": "i am going to",
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "cant": "can not",
    "cannot": "can not", "wont": "will not", "isnt": "is not", "wasnt": "was not",
    "ive": "i have", "id": "i would", "youre": "you are", "hes": "he is", "shes": "she is",
    "theyre": "they are", "thats": "that is", "whats": "what is", "theres": "there is",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "tryna": "trying to",
    "u": "you", "ur": "your", "r": "are", "bc": "because", "cuz": "because", "coz": "because",
    "rn": "right now", "ppl": "people", "ppls": "people",
    "kms": "kill myself", "kmsl": "kill myself", "kys": "kill yourself",
    "unalive": "kill", "unaliving": "killing", "unalived": "killed", "unaliven": "killen",
    "sewerslide": "suicide", "suicid": "suicide", "sucide": "suicide", "ctb": "suicide",
    "selfharming": "selfharm", "selfharmed": "selfharm", "selfharmen": "selfharm",
    "od": "overdose", "oded": "overdosed", "odd": "overdosed", "oding": "overdosing",
    "myslef": "myself", "mysef": "myself", "myselff": "myself",
    "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
    "arent": "are not", "havent": "have not", "hasnt": "has not", "aint": "am not",
    "hed": "he would", "theyll": "they will",
    "lemme": "let me", "gimme": "give me", "dunno": "do not know", "idk": "i do not know", "idc": "i do not care", "ily": "i love you",
    "abt": "about", "rly": "really", "fr": "for real", "bf": "boyfriend", "gf": "girlfriend",
    "wana": "want to", "wna": "want to", "wnna": "want to", "alr": "already",
}

# Adjacent tokens whose concatenation is one of these words are joined ("zelf moord").
JOIN = {
    "zelfmoord", "zelfmoorden", "zelfmoordgedachten", "zelfdoding", "zelfbeschadiging",
    "zelfverwonding", "overdosis", "overdose", "mezelf", "myself", "mijzelf", "zichzelf",
    "selfharm", "selfharming", "unalive", "sewerslide", "afscheidsbrief", "suicide",
    "suicidaal", "suicidal", "doodgaan", "doodmaken", "naaktfotos", "naaktfoto", "dickpic",
    "dickpics", "huiselijk", "verkracht", "mishandeld", "mishandelt", "misbruikt", "aangerand",
    "doodsbedreiging", "doodsbedreigingen", "stiefvader", "stiefmoeder", "stiefpa",
    "zelfmoordpoging", "scheermesje",
}

# Long, distinctive words that are corrected when a token is one or two typos away.
KEYWORDS = (
    "zelfmoord", "zelfmoordgedachten", "zelfmoordpoging", "zelfdoding", "suicide", "suicidaal",
    "suicidale", "suicidal", "zelfbeschadiging", "zelfverwonding", "afscheidsbrief",
    "overdosis", "overdose", "mishandeld", "mishandelt", "mishandeling", "misbruikt",
    "verkracht", "verkrachting", "aangerand", "aanranding", "doodsbedreiging",
    "doodsbedreigingen", "bewusteloos", "achtervolgd", "ingebroken", "huiselijk",
    "stiefvader", "stiefmoeder", "paracetamol", "slaappillen", "scheermesje", "naaktfotos",
    "mezelf", "myself", "zichzelf", "gesneden", "geslagen", "geschopt", "betast",
    "unalive", "sewerslide", "selfharm", "ophangen", "doodgaan", "sterven", "zelfmoorden",
)

# Real words that are one or two edits away from a keyword and must never be "corrected".
NOT_TYPOS = frozenset(
    """
    aanraking aanraken geslapen gesloten geslaagd verkocht verkochten sterren sterke sterker
    gesneeuwd gesprongen verkouden bestaan bestaat overleden overleefd overleven stiefbroer
    stiefzus stiefzusje stiefbroertje verbrand verbranden bewust bewusteloos achtervolging
    misbruik mishandel mishandeling doodgaat mezelve zichzelve myselfs gesleten gestreken
    geslepen gesneuveld geschoten gestoken gescheiden geschapen ophalen opgehaald ophangt
    ophang opgehangen gesnoten geknipt snijden geslacht verkracht verkrachten sterkte
    uur uren klagen klaagt boosheid kalmeer kalmeren kitten kittens geschokt aangeslagen
    baal balen meen meent uitzette uitzetten afslaan wore
    """.split()
)

# Small words that may start or end a glued token ("ikwil", "kwil", "slaatme").
ANCHORS = frozenset(
    "ik k i me mij mijn mn my mezelf myself wil want hij ze zij he she niet nie meer dood "
    "leven die kill slaat slaan aan zit zitten".split()
)

# Frequent words that must never be split or "corrected". The detector adds every word
# that appears in its rules to this set.
COMMON = frozenset(
    """
    aan aal al alle alleen alles als altijd ander andere anders avond baan bal bang band bank
    bed beetje beide ben benen ber best beter bezig bij binnen blij blijf blijft boek boos
    brief broer broertje buiten dag dagen dan dank dat de deed dee den denk denkt der deur
    die dik dingen dit doe doen doet dom door dus echt een eens eerst eigen eigenlijk elke
    en er ergens eten even feest fiets film fijn ga gaan gaat gebeurd geen gek geld gelijk
    gemeen genoeg gewoon geweest gezegd goed groot had hadden haar half hallo hand heb hebben
    heeft heel hem her het hier hij hoe hoi hoor huis huiswerk hun iedereen iemand iets ik in
    is ja jaar je jij jou jouw juf kan kamer kan keer kijk kind kinderen klaar klas klein
    komen komt kon krijg krijgen kunnen laat lang later leuk lief liever lijkt lol maar maak
    maakt man mag me mee meer meest meestal meester meisje men met meteen mij mijn misschien
    moe moeder moeilijk moet moeten mogen mooi morgen naar nacht natuurlijk nee net niet niets
    nieuw nog nooit nou nu of ok oke om omdat ons ook op over pa papa praten precies raar
    ruzie samen school schooltje slecht snel soms spel staat steeds stil te tegen terug thuis
    tijd toch toe toen tot twee uit vaak vader van vandaag veel ver verder vind vindt voel
    voelt voor vriend vriendin vriendje vrouw waar waarom wachten wanneer want was wat we
    week weer weet wel werd werk weten wie wij wil wilde wilt wist wordt word worden zal ze
    zeg zegt zei zelf zeker zich zie ziet zij zijn zit zo zoals zonder zou zus zusje zwaar
    about after again all also always am an and any are as at away back bad be because been
    before being best better but by can come could day did do does dont down even every for
    from get go going good got had has have he help her here him his home how if in into is
    it just know like little look make me more most much my need never no not now of off ok
    on one only or other our out over people please really right said same say school see
    she should so some still such take tell than that the their them then there they thing
    think this time to today too up us very want was way we well were what when where which
    who why will with would yes you your
    meteen mee meedoen meemaken mensen melk mes messen kwijt kwaad kom komt kost kop wilde
    wilden zelfs zegt zeggen zegje iedereen niemand nergens wiskunde frans duits engels
    toets toetsen proefwerk examen examens cijfer cijfers rapport mentor leraar docent
    fortnite minecraft roblox fifa warzone gamen game games spelen telefoon mobiel
    doodgewoon doodmoe doodop doodziek doodsbang doodeng doodstil doodnormaal doodleuk
    doodzonde doodsaai doodgemoedereerd doodgegaan doodsoorzaak doodskist doodgeschoten
    ikea menu meneer mevrouw heerlijk zeker zeven zegen mijnheer meter meters hijgen
    wilg wildernis wildplassen leverancier levering leveren lezen leren geven neven
    """.split()
)

_APOSTROPHES = "'\u2019\u2018`\u00b4"
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "8": "b"})
_NON_TOKEN = re.compile(r"[^a-z0-9@$*]+")
# Sentence punctuation becomes the boundary token "," so that patterns can see clause ends
# ("ik wil niet meer." vs "ik wil niet meer naar school").
_BOUNDARY = re.compile(r"(?:[.!?;:,\n\u2026]|(?<![a-z])-(?![a-z]))+")
BOUNDARY = ","
_REPEAT3 = re.compile(r"([a-z])\1{2,}")
_REPEAT2 = re.compile(r"([a-z])\1+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _osa_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (edits and adjacent swaps), early exit past limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: List[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[len(b)]


class Normaliser:
    """Normalises chat text; `vocabulary` is the set of words considered correctly spelled."""

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        vocab = set(COMMON) | set(NOT_TYPOS) | set(CHAT) | set(JOIN) | set(KEYWORDS) | set(ANCHORS)
        for value in CHAT.values():
            vocab.update(value.split())
        vocab.update(w for w in vocabulary if w.isalpha())
        self.vocab: FrozenSet[str] = frozenset(vocab)
        self._seg_vocab = frozenset(w for w in self.vocab if len(w) >= 2) | {"k"}
        self._keywords = tuple(sorted(set(KEYWORDS)))
        self._cache: Dict[str, str] = {}

    # -- single-token repairs -------------------------------------------------------------
    def _fuzzy(self, token: str) -> Optional[str]:
        if len(token) < 6:
            return None
        best: Optional[Tuple[int, str]] = None
        for kw in self._keywords:
            if kw[0] != token[0] or abs(len(kw) - len(token)) > 2:
                continue
            limit = 1 if len(kw) <= 9 else 2
            d = _osa_distance(token, kw, limit)
            if d <= limit and (best is None or d < best[0]):
                best = (d, kw)
        return best[1] if best else None

    def _segment(self, token: str) -> Optional[List[str]]:
        """Split a glued token into known words, if that is unambiguous enough."""
        n = len(token)
        if n < 5 or n > 40:
            return None
        # best[i] = (pieces, list) for token[:i]
        best: List[Optional[Tuple[int, List[str]]]] = [None] * (n + 1)
        best[0] = (0, [])
        for i in range(1, n + 1):
            for j in range(max(0, i - 20), i):
                if best[j] is None:
                    continue
                piece = token[j:i]
                if piece not in self._seg_vocab or (piece == "k" and j != 0):
                    continue
                cand = (best[j][0] + 1, best[j][1] + [piece])
                if best[i] is None or cand[0] < best[i][0]:
                    best[i] = cand
        if best[n] is None:
            return None
        pieces = best[n][1]
        if len(pieces) < 2 or not any(p in ANCHORS for p in pieces):
            return None
        return pieces

    def _repair(self, token: str) -> str:
        if token in self.vocab or token.isdigit():
            return token
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        result = token
        single = _REPEAT2.sub(r"\1", token)
        if single in self.vocab:
            result = single
        else:
            fixed = self._fuzzy(token)
            if fixed is not None:
                result = fixed
            else:
                pieces = self._segment(token) or self._segment(single)
                if pieces:
                    result = " ".join(pieces)
        if len(self._cache) < 20000:
            self._cache[token] = result
        return result

    def _wildcard(self, token: str) -> str:
        """Resolve a censored token ("z*lfmoord", "s**cide") against the keywords."""
        core = token.strip("*")
        if "*" not in core or sum(c.isalpha() for c in core) < 3:
            return token.replace("*", " ")
        rx = re.compile("^" + re.escape(core).replace(r"\*", "[a-z]{1,2}") + "$")
        hits = [kw for kw in self._keywords if rx.match(kw)]
        return hits[0] if len(hits) == 1 else core.replace("*", "")

    # -- whole text -----------------------------------------------------------------------
    def tokens(self, text: str) -> List[str]:
        """Normalised tokens; clause boundaries appear as the token ","."""
        for emo, word in EMOJI.items():
            if emo in text:
                text = text.replace(emo, word)
        text = strip_accents(text).lower()
        for ap in _APOSTROPHES:
            text = text.replace(ap, "")
        text = text.replace("&", " en ")
        out: List[str] = []
        for segment in _BOUNDARY.split(text):
            toks = self._segment_tokens(segment)
            if toks:
                if out:
                    out.append(BOUNDARY)
                out.extend(toks)
        return out

    def _segment_tokens(self, text: str) -> List[str]:
        raw = [t for t in _NON_TOKEN.split(text) if t]
        toks: List[str] = []
        for t in raw:
            if "*" in t:
                toks.extend(self._wildcard(t).split())
                continue
            if t == "w8":
                toks.append("wacht")
                continue
            letters = sum(c.isalpha() for c in t)
            others = len(t) - letters
            if others and letters >= 2 and others <= letters:
                t = t.translate(_LEET)
            t = t.replace("@", "a").replace("$", "s")
            if not t:
                continue
            t = _REPEAT3.sub(r"\1\1", t)
            toks.append(t)
        toks = self._join_letter_runs(toks)
        toks = self._join_pairs(toks)
        out: List[str] = []
        for t in toks:
            for piece in self._repair(t).split():
                out.extend(CHAT.get(piece, piece).split())
        return out

    @staticmethod
    def _join_letter_runs(toks: Sequence[str]) -> List[str]:
        out: List[str] = []
        run: List[str] = []
        for t in list(toks) + [""]:
            if len(t) == 1 and t.isalpha():
                run.append(t)
                continue
            if len(run) >= 4:
                out.append("".join(run))
            else:
                out.extend(run)
            run = []
            if t:
                out.append(t)
        return out

    def _join_pairs(self, toks: Sequence[str]) -> List[str]:
        out: List[str] = []
        i = 0
        while i < len(toks):
            joined = False
            for span in (3, 2):
                if i + span <= len(toks):
                    cand = "".join(toks[i:i + span])
                    fixed = cand if cand in JOIN else None
                    if fixed is None and len(cand) >= 7 and not all(t in self.vocab for t in toks[i:i + span]):
                        fz = self._fuzzy(cand)
                        fixed = fz if fz in JOIN else None
                    if fixed is not None:
                        out.append(fixed)
                        i += span
                        joined = True
                        break
            if not joined:
                out.append(toks[i])
                i += 1
        return out

    def normalise(self, text: str) -> str:
        return " ".join(self.tokens(text))
