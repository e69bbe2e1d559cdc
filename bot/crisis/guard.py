"""Deterministic crisis guard: `detect(text) -> CrisisSignal | None`.

    from crisis.guard import detect
    signal = detect("k wil nie meer leve")
    signal.category  # "suicide"
    signal.rule      # "suicide.not_live"  (the rule id explains the decision)

Steps: normalise the text (normalise.py), mask idioms and harmless exaggerations, run the
pattern families (rules.py), and drop a hit only when its level allows the message's context
to suppress it (see rules.py for SIGNAL / HYPERBOLE / TOPIC). Pure standard library; no
state, no I/O, and the user's text is never logged.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, List, Optional, Pattern, Tuple

from .normalise import BOUNDARY, Normaliser
from .rules import HYPERBOLE, SIGNAL, TOPIC, Rule, all_rules, compile_words, rule_vocabulary

# Which category wins when several fire (the reply lists the most fitting help line first).
PRIORITY = ("suicide", "self_harm", "sexual_abuse", "abuse_home", "danger")
_LEVEL_RANK = {SIGNAL: 0, HYPERBOLE: 1, TOPIC: 2}

# ---------------------------------------------------------------------------------------
# Idioms and exaggerations, masked before the rules run (replaced by "~").
# ---------------------------------------------------------------------------------------
_METHOD = (
    r"(?:pillen|pil|paracetamol|tabletten|medicijnen|overdosis|drugs|slaappillen|gif|vergif|"
    r"een overdosis|te veel|teveel|bloedverlies|pills|overdose|ibuprofen|oxazepam|xanax|medicatie|antidepressiva|[0-9]+)"
)
MASKS: Tuple[Pattern[str], ...] = tuple(compile_words(p) for p in (
    # "dood van het lachen / de honger / verveling", "dying of laughter"
    rf"(?:dood|doodgaan|dood gaan|sterf|sterven|sterft) (?:bijna )?(?:van|door|om|aan) (?!(?:de |het |een |al |mijn |[0-9]+ |te veel |veel |een hele |alle )?{_METHOD})(?:[a-z0-9]+ ){{0,2}}[a-z0-9]+",
    r"(?:lach|lachte|lachen|lachten|verveel|verveelde|vervelen|schrok|schrik|schrikken|schaam|schaamde"
    r"|schamen|werk|werkte|zoek|zocht|erger|ergerde|irriteer|dans|danste|eet|at|zweet|zweette|sjouw"
    r"|fiets|fietste|loop|liep|wacht|wachtte|rende|ren|stress|stresste|pieker|piekerde|schaamt|lacht)"
    r" (?:me|mij|ons|je|zich|mezelf) (?:[a-z0-9]+ )?(?:dood|rot|kapot|een ongeluk|te pletter|suf|gek)",
    r"(?:ik|i) (?:lig|lag|ligt|lagen) (?:helemaal |echt |gewoon )?dood",
    r"sla (?:me|mij) (?:maar )?dood",
    r"slaat (?:me|mij|ons) dood (?:als|wanneer|if)",
    r"(?:die|dying|died|dead) (?:of|from|laughing|to (?:see|know|go|get|meet|try|hear|have))(?: [a-z]+)?",
    r"(?:i am|im|i m) (?:so |literally |actually )?(?:dead|dying|deceased)(?= ,|$| haha| lol| lmao| bro| omg| xd| of| from| this)",
    r"(?:is|are|was) (?:literally |actually |so |really )?killing me",
    r"(?:killed|kill|killing) (?:it|that|the (?:test|exam|game|match|presentation))",
    # "deze toets is zelfmoord", "sociale zelfmoord", "that exam was suicide"
    r"(?:is|was|wordt|lijkt|zou|ware|ben|feels like|is like|was like|klinkt als) (?:echt |gewoon |wel |pure |puur |een |sociale |totale |echte |letterlijk |literally |basically |pure |social |eigenlijk |toch )*(?:zelfmoord|suicide|zelfmoordactie|zelfmoordmissie|suicidaal|suicidal)(?! (?:plegen|gepleegd|doen|te plegen|gedachten))",
    r"(?:sociale|social) (?:zelfmoord|suicide)",
    r"suicides? (?:rennen|lopen|runs|run|drills|sprints|sprinten|doen)|(?:rennen|run|running|lopen|doing|deden|doen) (?:[a-z0-9]+ ){0,3}suicides",
    # a relative's suicide in the past is grief, not a crisis of the writer
    r"(?:opa|oma|oom|tante|neef|nicht|buurman|buurvrouw|juf|meester|leraar|klasgenoot|vriend|vriendin|vader|moeder|broer|zus|hij|ze|zij|iemand|een jongen|een meisje|collega) (?:[a-z]+ ){0,3}(?:zelfmoord|zelfdoding) (?:heeft |hebben )?(?:gepleegd|pleegde)",
    r"(?:pleegde|overleed (?:door|aan)|overleden (?:door|aan)|died by|committed) (?:zelfmoord|zelfdoding|suicide)",
    r"(?:zelfmoord|suicide) (?:actie|missie|mission|squad|run|pact van de)",
    # "ik ben zo dood als een pier", "ik ben dood" after sports
    r"dood als een pier",
    # "mijn telefoon/batterij gaat dood"
    r"(?:telefoon|batterij|accu|mobiel|laptop|plant|plantje|planten|phone|battery|gsm|ipad|tablet) (?:is |gaat |ging |was )?(?:bijna )?(?:dood|leeg|died|dead|dying)",
    # accidents and ordinary cuts, chores, being pestered
    r"(?:zit|zat|zitten) (?:[a-z0-9]+ ){0,2}aan (?:me|mij|mijn|m) (?:kop|hoofd|kop te|hoofd te)(?: [a-z]+)?",
    r"(?:zit|zat|zitten) (?:[a-z0-9]+ ){0,2}aan (?:me|mij) te (?:zeuren|zeiken|zagen|vragen|trekken|duwen|porren|plagen|kletsen|kleinen)",
    r"bedreigd met (?:strafwerk|nablijven|huisarrest|een onvoldoende|straf|schorsing|een slecht cijfer|een boete)",
    r"(?:kan|kon|zou) (?:mezelf|mijzelf|myself) (?:wel )?(?:slaan|schoppen|voor (?:mijn|m) (?:kop|hoofd) slaan|wurgen|kick)",
    r"(?:sla|sloeg|slaan) (?:mezelf|mijzelf) (?:wel )?(?:voor|op) (?:mijn|m|het) (?:kop|hoofd|voorhoofd)",
    r"(?:verkracht|vermoord|gemarteld|gesloopt|afgemaakt|kapotgemaakt|kapot gemaakt|gebroken) (?:door|met) (?:die|de|deze|dat|dit|een|mijn) (?:[a-z]+ )?(?:opdrachten|[a-z]*toets|[a-z]*test|examen|proefwerk|les|docent|leraar|lerares|juf|meester|game|wedstrijd|training|huiswerk|opdracht|werk|planning|rooster)",
    r"(?:laatste|last) (?:bericht|berichtje|message) (?:voor|van|for) (?:vandaag|vanavond|nu|deze week|today|tonight|now)",
    r"(?:bijna|almost) (?:dood|doodgegaan|died) (?:van|door|of|from)? ?(?:de |het )?(?:schrik|lachen|hitte|kou|honger|schaamte|stress)",
    r"(?:mijn|je|zijn|haar|my) (?:dood|death) (?:worden|wordt|zijn|be)",
    r"over my dead body|over mijn lijk",
    r"(?:wat een|een flinke|een financiele|een grote|what a) strop",
    # "drowning in homework / with our son": swamped, not in water
    r"(?:drowning|verzuip|verzuipen) (?:in|with|under|onder) (?!(?:the |de |het |a |een )?(?:water|pool|zee|sea|lake|meer|river|rivier|zwembad|sloot|canal|gracht|ocean))(?:[a-z0-9]+ )?[a-z0-9]+",
    r"(?:bijna|almost|nearly) (?:flauwgevallen|flauw gevallen|fainted|passed out)|viel bijna flauw",
    r"overdosis (?:aan )?(?:suiker|snoep|koffie|cafeine|zon|vitamine|liefde|stress|huiswerk|chocola|chocolade|tv|games|drama|informatie|sugar|caffeine)",
    r"(?:klap|klapje|tik|tikje|schouderklopje) op (?:mijn|m|de|zijn|haar|je) (?:schouder|rug)",
))

# ---------------------------------------------------------------------------------------
# Contexts that can suppress HYPERBOLE/TOPIC hits (and SIGNAL hits about someone else).
# ---------------------------------------------------------------------------------------
INFO = compile_words(
    r"werkstuk|werkstukken|spreekbeurt|presentatie|profielwerkstuk|pws|boekverslag|essay|opdracht over"
    r"|opdracht voor|documentaire|documentaires|docu|film|films|serie|series|aflevering|boek|boeken|roman"
    r"|gedicht|songtekst|nieuws|krant|artikel|gastles|les over|lessen over|voorlichting|onderzoek"
    r"|statistiek|statistieken|cijfers over|hoeveel (?:jongeren|mensen|kinderen|tieners|procent|slachtoffers)|percentage"
    r"|zijn er meer (?:jongens|meisjes|mannen|vrouwen) of (?:jongens|meisjes|mannen|vrouwen)"
    r"|movie|documentary|episode|book|novel|article|news|school project|assignment|research"
    r"|maatschappijleer|week tegen|campagne|13 reasons why|voor mijn studie|voor mijn opleiding"
    r"|in de klas (?:bespreken|besproken|gehad)|toneelstuk|musical|youtube video over|podcast"
    r"|wat is het verschil tussen|wat betekent|definitie|in de les|tentamen over|leren over|leren op school"
    r"|op school over|uitleg over|informatie over|info over|lesbrief|lesmateriaal"
    r"|in de klas (?:gepraat|gesproken|besproken|gehad|geleerd)|gepraat over|gesproken over|besproken over"
    r"|wil later|later wil ik|als ik later|when i grow up|werkt bij|werk bij|stage bij|stage lopen|beroep"
    r"|hoe leg ik (?:[a-z0-9]+ ){0,3}uit|(?:uitleggen|uit te leggen) aan (?:mijn |ons )?(?:kind|kinderen|zoon|dochter)|how do i explain"
    r"|(?:als|as a) (?:docent|leraar|leerkracht|mentor|juf|meester|hulpverlener|teacher|coach|trainer)"
    r"|(?:wat|hoe|waar) (?:doet|is|werkt|doen|zit|bereik) (?:[a-z0-9]+ ){0,2}(?:veilig thuis|113|kindertelefoon)"
)
GAME = compile_words(
    r"fortnite|minecraft|roblox|gta|cod|call of duty|warzone|among us|amongus|fifa|valorant|apex|pubg"
    r"|overwatch|league of legends|brawl stars|clash royale|game|games|gamen|gamede|gaming|spel|spelletje"
    r"|potje|level|respawn|reviven|revive|kills|killstreak|headshot|sniper|pvp|ps4|ps5|xbox|playstation"
    r"|nintendo|lobby|squad|zombies|zombie|schaken|monopoly|uno|paintball|paintballen|lasergamen|airsoft|nerf"
)
SPORT = compile_words(
    r"training|trainen|trainer zegt|voetbal|voetballen|tennis|hockey|basketbal|handbal|vechtsport|boksen"
    r"|bokszak|judo|karate|kickboksen|taekwondo|sparren|sparring|wedstrijd|drill|drills|oefening|sporten"
    r"|gymles|turnen|hardlopen|zwemles|rugby|zelfverdediging|krav maga|wielrennen|marathon|sprint"
)
JOKE = compile_words(
    r"ha(?:ha)+h?|he(?:he)+|hi(?:hi)+|lol|lmao|lmfao|rofl|xd+|grapje|geintje|jk|just kidding|kidding"
    r"|grap|haha|grappig"
)
TRIVIAL = compile_words(
    r"toets|toetsen|[a-z]+toets|proefwerk|so|examen|examens|tentamen|cijfer|cijfers|rapport|huiswerk"
    r"|wiskunde|frans|duits|engels|aardrijkskunde|geschiedenis|scheikunde|natuurkunde|biologie|les|lessen"
    r"|mentor|planning|presentatie|te laat|sleutels|sleutel|kwijt|vaas|auto|make ?up|chips|gespijbeld"
    r"|spijbelen|spijbel|opruimen|concert|kaartjes|tickets|test|exam|exams|homework|grade|grades"
    r"|report card|class|chores|curfew|presentation|cringe|genant|awkward|embarrassing|embarrassed"
    r"|onvoldoende|haal|haalt|gehaald|zak|zakt|zakken|gezakt|blijven zitten|storm|fietsen|hitte|honger"
    r"|maandag|wekker|kapot gemaakt|gebroken|bekrast|gestolen van haar|geleend|lenen|zusje|broertje"
    r"|telefoonrekening|rekening|dit ziet|erachter komt|dat ziet|dit hoort|find out|finds out|sees this"
    r"|zwembad|skydiven|achtbaan|feest|kleren|jurk|schoenen|haar geverfd|tattoo|piercing|gamen"
    r"|hoe laat|laat thuis|crush|tripped|struikelde|viel voor|verliefd"
    r"|spin|spinnen|wesp|wespen|muis|muizen|insect|beestje|mug|muggen|spider|wasp"
    r"|fail|failed|failing|flunk|flunked|dont pass|do not pass|bad grade|bad grades|late|broke her|broke his|broke my|crashed"
    r"|(?:als|wanneer|zodra|if|when) (?:ze|hij|mijn [a-z]+|mama|papa|they|she|he|my [a-z]+) (?:[a-z]+ ){0,2}(?:ziet|hoort|merkt|erachter komt|ontdekt|sees|finds out|hears|notices|discovers)"
)
_FIRST = frozenset("ik i me mij mezelf mijzelf myself my mijn we wij ons onze our us".split())
_FIRST_STRONG = frozenset("ik i me mij mezelf mijzelf myself we wij ons us".split())
INQUIRY = compile_words(
    r"hoe (?:weet|herken|merk|zie|kan) (?:ik|je|u) (?:zien |merken |weten )?(?:of|dat)|hoe herken je|signalen van|signalen dat"
    r"|how (?:do|can) (?:i|you) (?:know|tell|recognise|recognize|spot) (?:if|whether|that)|signs (?:of|that)"
    r"|wat (?:zijn|is) (?:de )?(?:signalen|tekenen|symptomen)|is het normaal dat|hoe oud moet je zijn"
)
FICTION = compile_words(
    r"(?:in|uit) (?:de|het|die|een|that|the|a|deze|dat) (?:film|serie|boek|game|aflevering|video|clip|spel"
    r"|movie|show|book|series|episode|verhaal|story|documentaire)|die we keken|die ik keek|we watched|i watched"
)
_NEGATORS = frozenset("niet nie nooit never not geen".split())

# ---------------------------------------------------------------------------------------
# Contexts that can take away a SIGNAL hit (each one narrow, so that a crisis still fires).
# ---------------------------------------------------------------------------------------
# Negation scope: "niemand wordt geslagen", "ik ben niet suicidaal", "i do not want to hurt
# myself". A negator counts only when it stands right before the match, with nothing but
# light words (auxiliaries, pronouns, fillers) between, so "ik kan niet stoppen met mezelf
# snijden" and "ik durf niet te zeggen dat hij me slaat" still fire.
_SCOPE_NEGATORS = frozenset("niet nie nooit never not geen niemand nobody".split())
# A subject pronoun or a finite "ben/heb" between negator and match starts a new clause
# ("het bloed stopt niet ik heb ... gesneden", "als ik er niet ben zeg ..."), so those are
# not light.
_LIGHT = frozenset(
    "do does did would will zou zal wil want to echt really even helemaal zeker ofzo hoor"
    " ooit ever iets anything gedachtes gedachten thoughts om wel gewoon".split()
)
# Rules where the negation itself is the signal ("i do not see the point in living").
_NEGATION_IS_SIGNAL = frozenset({"suicide.not_live", "suicide.better_off", "abuse_home.unsafe_home",
                                 "sexual_abuse.silenced"})
# Preparation outweighs a denial: "ik ben niet suicidaal ofzo, ik heb gewoon een plan".
PREPARED = compile_words(
    r"plan|plannen|klaarliggen|klaar liggen|klaargelegd|opgespaard|verzameld|afscheidsbrief"
    r"|afscheid genomen|a plan|saved up|stockpiled"
)
_SUBJECTS = frozenset("ik i hij ze zij he she we".split())
# "niet dat ik dood wil", "not that i want to die": a denial of what follows.
_DENIAL = compile_words(r"(?:niet|not) (?:dat|that|alsof|like)")
# Resolved past: told as over. Needs a past marker AND, after the hit, an "it is over /
# now it is fine" marker; any sign that it goes on keeps the signal.
PAST = compile_words(
    r"vroeger|ooit|er was een tijd|lang geleden|jaren geleden"
    r"|toen (?:ik|hij|ze|zij) (?:[a-z]+ )?(?:[0-9]+|klein|jong|jonger|kind|in groep [0-9]|op de basisschool)"
    r"|(?:[0-9]+|een|paar|een paar|twee|drie|vier|vijf|zes|jaren|heel wat) (?:jaar|jaren|maanden|maand)"
    r" (?:geleden|terug)|vorig jaar|vorige zomer|in groep [0-9]|in de brugklas|op de basisschool"
    r"|in de [0-9]e|op mijn [0-9]+e|als kind|als tiener|als puber|in mijn jeugd"
    r"|used to|years ago|months ago|last year|when (?:i|he|she) was|as a (?:kid|child|teen|teenager)"
)
RESOLVED = compile_words(
    r"(?:nu|inmiddels|sindsdien) (?:[a-z0-9]+ ){0,4}(?:goed|beter|rustig|veilig|blij|trots|gelukkig|close|fijn|stabiel|getrouwd)"
    r"|gaat (?:het |nu |echt |heel )*(?:goed|beter)|alles (?:is )?goed|is (?:nu )?(?:alles )?goed"
    r"|clean|therapie (?:voor )?gehad|in therapie|therapeut|traumatherapie|hulp (?:gekregen|gehad|gezocht)"
    r"|kreeg (?:ik )?hulp|er (?:helemaal )?(?:overheen|bovenop)|opgelost|uit beeld|gescheiden|verhuisd"
    r"|(?:is|zijn) (?:al )?(?:[0-9]+ jaar )?weg|woont (?:er )?(?:al )?(?:jaren )?(?:niet|nie) meer"
    r"|(?:zie|heb) (?:ik )?(?:hem|haar) (?:nooit|niet|nie) meer|geen contact|contactverbod"
    r"|veroordeeld|(?:zijn|is|werd|werden) (?:[a-z]+ )?(?:gepakt|opgepakt)|(?:doe|deed) (?:ik )?(?:het |dat )?(?:al )?(?:heel )?(?:lang )?(?:niet|nie|nooit) meer"
    r"|gestopt|(?:zijn|is|are) (?:nu )?(?:veilig|safe)|goede band|sorry gezegd|uitgemaakt"
    r"|stable|doing (?:really |very |so )?well|(?:that|it) is over|is voorbij|got help|helped me stop"
    r"|stopped|we left|recovered|hersteld|studeer|studeert|psycholoog worden|ervaringsdeskundige"
    r"|(?:wil|want to) (?:nu )?(?:[a-z]+ ){0,2}(?:helpen|help)"
)
ONGOING = compile_words(
    r"weer|opnieuw|nog steeds|nog altijd|soms nog|af en toe nog|again|still|gisteren|vannacht"
    r"|vandaag|vanavond|vanochtend|deze week|yesterday|last night|tonight|today|terugval"
    r"|teruggevallen|relapse|relapsed|sinds kort|begint (?:het )?weer|bang dat (?:het|hij|ze)"
    r"|(?:maar|but) (?:nu|now) (?!(?:[a-z0-9]+ ){0,4}(?:goed|beter|rustig|veilig|blij|trots|clean|gelukkig|fijn|stabiel))"
)
# Someone else far away: the news, celebrities, online creators, stories the writer writes or
# plays. Like FICTION, it hides a SIGNAL hit only when the match is not about "ik/me".
REPORTED = compile_words(
    r"las (?:over|een artikel|een draadje|in de krant|op twitter|online)|nieuwsartikel|draadje|influencer|youtuber|tiktoker|streamer"
    r"|acteur|actrice|zanger|zangeres|rapper|voetballer|tennisster|celebrity|beroemdheid"
    r"|personage|personages|fanfic|fanfictie|roleplay|prank|liedje|songtekst|voorstelling"
    r"|rollenspel|kortverhaal|verhaal voor|schrijf een|schrijft een|interview|youtuber|k drama|ik drama"
    r"|i read about|in the news|character|song about|fanfiction"
)
# A third person's words introduced by a verb of saying ("ze zei", "my son said").
QUOTE = compile_words(
    r"(?:hij|ze|zij|he|she|they|zoon|dochter|puber|zus|broer|vriendin|vriend|neefje|nichtje|son|daughter"
    r"|teenager|kid|friend|sister|brother) (?:[a-z]+ )?(?:zegt|zei|zeggen|riep|schreeuwde|gilde|appte"
    r"|says|said|told me|texted|screamed|yelled|writes|wrote)(?: dat| that| to me| tegen me)?"
)
# Only imagined, about someone else: "stel dat een vriend ...", a condition with "ooit"
# (ever). Not "wat als ik ...", "als ik ooit ...": imagining one's own death is ideation.
HYPOTHETICAL = compile_words(
    r"stel dat(?! ik)|stel je voor dat(?! ik)|suppose(?! i)|(?:als|if) (?!ik |i )(?:[a-z0-9]+ ){0,5}(?:ooit|ever)"
)
AGAIN = compile_words(r"nog een keer|nog eens|nog een|one more time|ever again|zoals (?:vorige|toen)")
# A dream is told, not lived: "ik had een nachtmerrie dat ik werd ontvoerd".
DREAM = compile_words(
    r"(?:nachtmerrie|nachtmerries|droom|dromen|droomde|gedroomd|dream|dreamt|dreamed|nightmare)"
    r" (?:[a-z0-9]+ ){0,2}(?:dat|over|waarin|that|about)"
)
_SELF_DIRECTED = frozenset({"suicide", "self_harm"})
# An explicit "not meant" that only counts together with a trivial cause ("ik spring van het
# dak als ik dit nog een keer moet uitleggen lol", "(not literally)").
NOT_MEANT = compile_words(
    r"not literally|niet letterlijk|meen (?:het|dat) niet|bedoel (?:het|dat) niet|geen echte"
    r"|so dramatic|zo dramatisch|als grapje|als grap|voor de grap|as a joke|jokingly"
)
# "... maar ik meen het", "i actually mean it": a joke marker never hides what follows this.
MEANT = compile_words(
    r"(?:ik |i )?(?:actually |really |echt |wel )?(?:meen|meent|mean|means) (?:het|it|dat)(?! niet| not)"
    r"|geen grap|not a joke|no joke|niet grappig|not funny|overdrijf niet|overdrijft niet|for real|echt waar"
)


@dataclass(frozen=True)
class CrisisSignal:
    """What the guard found. Holds rule ids, never the user's text."""

    category: str
    rule: str
    level: str = SIGNAL
    rules: Tuple[str, ...] = field(default_factory=tuple)

    def __str__(self) -> str:  # so that str(signal) is the category
        return self.category


@dataclass(frozen=True)
class _Hit:
    rule: Rule
    start: int
    end: int
    anchored: bool
    strong_anchor: bool


@lru_cache(maxsize=1)
def _normaliser() -> Normaliser:
    return Normaliser(rule_vocabulary())


def normalise(text: str) -> str:
    return _normaliser().normalise(text or "")


def mask(norm: str) -> str:
    for rx in MASKS:
        norm = rx.sub("~", norm)
    return norm


_POSSESSIVE = frozenset("mijn my onze our".split())


def _anchored(text: str, start: int, end: int, first=_FIRST) -> bool:
    """About the writer or the writer's own people: a first-person word inside the match or
    in the 3 words before it, or "mijn/onze ..." up to 8 words before it (a parent's "mijn
    zoon heeft zijn ... weggegeven"), within the same clause (8 words)."""
    inside = text[start:end].split()
    if any(t in first for t in inside):
        return True
    before = text[:start].split()
    window: List[str] = []
    for tok in reversed(before):
        if tok == BOUNDARY or tok == "~":
            break
        window.append(tok)
        if len(window) == 8:
            break
    if any(t in first for t in window[:3]):
        return True
    return any(t in first and t in _POSSESSIVE for t in window)


def _negated_after(text: str, end: int) -> bool:
    after = text[end:].split()[:1]
    return bool(after) and after[0] in _NEGATORS


def _token_index(text: str, offset: int) -> int:
    return text.count(" ", 0, offset)


def _combo(r: Rule, text: str) -> Optional[Tuple[int, int]]:
    """Character span of the closest combination of all parts of `r`, if within its window."""
    found = []
    for part in r.parts:
        spans = [(m.start(), m.end()) for m in part.finditer(text)]
        if not spans:
            return None
        found.append(spans[:12])
    tokens = text.split(" ")
    for choice in itertools.product(*found):
        ordered = sorted(choice)
        if any(ordered[i][1] > ordered[i + 1][0] for i in range(len(ordered) - 1)):
            continue  # the parts must be different words
        lo = min(a for a, _ in choice)
        hi = max(b for _, b in choice)
        t_lo, t_hi = _token_index(text, lo), _token_index(text, hi - 1)
        if t_hi - t_lo > r.window:
            continue
        if any(t in _NEGATORS for t in tokens[t_lo:t_hi + 2]):
            continue
        return lo, hi
    return None


def _clause(text: str, start: int, end: int) -> str:
    """The match's clause with one clause before and one after it (where explanations such
    as ", met koken" or "sparren bij boksen, ..." stand); clauses further away are not its
    context, so an aside elsewhere in a long message cannot hide a signal."""
    sep = " " + BOUNDARY + " "
    left = text.rfind(sep, 0, start)
    if left >= 0:
        left = text.rfind(sep, 0, left)
    right = text.find(sep, end)
    if right >= 0:
        nxt = text.find(sep, right + len(sep))
        right = nxt if nxt >= 0 else len(text)
    return text[left + len(sep) if left >= 0 else 0: right if right >= 0 else len(text)]


def _excluded(r: Rule, text: str, start: int, end: int) -> bool:
    """A rule's `unless` context counts only in the clause(s) of its own match."""
    return r.unless is not None and r.unless.search(_clause(text, start, end)) is not None


def _hits(masked: str) -> List[_Hit]:
    hits: List[_Hit] = []
    for r in all_rules():
        if r.parts:
            span = _combo(r, masked)
            if span is not None and not _excluded(r, masked, *span):
                hits.append(_Hit(r, span[0], span[1], _anchored(masked, *span),
                                 _anchored(masked, span[0], span[1], _FIRST_STRONG)))
            continue
        for m in r.pattern.finditer(masked):
            if r.neg_after and _negated_after(masked, m.end()):
                continue
            if _excluded(r, masked, m.start(), m.end()):
                continue
            hits.append(_Hit(r, m.start(), m.end(), _anchored(masked, m.start(), m.end()),
                             _anchored(masked, m.start(), m.end(), _FIRST_STRONG)))
            break
    return hits


def _contexts(masked: str) -> Dict[str, bool]:
    return {
        "info": bool(INFO.search(masked)),
        "game": bool(GAME.search(masked)),
        "sport": bool(SPORT.search(masked)),
        "joke": bool(JOKE.search(masked)),
        "trivial": bool(TRIVIAL.search(masked)),
        "fiction": bool(FICTION.search(masked)),
        "inquiry": bool(INQUIRY.search(masked)),
        "reported": bool(REPORTED.search(masked)),
    }


def _tokens_before(text: str, start: int, n: int) -> List[str]:
    """Up to `n` tokens before `start`, nearest first, stopping at a clause end."""
    out: List[str] = []
    for tok in reversed(text[:start].split()):
        if tok == BOUNDARY or tok == "~" or len(out) == n:
            break
        out.append(tok)
    return out


def _negated_before(text: str, hit: _Hit) -> bool:
    """A negator governs the match: "niemand wordt geslagen", "ik ben niet suicidaal",
    "het is niet dat ik dood wil". Rules whose own match holds a negation ("niet meer
    leven", "niemand zou me missen") are never cancelled this way, since there the negation
    is the signal."""
    if hit.rule.id in _NEGATION_IS_SIGNAL or PREPARED.search(text):
        return False
    if any(t in _SCOPE_NEGATORS for t in text[hit.start:hit.end].split()):
        return False
    before = _tokens_before(text, hit.start, 4)
    for i, tok in enumerate(before):
        if tok in _SCOPE_NEGATORS:
            return True
        if tok in _SUBJECTS and i + 1 < len(before) and before[i + 1] in ("dat", "that"):
            continue  # "niet dat ik ...": the denial is checked at "dat"
        if tok in ("dat", "that", "alsof", "like") and i + 1 < len(before):
            return _DENIAL.fullmatch(f"{before[i + 1]} {tok}") is not None
        if tok not in _LIGHT:
            return False
    return False


def _resolved_past(text: str, hit: _Hit) -> bool:
    """Told as over: a past marker in the message and, after the match, a marker that it has
    ended or that things are fine now ("vroeger ..., maar hij is al jaren weg", "twee jaar
    geleden ..., nu ben ik clean"). A sign that it goes on ("weer", "nog steeds",
    "gisteren", "maar nu ...") keeps the signal, as does a later signal the marker precedes."""
    if not PAST.search(text) or ONGOING.search(text):
        return False
    return RESOLVED.search(text, hit.end) is not None


def _not_meant(text: str, hit: _Hit) -> bool:
    """Said as not meant, about a trivial cause, in the match's own clauses: an explicit
    "not literally" / "voor de grap" marker and a trivial cause must both be there ("ik spring
    van het dak als ik dit nog een keer moet uitleggen, niet letterlijk hoor"). "lol" or "haha"
    alone never counts: young people hide real self-harm behind them ("lol ik straf mezelf met
    een mesje als ik een onvoldoende haal"). Only threats against oneself are the usual joke;
    what a parent does to the writer is told as a fact."""
    if hit.rule.category not in _SELF_DIRECTED or MEANT.search(text):
        return False
    near = _clause(text, hit.start, hit.end)
    return NOT_MEANT.search(text) is not None and TRIVIAL.search(near) is not None


def _quoted_joke(text: str, hit: _Hit) -> bool:
    """Someone else's words, quoted by the writer and called a joke ("mijn zus zei 'ik spring
    van het dak' lol ze is zo dramatisch", "my son said he'd rather die ..., we had a laugh").
    The "ik" in the quote is not the writer; without a joke marker a child's quoted words
    still fire, since the writer's own people count."""
    before = " ".join(reversed(_tokens_before(text, hit.start, 6)))
    if QUOTE.search(before) is None or MEANT.search(text):
        return False
    return JOKE.search(text) is not None or NOT_MEANT.search(text) is not None


def _hypothetical(text: str, hit: _Hit) -> bool:
    """The match is only imagined, in the same clause ("stel dat een vriend ooit ...", "wat
    moet ik doen als iemand me ooit ..."). "nog een keer", "weer" or any other sign that it
    happened before keeps the signal ("als hij me ooit nog een keer slaat")."""
    before = " ".join(reversed(_tokens_before(text, hit.start, 12)))
    if HYPOTHETICAL.search(before) is None:
        return False
    return ONGOING.search(text) is None and AGAIN.search(text) is None


def _dreamt(text: str, hit: _Hit) -> bool:
    """The match is the content of a dream told in the same clause ("ik droomde dat ...")."""
    before = _tokens_before(text, hit.start, 8)
    return DREAM.search(" ".join(reversed(before))) is not None


def _suppressed(hit: _Hit, ctx: Dict[str, bool], masked: str = "") -> bool:
    unrelated = ctx["info"] or ctx["game"] or ctx["sport"]
    if hit.rule.level == SIGNAL:
        if (ctx["fiction"] or ctx["inquiry"] or ctx["reported"]) and not hit.strong_anchor:
            return True
        if masked and (_negated_before(masked, hit) or _resolved_past(masked, hit)
                       or _not_meant(masked, hit) or _dreamt(masked, hit)
                       or _quoted_joke(masked, hit) or _hypothetical(masked, hit)):
            return True
        return unrelated and not hit.anchored
    return unrelated or ctx["joke"] or ctx["trivial"] or ctx["inquiry"]


def analyse(text: str) -> Dict[str, object]:
    """Everything the guard saw, for tests and debugging (rule ids and flags only)."""
    norm = normalise(text)
    masked = mask(norm)
    ctx = _contexts(masked)
    hits = _hits(masked)
    return {
        "contexts": ctx,
        "hits": [(h.rule.id, h.rule.level, h.anchored, _suppressed(h, ctx, masked)) for h in hits],
        "masked": masked.count("~"),
    }


def detect(text: Optional[str]) -> Optional[CrisisSignal]:
    """Return a CrisisSignal when the message needs the crisis reply, else None."""
    if not text or not text.strip():
        return None
    masked = mask(normalise(text))
    hits = _hits(masked)
    if not hits:
        return None
    ctx = _contexts(masked)
    kept = [h for h in hits if not _suppressed(h, ctx, masked)]
    if not kept:
        return None
    kept.sort(key=lambda h: (_LEVEL_RANK[h.rule.level], PRIORITY.index(h.rule.category)))
    best = kept[0]
    return CrisisSignal(best.rule.category, best.rule.id, best.rule.level,
                        tuple(h.rule.id for h in kept))
