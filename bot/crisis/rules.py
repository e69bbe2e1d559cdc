"""Pattern families of the crisis guard (standard library only).

Every rule is a regular expression over the *normalised* text (see `normalise.py`): lower
case, no accents, chat spellings expanded, tokens separated by one space and clause ends
marked by the token ",". Rules look for meaning-bearing combinations (who + does what + to
whom), not for single dramatic words.

Each rule has a *level*:

  SIGNAL     a concrete danger signal ("ik wil niet meer leven", "mijn vader slaat me",
             "pillen geslikt"). Never suppressed when it is about the writer or the writer's
             own people (first person or "mijn ..."). Only a clearly unrelated context (a
             school project, a film, a game) suppresses it when it is about someone else.
  HYPERBOLE  a phrase that is often an exaggeration ("mijn moeder vermoordt me", "ik ga dood",
             "ik zie het niet meer zitten"). Suppressed by a context of jokes, school marks,
             games, sports or information.
  TOPIC      a bare keyword ("zelfmoord", "huiselijk geweld"). Fires on its own, suppressed by
             the same contexts as HYPERBOLE.

Idioms ("dood van het lachen", "lach me dood", "is zelfmoord" about a test, ...) are *masked*
before the rules run: the idiom's words are replaced by "~", so they cannot take part in a
match, while every other part of the message is still read. A negative context therefore
never hides a clear first-person signal elsewhere in the same message.

Rules may carry `unless`: a pattern that, when found anywhere in the message, makes that one
rule ignore the message (for example "met koken" for "mezelf gesneden"). Other rules still
apply.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Pattern, Tuple

SIGNAL = "signal"
HYPERBOLE = "hyperbole"
TOPIC = "topic"

CATEGORIES = ("suicide", "self_harm", "abuse_home", "sexual_abuse", "danger")

# ---------------------------------------------------------------------------------------
# Macros. Write <name> in a pattern; <gN> is a gap of at most N words inside one clause,
# <nN> the same gap without a negation word in it.
# ---------------------------------------------------------------------------------------
_W = r"[a-z0-9]+"
_NEG = r"(?:niet|nie|nooit|geen|never|not|no|nergens|niemand)"


def _gap(n: int) -> str:
    return rf"(?:{_W} ){{0,{n}}}"


def _xgap(n: int) -> str:
    """A gap that may cross clause ends (for combinations spread over a message)."""
    return rf"(?:(?:{_W}|,) ){{0,{n}}}"


def _ngap(n: int) -> str:
    return rf"(?:(?!{_NEG} ){_W} ){{0,{n}}}"


KIN_ADULT = (
    r"(?:vader|pa|papa|pappa|paps|pap|moeder|ma|mama|mamma|mam|mams|ouders|stiefvader|stiefmoeder"
    r"|stiefpa|stiefma|stiefpapa|stiefmama|pleegvader|pleegmoeder|pleegouders|oom|ome|tante|opa"
    r"|oma|neef|man|vrouw|partner|vriend|vriendje|vriendin|ex|echtgenoot|buurman|trainer|coach"
    r"|leraar|meester|docent|mentor|begeleider|dad|daddy|mom|mommy|mum|mother|father|stepdad"
    r"|stepmom|stepfather|stepmother|parents|uncle|aunt|grandpa|grandma|grandfather|cousin"
    r"|husband|wife|boyfriend|girlfriend|teacher|neighbour|neighbor|ouwe|ouweheer|fam)"
)
KIN = rf"(?:{KIN_ADULT}|broer|broers|zus|zussen|brother|sister|stiefbroer|stiefzus|grote broer)"
PARTNER = (
    r"(?:man|vrouw|partner|vriend|vriendje|vriendin|ex|echtgenoot|husband|wife|boyfriend"
    r"|girlfriend|bf|gf)"
)
POSS = r"(?:mijn|onze|ons|my|our|haar|zijn|his|her|their|de|die|een|het|the|a|mama haar|moeders|mams)"
PRON3 = r"(?:hij|ze|zij|he|she|they|hem)"
PERSON = (
    rf"(?:(?:{POSS} )?(?:{KIN})|{PRON3}|iemand|someone|somebody|een man|die man|een jongen"
    r"|die jongen|jongens|een groep|a man|a guy|this guy|that guy|men|mannen)"
)
VICT = (
    rf"(?:me|mij|mezelf|ons|us|(?:mijn|my|onze|our|haar|zijn|his|her) (?:kleine|grote|jongste|oudste|lieve|kleinste|little|baby|older|younger) (?:broertje|zusje|broer|zus|brother|sister|kinderen|kids|kind|zoon|dochter|son|daughter)|(?:him|her|hem|haar)(?= ,|$| (?:als|wanneer|elke|vaak|steeds|weer|soms|met|dan|en|omdat|want|in|hard|bont|thuis|s|nachts|dood|helemaal|gisteren|vandaag|al|nog|ook|zo|de|iedere|when|if|every|again|and|all|so|because|a|at|in|too|op|tegen|bij|zonder|zodat|terwijl|waar|voor|ze|hij|niet|nooit|nu|zomaar))|(?:mijn|my|onze|our|haar|zijn|his|her) "
    rf"(?:{KIN}|kinderen|kids|kind|kindje|zoon|dochter|broertje|zusje|son|daughter|children|baby"
    r"|broertjes|zusjes)|de kinderen|the kids|the children|mama|papa|mam|mom)"
)
HIT = (
    r"(?:slaat|sloeg|slaan|sloegen|schopt|schopte|schoppen|trapt|trapte|trappen|mept|mepte"
    r"|meppen|stompt|stompte|stompen|duwt|duwde|knijpt|kneep|wurgt|wurgde|wurgen|mishandelt"
    r"|mishandelde|mishandelen|bedreigt|bedreigde|bedreigen|hits|hit|hitting|beats|beat|beating"
    r"|kicks|kicked|punches|punched|chokes|choked|strangles|strangled|slaps|slapped|smacks"
    r"|smacked|abuses|abused|threatens|threatened|hurts|slapt|martelt|verkracht)"
)
HIT_PASSIVE = (
    r"(?:geslagen|geschopt|getrapt|gemept|gestompt|geduwd|gewurgd|mishandeld|bedreigd"
    r"|opgesloten|in elkaar geslagen|hit|beaten|kicked|punched|choked|abused|locked up|slapped"
    r"|gemarteld|uitgescholden en geslagen|vastgebonden|vastgeketend|tied up|pijn gedaan|gestraft met slaan)"
)
I = r"(?:ik|i)"
ME = r"(?:me|mij|mezelf|myself|mijzelf)"
SELF = r"(?:mezelf|myself|zichzelf|himself|herself|themselves|hemzelf|haarzelf|mijzelf|jezelf|yourself)"
BODY = (
    r"(?:arm|armen|pols|polsen|been|benen|bovenbeen|bovenbenen|dij|dijen|buik|huid|hand|handen"
    r"|onderarm|onderarmen|heup|heupen|arms|arm|wrist|wrists|leg|legs|thigh|thighs|skin|stomach)"
)
WEAPON = (
    r"(?:mes|messen|keukenmes|pistool|vuurwapen|wapen|wapens|geweer|knuppel|honkbalknuppel|hamer"
    r"|bijl|machete|gun|guns|knife|knives|weapon|rifle|taser|boksbeugel|zwaard|stanleymes|bat|baseball bat"
    r"|crowbar|koevoet|breekijzer|vuurwapens|revolver)"
)
PILLS = (
    r"(?:pillen|pil|tabletten|paracetamol|slaappillen|medicijnen|medicatie|oxazepam|oxycodon"
    r"|xanax|ibuprofen|antidepressiva|pills|tablets|meds|painkillers|sleeping pills)"
)
JOKE = r"(?:ha(?:ha)+h?|he(?:he)+|hi(?:hi)+|lol|lo+l|lmao|lmfao|rofl|xd+|grapje|geintje|jk|kidding|haha)"

_MACROS: Dict[str, str] = {
    "KIN_ADULT": KIN_ADULT, "KIN": KIN, "PARTNER": PARTNER, "POSS": POSS, "PRON3": PRON3,
    "PERSON": PERSON, "VICT": VICT, "HIT": HIT, "HITP": HIT_PASSIVE, "I": I, "ME": ME,
    "SELF": SELF, "BODY": BODY, "WEAPON": WEAPON, "PILLS": PILLS, "JOKE": JOKE, "NEG": _NEG,
}
_MACRO_RX = re.compile(r"<([A-Z_]+|[gnx]\d+)>")


def expand(pattern: str) -> str:
    def sub(m: "re.Match[str]") -> str:
        name = m.group(1)
        if name[0] == "g" and name[1:].isdigit():
            return _gap(int(name[1:]))
        if name[0] == "n" and name[1:].isdigit():
            return _ngap(int(name[1:]))
        if name[0] == "x" and name[1:].isdigit():
            return _xgap(int(name[1:]))
        return _MACROS[name]

    return _MACRO_RX.sub(sub, pattern)


def compile_words(pattern: str) -> Pattern[str]:
    """Compile a pattern so that it starts and ends at word boundaries."""
    return re.compile(r"(?<![a-z0-9])(?:" + expand(pattern) + r")(?![a-z0-9])")


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    level: str
    pattern: Pattern[str]
    unless: Optional[Pattern[str]] = None
    neg_after: bool = True  # ignore the match when "niet/nooit/never" directly follows it
    parts: Tuple[Pattern[str], ...] = ()  # combination rule: every part within `window` words
    window: int = 0


_RULES: List[Rule] = []


_NEVER = re.compile(r"(?!x)x")


def combo(rule_id: str, category: str, level: str, *parts: str, window: int = 8,
          unless: Optional[str] = None) -> None:
    """All parts, in any order, within `window` words (a negation inside voids it)."""
    assert category in CATEGORIES and level in (SIGNAL, HYPERBOLE, TOPIC) and len(parts) >= 2
    _RULES.append(Rule(rule_id, category, level, _NEVER, compile_words(unless) if unless else None,
                       True, tuple(compile_words(p) for p in parts), window))


def rule(rule_id: str, category: str, level: str, *patterns: str, unless: Optional[str] = None,
         neg_after: bool = True) -> None:
    assert category in CATEGORIES and level in (SIGNAL, HYPERBOLE, TOPIC)
    rx = compile_words("|".join(f"(?:{p})" for p in patterns))
    _RULES.append(Rule(rule_id, category, level, rx, compile_words(unless) if unless else None,
                       neg_after))


# =======================================================================================
# Suicide
# =======================================================================================
WANT = r"(?:wil|wilde|wou|willen|will|wll|want|wants|wanted|wanna|zou willen|wil graag|would like)"
_MACROS["WANT"] = WANT

rule("suicide.want_dead", "suicide", SIGNAL,
     r"(?<!literally )(?<!letterlijk )(?<!actually )<WANT> (?!dat (?:je|jij|u|jullie|hij|zij|ze) )<n3>(?:dood|doodgaan|dood gaan|sterven|overlijden|(?<=to )die|(?<=just )die|(?<=i want )die|(?<=he want )die|(?<=she want )die|(?<=wants )die|be dead|zelfmoord plegen)"
     r"(?! (?:van|door|om|aan|of|from|laughing|to see|to know|for (?!real)))",
     r"dood (?:wil|wilde|wou|willen|wilt|zijn wil|want)(?! (?:van|door))",
     r"(?:wish|hope) <g1>(?:i|he|she) (?:was|were|would be|could be) dead",
     r"(?:wish|hope) (?:i|to) (?:could )?(?:die|just die|not wake up)",
     r"(?<!literally )(?<!actually )(?:ready|want|wants) to die",
     r"rather (?:be dead|die)")
rule("suicide.not_live", "suicide", SIGNAL,
     r"(?:wil|wilde|wou|willen|wilt|zin|want|wants|wanna|zie) <g2>(?:niet|nie|geen|not|no) (?:meer )?(?:<g2>)?"
     r"(?:leven|bestaan|live|living|be alive|alive|exist|existing|be here|wakker worden)(?! (?:van|op|in))",
     r"(?:niet|nie|geen) (?:meer )?(?:leven|verder leven|bestaan) (?:wil|wilde|wou|willen)",
     r"geen (?:zin|reden|redenen|puf|kracht|zin meer) (?:meer )?(?:om|in|tot) (?:te )?(?:dit |mijn |het |m )?(?:leven|verder te leven|door te gaan|bestaan|te leven|blijven|te blijven|hier te zijn|er te zijn|doorgaan|te bestaan)(?! (?:van|als|met|op|in de|zonder|na|bij|in het buitenland))",
     r"(?:het |mijn |dit )?leven (?:heeft|had) (?:voor mij |voor hem |voor haar |echt |gewoon )?geen (?:zin|nut|waarde)(?: meer)?",
     r"(?:nothing|no reason|no point|nobody|no one) (?:left )?(?:to live for|in living|to keep living|living)",
     r"(?:see|is|there is|theres) (?:no |not )?(?:the |a |any )?point (?:in|of) (?:living|life|being alive|going on|existing|staying alive)",
     r"(?:niet|nie) meer (?:wil|wilde|wou|willen|wilt) (?:leven|bestaan|verder leven|wakker worden)",
     r"(?:do not|dont|does not) (?:even )?(?:want|wanna) to (?:live|be alive|exist|be here|wake up|go on)",
     r"(?:can not|cant|could not) (?:go on|keep going|do this) (?:living|anymore|any more)(?! (?:with|at|in))")
rule("suicide.not_here", "suicide", SIGNAL,
     r"er (?:gewoon |echt |liever |straks |morgen |dan |helemaal )?niet (?:meer )?(?:zijn|wezen) (?:wil|wilde|wou|willen)",
     r"(?:wil|wilde|wou|willen|wilt) (?:er )?(?:gewoon |echt |liever |eigenlijk )?(?:niet meer|nie meer|nooit meer) (?:zijn|hier zijn|wezen|er zijn)",
     r"(?:wil|wilde|wou) er (?:gewoon |echt |liever )?(?:niet|nie) (?:meer )?zijn",
     r"(?:als|wanneer|dat|zodra) (?:ik|hij|ze|zij) er (?:straks |morgen |gewoon |echt )?niet meer (?:ben|is|was|zijn|zou zijn)(?! (?:bij|aan|op|in|om|voor))",
     r"(?:morgen|straks|vanavond|vannacht|binnenkort) (?:ben|is) (?:ik|hij|ze) er (?:gewoon )?niet meer",
     r"(?:er|hier) (?:beter|liever) (?:niet|nie) (?:meer )?(?:kan |kon |zou )?(?:zijn|wezen|was|ben|waren|bestond)",
     r"(?:will not|wont|wouldnt|would not) be (?:here|around|alive) (?:tomorrow|anymore|much longer|for long)")
rule("suicide.why_alive", "suicide", SIGNAL,
     r"waarom (?:leef|besta) (?:ik|hij|ze) (?:eigenlijk |uberhaupt |nog steeds )?(?:nog|nog steeds|eigenlijk|uberhaupt)(?= ,|$)",
     r"why (?:am i|do i|is he|is she) (?:even |still )?(?:alive|exist|living|here)",
     r"(?:whats|what is) the point (?:of|in) (?:living|life|me|being alive|going on)",
     r"(?:nooit|niet) meer (?:leven|bestaan)(?= ,|$)",
     r"(?:niet erg|fijn|prima|geen probleem) <g4>(?:als|dat) (?:ik|i) <g3>(?:niet (?:meer )?wakker|dood (?:ging|ga|was)|er niet meer|verongeluk|aangereden|overreden|een ongeluk|doodging|doodga)",
     r"(?:perron|spoor|rails|dakrand|brugleuning) <x6>(?:een stap|1 stap|een stapje|springen|jump|de trein komt|voor de trein)",
     r"(?:hoe hoog|hoeveel|hoe lang|hoe diep|hoe snel|welke|how high|how many|how much|how long|which) <g8>(?:om|to) (?:<g1>)?(?:dood te gaan|te sterven|niet meer wakker te worden|te overlijden|die|kill myself|end it)",
     r"brief <g4>(?:neergelegd|klaargelegd|achtergelaten|gelegd|left)(?! (?:voor de (?:juf|meester|postbode)))")
rule("suicide.euphemism", "suicide", SIGNAL,
     r"(?:last|burden|tot last) <x8>(?:ben (?:ik )?(?:straks |binnenkort |snel )?weg|binnenkort weg|er (?:straks |binnenkort )?niet meer|verdwijn|gone soon|wont be here)",
     r"(?:heb|have|had) (?:al )?(?:een )?(?:plan|plannen|plan) (?:en|and) (?:een )?(?:datum|date|dag|moment|tijdstip|plek)(?= ,|$)",
     r"(?:er|eruit|er gewoon|er gwn|eruit gewoon) (?:uit ?stappen|uitstappen|uit te stappen|stappen)",
     r"uit het leven (?:stappen|te stappen|gaan|stapt|stapte)",
     r"verdwijnen <g3>(?:nooit meer terug|niet meer terug|never come back|for good)",
     r"(?:op|on) (?:de|het|een|the) (?:brug|dak|spoor|perron|rand|flat|bridge|roof|ledge|tracks) <x5>(?:twijfel|twijfelde|twijfelen|aarzel|aarzelde|bijna gesprongen|durfde (?:het )?niet|hesitated|almost jumped)",
     r"bijna (?:gesprongen|opgehangen|gedaan|van de brug|voor de trein|jumped|killed myself)",
     r"(?:life|leven|my life|mijn leven|het leven|alles|everything) (?:is|feels|voelt) (?:so |totally |echt |helemaal |zo )?(?:pointless|zinloos|nutteloos|meaningless)(?: ,| en| and)? <g3>(?:want out|wil eruit|wil weg|wil niet meer|i want to go|stop)",
     r"end it (?:this|next|on|tomorrow|tonight|soon|today|after|before)",
     r"(?:going to|gonna|will|wanna|want to) end it(?= ,|$)",
     r"better off dead|beter af dood|beter dood af",
     r"er (?:<g1>)?(?:niet|nie) (?:meer )?(?:wil|wilde|wou|willen) zijn",
     r"nergens (?:meer )?zin in <x6>(?:leven|het leven|bestaan)",
     r"niemand <g3>(?:zou|zal|gaat) <g2>(?:missen)(?= ,|$| (?:als|wanneer) (?:ik|i) | toch| echt| hoor| eh| he| denk)",
     r"afscheid <g2>(?:geschreven|klaar|opgenomen|ingesproken|geschreven heb)|afscheidsvideo|afscheidsfilmpje")
rule("suicide.indirect", "suicide", SIGNAL,
     r"(?:mes|messen|touw|pillen|scheermesje|strop|pistool|tabletten|knife|rope|pills|gun) <x8>(?:denk erover na|denk erover|denk eraan|overweeg|twijfel|ga het doen|durf het niet|doe het|thinking about it|considering)",
     r"(?:morgen|straks|binnenkort|vannacht|volgende week|tomorrow|soon) (?:<g1>)?(?:niet meer|er niet meer|nie meer) (?:leeft|leef|leven|is|ben|zijn|zal zijn|alive|here)",
     r"(?:how much longer|how long) (?:can i|i can|will i|i will|i could|do i have to) (?:<g1>)?(?:keep going|do this|hold on|go on|take this|survive|keep living)",
     r"(?:touw|strop|koord|rope|noose) <g4>(?:gehangen|opgehangen|vastgemaakt|geknoopt|aan de balk|aan het plafond|aan de trap|tied|hung)",
     r"(?:wil|kan) (?:echt |gewoon |gwn )?(?:niet|nie) meer verder(?= ,|$| zo| leven| met leven| met mijn leven| met dit leven)",
     r"(?:hoog|verdieping|hoogte|etage|floors|stories) <g2>(?:springt|springen|spring|valt|vallen|val|jump|jumps|fall)",
     unless=r"(?:zwembad|duikplank|trampoline|parachute|bungee|skydiv|klimmen|klimmuur|parkour|vissen|bouldering)")
rule("suicide.indirect2", "suicide", SIGNAL,
     r"(?:wie|who) <g2>(?:zijn|haar|mijn|my|his|her) (?:spullen|stuff|things|kamer|telefoon|kleren|bezittingen) (?:krijgt|gets|mag hebben|can have|krijgen)",
     r"(?:hoop|wens|hope|wish|pray) (?:dat )?<g3>(?:me|mij|i get|he gets) (?:<g1>)?(?:raakt|aanrijdt|overrijdt|doodrijdt|hits|runs over|run over|aangereden|overreden|geraakt)",
     r"(?:hoop|hope|wish) <g3>(?:aangereden|overreden|run over|hit by a car|geraakt door)")
rule("suicide.indirect3", "suicide", SIGNAL,
     r"(?:uitgezocht|opgezocht|bedacht|gepland|uitgestippeld|planned|figured out|looked up) <x3>(?:hoe en waar|hoe en wanneer|waar en hoe|wanneer en hoe|hoe ik het|how and when|how and where)",
     r"(?:vermist|weggelopen|niet thuisgekomen|spoorloos|missing|ran away|niet thuis gekomen) <x8>(?:brief|briefje|afscheid|spijt|sorry|goodbye|note|letter)",
     r"(?:brief|briefje|note|letter|bericht) <g4>(?:achtergelaten|neergelegd|klaargelegd|left)",
     r"(?:tonight|today|vandaag|vanavond|vannacht|this) (?:is|wordt|will be) (?:my|mijn) (?:last|laatste) (?:night|day|nacht|dag|week)(?= ,|$)",
     r"(?:hoop|hope|wish) (?:dat )?(?:ik|i|hij|ze) <g4>(?:dood ga|doodga|sterf|overlijd|dood ben|die|dont wake up|do not wake up|niet meer wakker)",
     r"(?:lange mouwen|long sleeves) <x6>(?:niemand|nobody|no one) <g2>(?:ziet|zien|weet|sees|knows|see)",
     r"(?:zegt|zei|roept|riep|says|said|tells me|told me) (?:<g1>)?(?:dat )?(?:ik|i) (?:<g2>)?(?:dood moet|dood mag|beter dood|dood had moeten|should die|should kill myself|should be dead|kill myself|nooit geboren)")
rule("suicide.indirect4", "suicide", SIGNAL,
     r"(?:i am|im|ik ben|i m) (?:<g1>)?(?:done|klaar|weg|gone|out)(?: ,)? (?:<g1>)?(?:goodbye|bye|vaarwel|doei|dag|farewell) (?:everyone|iedereen|allemaal|world|wereld|all|jullie)(?= ,|$)",
     r"(?:goodbye|afscheid|vaarwel|doei voor altijd|farewell|bye forever) <x8>(?:wont answer|will not answer|neemt niet op|neemt haar telefoon niet op|neemt zijn telefoon niet op|reageert niet|not answering|nergens te vinden|geen antwoord|doesnt answer|does not answer|antwoordt niet|offline|telefoon uit|phone off)",
     r"(?:telefoon|mobiel|phone) (?:<g1>)?(?:uitgezet|uit gezet|uitgedaan|turned off|off) <x8>(?:water|brug|spoor|dak|rails|flat|bridge|tracks|roof|river|rivier|zee)",
     r"geen (?:enkele )?reden (?:meer )?(?:om )?(?:morgen |nog )?(?:op te staan|wakker te worden|door te gaan|verder te gaan|te blijven)")
rule("suicide.indirect5", "suicide", SIGNAL,
     r"(?:not|isnt|is not|niet|aint) (?:even )?(?:worth|waard) (?:living|it anymore|om te leven|te leven)",
     r"(?:leven|life) (?:is|isnt|is not) (?:het )?(?:niet|not) (?:meer )?(?:waard|worth (?:living|it))",
     r"(?:laatste bericht|afscheid|vaarwel|goodbye|last message) <x8>(?:zorg goed voor|pas goed op|take care of|look after|zorg voor)")
rule("suicide.indirect6", "suicide", SIGNAL,
     r"<PILLS> (?:van|of) (?:mijn|mn|m|my) (?:moeder|vader|oma|opa|ouders|broer|zus|mom|dad|mum|parents) (?:<g1>)?(?:gepakt|gestolen|meegenomen|weggenomen|verstopt|took|stole|taken)",
     r"<PILLS> <g4>(?:gepakt|gestolen|verstopt|onder mijn bed|in mijn kamer|in mijn la|hidden|under my bed|in my room)(?! (?:voor|van de dokter|voorgeschreven))",
     r"(?:kan|can) (?:echt |gewoon )?(?:niet|nie|not) (?:meer )?(?:leven|live|verder leven) (?:met|with)",
     r"(?:mijn|my) (?:eigen )?(?:begrafenis|uitvaart|funeral|death|dood plannen)",
     r"(?:planning|plan|plannen|regelen) (?:<g1>)?(?:my|mijn) (?:own )?(?:death|dood|einde|end|funeral|begrafenis)",
     r"(?:het|t) (?:leven )(?:niet|nie) meer (?:ziet|zie|zien|zag) zitten|(?:zie|ziet|zien|zag) (?:het )?leven (?:<g1>)?(?:niet|nie) meer zitten",
     r"(?:relieved|glad|happier|better off|happy|opgelucht|blij|gelukkiger|gelukkig) (?:<g1>)?(?:if|when|als|wanneer) (?:i|ik) (?:was|were|am|ben|er) (?:<g1>)?(?:gone|dead|not here|not around|weg|dood|niet meer|niet was|niet ben|niet zou zijn)",
     r"(?:swallowed|geslikt|doorgeslikt|ingeslikt|took|taken|genomen) (?:<g2>)?(?:a lot of|lots of|loads of|heaps of|heel veel|te veel|too many|all (?:my|of my|the)|a bunch of|bunch of) <g2><PILLS>",
     r"(?:a lot of|lots of|loads of|heaps of) <g2><PILLS>",
     r"(?:weg van|uit|leave|from) (?:deze|de|this|the) (?:wereld|world)(?! (?:reis|tour|kampioen|record|cup))|van deze wereld (?:af|weg|verdwijnen)")
rule("suicide.indirect7", "suicide", SIGNAL,
     r"(?:jullie|ze|iedereen|you|they) (?:zijn|zijn dan|are|will be|zullen) (?:straks |binnenkort |dan |eindelijk |snel |soon )?(?:van me af|van mij af|rid of me|free of me)",
     r"(?:niet meer vol|kan niet meer|wil niet meer|klaar mee|klaar met alles|done|cant do this|can not do this|geen zin meer|niet meer trek|niet meer trekt|kan het niet meer) <x8>(?:(?:heb|have|got) (?:al )?(?:een|a) plan|(?:een|a) plan (?:heeft|heb|hebben|has))",
     r"(?:heb|have|got) (?:al )?(?:een|a) plan <x8>(?:niet meer vol|kan niet meer|wil niet meer|klaar mee|done|cant do this|geen zin meer|end it|eind)",
     r"(?:i will|ill|i ll|i am going to|im going to|gonna) be (?:gone|dead) (?:soon|tomorrow|tonight|forever|by)",
     r"(?:note|letter|brief|briefje|afscheidsbrief) <x6>(?:i am ready|im ready|ready|ben er klaar voor|ben klaar)")
rule("suicide.ready", "suicide", SIGNAL,
     r"(?:heb|have|had|got) (?:<g2>)?(?:een|a) (?:strop|noose)",
     r"(?:strop|noose|touw|pillen|tabletten|pills) <g4>(?:liggen|ligt|staan|hangt|hangen|is|are) (?:al )?(?:klaar|ready|verstopt|hidden)",
     r"(?:liggen|ligt|staan|hangt) (?:al )?klaar <g3>(?:strop|touw|pillen|tabletten)")
rule("suicide.indirect8", "suicide", SIGNAL,
     r"(?:pijn doet|pijn doen|lang duurt|hurt|hurts|painful|how long) <g3>(?:om te|to|voor je) (?:verdrinken|springen|sterven|dood te gaan|ophangen|doodgaan|drown|die|jump|hang|bleed out|doodbloeden)",
     r"zo ver (?:dat|da) (?:ik|hij|ze) <g4>(?:brief|briefje|plan|pillen|touw|mes|strop|afscheid)",
     r"(?:zich|mezelf|zichzelf|me|mij|jezelf) (?:<g1>)?(?:te )?(?:verhangen|verhing|verhangt|verhangen heeft)",
     r"(?:kap|stop|hou|kappen|stoppen) (?:ermee|er mee|ermee op)(?: ,)? (?:<g1>)?met (?:alles|het leven|leven|mijn leven)",
     r"(?:ways|manieren|methods|methodes|manier) (?:to|om) (?:<g1>)?(?:die|kill myself|commit suicide|dood te gaan|zelfmoord te plegen|te sterven|end my life|mijn leven te beeindigen)",
     r"(?:laatste bericht|last message|laatste appje|last text) <x8>(?:sorry voor alles|sorry for everything|vaarwel|goodbye|afscheid|voor altijd|forever)",
     r"(?:weg|vermist|kwijt|missing|gone|niet thuis) <x8>(?:laatste bericht|last message|laatste appje|last text)",
     r"<PILLS> <g3>(?:allemaal|alle|all|in een keer) (?:<g1>)?(?:tegelijk|at once|in een keer|at the same time|tegelijkertijd)",
     unless=r"(?:dokter|arts|apotheker|volgens|voorgeschreven|bijsluiter|adhd|vitamine)")
rule("suicide.indirect9", "suicide", SIGNAL,
     r"(?:heb|heeft|hebben|took|have taken|has taken) (?:<g1>)?<PILLS> (?:genomen|geslikt|ingenomen|doorgeslikt)(?= ,|$)",
     r"(?:hoe lang duurt|how long does|how long do|hoelang duurt) <g3>(?:doodbloeden|verdrinken|stikken|sterven|dood gaan|doodgaan|it take to die|to bleed out|to drown|to die)",
     r"no reason to (?:keep going|go on|live|stay|be here|wake up|keep living)",
     r"(?:niks waard|niets waard|waardeloos|worthless|haat me|hates me|haten me|hate me) <x10>(?:wil weg|wil dood|want to die|want out|wil niet meer|wil verdwijnen|wanna die|wil er niet meer zijn)",
     r"(?:niemand houdt van me|niemand houdt van mij|niemand geeft om me|niemand geeft om mij|nobody loves me|no one loves me|no one cares|nobody cares) <x8>(?:waarom zou ik|why should i|why would i|wat heeft het voor zin|whats the point)",
     r"waarom zou (?:ik|je) (?:nog )?(?:leven|doorgaan|verder leven|bestaan|verder gaan)(?= ,|$)",
     unless=r"(?:tegen|hooikoorts|hoofdpijn|adhd|voorgeschreven|dokter|griep|koorts)")
rule("suicide.indirect10", "suicide", SIGNAL,
     r"(?:dood zijn|dood|doodgaan|sterven|death|being dead|dying) (?:<g1>)?(?:beter|better|fijner|makkelijker) (?:is|zou zijn|lijkt|than|dan|would be)",
     r"(?:dood|sterven|doodgaan|dood gaan|die|dood kan gaan|dood kan) <g3>(?:zonder pijn|pijnloos|painless|without pain|without it hurting)")
rule("suicide.no_wake2", "suicide", SIGNAL,
     r"(?:niet|nooit|not|never) (?:meer )?(?:wakker (?:word|werd|worden|wordt)|wake up|woke up) <x6>(?:goed|prima|fijn|niet erg|hoop|beter|okay|ok|fine|hope|better)")
rule("suicide.jump_said", "suicide", SIGNAL,
     r"(?:dak|brug|flat|balkon|raam|gebouw|parkeergarage|viaduct|bridge|roof|balcony|window) <x10>(?:gaat|ga|wil|wilt|gaan|dreigt|dreigde|going to|wants to|gonna) (?:<g1>)?(?:springen|te springen|jump)",
     r"(?:gaat|ga|wil|wilt|gaan|dreigt|dreigde|going to|wants to|gonna) (?:<g1>)?(?:springen|te springen|jump) <x10>(?:dak|brug|flat|balkon|raam|gebouw|parkeergarage|viaduct|bridge|roof|balcony)",
     unless=r"(?:zwembad|water|trampoline|meer|zee|bommetje|parachute|skydiv|bungee|duikplank|pool|lake)")
rule("suicide.indirect11", "suicide", SIGNAL,
     r"afscheid <x8>(?:alsof|als of|as if|like it was) <g3>(?:laatste|last) (?:keer|dag|time|day)",
     r"(?:weggegeven|weg gegeven|geeft <g3>weg|gaf <g3>weg|gave away|giving away|given away) <x8>(?:niet meer nodig|dont need|do not need|wont need|will not need)",
     r"(?:als|wanneer|if|when) (?:ik|i) (?:dood|weg|er niet meer|gone|dead) (?:ben|is|was|am) <x8>(?:hoeft|hoeven|niemand|iedereen|beter|rust|zorgen|nobody|everyone|no one)")
rule("suicide.indirect_weak", "suicide", HYPERBOLE,
     r"(?:nagedacht|nadenken|denk|dacht|thought|thinking) <g3>(?:over )?(?:hoe|how) (?:ik|i) (?:het|t|it) (?:ga|zou|moet|kan|will|would|should) (?:<g1>)?(?:doen|do)(?= ,|$)",
     r"(?:wil|want) (?:er )?(?:gewoon |echt )?(?:uit|eruit|out)(?= ,|$)",
     r"^(?:wil|wl) (?:echt |gewoon )?(?:niet|nie) meer(?=$| ,)",
     r"^(?:ik )?(?:wil|ga) (?:<g1>)?springen(?=$)",
     r"(?:wil|wou) er (?:niet|nie) meer bij (?:zijn|horen)(?=$| , (?:bij )?(?:niks|niets|alles|iets|het leven))",
     r"(?:ik|i) (?:kap|kapt) (?:ermee|er mee)(?=$)",
     r"(?:geen|not one|not another|no) (?:dag|day|nacht|night|minuut|minute) (?:langer|meer|more|longer) (?:<g1>)?(?:kan|aan|kun|can|volhoud|overleef)(?= ,|$)",
     r"(?:mislukte|failed) (?:zelfmoord)?(?:poging|attempt)",
     r"(?:staar|staren|kijk|stare|staring|denk) <g6>(?:medicijnkast|medicijnkastje|medicine cabinet|pillendoos|pillen van)",
     r"(?:ik ben|ben ik|i am|im) (?:straks|binnenkort|snel|morgen|soon) (?:weg|gone|er niet meer)(?= ,|$)",
     r"(?:het is|t is|dit is|is het|its|it is) (?:<g1>)?(?:beter|het beste|better|best) (?:zo|this way)(?= ,|$)",
     r"(?:wordt|gaat|will) (?:het )?(?:nooit|never) (?:meer )?(?:beter|get better|worden|goed)(?= ,|$)",
     r"(?:het|t) (?:niet|nie) meer (?:ziet|zie|zien|zag) zitten",
     r"(?:ik|i) (?:ga|going to|gonna|am going to) (?:het|t|it) (?:echt |nu |gewoon )?(?:doen|do)(?=$)",
     r"(?:ik|i) (?:stop|quit) (?:ermee|er mee|with everything|met alles)(?= ,|$)",
     r"(?:geef|gaf|give|gave) (?:het|t|it) (?:<g1>)?op(?= ,|$)|(?:give|giving|gave) up(?= ,|$| on life| on everything)",
     r"(?:niemand|nobody|no one) (?:die )?(?:om|about) (?:me|mij) (?:geeft|cares)",
     r"geen zin meer in (?:, )?(?:in )?(?:alles|niks|niets|anything|everything)",
     r"(?:daarna|dan|after that) (?:ben ik|i am|im) (?:weg|gone|er niet meer|voorgoed weg)(?= ,|$)",
     r"(?:ga|gaat) (?:het|t) (?:vannacht|vanavond|vandaag|morgen|straks|dit weekend|tonight|echt) (?:<g1>)?(?:doen|echt doen)(?= ,|$)",
     r"(?:vannacht|vanavond|straks|tonight) (?:ga|doe) (?:ik|i) (?:het|t|it)(?: doen| echt doen)?(?= ,|$)",
     r"(?:het|t) (?:vannacht|vanavond|vandaag|morgen|straks|dit weekend) (?:ga|gaan|ga ik) (?:echt )?doen(?= ,|$)",
     r"(?:het is|t is|its|it is) (?:niet|not) (?:jouw|jullie|jou|je|your) (?:schuld|fault)(?= ,|$)",
     r"(?:(?:niet|nie) meer (?:leeft|leef))(?= ,|$| morgen| als)",
     r"hoe lang (?:ik )?(?:dit |het )?(?:nog )?(?:volhoud|kan volhouden|vol kan houden|nog kan|nog volhoud)", neg_after=False)
rule("suicide.better_off", "suicide", SIGNAL,
     r"beter (?:af )?(?:zijn |is |zijn af )?zonder (?:mij|me)",
     r"(?:beter|fijner|rustiger|makkelijker) (?:af )?(?:voor iedereen |voor hun |voor hen )?(?:als|wanneer|zodra) (?:ik|hij|ze) (?:er )?(?:niet (?:meer )?(?:ben|is|was|zou zijn|besta)|weg (?:ben|is|was)|dood (?:ben|is|was))",
     r"niemand (?:zou|zal|gaat|zou het) <g2>(?:missen|merken|opvallen)(?= ,|$| (?:als|wanneer|dat|mocht) (?:ik|i) (?:[a-z0-9]+ ){0,3}(?:dood|weg|niet meer|verdween|verdwijn|zelfmoord|doodging|doodga|er niet|overleed|overlijd))",
     r"(?:beter|gelukkiger|blijer|fijner|makkelijker|rustiger|happier|better|easier) <g3>(?:zonder|without) (?:mij|me)",
     r"(?:beter|fijner|rustiger|makkelijker|gelukkiger|better|easier|happier) <g4>(?:als|wanneer|zodra|if|when) (?:ik|i) (?:er )?(?:niet (?:meer )?(?:ben|besta|was|leef)|weg (?:ben|ga|was)|dood (?:ben|ga|was)|verdwijn|verdwenen ben|wegga|er niet ben|dood ga|doodga|was gone|am gone|was dead|die|wasnt here|was not here|disappear|wasnt around|was not around)",
     r"(?:nobody|no one|noone) (?:would|will|is going to|even) <g2>(?:miss|notice|care)(?= ,|$| (?:if|when) (?:i|im) (?:[a-z0-9]+ ){0,2}(?:died|die|dead|gone|disappeared|killed|wasnt|was not|am not|not here|not around))",
     r"better off (?:without me|if i (?:was|were|am) (?:gone|dead|not here))",
     r"(?:ben|am) (?:alleen maar |gewoon |echt )?(?:een )?(?:last|burden) (?:voor|to|for) (?:iedereen|everyone|mijn|my|jullie|hun)",
     r"(?:hebben|heeft|have|has) (?:ze |hij |iedereen |everyone |they )?(?:eindelijk |dan )?(?:rust|peace) (?:als|wanneer|when|if) (?:ik|i) ")
rule("suicide.end_it", "suicide", SIGNAL,
     r"(?:eind|einde|end) (?:aan|maken aan|to) (?:mijn|zijn|haar|het|my|it|his|her) ?(?:leven|life|all)?(?:<g1>)?(?:maken|make|maak|gemaakt|te maken)?",
     r"(?:een )?(?:eind|einde) aan (?:maken|maak|te maken|gemaakt|gaat maken|wil maken)",
     r"(?:maak|maakt|maken|ga|gaat|make) (?:er|het) (?:<g1>)?(?:een )?(?:eind|einde) aan(?= ,|$| (?:vannacht|vanavond|vandaag|morgen|nu|straks|tonight))",
     r"(?:er|het) (?:een )?(?:eind|einde|punt) (?:aan|achter) <g3>(?:maken|maak|zetten|zet|gemaakt|gezet)",
     r"(?:mijn|zijn|haar) (?:eigen )?leven (?:beeindigen|beeindig|te beeindigen|nemen|stoppen|afsluiten)",
     r"(?:end|ending|ended|take|taking) (?:my|his|her|their) (?:own )?(?:life|lives)",
     r"end (?:it all|everything|it tonight|it now|it today|things)",
     r"ending (?:it all|everything|my life|things|it tonight)",
     r"(?:kill|killing|killed|kil|hang|hanging|drown|poison|shoot) (?:myself|himself|herself|themselves)",
     r"(?:killmyself|kms)",
     r"(?:mezelf|zichzelf|jezelf|mijzelf|zich) (?:<g1>)?(?:doden|dood maken|doodmaken|ophangen|op te hangen|opgehangen|ophangt|ophang"
     r"|van kant (?:maken|te maken)|verdrinken|vergiftigen|om het leven (?:brengen|te brengen)|killen|kill|te doden|neerschieten|dood te maken)",
     r"(?:me|mij) (?:<g1>)?(?:ophangen|op te hangen|opgehangen|van kant (?:maken|te maken)|verdrinken|vergiftigen|om het leven (?:brengen|te brengen))",
     r"(?:zelfmoord|suicide|zelfdoding) (?:plegen|pleeg|te plegen|gepleegd|doen|te doen|commit|committing)",
     r"(?:commit|committing|attempted|attempt|try) suicide",
     r"(?:zelfmoordpoging|suicidepoging|suicide attempt|poging tot zelfmoord|poging tot zelfdoding)",
     r"(?:van kant <g1>(?:maken|te maken)|het loodje (?:leggen))")
rule("suicide.thoughts", "suicide", SIGNAL,
     r"(?:denk|denkt|dacht|denken|nadenken|gedachten|fantaseer|overweeg|overweegt|think|thinking|thought|thoughts) <g3>(?:aan|over|about|of) <g1>(?:zelfmoord|suicide|zelfdoding|mezelf (?:doden|ophangen|van kant)|killing myself|ending (?:it|my life)|dood gaan|doodgaan)",
     r"(?:zelfmoordgedachten|suicidale gedachten|suicidal thoughts|doodsgedachten|doodswens|suicidaal|suicidale|suicidal)",
     r"(?:plan|plannen) <g3>(?:om )?(?:mezelf|me|zelfmoord|dood|suicide|een eind|er een eind|myself)")
rule("suicide.topic", "suicide", TOPIC,
     r"zelfmoord|suicide|zelfdoding|zelfmoorden|ctb|sewerslide|unalive|113")
rule("suicide.no_wake", "suicide", SIGNAL,
     r"(?:hoop|wil|wou|liefst|graag|wens|om|zodat|pray|hope|wish|want|wanna) <g5>(?:niet|nooit|not|never) (?:meer )?(?:wakker (?:worden|word|te worden|wordt|wakker|werd|zou worden)|wake up|to wake up|woke up)",
     r"(?:slapen|inslapen|sleep) en (?:nooit|niet) meer (?:wakker|opstaan)")
rule("suicide.never_born", "suicide", SIGNAL,
     r"(?:was|waren|ware) (?:ik|hij|ze) (?:maar|liever) (?:nooit|niet) (?:geboren|op de wereld)",
     r"(?:was|ware) (?:ik|hij|ze) maar dood",
     r"(?:wou|wilde|wens) (?:dat|da) (?:ik|hij|ze) <g2>(?:dood|nooit geboren|niet geboren|er niet) (?:was|ben|waren|is)",
     r"(?:had|hadden) (?:nooit|niet) geboren (?:moeten )?(?:worden|zijn)",
     r"wish (?:i|he|she) (?:was|were|had) (?:never|not) (?:born|been born|here|alive)",
     r"wish (?:i|he|she) (?:wasnt|was not|werent|were not) (?:alive|here|born)")
rule("suicide.no_way_out", "suicide", SIGNAL,
     r"(?:zie|zien|ziet) (?:echt |gewoon |helemaal |nu )?geen (?:uitweg|oplossing|uitkomst|andere uitweg|enkele uitweg) (?:meer)?(?! (?:voor|in|met) (?:mijn|die|dat|deze|het) (?:huiswerk|toets|probleem|wiskunde|planning))",
     r"(?:zelfmoord|dood|doodgaan) (?:is|lijkt|voelt als) (?:<g2>)?(?:de )?(?:enige|beste) (?:oplossing|uitweg|optie)",
     r"(?:no way out|only way out|the only option left)")
rule("suicide.done_living", "suicide", SIGNAL,
     r"(?:klaar|done|kapot|finished) (?:met|mee met|with) (?:het |mijn |dit )?(?:leven|bestaan|life|living)",
     r"(?:het |mijn |dit )?leven (?:zo |echt |helemaal |gewoon )?(?:zat|beu|moe)(?! (?:van|om))",
     r"(?:zat|beu|moe) (?:van het leven|om te leven|van leven|van mijn leven)",
     r"(?:tired|sick|done) (?:of|with) (?:living|life|being alive|existing|my life)",
     r"(?:stoppen|stop|ophouden) met (?:leven|bestaan|ademen|living|existing)")
rule("suicide.farewell", "suicide", SIGNAL,
     r"(?:afscheidsbrief|afscheidsbrieven|afscheidsbericht|afscheidsberichten|suicide note|goodbye (?:note|letter))",
     r"afscheid (?:nemen|genomen|neemt|neem|te nemen) (?:van|van al) (?:iedereen|jullie|alles|mijn familie|alle)",
     r"(?:dit|this) (?:is|was|wordt) (?:mijn|het|zijn|haar|my) laatste (?:bericht|berichtje|message|keer)",
     r"laatste (?:keer|bericht) (?:dat|that) (?:je|jullie|u|you|iemand) (?:<g2>)?(?:iets )?(?:van me|van mij|from me|me) (?:<g1>)?(?:hoort|horen|ziet|zien|hear|see)",
     r"(?:geef|geeft|gaf|geven|weggegeven|give|gave|giving) <g3>(?:mijn|zijn|haar|my|his|her|al mijn) (?:spullen|stuff|things|bezittingen|belongings)(?: <g2>)?(?:weg|away)",
     r"(?:spullen|dingen) (?:niet meer nodig|weggegeven)",
     r"(?:zeg|vertel|tell) (?:maar )?(?:tegen |aan )?(?:mijn |my )?(?:<KIN>|iedereen|everyone) (?:dat|that) (?:ik|i) (?:<g2>)?(?:van (?:haar|hem|ze|hen|jullie|hun) hou|love (?:her|him|them|you)|sorry (?:ben|am))",
     r"(?:vaarwel|farewell) (?:iedereen|allemaal|everyone|wereld|world)",
     r"afscheid <x6>zonder dat <g3>(?:weet|wist|doorheeft|doorhad|merkt|merkte)",
     r"(?:stiekem|heimelijk|secretly) afscheid",
     r"(?:vaarwel|dag|doei|bye|goodbye|tot ziens|houdoe) <g3>(?:voor altijd|voorgoed|forever|for good)",
     unless=r"(?:juf|meester|pensioen|collega|collegas|afscheidsfeest|verhuizen|verhuis|verhuist|emigreert|emigreren|voor vandaag|tot morgen|doei|vakantie|groep 8|kamp|werk|baan|stage|docent|leraar|for today)")
rule("suicide.method_pills", "suicide", SIGNAL,
     r"(?:heel veel|te veel|teveel|veel te veel|alle|al mijn|al haar|al zijn|een hele?|hele|doos|doosje|pot|potje|strip|strips|[2-9][0-9]|[1-9][0-9][0-9]|twintig|dertig|veertig|vijftig|honderd|handvol|bunch of|too many|all (?:my|her|his|the)|whole (?:bottle|box|pack)|handful of|overdose of) <g5><PILLS>",
     r"<PILLS> <g3>(?:geslikt|doorgeslikt|ingeslikt|opgespaard|gespaard|verzameld|klaarliggen|klaar liggen|klaargelegd|gehamsterd|swallowed|stockpiled|saved up|saving up)",
     r"<PILLS> <g6>(?:om|to) (?:<g1>)?(?:dood te gaan|te sterven|niet meer wakker|zelfmoord|een eind|die|kill myself|end it|overdose)",
     r"<PILLS> <g2>(?:op )?(?:spaar|spaart|sparen|opsparen|verzamel|verzamelen|hamster|hamsteren)",
     r"(?:spaar|spaart|sparen|opsparen|verzamel) <g3><PILLS>",
     r"(?:hoeveel|how many|how much) <g2><PILLS> <g6>(?:dood|doodgaan|dood te gaan|sterven|niet meer wakker|overdosis|fataal|dodelijk|die|dead|overdose|lethal|kill|too many|te veel|teveel|fatal|genoeg om|enough to)",
     r"(?:dood|doodgaan|doodgaat|doodga|dood gaat|dood ga|sterven|sterft|sterf|die|dies|overdose|od) (?:van|aan|door|on|from|met) (?:<g2>)?<PILLS>",
     r"(?:dodelijke dosis|lethal dose|overdosis|overdose|overdosed|overdosing|od gaan)",
     r"(?:pillen|pills|paracetamol|tabletten) (?:genomen|ingenomen|took|taken) (?:om|to) (?:dood|te sterven|niet meer|die|not wake)",
     unless=r"(?:adhd|hoofdpijn|koorts|voorschrift|huisarts zegt|per dag|bijsluiter|mag een kind|mag je geven|allergie|hooikoorts)")
rule("suicide.method_other", "suicide", SIGNAL,
     r"(?:een |de )?strop (?:gemaakt|maken|klaar|gekocht|opgehangen|geknoopt|om mijn nek)",
     r"(?:touw|riem|koord|rope|noose) <g4>(?:om mijn nek|om (?:me|mezelf) op te hangen|to hang myself|around my neck|ophangen)",
     r"(?:springen|spring|springt|sprong|jump|jumping|gooien|gooi|werpen|leap) <g4>(?:van|voor|off|from|in front of|onder) <g3>(?:dak|brug|flat|trein|balkon|raam|gebouw|spoor|metro|snelweg|rails|flatgebouw|parkeergarage|bridge|roof|building|train|window|balcony|cliff|klif|toren|auto|vrachtwagen|bus|tram)",
     r"(?:dak|brug|flat|balkon|raam|gebouw|bridge|roof|building|balcony|klif|cliff|spoor|trein|metro|auto|vrachtwagen|tram) <g4>(?:af )?(?:springen|spring|jump|te springen|te gooien|gooien|werpen|te werpen|lopen|te lopen)",
     r"(?:voor|onder|in front of|under) (?:de|het|een|the|a) (?:trein|metro|tram|bus|vrachtwagen|auto|train|truck|car) <g2>(?:liggen|springen|lopen|gooien|stappen|staan|gaan liggen|lie|jump|step|walk)",
     r"(?:pols|polsen|wrist|wrists|aders) <g2>(?:doorsnijden|door te snijden|doorgesneden|opensnijden|slit|cut open)",
     r"(?:sta|zit|ben|lig|stand|standing|am|sitting|staan) <g3>(?:op|bij|on|at|langs|naast) (?:het|de|een|the|a) (?:spoor|rails|spoorlijn|treinspoor|railway|tracks|ledge|rand van het dak|rand van de brug|dakrand)",
     r"(?:hoe|how) (?:kan|moet|zou|doe|do|can|to) <g3>(?:pijnloos|painless|snel|quickly|zonder pijn) <g2>(?:dood|sterven|die|doodgaan|dood te gaan)",
     r"(?:pijnloos|painless|snelste manier|quickest way|easiest way|makkelijkste manier) <g4>(?:dood|sterven|die|doodgaan|dood te gaan|zelfmoord|suicide|kill)",
     r"(?:hoe|how) (?:kan|moet|doe|pleeg|do|can|to) (?:ik|je|i|you|men) <g2>(?:zelfmoord|suicide|mezelf doden|jezelf doden|mezelf ophangen|jezelf ophangt|dood gaan|doodgaan|kill myself|kill yourself|hang myself)",
     unless=r"(?:in het (?:water|meer|zwembad)|in de (?:zee|rivier|gracht|plas)|bommetje|zwemmen|trampoline|parachute|skydiven|bungee|klimmen|parkour|in the (?:lake|water|pool))")
rule("suicide.hyperbole", "suicide", HYPERBOLE,
     r"(?:ik|i) (?:ga|gaat|going to|am going to) (?:echt |gewoon )?(?:dood|die)(?: ,|$| echt| hoor| man)",
     r"(?:ik|i) (?:wil|will|want to) (?:niet|nie|not) meer(?: (?:echt|gewoon|hoor|man|ofzo|eigenlijk|alles|met alles|leven))*(?= ,|$)",
     r"(?:kan|kan het|can) (?:echt |gewoon )?(?:niet|nie|not) meer(?: (?:echt|gewoon|hoor|aan|verder))*(?= ,|$)",
     r"(?:ik|i) (?:zie|zien) het (?:echt |gewoon |helemaal |allemaal |nu )?(?:niet|nie) meer zitten",
     r"(?:zie|ziet) (?:echt |gewoon |helemaal )?geen (?:toekomst|zin)(?: meer)?(?= ,|$)",
     r"(?:klaar|done) (?:mee |mee , )?(?:met|mee met|with) alles",
     r"(?:mijn |het |dit )?leven (?:is|heeft) (?:echt |gewoon |helemaal )?(?:niks|niets|geen|nothing) (?:meer )?(?:waard|zin|nut|worth)",
     r"(?:krijg|krijgt|kreeg|kregen) (?:er|ervan) <g3>van langs",
     r"(?:agressief|aggressive|gewelddadig|violent) <x6>(?:bang|scared|afraid|durf niet)",
     r"(?:wat|waarom) (?:heeft|is) (?:het|dit) (?:allemaal )?(?:nog )?(?:voor )?(?:zin|het nut)(?! om (?:te )?(?:leren|studeren))",
     r"(?:verdwijnen|disappear|weg zijn) (?:, )?(?:voor altijd|voorgoed|forever|for good)",
     r"(?:voorgoed|voor altijd|forever) (?:verdwijnen|weg|slapen|disappear|sleep)",
     r"(?:wil|wilde|wou|ga|want|wanna|hoop) <g4>(?:weg|verdwijnen|slapen|rust|ophouden|dood|weg zijn|disappear|sleep|leave|gone|go away|rest) (?:<g2>)?(?:, )?(?:voorgoed|voor altijd|forever|for good)",
     r"(?:trek|trekt|kan|hou|houd) (?:dit|het|t|dat|het leven) (?:echt |gewoon |allemaal )?(?:niet|nie)(?: meer)?(?= ,|$| (?:ik|man|echt|wil|alles|hoor))",
     r"(?:ik|i) (?:hoef|hoeft) (?:het |dit )?(?:echt |gewoon |allemaal )?(?:niet|nie) meer(?= ,|$)",
     r"(?:hoeft|hoef) (?:het |dit )?(?:voor mij|van mij) (?:allemaal )?(?:niet|nie) meer",
     r"(?:sta|zit|ben|stand|am) <g2>(?:op|bovenop|boven op|on top of|on) (?:het dak van )?(?:de|het|een|the) (?:brug|flat|parkeergarage|flatgebouw|balkon van de flat|viaduct|spoorbrug|rand van het dak|rand van de brug|hoogste verdieping|dak van de flat|dak van de school|bridge|ledge|parking garage|top floor)",
     r"(?:hoop|hope) (?:dat )?(?:ik|i) <g2>(?:doodga|dood ga|verongeluk|aangereden word|een ongeluk krijg|get hit by|die in)",
     r"(?:liefst|liever) <g2>(?:dood|doodgaan|dood zijn|sterven|dead)(?! (?:van|door))",
     r"(?:want|wants|wanted|wish|need) (?:it|everything|this|all this) (?:all )?(?:to )?(?:end|stop|be over)(?= ,|$| now| forever| for good| tonight)",
     r"(?:wil|wilde|wou) (?:gewoon |echt |alleen |alleen maar )?(?:dat|da) (?:alles|het|het allemaal|het leven) (?:<g1>)?(?:stopt|ophoudt|voorbij is|afgelopen is|klaar is)(?= ,|$| voorgoed| voor altijd)",
     r"(?:alles|alles al) (?:geregeld|opgeruimd|afgesloten)(?: ,)? <g6>(?:spullen|brief|afscheid|vanavond|vannacht|doe ik het|niet meer|straks)",
     r"(?:spullen|dingen|bezittingen) <g2>(?:verdeeld|weggegeven|uitgedeeld|weggeven)",
     r"(?:vanavond|vannacht|straks|morgen|tonight|vandaag) (?:doe ik het|ga ik het doen|is het (?:voorbij|klaar|afgelopen)|ben ik weg|im gone|i will do it)(?= ,|$)",
     r"(?:doodgaan|dood gaan|dood zijn|dood) (?:lijkt|voelt) (?:me |mij )?(?:beter|fijn|fijner|rustig|een opluchting|makkelijker)",
     r"(?:kill me|just kill me|please kill me|wanna die|want to die)(?= ,|$| now| please| pls)",
     r"(?:literally|letterlijk|actually) (?:<g1>)?(?:want to|wanna|wil|going to|gonna) (?:die|dood)",
     r"(?:denk|denkt|dacht|think|thinking) <g3>(?:aan|over|about) (?:de dood|dood gaan|doodgaan|death|dying)")

# =======================================================================================
# Self-harm
# =======================================================================================
CUT = (
    r"(?:snij|snijd|snijdt|sneed|sneden|gesneden|snijden|kras|krast|kraste|krasten|gekrast|krassen"
    r"|cut|cuts|cutting|cutted|gecut|cutten|brand|brandt|brandde|gebrand|branden|burn|burns|burned"
    r"|burning|bonk|bonkt|bonken|beschadig|beschadigt|beschadigd|beschadigen|krab|krabt|krabben"
    r"|gekrabd|sla|slaat|sloeg|slaan|geslagen|hit|hitting|scratch|scratches|scratching|scratched"
    r"|harm|harming|harmed|hurt|hurting|straf|straffen|strafte|punish|punishing|bijt|bijten|gebeten"
    r"|prik|prikken|geprikt|uithongeren|starve|starving|carve|carving|carved|kerf|kerven|gekerfd|stomp|stompt"
    r"|stompen|gestompt|punch|punches|punching|punched|knijp|knijpt|geknepen)"
)
ACCIDENT = (
    r"(?:koken|kook|het koken|blikje|papier|papiertje|scheren|shaving|cooking|oven|pan|soep|brood"
    r"|groente|groenten|strijkijzer|kaars|per ongeluk|perongeluk|accidentally"
    r"|by accident|voetbal|sport|sporten|training|gym|vallen|gevallen|fiets|kat|poes|hond|struik"
    r"|braam|bramen|tuin|knutselen|schaar bij|mes bij het|aardappel|ui|uien|vinger|teen|duim"
    r"|wel slaan|voor mijn kop|voor m kop|voor mijn hoofd|kan mezelf wel|lui ben|snoep|chocola|strijkbout"
    r"|zonnebrand|zonnebrandcreme|verbrand door de zon|sunburn"
    # everyday tools and pets named as the cause of a small injury ("mezelf geschoren en me
    # gesneden", "burned my hand on the tosti ijzer", "krassen van onze nieuwe kitten")
    r"|geschoren|tosti|tosti ijzer|tostiijzer|tosti apparaat|kitten|kittens|puppy|cavia|konijn|hamster)"
)
rule("self_harm.self_verb", "self_harm", SIGNAL,
     rf"{CUT} <g3>{SELF}(?! (?:niet|nooit|never|not|wel|eruit|voor|bij))",
     rf"{SELF} <g4>{CUT}(?! (?:niet|nooit|never|not|wel|eruit|voor|bij))",
     rf"(?:snij|snijd|snijdt|kras|krast|cut|gesneden|gekrast|gecut|cutten|krassen|snijden|branden|gebrand|sneed|kraste|knip|knipt|geknipt|knippen|prik|geprikt) <g3>(?:in|op|into|on) (?:mijn|m|haar|zijn|my|her|his|de|the) (?:eigen )?{BODY}",
     rf"{BODY} <g2>(?:opengehaald|opengesneden|open gehaald|open gesneden|opengekrast|kapot gesneden|kapotgesneden|opengekrabd|open gekrast)",
     rf"(?:opengehaald|opengesneden|opengekrast|kapotgesneden) <g2>{BODY}",
     rf"(?:cutting|cut|cuts|burning|burn|burned|scratching|scratched|snijden in|krassen in|kras in|snij in) (?:my|her|his|mijn|haar|zijn|m) {BODY}",
     rf"(?:carve|carving|carved|kerf|kerven|gekerfd|kras|krassen|scratch) <g4>(?:into|in) (?:my|mijn|m|her|haar) {BODY}",
     rf"(?:in|op|on) (?:mijn|m|haar|zijn|my|her|his) {BODY} <g2>(?:gesneden|gekrast|gecut|gebrand|snijden|krassen|cutten|branden|cut|scratched)",
     unless=ACCIDENT)
rule("self_harm.hurt_self", "self_harm", SIGNAL,
     r"(?:mezelf|zichzelf|mijzelf|myself|himself|herself) (?:<g2>)?(?:pijn (?:doen|doe|doet|gedaan|te doen|aandoen)|iets (?:aandoen|aan doen|aan te doen|aandoe|aandoet)|wat (?:aandoen|aan doen|aan te doen|aandoe))",
     r"(?:pijn|iets|wat) (?:aan )?(?:doen|doe|aandoen|aan te doen|aandoe) (?:bij )?(?:mezelf|zichzelf|mijzelf)",
     r"(?:doe|doet|deed|deden|doen) (?:<g1>)?(?:mezelf|zichzelf|mijzelf|me) (?:<g2>)?(?:pijn|iets aan|wat aan)",
     r"(?:mezelf|zichzelf|mijzelf|myself) (?:iets|wat|pijn) <g2>(?:aandoen|aan doen|aan te doen|aandoet|aandoe|doen|te doen)",
     r"(?:^|ik |i )(?:snij|snijd|kras|brand|cut|sla) (?:me|mij)(?= ,|$| (?:elke|weer|vaak|soms|iedere|als|wanneer|omdat|om|expres|kapot|open|zodat|tot|in (?:mijn|m) (?:arm|armen|pols|polsen|been|benen|bovenbenen|buik)))",
     r"(?:ik|i|hij|ze|zij) (?:snij|snijd|snijdt|kras|krast|cut|cuts) (?:me |mezelf |zichzelf )?(?:om|omdat|als|wanneer|zodat|because|when|to)(?! (?:de|het|een|the|a) (?:groente|groenten|brood|vlees|taart|ui|uien|papier|pizza|appel|tomaat|stof|bread|cake))",
     r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing) (?:myself|herself|himself|themselves)",
     r"(?:expres|express|bewust|opzettelijk|on purpose) <g3>(?:pijn|snijden|gesneden|branden|gebrand|krassen|gekrast|slaan|geslagen|bloeden|cut|hurt|burn)",
     r"(?:verdien|verdient|deserve|deserves) (?:<g1>)?(?:pijn|straf|het niet om te leven|pain|to hurt|to suffer|to die)",
     r"(?:tot|until|till) (?:het |ik |i |(?:mijn|m|my) [a-z]+ )?(?:bloed|bloedt|bloeden|bleed|bleeds|bleeding)(?! (?:van|uit) (?:mijn )?(?:neus|tandvlees))",
     r"(?:sla|slaat|sloeg|bonk|bonkt|bonkte|beuk|beukt|bang|bangs|hit|hits|ram|ramt) (?:met )?(?:mijn|m|zijn|haar|my|his|her) (?:hoofd|kop|head) <g2>(?:tegen|against) (?:de|een|the|a) (?:muur|deur|wall|door|kast|grond|vloer|floor)",
     r"(?:hoofd|kop|head) <g2>(?:tegen|against) (?:de|een|the|a) (?:muur|deur|wall|door) <g2>(?:slaan|sla|slaat|bonken|bonk|bonkt|banging|bang|bangs|hitting|sloeg)",
     rf"(?:sigaret|peuk|aansteker|cigarette|lighter) <g4>(?:uit(?:gedrukt|drukken|drukte|drukt|gedrukt)|branden|gebrand|burn|burned|(?:uit )?(?:op|on) (?:mijn|haar|zijn|my|her|his) {BODY})",
     r"(?:huid|skin) <g3>(?:open|kapot) (?:gekrabd|krabben|krab|gekrast|krassen|scratch|scratched)",
     unless=ACCIDENT)
rule("self_harm.again", "self_harm", SIGNAL,
     r"(?:weer|opnieuw|again|nog steeds|still) <g3>(?:gesneden|gekrast|gecut|gesnijd|gebrand|cutting|cut|snijden|krassen|cutten|selfharm|zelfbeschadiging)",
     r"(?:aan het|ben weer aan het|begonnen met|begon met|gestopt met|stoppen met|stop met|started|start|stopped|stop|quit) (?:<g1>)?(?:snijden|krassen|cutten|cutting|selfharm|self harm|selfharming|zelfbeschadiging)",
     r"(?:snij|snijd|snijdt|kras|krast|cut|cuts) (?:weer|opnieuw|again|nog steeds|elke dag|every day|soms|vaak)(?= ,|$| als| wanneer| when| om| omdat| sinds)",
     r"(?:ik|i|hij|ze|zij|dochter|zoon|vriendin|vriend) (?:<g1>)?(?:snij|snijd|snijdt|kras|krast|cut|cuts)(?= ,|$)",
     r"(?:[0-9]+|een|twee|drie|paar) (?:dagen|weken|maanden|jaar|days|weeks|months|year|years) clean",
     r"clean (?:van|from|of) (?:<g1>)?(?:snijden|krassen|cutten|cutting|selfharm|sh|zelfbeschadiging)",
     r"(?:relapse|relapsed|terugval|teruggevallen|terugvallen) <g3>(?:selfharm|self harm|sh|snijden|krassen|cutting|cut|zelfbeschadiging)",
     r"(?:selfharm|self harm|zelfbeschadiging|snijden|cutting) <g2>(?:relapse|terugval|relapsed)",
     unless=ACCIDENT)
rule("self_harm.marks", "self_harm", SIGNAL,
     rf"(?:sneetjes|sneeen|sneen|snee|sneden|snijwonden|snijwondjes|littekens|krassen|krasjes|wondjes|brandwonden|cuts|scars|scratches|burns|sneetje) <g3>(?:op|in|on) (?:de |zijn |haar |mijn |my |her |his |beide )?{BODY}",
     rf"{BODY} <g3>(?:vol|full of|covered in) (?:<g1>)?(?:sneetjes|sneeen|littekens|krassen|snijwonden|cuts|scars)",
     r"(?:littekens|scars) <g4>(?:snijden|krassen|cutting|verstoppen|verbergen|hide|niemand (?:weet|mag|ziet))",
     r"(?:lange mouwen|long sleeves) <g8>(?:snijdt|krast|cut|cutting|zichzelf|herself|himself|verstopt|verbergt|hides)",
     r"(?:mesje|mesjes|scheermesje|scheermesjes|razor|razors|blade|blades|sloopmesje|puntenslijper) <g6>(?:verstopt|verborgen|hidden|kamer|snijden|armen|arm|gesneden|cut|hide|voor als)",
     r"(?:niemand|nobody|no one|noone) <g3>(?:littekens|sneetjes|sneen|sneeen|snijwonden|wondjes|scars|cuts) <g2>(?:ziet|zien|sees|see|weet|knows|merkt|ontdekt)",
     r"(?:verberg|verstop|hide|cover) (?:<g1>)?(?:mijn|my|haar|her|zijn|his) (?:armen|polsen|benen|arms|wrists|legs)",
     r"(?:onder de|vol|vol met|covered in|full of) (?:snijwonden|sneetjes|sneen|sneeen|krassen|littekens|wondjes|cuts|scars)(?! (?:van de (?:kat|poes|struik)|op mijn (?:telefoon|scherm)))",
     r"(?:verstop|verberg|hide|hiding) <g3>(?:sneetjes|sneeen|sneen|littekens|wondjes|snijwonden|krassen|cuts|scars)",
     unless=r"(?:(?:van|door) (?:de|onze|ons|mijn|een|het) (?:nieuwe |kleine )?(?:kat|poes|kitten|hond|puppy|konijn|hamster|cavia)|van de kat|van de poes|van de hond|de kat|braam|bramen|struik|op mijn (?:telefoon|scherm|fiets|auto)|tattoo|koken|operatie|ongeluk|gevallen|vinger)")
rule("self_harm.more", "self_harm", SIGNAL,
     r"(?:expres|opzettelijk|on purpose|bewust) <x8>(?:bloed|bloeden|pijn|gesneden|gekrast|gebrand|bleed|blood|cut|gehouden|brand|heet|kachel|vuur|kokend|strijkijzer|fornuis)",
     r"(?:bloed|bloeden|pijn gedaan|gesneden|gekrast|gebrand|bleed|blood|cut) <x6>(?:expres|opzettelijk|on purpose)",
     rf"(?:weer|opnieuw|again) <g3>gedaan <x3>(?:in|op|on) (?:mijn|m|my) {BODY}",
     r"(?:gebruik|pak|neem|gebruikte|use|grab) (?:een |mijn |m |my |a )?(?:scheermesje|mesje|schaar|passer|naald|razor|blade|breekmes) (?:<g2>)?(?:als|wanneer|om|when|to|if)",
     r"(?:scheermesje|mesje|razor|blade) <x12>(?:rot voel|verdrietig|boos|stress|pijn voelen|ontspannen|rustig|sad|numb)",
     rf"(?:naalden|naald|spelden|passer|needles|needle|pins) <g3>(?:in|into) (?:mijn|m|haar|zijn|my|her|his) {BODY}",
     unless=ACCIDENT + r"|(?:arts|dokter|prikken bij|vaccin|bloedprikken|prik gehad|bloed geprikt|diabetes|insuline|tattoo|piercing)")
rule("self_harm.more2", "self_harm", SIGNAL,
     rf"{BODY} <g2>(?:openhalen|open halen|opensnijden|open snijden|kapotsnijden|kapot snijden|kapot maken|kapotmaken|openkrassen|open krassen)",
     rf"(?:openhalen|opensnijden|kapotsnijden|openkrassen) <g2>{BODY}",
     r"(?:heeft|heb|had|has) (?:weer|steeds|nieuwe|alweer|opnieuw) (?:<g1>)?(?:sneetjes|sneen|sneeen|krassen|krasjes|wondjes|snijwonden|brandwonden|cuts|scratches)",
     r"(?:geloof|vertrouw|believe) (?:ik |i )?(?:het |dat |dit )?(?:niet|nie|dont|do not) <x8>(?:sneetjes|sneen|krassen|wondjes|snijwonden|blauwe plekken|gevallen|kat|cuts|bruises)",
     r"(?:sneetjes|sneen|krassen|wondjes|snijwonden|blauwe plekken|gevallen|kat|cuts|bruises) <x10>(?:geloof|vertrouw|believe) (?:ik |i )?(?:het |dat |dit )?(?:niet|nie|dont|do not)",
     r"(?:me|mezelf|mijzelf|myself|zichzelf) <g3>(?:met|with) (?:een |mijn |a |my )?(?:schaar|mes|mesje|scheermesje|passer|naald|aansteker|sigaret|glas|glasscherf|scissors|knife|razor|blade|lighter) (?:<g2>)?(?:bewerkt|gesneden|gekrast|gebrand|pijn gedaan|bewerken|toegetakeld|cut|burned|hurt)",
     r"(?:met|door) (?:te )?(?:snijden|krassen|cutten|branden)(?! (?:van|in de keuken|groente|hout|papier|brood))",
     unless=r"(?:van de kat|de kat was (?:het )?echt|tattoo|operatie|kookles|knutselen)")
rule("self_harm.more3", "self_harm", SIGNAL,
     rf"{BODY} <g2>(?:vol bloed|onder het bloed|helemaal rood van het bloed|covered in blood|full of blood)",
     r"(?:doe|doet|deed|doen|do|does) (?:<g1>)?aan (?:cutten|snijden|krassen|branden|cutting|selfharm|self harm)",
     unless=ACCIDENT)
rule("self_harm.more5", "self_harm", SIGNAL,
     rf"{BODY} <g3>(?:in brand gezet|in de fik gezet|verbrand|burned|set on fire)",
     r"(?:expres|opzettelijk|on purpose|bewust) <x8>(?:blauw|blauwe plekken|geknepen|knijpen|bruise|bruises)",
     r"(?:blauw|blauwe plekken|geknepen|bruise|bruises) <x8>(?:expres|opzettelijk|on purpose)",
     unless=ACCIDENT)
rule("self_harm.short", "self_harm", HYPERBOLE,
     r"^(?:ik )?(?:heb|had) (?:me|mezelf) (?:weer |opnieuw )?(?:gesneden|gekrast|gebrand)(?=$)")
rule("self_harm.deep", "self_harm", SIGNAL,
     r"(?:te diep|too deep|dieper dan|deeper than|dieper|deeper) <g3>(?:gesneden|gekrast|gesnden|cut|snijden|gesneden heb)",
     r"(?:gesneden|gekrast|cut|snij|snijd) <g4>(?:te diep|too deep|dieper dan (?:normaal|anders|ooit)|deeper than (?:usual|before|ever))",
     r"(?:cut|cuts|snij|snijd|kras|krast|gesneden|gekrast) (?:weer|again|opnieuw) (?:last night|yesterday|today|this morning|vannacht|gisteren|vandaag|vanochtend|gisteravond)",
     unless=ACCIDENT)
rule("self_harm.more6", "self_harm", SIGNAL,
     r"(?:snij|snijd|kras|brand|cut|sla) (?:ik|hij|ze|zij|i) (?:mezelf |me |zichzelf )?(?:weer|opnieuw|again|nog steeds|elke dag|every day)",
     r"(?:verse|nieuwe|diepe|fresh|new|deep) (?:snijwonden|sneetjes|sneen|sneeen|krassen|cuts|snijwondjes)",
     unless=ACCIDENT)
rule("self_harm.hidden", "self_harm", SIGNAL,
     r"(?:verband|verbanden|pleisters|pleister|bandages|bandage) <x12>(?:bloederige|bloedige|bebloede|bloed|blood|bloody|niet zeggen waarom|wil niet zeggen)",
     r"(?:doe|deed|did|doing|begin) (?:het|it|ermee) (?:weer|again|opnieuw)(?: ,)? (?:<g2>)?(?:snijden|krassen|cutten|branden|cutting|harming)",
     r"(?:weer|opnieuw|again) <x3>(?:snijden|krassen|cutten|cutting)",
     unless=ACCIDENT + r"|(?:operatie|prik|vaccin|bloedprikken|tattoo|piercing)")
rule("self_harm.ready", "self_harm", SIGNAL,
     r"(?:mesjes|mesje|scheermesje|scheermesjes|razor|razors|blades|blade) <g3>(?:liggen|ligt|staan|are|is) (?:al )?(?:klaar|ready|verstopt|hidden)")
rule("self_harm.more4", "self_harm", SIGNAL,
     r"(?:mijn|m|my) (?:haren|haar|nagels|huid|korstjes|wimpers|hair|skin|nails) <x8>(?:bloed|bloedt|bloeden|bleed|bleeds|bleeding|kale plekken|bald)",
     rf"{BODY} <g2>(?:bewerkt|toegetakeld|kapotgemaakt|kapot gemaakt|verwond|verminkt|mutilated)",
     rf"(?:puntenslijper|puntenslijpermesje|scheermesje|mesje|glasscherf|sharpener|razor) <x6>{BODY}",
     rf"{BODY} <x6>(?:puntenslijper|puntenslijpermesje|scheermesje|mesje|glasscherf|sharpener|razor)",
     r"(?:mezelf|zichzelf|mijzelf|myself|herself|himself) (?:<g2>)?(?:verwond|verwonden|verwondt|verminkt|toegetakeld|injured|injure|mutilated|mutilate)",
     r"(?:verwond|verwondt|verminkt|injure|injured|mutilate) (?:<g1>)?(?:mezelf|zichzelf|myself|herself|himself)",
     unless=ACCIDENT)
rule("self_harm.topic", "self_harm", TOPIC,
     r"zelfbeschadiging|selfharm|self harm|zelfverwonding|automutilatie|zelfbeschadigen|sh relapse")

# =======================================================================================
# Violence and abuse at home (including coercive control)
# =======================================================================================
GAMES = (
    r"(?:schaken|dammen|tennis|pingpong|tafeltennis|badminton|voetbal|fifa|mario ?kart|kaarten"
    r"|monopoly|uno|spelletje|spelletjes|potje|game|games|chess|squash|padel|armworstelen"
    r"|basketbal|hockey|darten|bowlen|minecraft|fortnite|roblox|gta|cod|warzone|rekenen|quiz)"
)
NOT_GAME = (
    rf"(?:(?:met|bij|in|with|at|tijdens|op) (?:het |de |een |a )?{GAMES}|for fun|voor de grap|als grap|als grapje"
    r"|as a joke|playfully|speels|stoeien|stoeiden|we were playing|aan het spelen|kussengevecht|pillow fight"
    r"|in het zwembad|in het water|in de sneeuw|in de modder|in de pool|into the pool)"
)
rule("abuse_home.person_hits", "abuse_home", SIGNAL,
     r"<PERSON> <n3><HIT> <n2><VICT>(?! (?:met|bij|in|with|at|op) (?:het |de |een )?(?:schaken|dammen|tennis|pingpong|fifa|kaarten|spelletje|potje|game|chess|armworstelen|monopoly))",
     r"<PERSON> <n2><VICT> <n2><HIT>",
     r"(?:slaat|sloeg|slaan|sloegen|schopt|schopte|schoppen|mishandelt|mishandelen|trapt|trappen|mept|meppen|wurgt) (?:me|mij)(?= ,|$| (?:als|wanneer|elke|iedere|vaak|steeds|weer|soms|dan|bont|in elkaar|hard|zo hard|omdat|want|en|zomaar|gewoon|nog|ook|thuis|s nachts|met (?:de|een|zijn|haar) (?:riem|stok|vuist|slipper)))",
     r"<HIT> (?:hij|ze|zij|he|she|they) (?:<g1>)?<VICT>",
     r"<PERSON> (?:<g2>)?(?:heeft|hebben|had|has|have) (?:<g2>)?<VICT> (?:<n4>)?<HITP>",
     r"(?:bang|vrees|scared|afraid|fear) (?:voor|om|for) (?:mijn|ons|my|our) (?:eigen )?(?:leven|life|lives|veiligheid|safety)",
     r"(?:wacht|wachten|wachtte|wachtten) <g3>(?:me|mij) <g3>op <x10>(?:geschopt|geslagen|in elkaar|bedreigd|pakken|steken|mes|klappen|slaan|schoppen|beroofd)",
     r"(?:^|mijn |m |my )<KIN_ADULT> (?:<g1>)?(?:slaat|sloeg|schopt|schopte|mishandelt|hits|beats)(?= ,|$| (?:als|wanneer|dan|en|ons|iedereen|alles|erop|er op|weer|elke|steeds|vaak|when|if|and))",
     r"(?:zoon|dochter|kind|puber|tiener|son|daughter|kid|pleegzoon|pleegdochter) (?:<n2>)?(?:slaat|schopt|bedreigt|mishandelt|hits|beats|threatens|kicks|duwt|knijpt) (?:<g1>)?(?:me|mij|ons)",
     unless=NOT_GAME + r"|(?:slaat|sloeg|schopt|schopte) (?:me|mij) (?:altijd |steeds )?(?:met|bij) (?:een |haar |zijn )?(?:kussen|knuffel|knuffels|sok|handdoek|pillow)|onder de tafel|knock out|sparring|sparren|sparringpartner|in practice|tijdens training|tekken|elden ring"
     r"|(?:kleuter|peuter|dreumes|toddler|(?:kind|dochter|zoon|zusje|broertje|neefje|nichtje) van [1-5](?: jaar)?) (?:[a-z0-9]+ ){0,8}(?:slaat|knijpt|schopt|bijt|hits|kicks)"
     r"|(?:slaat|schopt) (?:me|mij) (?:altijd )?(?:met|bij) |(?:nooit|never) (?:geslagen|hit|slaat|sloeg)")
rule("abuse_home.passive", "abuse_home", SIGNAL,
     r"(?:word|wordt|werd|worden|werden|ben|is|was|zijn|get|gets|got|am|been|being|is being|was being) <n3><HITP>",
     r"<HITP> (?:word|wordt|werd|worden|te worden|wordt door|is|zijn)",
     r"<HITP> (?:door|by) <PERSON>",
     r"(?:krijg|krijgt|kreeg|kregen|krijgen|get|gets|got) (?:<g2>)?(?:klappen|slaag|een pak slaag|pak slaag|een klap|klap|een schop|schoppen|stokslagen|de riem|met de riem|tikken|een tik|beaten|hit|slapped|kicked|the belt)(?! (?:op|tegen|van|door|met|bij|tijdens) (?:de|het|een|the|a) )(?! (?:met|bij) voetbal)",
     r"<PERSON> <g2>(?:heeft|had|gaf|geeft|gaven|geven|gave|gives) <g2>(?:me|mij|haar|hem|ons) (?:een |nog een |weer een )?(?:klap|klappen|schop|stomp|mep|trap|kopstoot|vuistslag|pak slaag|slag|oplawaai|dreun|tik)(?! (?:op (?:mijn|m|de|zijn|haar) (?:schouder|rug)|van de bal))",
     r"(?:kou|kelder|kast|buiten staan|knielen|uren staan|geen eten|niet eten|geen water|opgesloten|koude douche|koud water|vastgebonden|zonder eten|in de hoek staan) <x6>(?:als straf|for punishment|as punishment|als ik)",
     r"(?:als straf|as punishment) <x6>(?:kou|kelder|kast|buiten|knielen|geen eten|niet eten|geen water|opgesloten|koude douche|vastgebonden|geslagen|slaan|riem)",
     r"(?:gestraft|straf|straffen|straft|punished|punishes) (?:<g1>)?(?:met|door|with|by) (?:<g2>)?(?:slaan|klappen|de riem|schoppen|slaag|hitting|beating|opsluiten|opgesloten|the belt|koude douche|koud water|ijskoud water|in de kou|honger|geen eten|knielen|cold shower)",
     r"(?:pak slaag|klappen|slaag|een klap|een pak rammel|rammel|een schop|a beating) (?:<g1>)?(?:gehad|gekregen|had|got)",
     r"(?:met|with) (?:een |de |zijn |haar |a )?(?:riem|stok|slipper|pollepel|belt|stick|snoer|kabel|kleerhanger|broeksriem) <g3>(?:geslagen|slaan|slaat|sloeg|hit|hits|beat|beats|gekregen)",
     r"(?:slaat|sloeg|hits|hit|beats|beat) (?:me|mij|ons|haar|hem) (?:<g2>)?(?:met|with) (?:een |de |zijn |haar |a )?(?:riem|stok|slipper|pollepel|belt|stick|snoer|kabel|kleerhanger|vuist|fist)",
     unless=r"(?:boksen|sparren|kickboksen|judo|karate|taekwondo|vechtsport|rugby|bokszak|sparring|boxing|bjj|jiu jitsu|ijshockey|sparringpartner)"
     r"|kicked out of (?:class|school|the lesson|the game|practice)|van school getrapt|uit de klas|(?:hit|geraakt) (?:by|in|door) (?:a |an |een |the )?(?:bike|car|bus|tram|ball|bal|fiets|auto|scooter)"
     r"|(?:ball|bal|dodgeball|cricket|basketbal|volleybal)|(?:bedreigd met (?:strafwerk|nablijven|huisarrest|een onvoldoende|straf|schorsing)|geslagen (?:met|bij|in) (?:schaken|tennis|voetbal|een spelletje|fifa)|opgesloten (?:in de lift|buitengesloten)|(?:dochter|zoon|kind|peuter|broertje|zusje) <g3>(?:wordt )?(?:geslagen|geschopt) door (?:een )?(?:kind|klasgenoot|jongen uit))")
rule("abuse_home.unsafe_home", "abuse_home", SIGNAL,
     r"(?:niet|nie|never|not|nooit) (?:meer )?(?:veilig|safe) (?:thuis|at home|in (?:mijn|ons|my|our) (?:eigen )?(?:huis|home))",
     r"thuis (?:is het|is|voel ik me|voelt het) (?:echt |gewoon |helemaal )?(?:niet|nie|nooit) (?:meer )?(?:veilig)",
     r"(?:ben|voel me|voel ik me|zijn|am|feel|is) (?:<g1>)?(?:thuis|at home) (?:<g1>)?(?:niet|nie|not|never) (?:meer )?(?:veilig|safe)",
     r"(?:deur|kamer|door) <g3>(?:op slot|dicht|gebarricadeerd|locked) <x8>(?:bang|durf|scared|afraid)",
     r"(?:home|my house|our house) (?:is|isnt|is not|doesnt feel|does not feel) (?:not )?(?:safe)",

     r"(?:liever|rather) (?:op straat|buiten|on the street|outside) (?:slapen |sleep )?(?:dan|than) (?:thuis|at home)",
     r"(?:wil|wilde|durf) (?:niet|nie) (?:meer )?(?:naar huis|terug naar huis) (?:want|omdat|because|anders)")
rule("abuse_home.afraid_home", "abuse_home", HYPERBOLE,
     r"(?:durf|durft|durfde|durven) (?:echt |gewoon )?(?:niet|nie) (?:meer )?(?:naar huis|thuis te komen|terug naar huis|naar mijn (?:vader|moeder|ouders)|thuis te zijn|thuis)",
     r"(?:bang|scared|afraid|terrified) (?:om |to )?(?:naar huis|thuis te komen|go home|to go home|going home|be at home|thuis te zijn)")
rule("abuse_home.afraid_of_kin", "abuse_home", HYPERBOLE,
     r"(?:bang|doodsbang|scared|afraid|terrified) (?:ben |bent |is |was |word |am |of )?(?:voor|van|of) (?:mijn|my|onze|our|haar|zijn) (?:eigen )?<KIN_ADULT>",
     r"(?:bang|scared|afraid) (?:dat|that) (?:mijn|my) <KIN_ADULT> <g3>(?:iets aandoet|iets aan doet|me slaat|ons slaat|haar slaat|hurt|hurts|hits|kills|vermoordt|iets doet)")
rule("abuse_home.afraid_of_kin_strong", "abuse_home", SIGNAL,
     r"(?:bang|doodsbang|scared|afraid|terrified) (?:voor|van|of) (?:mijn|my|onze|our|haar|zijn) (?:eigen )?<KIN_ADULT> <g6>(?:dronken|gedronken|drinkt|drunk|boos|kwaad|woedend|angry|slaat|sloeg|agressief|hits|gaat het mis|gevaarlijk)",
     r"(?:bang|scared|afraid) (?:dat|that) <g3>(?:mijn|my|hij|he|ze|she) <g3>(?:de kinderen|mij|me|ons|haar|my kids|the kids|us) <g2>(?:iets aandoet|iets aan doet|iets aan gaat doen|vermoordt|slaat|pijn doet|will hurt|hurts|hits|kills)")
rule("abuse_home.confined", "abuse_home", SIGNAL,
     r"(?:sluit|sluiten|sloot|sloten|locks|locked|lock) (?:me|mij|ons|haar|hem|us|her|him) (?:<g2>)?(?:op|in|up|out)(?! (?:het balkon|de wc))",
     r"(?:opgesloten|locked) (?:in|up in) (?:mijn|de|my|the|een|a|haar|zijn) (?:kamer|kelder|kast|schuur|zolder|badkamer|room|basement|closet|cupboard)",
     r"(?:krijg|krijgt|kreeg|krijgen|get|gets) (?:<g2>)?(?:thuis |at home )?(?:geen|no|niks|niets|nothing) (?:te )?(?:eten|food|to eat)(?! (?:op school|mee|in de pauze|lekker))",
     r"(?:mag|mocht|mogen) (?:<g3>)?(?:niet|nie|geen|niks) (?:<g1>)?(?:eten|drinken)(?: <g3>)?(?:als straf|van (?:mijn )?<KIN_ADULT>|straf)",
     r"(?:mag|mocht) (?:<g1>)?van (?:mijn |m |onze )?<KIN_ADULT> (?:<g2>)?(?:niet|nie|geen|niks|niets) (?:<g1>)?(?:eten|drinken|douchen|slapen|naar de wc|naar buiten)",
     r"(?:no food|dont feed me|do not feed me|dont let me eat|won ?t let me eat)",
     unless=r"(?:te leren|te studeren|leren voor|studeren|examens|toetsweek|te gamen|vrijwillig|om te gamen|buitengesloten|sleutel)")

rule("abuse_home.throat", "abuse_home", SIGNAL,
     r"(?:bij|aan|by) (?:mijn|de|haar|zijn|my|her|the) (?:keel|nek|haren|throat|neck|hair) (?:gepakt|gegrepen|vastgepakt|grabbed|getrokken|gesleurd)",
     r"(?:keel|throat) (?:<g1>)?(?:dichtgeknepen|dicht geknepen|dichtknijpen|dichtgedrukt|squeezed)",
     r"(?:knijpt|kneep|knijpen|grabbed|grabs|squeezes) <g3>(?:keel|throat|nek|neck)",
     r"(?:trekt|trok|sleurt|sleurde|pulls|pulled|dragged|drags) <g2>(?:me|mij|haar|hem) <g2>(?:aan mijn|aan haar|aan zijn|by my|by her|by the) (?:haar|haren|hair)",
     r"(?:sleurt|sleurde|dragged|drags) (?:me|mij|haar|hem) <g3>(?:door|over|across|through|de trap|the floor|de kamer)",
     r"(?:duwde|duwt|gooide|gooit|smijt|smeet|duwen|gooien|pushed|threw|throws|pushes|shoves) (?:me|mij|haar|hem|ons) (?:<g2>)?(?:van de trap|tegen de muur|tegen de kast|down the stairs|against the wall|op de grond|door de kamer|tegen de deur)")
rule("abuse_home.bruises", "abuse_home", SIGNAL,
     r"(?:blauwe plekken|blauwe plek|blauw oog|bloedneus|dikke lip|striemen|brandwonden|bruises|bruise|black eye|welts|schram|schrammen|wond|wonden|bult|buil|snee|kras) <g4>(?:van|door|from|by|because of) <PERSON>",
     r"(?:blauwe plekken|blauwe plek|bruises|wonden|schrammen|blauw oog) <x10>(?:zegt|zei|says|said|zeggen) <g3>(?:dat )?(?:ik|ze|hij|i|she|he) <g2>(?:gevallen|fell|van de trap|tegen de deur)",
     r"<PERSON> <g3>(?:blauwe plekken|blauwe plek|blauw oog|bruises|black eye) (?:<g2>)?(?:geslagen|gegeven|gave|geschopt)",
     r"(?:moet|moest|moeten|must|have to|had to) <g3>(?:zeggen|vertellen|say|tell) <g3>(?:dat )?(?:ik|i|ze|hij|she|he) (?:<g1>)?(?:gevallen|van de trap|van de fiets|tegen de deur|fell|walked into)",
     r"(?:zegt|zei|zeggen|says|said|tells|told) <g2>(?:dat )?(?:ze|hij|she|he) <g2>(?:gevallen|fell|van de trap gevallen|tegen de deur) <g6>(?:maar|but|geloof|believe|weer|again|vaak|steeds)",
     r"(?:steeds|vaak|elke week|weer|always|often|constantly|keeps having) (?:nieuwe )?(?:blauwe plekken|bruises) <g6>(?:vader|moeder|thuis|home|dad|mom|zegt|wil niet|says|wont say|verbergt|hides)")
rule("abuse_home.violence_home", "abuse_home", SIGNAL,
     r"(?:thuis|bij ons thuis|bij ons|in huis|at home) (?:wordt|word|is|zijn|gebeurt|is er|there is) (?:er )?(?:veel |vaak |steeds |elke dag |weer )?(?:geweld|geslagen|gevochten|violence|hitting|mishandeling)",
     r"(?:geweld|violence|mishandeling) (?:thuis|at home|bij ons thuis|in ons gezin|in mijn gezin|in our family)",
     r"(?:gooit|gooide|gooien|smijt|smeet|throws|threw|throwing) <g3>(?:dingen|spullen|borden|een bord|een stoel|stoelen|glazen|een glas|things|stuff|plates|a chair|een fles|flessen|een mes) <g2>(?:naar|tegen|at|to) (?:me|mij|ons|haar|hem|us|her|him|mijn|my)",
     r"(?:schreeuwt|schreeuwen|dronken|boos|woedend|agressief|tiert|scheldt|drunk|angry) <g6>(?:gooit|smijt|gooide|smeet|throws|threw) (?:met )?(?:dingen|spullen|borden|stoelen|glazen|meubels|stuff|things)",
     r"(?:gooit|smijt|gooide|smeet|throws|threw) (?:met )?(?:dingen|spullen|borden|stoelen|glazen|meubels|stuff|things) <x6>(?:bang|scared|afraid|durf)",
     r"(?:buren|buurman|buurvrouw|bovenburen|onderburen|neighbours|neighbors|neighbour|neighbor|hiernaast) <x12>(?:klappen|geslagen|slaan|slaat|mishandeld|mishandelt|hitting|beating|gegil|gillen|gilt)",
     r"(?:hoor|horen|hoorde|hear|heard) <g8>(?:gillen|gegil|schreeuwen|gehuil|klappen|slaan|screaming|hitting|crying) <x8>(?:door de muur|door de wand|hiernaast|bij de buren|next door|through the wall|door het plafond|through the ceiling)",
     r"(?:dreigt|dreigde|dreigen|threatens|threatened) <g4>(?:te )?(?:vermoorden|doden|slaan|af te maken|iets aan te doen|pijn te doen|kill|hurt|beat|to kill|to hurt)",
     r"(?:dreigt|dreigde|dreigen|threatens|threatened) <g3>(?:met|with) (?:een )?(?:mes|messen|pistool|wapen|geweer|knife|gun|weapon)",
     r"(?:slaat|sloeg|schopt|trapt) <g3>(?:in elkaar|bont en blauw|helemaal verrot|tot bloedens)")
rule("abuse_home.control", "abuse_home", SIGNAL,
     r"(?:mag|mocht|kan|kon) <g2>(?:niet|nie|nergens|nooit) <g2>zonder (?:hem|haar|mijn (?:man|vrouw|partner|vriend|vriendin)) <g3>(?:de deur uit|weg|naar buiten|heen|ergens heen|afspreken|boodschappen|naar mijn familie|naar vrienden)",
     r"<PARTNER> <g4>(?:beheert|controleert|houdt|pakt|neemt|heeft|bepaalt) <g2>(?:geld|pinpas|bankpas|salaris|money|finances) <g8>(?:mag|krijg|kan|moet|cant|can not|am not|not allowed) <g3>(?:niet|nie|niks|geen|nergens|niemand|vragen|verantwoorden|not|nothing|anywhere|ask)",
     r"(?:mag|mocht|mogen) (?:ik |i )?(?:<g2>)?van (?:hem|haar|mijn (?:man|vrouw|partner|vriend|vriendje|vriendin|ex)) (?:<g3>)?(?:niet|nie|nergens|niemand|geen|niks|never|nooit) (?:<g4>)?(?:de deur uit|naar buiten|weg|alleen|zien|afspreken|werken|familie|vrienden|vriendinnen|vriendin|geld|pinnen|heen|naartoe|bellen|praten|appen|meer)",
     r"<PARTNER> (?:<g4>)?(?:pakt|neemt|houdt|beheert|controleert|heeft|pikt|steelt|takes|took|controls|keeps) (?:<g2>)?(?:mijn|al mijn|ons|my|all my|our) (?:<g1>)?(?:geld|pinpas|bankpas|salaris|loon|uitkering|paspoort|sleutels|telefoon|money|card|bank card|passport|keys|phone)(?: <g2>)?(?: (?:af|weg|in beslag|afgepakt|afgenomen|away|from me))",
     r"<PARTNER> (?:<g4>)?(?:controls|controleert|bepaalt|checkt|leest|volgt|tracks) (?:<g3>)?(?:alles|everything|mijn locatie|my location|waar ik ben|where i am|wie ik zie|who i see|wat ik uitgeef|what i spend)",
     r"(?:moet|moest|must|have to) (?:<g3>)?(?:hem|haar|mijn man|mijn vriend|mijn partner|him|her|my husband|my boyfriend) (?:<g2>)?(?:altijd|steeds|elke keer|always|every time)? (?:<g2>)?(?:laten weten|vertellen|melden|tell|let know|text) (?:<g1>)?(?:waar|where|met wie|who)",
     r"(?:krijg|kreeg|get|gets) (?:<g2>)?(?:geen|no|niks|niets) (?:<g1>)?(?:eigen )?(?:geld|money|pinpas|bankpas) (?:<g3>)?(?:van|from) (?:hem|haar|mijn man|mijn partner|mijn vriend|him|my husband|my boyfriend)",
     r"(?:will not|wont|doesnt|does not|dont|do not) let me (?:<g1>)?(?:leave|go out|see (?:my )?(?:friends|family)|have (?:my own )?money|work|talk to)",
     r"(?:not allowed|isnt allowed|cant|can not) (?:to )?(?:leave the house|see my (?:friends|family)|go anywhere)(?: without (?:him|her))?",
     r"(?:sluit|sloot|houdt|hield) (?:me|mij) (?:<g2>)?(?:binnen|thuis|af van)(?! (?:als ik ziek|omdat het regent))",
     r"(?:isoleert|isoleerde|isolates|isolated) (?:me|mij)",
     r"(?:niemand|niks|nergens|niemand meer) (?:<g1>)?(?:mag|mocht|mogen) <g2>(?:behalve|except|but|dan) (?:hem|haar|mijn man|mijn vriend|mijn partner|him|her)",
     r"(?:mag|mocht|mogen) <g2>(?:niemand|niks|nergens|niemand meer) <g3>(?:behalve|except|but|dan) (?:hem|haar|mijn man|mijn vriend|mijn partner|him|her)",
     unless=r"(?:van (?:mijn|m) (?:moeder|vader|ouders|ma|pa|mama|papa|mam|pap) (?:niet|geen|nooit))|(?:huiswerk|schermtijd|gamen|snoep|te laat|feest|feestje|festival|zakgeld|jas|muts|sjaal|bezorgd|regen|kou|helm|licht|fietslicht|haha)")

rule("abuse_home.more", "abuse_home", SIGNAL,
     r"(?:drinkt|dronken|gedronken|drunk|drinks|drinking) <x6>(?:gevaarlijk|agressief|gewelddadig|dangerous|violent)",
     r"<VICT> <g2>(?:tegen de (?:grond|muur|deur|kast|vloer)|van de trap|door de kamer|op de grond|against the wall|down the stairs|to the floor) (?:<g1>)?(?:gegooid|geduwd|gesmeten|geslagen|getrapt|geschopt|gesleurd|pushed|thrown|threw|shoved)",
     r"(?:weer|alweer|again|another) (?:een )?(?:blauw oog|blauwe plekken|blauwe plek|black eye|bruises|dikke lip|bloedneus)",
     r"(?:als|if|wanneer|zodra) (?:ik|i) <g3>(?:weg ga|wegga|weggaan|leave|vertrek|verlaat|uitmaak|scheid|ga scheiden|divorce|hem verlaat) <x8>(?:nooit meer|meeneemt|afpakt|vermoord|iets aandoet|kill|take the kids|never see|zie ik)",
     r"(?:meeneemt|afpakt|mee neemt|vermoordt|iets aandoet|nooit meer zie|take the kids|kill me|never see) <x8>(?:als|if|wanneer|zodra) (?:ik|i) <g3>(?:weg ga|wegga|weggaan|leave|vertrek|verlaat|uitmaak|scheid|ga scheiden|divorce)",
     r"<PARTNER> <x10>(?:elk|ieder|elke|every) (?:bonnetje|cent|euro|uitgave|receipt|penny)",
     r"<PARTNER> <x12>(?:mag|mocht|kan|allowed) <g2>(?:niemand|niet|nergens|geen) (?:meer )?(?:<g1>)?(?:bellen|zien|spreken|appen|werken|de deur uit|naar buiten|call|see|talk|leave)",
     r"(?:laten|laat|liet|lieten) (?:me|mij|ons|haar|hem) (?:<g1>)?(?:niet|nie|geen) (?:<g1>)?(?:eten|drinken|slapen|douchen|naar de wc)",
     r"<PARTNER> <g3>(?:laat|liet|lets|let) (?:me|mij) (?:<g1>)?(?:niet|nie|nooit|not|never) <g2>(?:werken|de deur uit|naar buiten|weg|mijn familie|vrienden|afspreken|studeren|bellen|alleen|work|leave|see)",
     r"(?:krijg|krijgen|get) (?:alleen|maar|alleen maar|only) (?:geld|money) (?:voor|for) (?:de )?(?:boodschappen|groceries)",
     unless=r"(?:voor het slapen|snoep|chips|toetje|na het eten|(?:mijn|m|my) (?:hoofd|gedachten|gepieker|zorgen|stress) (?:laat|laten))")
rule("danger.forced_marriage", "danger", SIGNAL,
     r"(?:moet|moest|moeten|must|have to|forced to|dwingen me|dwingt me) <g5>(?:trouwen|huwen|marry|married|verloofd)",
     unless=r"(?:later|ooit|wil graag|willen graag|one day|someday|verjaardag|bruiloft van)")
rule("abuse_home.more2", "abuse_home", SIGNAL,
     r"(?:<POSS> )?<KIN_ADULT> (?:is|wordt|was|kan|gets|becomes) <n2>(?:gewelddadig|agressief|violent|aggressive|handtastelijk)(?! (?:in|op) (?:het verkeer|de weg|games|het veld))",
     r"(?:he|she|hij|ze) (?:controls|controleert|bepaalt|decides) (?:<g1>)?(?:where i go|waar ik heen|wie ik zie|who i see|everything|alles|what i wear|wat ik aantrek|who i talk to|met wie ik praat)",
     r"(?:he|she|hij) (?:<g2>)?(?:takes|took|pakt|neemt|nam) (?:<g1>)?(?:my|mijn) (?:money|geld|bank card|pinpas|bankpas|phone|telefoon|keys|sleutels)(?: af| away| from me)?(?= ,|$| and| en| zodat| so)",
     unless=r"(?:voetbal|hockey|rugby|game|film|serie|huiswerk|cijfers|schermtijd|zakgeld)")
rule("abuse_home.more3", "abuse_home", SIGNAL,
     r"anders (?:slaat|schopt|mishandelt|wurgt|duwt|sla|hits|beats) (?:hij|ze|zij|he|she)(?= ,|$| me| mij| ons)",
     r"(?:schreeuwt|gilt|roept|riep|gilde|screams|screaming|yelling|yells) (?:<g1>)?(?:om hulp|for help)",
     unless=r"(?:film|serie|game|grapje|haha)")
rule("abuse_home.more4", "abuse_home", SIGNAL,
     r"(?:knielen|knieen|knie|knees|kneel) <g3>(?:rijst|zout|erwten|kiezels|rice|salt)",
     r"(?:durf|durft|durfde|scared to|afraid to|bang om) (?:<g1>)?(?:niet|nie)? ?(?:te )?(?:slapen|sleep) <x8>(?:omdat|want|because|door) <g4><KIN_ADULT>",
     r"(?:in|into) (?:een|zijn|de|a|his|the) (?:busje|auto|bus|van|car|bestelbus) <g3>(?:trekken|te trekken|getrokken|duwen|te duwen|sleuren|pull|drag|pulled|dragged)",
     unless=r"(?:film|serie|game)")
combo("abuse_home.throws_at", "abuse_home", SIGNAL, rf"(?:{KIN_ADULT}|<PARTNER>)",
      r"(?:gooit|smijt|gooide|smeet|gooien|gegooid|gesmeten|geworpen|throws|threw|throwing|thrown|giet|goot)",
      r"(?:naar me|naar mij|naar ons|naar mijn hoofd|naar mijn gezicht|at me|at us|at my head|tegen me|over me heen|over mij heen|in mijn gezicht)",
      window=8, unless=r"(?:bal|kussen|sneeuwbal|waterballon|grap|spel|knuffel|snoep|kleren|sleutels|handdoek|kusje|kushandje|kus)")
rule("abuse_home.more5", "abuse_home", SIGNAL,
     r"(?:geeft|gaf|geven|gaven|gives|gave) (?:me|mij|ons|us) (?:<g1>)?(?:klappen|een pak slaag|slaag|een klap|een schop|een trap|een stomp|een mep|a beating|a slap)(?! (?:op (?:mijn|m|de) (?:schouder|rug)|van de bal))",
     r"(?:laten|laat|liet|lieten|leave|left) (?:me|mij|ons|us) <g3>(?:alleen|alone) <g4>(?:zonder eten|zonder geld|without food|dagen|nachten|days|nights)",
     r"(?:dagen|nachten|days|nights) (?:<g2>)?(?:alleen|alone) <g4>(?:zonder eten|without food|zonder geld|zonder drinken)",
     unless=r"(?:kamp|vakantie|logeren|oppas|film|serie)")
rule("abuse_home.punish", "abuse_home", SIGNAL,
     r"(?:kast|kelder|schuur|zolder|garage|hok|gang|badkamer|closet|basement|shed) <g2>(?:slapen|zitten|blijven|staan|sleep|stay) <x10>(?:als ik iets fout|als straf|for punishment|as punishment|van (?:mijn|mn|m) <KIN_ADULT>)",
     r"(?:als ik iets fout|als straf|for punishment|as punishment|van (?:mijn|mn|m) <KIN_ADULT>) <x10>(?:kast|kelder|schuur|zolder|garage|hok|closet|basement|shed) <g2>(?:slapen|zitten|blijven|staan|sleep|stay)",
     r"(?:krijg|krijgen|kregen|kreeg|get|got) <g4>(?:dagen|de hele dag|een dag|twee dagen|days|a day|all day) (?:<g1>)?(?:geen|no|niks|niets) (?:<g1>)?(?:eten|food|drinken)",
     r"(?:op|in) (?:mijn|m|mn|de|my) (?:kamer|kelder|kast|zolder|room|basement) (?:<g1>)?(?:opgesloten|locked up|locked in|vastgezet)")
rule("abuse_home.belt", "abuse_home", SIGNAL,
     r"(?:boos|kwaad|woedend|dronken|straf|angry|mad|drunk) <x8>(?:pakt|pakte|haalt|haalde|grabs|takes|took) <g2>(?:de|zijn|haar|een|the|his|her) (?:riem|stok|slipper|pollepel|belt|broeksriem|stick)")
rule("abuse_home.marks", "abuse_home", SIGNAL,
     r"(?:striemen|blauwe plekken|bloeduitstortingen|welts|bruises|littekens) <g6>(?:riem|stok|slipper|pollepel|belt|stick|kabel|snoer|kleerhanger|broeksriem)")
rule("abuse_home.more6", "abuse_home", SIGNAL,
     r"(?:soms|vaak|af en toe|altijd|weer|steeds|dan|elke dag|sometimes|often) (?:slaat|schopt|sloeg|schopte|hits|beats) (?:hij|ze|zij|he|she|papa|mama|mijn vader|mijn moeder)(?= ,|$| me| mij| ons| mama| papa| us| me)",
     unless=NOT_GAME + r"|(?:bal|deur|tafel|grap)")
rule("abuse_home.parents_fight", "abuse_home", HYPERBOLE,
     r"<KIN_ADULT> <g4>(?:tekeer|te keer|door het lint|helemaal los|flipt|ontploft|raast)",
     r"(?:ouders|vader|moeder|papa|mama|pa|ma|parents|dad|mom) <g2>(?:vechten|vechtpartij|op elkaar in|fighting physically|hitting each other|slaan elkaar)")
rule("abuse_home.topic", "abuse_home", TOPIC,
     r"huiselijk geweld|kindermishandeling|mishandeling|mishandeld|mishandelt|domestic violence|domestic abuse|child abuse|veilig thuis|partnergeweld|eergerelateerd geweld")

# =======================================================================================
# Sexual abuse, grooming, sextortion
# =======================================================================================
SECRET_RX = (
    r"(?:(?:niet|niemand|aan niemand|tegen niemand|geen mens) (?:<g2>)?(?:mag|mocht|mogen|moet|moest) (?:<g2>)?(?:vertellen|zeggen|laten zien|weten|horen|verklappen)|ons geheim|ons geheimpje|geheimpje|geheim (?:<g2>)?houden|geheim (?:<g2>)?blijven|niet (?:mag|mogen|mocht) (?:vertellen|zeggen)|mag (?:het )?(?:<g2>)?(?:niet|niemand|aan niemand|tegen niemand)"
    r" (?:<g3>)?(?:vertellen|zeggen|weten)|niemand mag (?:het |dit )?(?:weten|horen)|our secret|keep (?:it|this) (?:a )?secret|(?:dont|do not|not to|never) tell)"
)
rule("sexual_abuse.touches", "sexual_abuse", SIGNAL,
     r"(?:zit|zitten|zat|zaten|zitte|gezeten|zitten|aanzitten|aan zitten) (?:<g2>)?aan (?:me|mij|mijn lichaam|haar lichaam|mijn (?:borsten|kont|billen|piemel|vagina|plassertje|kruis|onderkant|dijen|lichaam|been|benen|tieten|lijf)|haar (?:borsten|kont|billen|vagina|plassertje|kruis|lijf))(?! (?:kop|hoofd|te zeuren|te zeiken|te zagen|spullen|haar|haren|telefoon|kamer))",
     r"aan (?:me|mij|haar|hem) (?:<g1>)?(?:gezeten|zitten|gezeten heeft|zit|zat)(?! (?:te zeuren|te zeiken|kop|hoofd))",
     r"aan (?:mijn|haar|m|mn) (?:borsten|kont|billen|piemel|vagina|kruis|tieten|lijf|lichaam|dijen|onderkant) (?:<g1>)?(?:gezeten|zitten|zat|gevoeld|voelen|voelde|gezeten heeft)",
     r"(?:was|got|been|being|am|were|is) (?:<g1>)?(?:touched|groped|molested|fondled) (?:by|door)",
     r"(?:raakt|raakte|raken|raakten|aanraken|aangeraakt|betast|betasten|betastte|betast|bevoeld|bevoelt) (?:<g3>)?(?:me|mij|haar|hem|mijn dochter|mijn zoon) (?:<g4>)?(?:aan|betast|op plekken|waar|tussen|onder|bij mijn|bij haar)",
     r"(?:<PERSON>) <g2>(?:touches|touched|touching|keeps touching|fondled|groped|gropes|molested|molests) (?:<g1>)?(?:me|my|her|him)(?! (?:heart|deeply|so much|soul))",
     r"(?:hand|handen|hands|hand) <g3>(?:in|onder|under|down) (?:mijn|haar|zijn|my|her) (?:broek|onderbroek|rok|shirt|kleren|trui|bh|pants|underwear|skirt|shirt|clothes)",
     r"(?:tussen|between) (?:mijn|haar|my|her) (?:benen|legs|dijen)",
     r"(?:lag|ligt|liggen|kroop|kruipt|climbed|lay|lies) <g2>(?:op|bovenop|on top of) (?:me|mij|haar)",
     r"(?:kijkt|keek|gluurt|gluurde|filmt|filmde|watches|watched|films|filmed|peeks) <g4>(?:als|wanneer|terwijl|when|while) (?:ik|ze|i|she) <g2>(?:douche|in bad|me omkleed|omkleed|naakt|shower|showering|change|changing|in the bath)",
     r"(?:filmpjes|filmpje|fotos|videos|plaatjes|films) (?:<g2>)?(?:met|van|over|of) (?:<g1>)?(?:seks|sex|naakte|blote|porno|porn)",
     r"(?:laat|liet|shows|showed) (?:me|mij|haar) <g3>(?:porno|seksfilmpjes|seks filmpjes|sexfilmpjes|filmpjes met seks|naaktfotos|zijn piemel|porn|his dick)",
     unless=r"(?:per ongeluk|perongeluk|accidentally|by accident|met zijn tas|kapper|dokter|huisarts|fysio|masseur|tandarts)")
rule("sexual_abuse.forced", "sexual_abuse", SIGNAL,
     r"(?:dwingt|dwong|dwingen|gedwongen|forces|forced|force|pressures|pressured|pushes|pushed|makes|made) (?:<g1>)?(?:me|mij|haar|hem|her|him) <g6>(?:seks|sex|dingen|things|aan te raken|aanraken|aanraak|te raken|uit te kleden|uitkleden|naakt|pijpen|te pijpen|zoenen|te zoenen|neuken|bed|porno|touch|undress|suck|naked|kleren uit|uit te doen|uit te trekken|uittrekken|broek uit|take off|clothes off)",
     r"(?:me|mij|haar|hem|her|him) (?:<g1>)?(?:gedwongen|forced|pushed|pressured|onder druk gezet|onder druk zet|onder druk gezet om) <g6>(?:seks|sex|dingen|things|aan te raken|uit te kleden|naakt|pijpen|zoenen|neuken|bed|porno|touch|undress|naked)",
     r"(?:dwingt|dwong|dwingen|forces|forced|pressures|pressured) (?:<g1>)?(?:me|mij|haar) <g8>(?:niet wil|niet wilde|dont want|didnt want|did not want|do not want)",
     r"(?:wil|wilde|wou|wants|wanted) (?:<g1>)?(?:dat )?(?:ik|i) <g2>(?:dingen|things|iets|rare dingen) (?:met|bij|for|with) (?:hem|haar|him|her) (?:<g1>)?(?:doe|doen|deed|do)",
     r"(?:zegt|zei|says|said) (?:<g1>)?(?:dat )?(?:het|dit|dat|it) (?:heel |gewoon |helemaal )?(?:normaal|normal|ok|oke|okay) (?:is|was)? <x10>(?:aanraken|aan me|dingen|seks|sex|bed|kleren|touch|naakt|zoenen)",
     r"(?:aanraken|aan me zit|dingen|seks|sex|kleren uit|touch|naakt|zoenen|zoent|kuste|kust) <x10>(?:zegt|zei|says|said) (?:<g1>)?(?:dat )?(?:het|dit|dat|it) (?:heel |gewoon |helemaal )?(?:normaal|normal)",
     r"(?:terwijl|hoewel|ook al|even though|while|although|toen) (?:ik|ze|i|she) (?:<g1>)?(?:nee|no|stop|niet wilde|didnt want) (?:<g1>)?(?:zei|zeg|riep|said|was saying|zeide)?",
     r"(?:wilde|wou|wilde het|want|wanted) (?:het )?(?:echt )?(?:niet|nie|not) (?:echt )?<x8>(?:hij|ze|he|they) <g2>(?:hield niet op|ging door|bleef doorgaan|stopte niet|ging gewoon door|didnt stop|did not stop|kept going)",
     r"(?:moest|moet|moesten|had to|have to) <g3>(?:aan hem|aan zijn|hem|zijn piemel|him|his) (?:<g1>)?(?:zitten|aanraken|pijpen|aftrekken|touch|suck)",
     r"(?:moest|moet|had to|must) (?:me|mij|mezelf|myself) <g2>(?:uitkleden|uit kleden|undress|naakt)",
     r"(?:wil|wou|wilde|wants|wanted) (?:dat )?(?:ik|i|me) <g3>(?:hem|haar|him|her) (?:<g1>)?(?:pijp|pijpte|pijpen|aftrek|aftrok|aftrekken|aanraak|aanraakte|bevredig|lik|likte|suck|blow|touch)",
     r"anders (?:zou|gaat|zal|ging) (?:hij|ze|zij) (?:het |alles )?<g2>(?:iedereen|aan iedereen|aan mijn ouders|aan mijn moeder|op school|online) (?:<g1>)?(?:vertellen|laten zien|sturen|zetten|verspreiden)",
     r"(?:wil|wilde|wou|wants|wanted) (?:<g1>)?(?:dat )?(?:ik|i|me|ze|she) (?:<g5>)?(?:me |mezelf |myself )?(?:uitkleed|uitkleedde|uit kleed|uitkleden|naakt|undress|naked|to undress|get naked)",
     r"(?:ik|i|ze|she) (?:wilde|wou|wil|did not want|didnt want) (?:het )?(?:niet|nie|to) (?:<g2>)?(?:maar|but) (?:<g1>)?(?:hij|he|ze|zij|they) (?:<g2>)?(?:ging|bleef|kept|went|deed|did|stopte niet|didnt stop|did not stop)",
     r"(?:ik|i) (?:zei|said|zeg) (?:<g1>)?(?:nee|no|stop) (?:<g2>)?(?:maar|but) (?:<g1>)?(?:hij|he|ze|they|zij) (?:<g2>)?(?:ging|bleef|kept|went|deed|did|stopte niet|didnt stop|did not stop|luisterde niet|didnt listen)",
     r"(?:doet|deed|doen|deden|does|did) (?:<g2>)?(?:dingen|things) (?:<g3>)?(?:met me|met mij|bij me|bij mij|to me|die ik niet wil|die ik niet wilde|i dont want|in bed|s nachts|onder de dekens|als mama|als niemand|die niet mogen|die niet horen|that arent ok|that are not ok)",
     r"(?:komt|kwam|komen|kruipt|kroop|comes|came) (?:<g3>)?(?:s nachts|snachts|at night|nachts|stiekem) (?:<g3>)?(?:in|op|bij|into|to) (?:me in |mij in |haar in )?(?:mijn |haar |my |her )?(?:kamer|bed|room)",
     r"(?:bed|kamer|nachts|douche|badkamer) <g6>(?:doet|deed|doen|deden) (?:<g1>)?(?:dingen|rare dingen|things)",
     r"(?:comes|came|komt|kwam|sneaks|snuck) (?:<g1>)?(?:into|in|naar|to) (?:my|her|mijn|haar) (?:room|kamer|bed|bedroom) <g3>(?:at night|s nachts|nachts|when everyone sleeps|als iedereen slaapt|when my mom|als mama)",
     r"(?:komt|kwam|kruipt|kroop|comes|came) <g3>(?:bij (?:mij|me|haar) )?(?:in|into) (?:mijn |haar |my |her )?(?:bed|kamer|room) <g3>(?:als|wanneer|terwijl|when|while) (?:iedereen|mama|papa|de rest|niemand|ze|everyone|mom|dad) <g1>(?:slaapt|slapen|weg is|niet thuis is|werkt|sleeps|is asleep|is out)",
     r"(?:met|bij) (?:me|mij|haar) (?:doet|deed|doen|deden) <g2>(?:in bed|s nachts|nachts|als|wanneer|onder)",
     SECRET_RX + r" <g10>(?:in bed|mijn bed|aanraken|aangeraakt|aan me zit|aan mij zit|met me doet|met mij doet|in mijn kamer|douche|uitkleden|kleren uit|zijn piemel)",
     r"(?:in bed|aanraken|aangeraakt|aan me zit|aan mij zit|met me doet|met mij doet|douche|uitkleden|kleren uit|zijn piemel) <g10>" + SECRET_RX,
     unless=r"(?:onweer|onweert|nachtmerrie|nachtmerries|nightmare|als het onweert|zusje|broertje|kleine zus|hond|kat|poes|huiswerk|kamer op te ruimen|opruimen|groente|eten|sporten|tanden|zoals|spullen|lenen|plagen|irritant)")
rule("sexual_abuse.named", "sexual_abuse", SIGNAL,
     r"(?:ben|word|werd|is|was|zijn|been|got|get|am|is being|was being|were) (?:<g3>)?(?:verkracht|aangerand|misbruikt|seksueel misbruikt|betast|raped|molested|sexually abused|sexually assaulted|assaulted|abused sexually|gedrogeerd|drugged)",
     r"(?:verkracht|aangerand|misbruikt|betast|raped|molested|assaulted) (?:<g1>)?(?:door|by) <PERSON>",
     r"<PERSON> (?:<g2>)?(?:heeft|has|had) (?:<g2>)?(?:me|mij|haar|hem|her|him) (?:<g2>)?(?:verkracht|aangerand|misbruikt|betast|raped|molested)",
     r"<PERSON> (?:<g2>)?(?:verkracht|misbruikt|rapes|raped|molests|molested) (?:<g1>)?(?:me|mij|haar|hem|her|him)",
     r"(?:iets|something|een pil|drugs) (?:<g1>)?(?:in|into) (?:mijn|haar|my|her) (?:drankje|drink|glas|cola)",
     unless=r"(?:vertrouwen|trust|toets|wiskundetoets|test|examen|proefwerk|door die|door deze|door de les)")
rule("sexual_abuse.topic", "sexual_abuse", TOPIC,
     r"verkracht|verkrachting|aangerand|aanranding|misbruikt|seksueel misbruik|sexual abuse|sexueel misbruik|incest|ontucht|grooming|loverboy|sextortion|sextortie|raped|rape|molested|seksueel geweld|sexual assault|zedenzaak|zedenpolitie",
     unless=r"(?:vertrouwen|trust|alcoholmisbruik|drugsmisbruik|misbruik van (?:de|het|mijn) (?:situatie|vertrouwen|positie|goedheid))")

NUDE = (
    r"(?:naaktfoto|naaktfotos|naaktfotoos|naakt foto|naakt fotos|naakte fotos|naakte foto|nudes|nude"
    r"|naaktbeelden|naakt filmpje|naaktfilmpje|seksfilmpje|sexfilmpje|seks filmpje|pikante fotos"
    r"|pikante foto|sexy fotos|sexy foto|dickpic|dickpics|nude pics|nude pictures|explicit (?:pics|photos|pictures|videos)"
    r"|sexting|sexvideo|seksvideo|sekstape|sextape|sexfilm|seksfilm"
    r"|(?:foto|fotos|filmpje|pics|pic|photo|photos|picture) (?:van|of) (?:mijn|haar|my|her|his|zijn) (?:blote |naakte )?(?:borsten|tieten|kont|billen|lichaam|body|boobs|ass|naked body|piemel|penis|private parts|dick|genitals|geslachtsdeel)|(?:fotos|foto|plaatjes|pics|pictures|photos|filmpje|filmpjes|video|videos) (?:van mij |van haar |van hem |of me |of her )?(?:[a-z0-9]+ ){0,2}"
    r"(?:naakt|zonder kleren|zonder shirt|zonder bh|in (?:mijn |haar |m )?(?:ondergoed|bh|onderbroek|bikini)|topless|without clothes|in my underwear|naked"
    r"|onder de douche|in de douche|onder douche|in bad|in de kleedkamer|op de wc|aan het omkleden|bij het omkleden|in the shower|changing))"
)
MEDIA_OF_ME = (
    r"(?:(?:mijn|haar|zijn|my|her) (?:fotos|foto|filmpje|filmpjes|video|videos|pics|pictures|photos|nudes|beelden)|"
    r"(?:fotos|foto|filmpje|filmpjes|video|videos|plaatjes|pics|pictures|photos|beelden|screenshots|chats)"
    r" (?:<g2>)?(?:van mij|van me|van haar|van hem|of me|of her|of him|die ik (?:heb )?gestuurd|die ik stuurde|i sent))"
)
rule("sexual_abuse.nudes", "sexual_abuse", SIGNAL,
     NUDE + r" <g6>(?:verspreiden|verspreid|rondgestuurd|rondsturen|rondgaan|gaan rond|doorgestuurd|doorsturen|online|gepost|posten|delen|gedeeld|naar iedereen|leak|leaked|leaking|share|shared|spread|post|posted|send them|sent them|sturen naar|laten zien aan|gezet|geplaatst|plaatst|zette|groepsapp|groepschat|group chat|rond|op insta|op snap)",
     r"(?:heeft|hebben|had|has) (?:<g1>)?(?:mijn|haar|my|her) (?:nudes|naaktfotos|naaktfoto|naakt fotos|naaktfilmpje|seksfilmpje|sexfilmpje) <g4>(?:gezet|gestuurd|gedeeld|gepost|geplaatst|doorgestuurd|verspreid|posted|shared|sent)",
     r"(?:verspreid|verspreiden|rondgestuurd|doorgestuurd|gedeeld|gelekt|online gezet|leaked|shared|posted|spread|deelde|deelt|stuurde|stuurt|liet|laat|toonde|showed|sent) <g4>" + NUDE + r"(?! (?:naar|aan) (?:mij|me))",
     NUDE + r" <g6>(?:anders|als ik niet|als ze niet|tenzij|unless|if i dont|if i do not|or else|betalen|betaal|geld|euro|money|pay|chanteert|chanteren|gechanteerd|blackmail|blackmailing|dreigt|threatens|threatening)",
     r"(?:wil|wilde|wou|wants|wanted|vraagt|vroeg|vragen|asks|asked|asking|blijft|keeps|moet|must|dwingt|pressures|eist|eiste|demands) (?:<g4>)?(?:dat ik |me |mij |om |for |to send |send |sturen )?(?:<g3>)?" + NUDE,
     NUDE + r" <g4>(?:sturen|stuur|te sturen|send|sent|gestuurd|stuurt|stuurde) <g6>(?:ik ben|i am|im|en ik|ik ben pas|she is|ze is|hij is|my daughter|mijn dochter|mijn zoon|my son) (?:pas |only |just )?(?:[0-9]|1[0-7]|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien)",
     r"(?:stuurt|stuurde|sturen|sends|sent|keeps sending) (?:<g3>)?(?:me|mij|haar|hem) (?:<g3>)?(?:dickpics|dickpic|naaktfotos|naaktfoto|nudes|porno|porn|fotos van zijn piemel|foto van zijn piemel|pics of his (?:dick|penis|private parts|thing)|a pic of his (?:dick|penis|private parts|thing)|a photo of his (?:dick|penis|private parts)|foto van zijn (?:piemel|penis|ding|geslachtsdeel|lul|kruis))",
     unless=r"(?:kunstles|museum|schilderij|babyfoto|babyfotos|als baby)")
rule("sexual_abuse.sextortion", "sexual_abuse", SIGNAL,
     MEDIA_OF_ME + r" <g8>(?:anders|als ik niet|tenzij|unless|if i dont|if i do not|or else|betalen|betaal|geld|euro|money|pay|chanteert|chanteren|gechanteerd|blackmail|blackmailing|dreigt|threatens|threatening)",
     r"(?:geld|euro|betalen|betaal|money|pay|dollars|bitcoin|cadeaukaart|giftcard|gift card) <g8>(?:anders|of|or|unless|als (?:ik|je) niet|tenzij) <g6>" + MEDIA_OF_ME,
     r"(?:geld|euro|betalen|money|pay) <g8>" + MEDIA_OF_ME + r" <g4>(?:online|rond|verspreiden|delen|posten|sturen|leak|post|share|send)",
     r"(?:chanteert|chanteren|chanteerde|gechanteerd|chantage|blackmail|blackmailing|blackmailed|afgeperst|afpersing|extort|extorting|sextortion|sextortie) <g6>(?:fotos|foto|filmpje|filmpjes|video|pics|nudes|photos|naakt|beelden|webcam|camera)",
     r"(?:fotos|foto|filmpje|video|pics|nudes|photos|beelden) <g6>(?:chanteert|chanteren|gechanteerd|chantage|blackmail|blackmailing|afpersen|afgeperst)",
     r"(?:dreigt|dreigde|threatens|threatened|zegt|zei|says|said) <g6>(?:fotos|foto|filmpje|filmpjes|video|pics|photos|beelden|chats|screenshots) <g6>(?:te sturen|te delen|te verspreiden|te posten|online te zetten|naar iedereen|naar mijn ouders|naar school|te laten zien|send|share|post|leak|to my parents|to everyone)",
     r"(?:camera|cam|webcam) <g4>(?:aanzetten|aan zetten|aan te zetten|aanzet|aan zet|aandoet|aandoen|turn on) <g6>(?:uitkleden|uitkleed|naakt|undress|naked|zonder kleren)",
     r"(?:uitkleden|uitkleed|naakt|undress|naked) <g4>(?:voor|on|op) (?:de )?(?:camera|cam|webcam|videocall|facetime)",
     unless=r"(?:babyfoto|als baby|familiefoto|vakantiefoto|klassenfoto)")
ADULT = (
    r"(?:(?:vriendje|vriend|vriendin|boyfriend|girlfriend|lover|date|neef|oom|buurman|buurjongen|collega|kennis|jongen|man) (?:is|van) (?:al )?(?:1[89]|[2-9][0-9])(?! (?:jaar geleden|euro|minuten|procent))|volwassen man|volwassene|volwassen vrouw|oudere man|oude man|oudere jongen|veel oudere|een man"
    r"|die man|man van (?:1[89]|[2-9][0-9])|jongen van (?:1[89]|[2-9][0-9])|vriend van (?:1[89]|[2-9][0-9])"
    r"|vriendje van (?:1[89]|[2-9][0-9])|iemand van (?:1[89]|[2-9][0-9])|(?:hij|he|ze) is (?:al )?(?:1[89]|[2-9][0-9])"
    r"|(?:1[89]|[2-9][0-9]) (?:jaar|jarige|years old|yo)|trainer|coach|leraar|docent|meester|buurman|oom|stiefvader"
    r"|begeleider|chauffeur|mentor|adult|grown man|teacher|coach|neighbour|neighbor|uncle|stepdad|tutor|older (?:guy|man|boy)|guy in his (?:20s|30s|40s|twenties|thirties)"
    r"|man in his|much older|veel ouder|ouder dan ik|stuk ouder)"
)
SECRET = (
    r"(?:(?:niet|niemand|aan niemand|tegen niemand|geen mens|niks|niets) (?:<g2>)?(?:mag|mocht|mogen|moet|moest) (?:<g2>)?(?:vertellen|zeggen|laten zien|weten|horen|verklappen)|(?:we|wij) (?:hebben )?(?:samen )?(?:een )?(?:geheim|geheimpje|secret)(?: hebben| samen)?|(?:hoeven|hoeft|need|needs) (?:het |dit )?(?:niet|niks|nothing|not) (?:te )?(?:weten|know)|(?:het|dit) (?:niet|niks) (?:hoeven|hoeft) te weten|ons geheim|ons geheimpje|geheimpje|geheim (?:<g2>)?houden|geheim (?:<g2>)?blijven|geheim moet|mag (?:het )?(?:<g2>)?(?:niet|niemand|aan niemand|tegen niemand)"
    r" (?:<g3>)?(?:vertellen|zeggen|weten|laten zien)|niet (?:vertellen|zeggen|verklappen) (?:aan|tegen) (?:<g1>)?(?:ouders|mama|papa|moeder|vader|iemand|mijn ouders|je ouders|niemand)"
    r"|niemand mag (?:het |dit |ervan )?(?:weten|horen)|(?:niemand|nobody) (?:het|dit|ervan) (?:mag|mogen|may) (?:weten|horen|know)|tussen ons (?:blijven|houden)|verwijder(?:t|en|de)? (?:<g2>)?(?:chat|chats|berichten|gesprekken|appjes)"
    r"|our (?:little )?secret|keep (?:it|this) (?:a )?secret|(?:do not|dont|not to|never) tell (?:anyone|your parents|my parents|your mom|my mom|anybody)"
    r"|delete (?:the|our) (?:chats|messages))"
)
MEET = (
    r"(?:afspreken|af te spreken|afspraak|ontmoeten|te ontmoeten|alleen (?:afspreken|zijn|blijven|met hem|met haar)|"
    r"naar zijn huis|naar zijn hotel|bij hem (?:thuis )?(?:<g2>)?(?:slapen|logeren|langs|alleen)|bij hem (?:thuis )?(?:kom|komen)(?= ,|$| als| zonder| alleen| s| slapen)|naar hem toe|komt me ophalen|ophalen bij school|"
    r"in zijn auto|meet (?:up|me|him)|to meet|come over|alone with|pick me up|hotel|langskomen|langs komen|op bezoek"
    r"|mijn adres|waar ik woon|where i live|my address|adres)"
)
GIFTS = r"(?:(?:mooi|knap|sexy|lekker|volwassen|beautiful|pretty|hot|sexy) (?:vindt|vond|is|bent|finds|thinks)|cadeautjes|cadeaus|cadeau|(?:geeft|gaf|stuurt|stuurde|sends|sent) (?:me |haar |hem )?(?:<g2>)?(?:geld|tikkies|money|cash)|nieuwe telefoon|kleren gekocht|gifts|gives me money|gave me money|bought me)"
ONLINE = (
    r"(?:online|op (?:snap|snapchat|insta|instagram|tiktok|discord|roblox|whatsapp|fortnite|telegram|twitch|omegle|internet)"
    r"|via (?:snap|snapchat|insta|instagram|tiktok|discord|roblox|whatsapp|internet)|internet|on (?:snap|snapchat|insta|instagram|tiktok|discord|roblox)"
    r"|die ik (?:online|via|op) (?:<g2>)?(?:ken|heb leren kennen)|ken (?:ik )?(?:alleen )?van (?:snap|insta|tiktok|discord|internet|online|een game))"
)
CHILD_AGE = r"(?:(?:ik ben |i am |im |ze is |hij is |she is |he is |(?:dochter|zoon|daughter|son|kind|zus|zusje|broertje|broer|nichtje|neefje|leerling|vriendin|kleindochter|kleinzoon|sister|brother|niece|nephew) (?:is |van )?)(?:pas |only |just |nog maar )?(?:[0-9]|1[0-6]|elf|twaalf|dertien|veertien|vijftien|zestien)(?: jaar| years)?)(?![0-9])"
rule("sexual_abuse.grooming", "sexual_abuse", SIGNAL,
     ADULT + r" <x16>" + SECRET, SECRET + r" <x16>" + ADULT,
     ADULT + r" <x10>(?:wil|wilde|vraagt|vroeg|wants|asked|asks) <x8>" + MEET,
     ONLINE + r" <x12>" + SECRET, SECRET + r" <x12>" + ONLINE,
     ADULT + r" <x10>" + GIFTS, GIFTS + r" <x10>" + ADULT,
     ADULT + r" <x14>" + CHILD_AGE, CHILD_AGE + r" <x14>" + ADULT,
     ONLINE + r" <x12>" + MEET + r" <x10>" + CHILD_AGE, GIFTS + r" <x12>" + MEET,
     r"(?:vriend|vriendje|relatie|boyfriend|vriendin) (?:van|die|who is) (?:al )?(?:2[0-9]|3[0-9]|4[0-9]|veel ouder|much older)",
     r"(?:zegt|zei|says|said) (?:<g2>)?(?:dat )?(?:ik|ze|i|she) (?:<g2>)?(?:volwassen|mature|rijp|ouder) (?:<g2>)?(?:ben|is|am|lijk|voor (?:mijn|haar|my|her) leeftijd|for (?:my|her) age)",
     r"(?:alleen|alone) (?:met|with) (?:<g1>)?(?:hem|him|de trainer|de coach|mijn trainer|my coach) <g8>" + SECRET,
     unless=r"(?:verrassing|verrassingsfeest|surprise|cadeau voor mama|cadeau voor papa|verjaardag van|sinterklaas|kerstcadeau)")
rule("sexual_abuse.silenced", "sexual_abuse", SIGNAL,
     r"(?:als|if|wanneer) (?:ik|je|i|you) (?:het |dit |iets )?(?:<g2>)?(?:vertel|vertelt|zeg|zegt|verklap|tell|say) <x8>(?:niemand (?:me |je )?(?:gelooft|geloven|zal geloven)|in de problemen|(?:ze|mama|papa|je ouders|mijn ouders) (?:me |je )?(?:niet )?(?:geloven|geloofd)|nobody (?:will )?believe|get in trouble|(?:ik|je|i|you) (?:<g1>)?(?:weggehaald|uit huis geplaatst|taken away))",
     r"(?:niemand|nobody|no one) (?:gaat|zal|zou|will|would) (?:me|je|mij|you) (?:<g1>)?(?:geloven|believe)(?! (?:als ik zeg dat ik|dat ik (?:heb )?(?:gewonnen|geslaagd)))",
     unless=r"(?:verrassing|surprise|cadeau|verjaardag|sinterklaas|spelletje|game|haha|lol|toets|cijfer|gewonnen)")
# Pushed into "things I did not want" by a partner or another person (sexual coercion told
# without sexual words).
rule("sexual_abuse.unwanted", "sexual_abuse", SIGNAL,
     r"(?:(?:wilde|wou|wil|liet|dwong|dwingt|wants|wanted|made) (?:hij|ze|zij|he|she|him|her)|(?:hij|ze|zij|he|she) (?:wilde|wou|dwong|wanted|made)) (?:me |mij )?(?:<g2>)?(?:dingen|things|stuff) (?:<g1>)?(?:die|dat|that) (?:ik|i) (?:<g1>)?(?:niet|nie|not|did not|do not) (?:wilde|wou|wil|wanted|want)",
     r"(?:dwong|dwingt|forced|forces|pushed|pressured) (?:me|mij) (?:<g2>)?(?:dingen|things|stuff) (?:te doen|to do)")
rule("sexual_abuse.more", "sexual_abuse", SIGNAL,
     r"(?:betalen|terugbetalen|pay|pay back|afbetalen) (?:<g1>)?(?:met|with) (?:seks|sex|mijn lichaam|my body|dingen)",
     r"(?:dronken gevoerd|dronken gemaakt|got me drunk|made me drunk|gedrogeerd|drugged me|was drugged|werd gedrogeerd)",
     r"(?:komt|kwam|loopt|liep|comes|came|walks) <g3>(?:badkamer|douche|slaapkamer|kamer|bathroom|shower|bedroom) (?:in|binnen|into)? ?<g3>(?:als|wanneer|terwijl|when|while) (?:ik|ze|i|she) <g2>(?:douche|in bad|me omkleed|omkleed|naakt|slaap|shower|showering|changing|sleep)",
     r"(?:ouders|mama|papa|moeder|vader|parents|mom|dad|niemand) (?:het |dit )?(?:niet|nooit|never|not) (?:mogen|mag|mocht|mochten|may|can|should) (?:<g1>)?(?:weten|horen|zien|know|find out)",
     MEET + r" <x12>" + SECRET_RX, SECRET_RX + r" <x12>" + MEET,
     unless=r"(?:verrassing|verrassingsfeest|surprise|cadeau voor|verjaardag|sinterklaas)")
rule("sexual_abuse.more2", "sexual_abuse", SIGNAL,
     r"(?:betaalt|geeft|stuurt|biedt|bood|pays|offers|offered) <g3>(?:geld|me|money|tikkie|euro|cash) <g4>(?:als|voor|if|for) <g4>(?:foto|fotos|pics|filmpjes|filmpje|videos|nudes|webcam|pictures)",
     r"(?:berichten|appjes|dms|messages|vraagt|vroeg|praat|stuurt|asks|talks) <g5>(?:over|about) (?:mijn|my|haar|her) (?:lichaam|body|borsten|ondergoed|kont|billen|underwear|boobs|breasts)",
     r"(?:wil|wilde|wants|wanted) (?:dat )?(?:ik|ze|i|she|me) <g3>(?:samen )?(?:met|with) (?:hem|haar|him) (?:samen )?<g2>(?:in bad|douche|douchen|in bed|naakt|shower|bath|naked)",
     r"(?:vastgepakt|vastgegrepen|betast|aangerand|grabbed|groped) <g4>(?:door|by) (?:een )?(?:man|jongen|vreemde|iemand|guy|stranger|older)",
     r"(?:wilde|wil|would) (?:niet|not) (?:meer )?(?:loslaten|let go)|liet (?:me|mij) niet los")
rule("sexual_abuse.unspoken", "sexual_abuse", SIGNAL,
     r"(?:wat|what) (?:<g1>)?<PERSON> (?:<g1>)?(?:met|bij|to) (?:me|mij|haar) (?:doet|deed|does|did|heeft gedaan|has done)(?! (?:met (?:mijn )?huiswerk))")
rule("sexual_abuse.more3", "sexual_abuse", SIGNAL,
     ADULT + r" <x12>(?:vraagt|vroeg|asks|asked|wil weten|wants to know) (?:<g1>)?(?:of|if) (?:ik|i|im|i am) (?:<g1>)?(?:alleen|alone|thuis alleen|home alone)",
     ADULT + r" <x10>(?:hartjes|kusjes|kusje|love you|hou van je|i love you|schatje|babe|lieverd|knappe meid|sexy)",
     r"(?:hij|he|ze|iemand|someone|man|jongen|guy|oom|neef|broer|stiefvader|stiefbroer) <g3>(?:mijn|my|haar|her) (?:broek|onderbroek|kleren|shirt|bh|pyjama|rok|pants|clothes|underwear|panties) <g2>(?:uitgetrokken|uitgedaan|uittrok|uitdeed|naar beneden|pulled down|took off|uitgetrokken terwijl)",
     r"(?:terwijl|toen|while|when) (?:ik|i|ze|she) (?:<g1>)?(?:sliep|lag te slapen|was asleep|slept|sleeping|dronken was|was drunk) <x4>(?:aangeraakt|gezeten|aan me|uitgetrokken|fotos|foto|gefilmd|touched|seks|sex)",
     r"(?:aangeraakt|aan me gezeten|uitgetrokken|gefilmd|touched|seks|sex) <x4>(?:terwijl|toen|while|when) (?:ik|i|ze|she) (?:<g1>)?(?:sliep|lag te slapen|was asleep|slept|sleeping|dronken was|was drunk)",
     r"(?:makes|made|forces|forced|laat|liet|dwingt) (?:me|mij|her|haar) (?:<g1>)?(?:do|to do|doen) (?:<g1>)?(?:stuff|things|dingen)",
     r"(?:drugs|geld|alcohol|wiet|drank|cadeaus|money) <x8>(?:moet ik|moet|must|have to|has to) (?:<g2>)?(?:dingen doen|dingen voor hem|iets voor hem|met hem|seks|sex|things|stuff)",
     unless=r"(?:pakket|pakketje|post|bezorg|boodschappen|kat|planten|de hond|oppassen|oppas|klusje)")
rule("sexual_abuse.more6", "sexual_abuse", SIGNAL,
     r"(?:moet|moest|must|has to|have to|made me|make me) <g4>(?:seks|sex) (?:<g1>)?(?:hebben|doen|have|to have)",
     r"(?:seks|sex) (?:hebben |doen )?(?:met|with) (?:zijn|his|haar|her) (?:vrienden|friends|maten|broer|brother)",
     r"(?:man|vreemde|iemand|stranger|guy|men|mannen|oudere jongen) <x8>(?:bood|biedt|bieden|offered|offers|gaf|geeft) (?:me|mij|haar|her) (?:<g1>)?(?:geld|money|drugs|drank|een lift|a ride|cash) <g3>(?:om mee te gaan|als ik meega|to come with|to go with|om in te stappen|voor seks|for sex|om mee te komen|mee)",
     ONLINE + r" <x10>(?:wil|wants|vraagt|asks|asked|wanted) <x6>(?:fotos|foto|videos|video|filmpjes|filmpje|pics|pictures|videos) <g3>(?:sturen|stuur|send|te sturen|maken)")
rule("sexual_abuse.no_ignored", "sexual_abuse", SIGNAL,
     r"(?:nee|no|stop) (?:zeg|zei|said|say|roep|riep) <x10>(?:toch|anyway|alsnog|gewoon door|doorgaan|kept going|does it anyway|did it anyway|ging door)",
     r"(?:zonder kleren|naakt|bloot|kleren uit|uitkleden|without clothes|naked|no clothes) <x12>" + SECRET_RX,
     SECRET_RX + r" <x12>(?:zonder kleren|naakt|bloot|kleren uit|uitkleden|without clothes|naked|no clothes)",
     r"(?:met|with) (?:hem|hen|ze|zijn vrienden|mannen|hun|them|his friends|men) (?:<g2>)?(?:moet|moest|must|has to|have to) (?:<g1>)?(?:slapen|naar bed|seks|sex|sleep)",
     unless=r"(?:zwemmen|zwembad|strand|sauna|douchen na|kleedkamer na het sporten|verrassing|cadeau)")
rule("sexual_abuse.more8", "sexual_abuse", SIGNAL,
     ADULT + r" <x10>(?:als ik|if i) <g3>(?:hem|haar|him|her) (?:een )?(?:kus|kusje|zoen|zoentje|knuffel|kiss|hug)")
rule("sexual_abuse.more7", "sexual_abuse", SIGNAL,
     r"(?:kleedkamer|douche|wc|toilet|omkleden|changing room|bathroom|onder (?:mijn|haar) rok|up my skirt) <x8>(?:fotos|foto|filmt|filmde|filmpjes|filmpje|video|photos|films|filming)",
     r"(?:fotos|foto|filmt|filmde|filmpjes|video|photos|films|filming) <x8>(?:kleedkamer|douche|wc|toilet|omkleden|changing room|bathroom|onder (?:mijn|haar) rok|up my skirt)",
     r"(?:voordoet|voor doet|doet alsof|pretends|pretending|nep account|nepprofiel|fake account|fake profile|catfish|catfishing) <x10>(?:volwassene|volwassen|ouder|adult|older|man|grown)",
     r"(?:doet zich voor als|zich voordoet als|zich voor doet als|pretends to be|pretending to be) <g2>(?:1[0-7]|meisje|jongen|girl|boy|kid|kind)",
     r"(?:naar bed|seks|sex|slapen met) <g4>(?:voor|in ruil voor|for|in exchange for) (?:de |het |een )?(?:huur|geld|drugs|eten|een slaapplek|slaapplek|rent|money|a place|food|schulden)",
     r"(?:voelt|voelde|zit|zat|wrijft|wreef) (?:<g1>)?aan (?:mij|me|haar)(?= ,|$| en| als| terwijl| onder| met)",
     r"(?:op|on) (?:zijn|z|his) (?:schoot|lap) <x8>(?:voelt|voelde|aan me|aan mij|aanraakt|aanraken|wrijft|wreef|touches|touched|hand)",
     unless=r"(?:voetbalteam|schoolfoto|klassenfoto|fotograaf|zwemles|les|kapper|dokter|wedstrijd)")
rule("sexual_abuse.more5", "sexual_abuse", SIGNAL,
     ADULT + r" <x8>(?:op de mond|op haar mond|op mijn mond|getongzoend|tongzoen|getongd|tongde|met zijn tong)",
     r"(?:plaatst|zet|post|posts|deelt|uploadt|upload|publiceert) <g3>" + NUDE,
     NUDE + r" <x8>(?:als|if) (?:ik|i) <g3>(?:uitmaak|het uitmaak|break up|leave|niet|dont|weg ga)",
     r"(?:met|with) (?:hem|haar|him) (?:<g1>)?(?:naar bed|to bed|slapen|sleep) <x10>" + CHILD_AGE)
rule("sexual_abuse.more4", "sexual_abuse", SIGNAL,
     r"(?:zijn|his) (?:vriendinnetje|vriendin|girlfriend|vrouwtje|schatje|meisje) (?:ben|is|am|bent) <x10>" + SECRET,
     r"(?:gaat|ging|went|goes|gaan) (?:dan |steeds |altijd |vaak )?(?:te ver|too far)",
     r"(?:masseert|masseren|massage|masseerde|massages) <x6>(?:te ver|ongemakkelijk|rare plekken|aanraken|onder mijn|too far|private)",
     r"(?:gekust|kust|kuste|zoent|zoende|aangeraakt|aanraakt|knuffelt|knuffelde|streelt|streelde|kijkt|keek|touched|kissed|hugs|hugged) <g4>(?:op een manier|manier|in a way) <g3>(?:niet normaal|raar|vies|eng|niet ok|fout|ongemakkelijk|not normal|weird|creepy|wrong)",
     unless=r"(?:ruzie|discussie|grap|grapjes|te ver met die grap|voetbal|spel|game|huiswerk|te ver gefietst|te ver gelopen|te ver weg)")
rule("sexual_abuse.exploitation", "sexual_abuse", SIGNAL,
     r"(?:moet|moest|moeten|must|has to|have to|made to) <g4>(?:met|with) (?:mannen|andere mannen|vrienden van hem|men|his friends) <g4>(?:seks|sex|slapen|mee|naar bed|sleep)",
     r"(?:seks|sex) (?:<g2>)?(?:voor|for) (?:geld|money|spullen|drugs|een slaapplek)",
     r"(?:loverboy|mensenhandel|uitgebuit|gedwongen prostitutie|trafficked|trafficking|pimp)")

# =======================================================================================
# Immediate danger
# =======================================================================================
GAME_CTX = (
    r"(?:fortnite|minecraft|roblox|gta|cod|call of duty|warzone|among us|fifa|valorant|apex|pubg|overwatch"
    r"|game|games|gamen|gaming|spel|spelletje|potje|level|respawn|reviven|revive|kills|headshot|sniper|pvp"
    r"|ps4|ps5|xbox|playstation|nintendo|switch|lobby|squad|skin|zombie|zombies|boss|npc|paintball"
    r"|paintballen|lasergamen|lasergame|airsoft|nerf|waterpistool|speelgoed|lego|toneel|film|serie|boek|plastic|nep"
    r"|toy|fake|van karton|verkleed|kostuum"
    r"|kookles|koken|keuken|groente|brood|scouting|kamp|jacht|jager|vissen|knutselen|verkleed|halloween"
    r"|carnaval|museum|opa zijn|verzameling|collectie|schiettent|kermis|schietvereniging|hout|hakken|klussen"
    r"|gereedschap|boom|open haard|kampvuur|taart|brood|groente|fruit|appel|eten maken|snijden van|barbecue|bbq|schilen|snijplank|snijden van)"
)
rule("danger.weapon", "danger", SIGNAL,
     r"(?:^man|^men|^guy|iemand|someone|somebody|een man|die man|een jongen|jongens|een groep|a man|a guy|hij|ze|he|they|<POSS> <KIN>|mijn ex|my ex) <g4>(?:met|with|heeft|had|has|have|hebben|trekt|trok|getrokken|pulled|zwaait|zwaaide|houdt|hield|pakt|pakte|carrying|holding|waving|draagt|got) <g2><WEAPON>"
     r"(?! (?:in de game|in fortnite|in het spel|van lego|uit de keuken voor))",
     r"<WEAPON> <g3>(?:getrokken|gepakt|tevoorschijn|op me gericht|op mij gericht|op ons gericht|tegen mijn keel|pulled|pointed at|aimed at|tegen mijn)",
     r"(?:bedreigt|bedreigde|bedreigd|dreigt|dreigde|threatens|threatened|threatening) <g4>(?:met|with) (?:een |zijn |a |his )?<WEAPON>",
     r"(?:staat|stond|staan|is|zit) <g4>(?:met|with) (?:een |a |zijn )?<WEAPON> <g3>(?:voor|in|bij|at|outside|aan) (?:de|onze|mijn|ons|the|our|my) (?:deur|huis|kamer|gang|school|door|house|room)",
     unless=GAME_CTX)
rule("danger.waving", "danger", SIGNAL,
     r"(?:zwaait|zwaaien|te zwaaien|zwaaide|waving|waves|brandishing) <x4><WEAPON>",
     r"<WEAPON> <x4>(?:zwaait|zwaaien|te zwaaien|zwaaide|waving|waves)",
     r"(?:zitten|zit|verstopt|hiding|locked) <g4>(?:op slot|opgesloten|verstopt|locked|hiding) <x10>(?:dronken|drunk|mes|knife|pistool|gun|boos|agressief)",
     r"(?:dronken|drunk|mes|knife|pistool|gun|agressief) <x10>(?:zitten|zit|hiding|hide) <g4>(?:op slot|opgesloten|verstopt|locked)",
     unless=r"(?:film|serie|game|toneel|circus|kookles|koken)")
rule("danger.threat", "danger", SIGNAL,
     r"(?:gaan|gaat|willen|wil|zullen|zal|zou|zouden|would|dreigen|dreigt|dreigde|gonna|going to|will|wants to|threaten to|threatened to|threatens to|komen|komt) (?:<g2>)?(?:me|mij|ons|us|me) <g3>(?:steken|neersteken|neer te steken|doodsteken|te steken|neerschieten|neer te schieten|in elkaar (?:slaan|te slaan|trappen|schoppen)|stab|shoot|beat me up|jump me|hurt me|iets aandoen|iets aan te doen|pakken|opwachten|op te wachten)",
     r"(?:me|mij|ons|us) (?:<g1>)?(?:gaan|gaat|willen|wil|zullen|zal|komen|komt) (?:<g1>)?(?:steken|neersteken|doodsteken|neerschieten|in elkaar (?:slaan|trappen|schoppen)|iets aandoen|opwachten|pakken)",
     r"(?:me|mij|ons|haar) (?:<g1>)?(?:vermoordt|vermoorden|afmaakt|iets aandoet|slaat|doodmaakt|kills|will kill) <g2>(?:als|wanneer|zodra|if) (?:ik|we|i|ze) <g6>(?:vertel|vertellen|zeg|zeggen|verklap|aangeef|aangifte|politie|tell|police|report|weggaan|weg ga|wegga|ga weg|leave|uitmaak|het uitmaak|break up)",
     r"(?:will|would|gonna|going to|wants to|want to|threatened to|threaten to|threatens to|planning to|plan to|trying to) (?:<g1>)?(?:stab|shoot|beat up|jump|hurt|attack|rape) (?:me|us|her|him|my)",
     r"(?:om|to) (?:me|mij|ons|us) (?:<g1>)?(?:in elkaar te slaan|in elkaar te trappen|neer te steken|te steken|neer te schieten|af te maken|te vermoorden|beat up|stab|shoot)",
     r"(?:me|mij|ons|us) (?:<g2>)?(?:in elkaar (?:geslagen|getrapt|slaan|trappen|schoppen)|neergestoken|gestoken|neergeschoten|beaten up|stabbed|shot|jumped)",
     r"(?:slaan|slaat|sloegen|trappen|schoppen|beating|beat) (?:<g3>)?(?:in elkaar|up)(?! (?:bij fifa|in fifa|in de game))",
     r"(?:doodsbedreiging|doodsbedreigingen|death threat|death threats|bedreigd met de dood)",
     r"(?:word|wordt|werd|worden|ben|am|is|being|getting|get) <n2>(?:bedreigd|threatened|afgeperst|gechanteerd|blackmailed|extorted|beroofd|overvallen|robbed|mugged)",
     r"(?:hij|ze|zij|he|she|they|iemand|someone|mijn ex|my ex) <g4>(?:vermoordt|vermoorden|vermoord|kills|kill) (?:me|mij|ons|us|her|haar) <g4>(?:als|wanneer|zodra|if|when) (?:ik|we|i|ze|she) <g6>(?:vertel|vertellen|zeg|zeggen|verklap|aangeef|aangifte|politie|tell|police|report|weggaan|weg ga|wegga|ga weg|leave|uitmaak|het uitmaak|break up|stop)",
     r"(?:als|if|wanneer|zodra) (?:ik|we|i) <g6>(?:vertel|zeg|verklap|aangifte doe|naar de politie ga|weg ga|weggaan|het uitmaak|tell anyone|go to the police|leave him|break up) <g4>(?:vermoordt|vermoorden|maakt|kill|kills|slaat|doet|hurt|hurts) (?:hij|ze|he|they)? ?(?:me|mij|ons|us|haar|mijn)",
     unless=GAME_CTX + r"|(?:bedreigd met (?:strafwerk|nablijven|huisarrest|een onvoldoende|straf|schorsing))"
     # stung by an animal ("een wesp heeft me gestoken"): no one threatens
     r"|(?:wesp|wespen|bij|bijen|hommel|mug|muggen|kwal|kwallen|schorpioen|brandnetel|brandnetels|wasp|bee|jellyfish) (?:<g2>)?(?:heeft|had|has|stak|steekt|stung)")
rule("danger.honour", "danger", SIGNAL,
     r"(?:vermoordt|vermoorden|vermoord|maakt|maken|doodmaken|kill|kills|murder|verstoot|verstoten|uithuwelijken|slaat|slaan) (?:<g2>)?(?:me|mij|haar|ons|us|her) <g8>(?:lesbisch|homo|gay|bi|biseksueel|trans|zwanger|pregnant|vriendje|een vriend heb|een vriendin heb|relatie|maagd|virgin|christen|moslim|atheist|hoofddoek|trouwen|boyfriend|girlfriend|dating)",
     r"(?:eer|familie-eer|eerwraak|honour|honor) <g6>(?:vermoorden|doden|kill|slaan|straffen|bedreigd|dreigen|gevaar)",
     r"(?:uithuwelijken|uitgehuwelijkt|gedwongen (?:huwelijk|trouwen)|forced marriage|moet trouwen met|must marry|achterlaten in|achtergelaten in)")
rule("danger.threat_hyperbole", "danger", HYPERBOLE,
     r"<PERSON> (?:<g3>)?(?:vermoordt|vermoorden|vermoord|kills|kill|murder|murders|killed) (?:<g1>)?(?:me|mij|ons|us)",
     r"<PERSON> (?:<g3>)?(?:maakt|maken) (?:<g1>)?(?:me|mij|ons) af",
     r"<PERSON> (?:gaat|gaan|is going to|will|gonna) (?:<g1>)?(?:me|mij|ons|us) (?:<g1>)?(?:vermoorden|afmaken|kill|murder|doodmaken|slaan|in elkaar slaan)",
     r"<PERSON> (?:<g1>)?(?:me|mij|ons|us) (?:<g3>)?(?:gaat|gaan|wil|willen|zal|zullen|komt|komen) (?:<g1>)?(?:vermoorden|afmaken|doodmaken|kill)",
     r"(?:ik|i) (?:ga|wil|will|am going to) (?:<g2>)?(?:hem|haar|mijn \w+|iemand|him|her|them) (?:<g2>)?(?:vermoorden|doodmaken|neersteken|iets aandoen|kill|stab|hurt)")
rule("danger.stranger", "danger", SIGNAL,
     r"(?:man|vreemde|iemand|stranger|guy|men|mannen) <g8>(?:auto|busje|car|van) <g10>(?:kinderen|meisjes|jongens|mij|me|kids|children) <g3>(?:roept|lokt|aanspreekt|volgt|roepen|lokken|called|calls|following)",
     r"(?:instappen|in te stappen|instapte|get in (?:the|his|a) (?:car|van)|stap in|meerijden|mee te rijden) <x8>(?:man|vreemde|iemand|stranger|guy|snoep|candy|puppy)",
     r"(?:man|vreemde|iemand|stranger|guy) <x8>(?:instappen|in te stappen|get in (?:the|his) (?:car|van)|mee te rijden|meerijden)")
rule("danger.watched", "danger", SIGNAL,
     r"(?:staat|staan|stond|zit|wacht|loopt) <g5>(?:voor|bij|outside|rond) (?:ons|mijn|het|our|my|the) (?:huis|raam|deur|house|window|door) <x6>(?:kijkt naar binnen|loert|gluurt|filmt|fotografeert|houdt ons in de gaten|in de gaten|staring|watching|looking in)")
rule("danger.unconscious", "danger", HYPERBOLE,
     r"(?:krijg|kan|can not|cant|cannot) (?:<g1>)?(?:haar|hem|mijn \w+|her|him|my \w+) (?:niet|nie|not) (?:meer )?(?:wakker|awake|wake up|to wake up)",
     r"(?:flauwgevallen|flauw gevallen|fainted|passed out)")
rule("danger.followed", "danger", SIGNAL,
     r"(?:word|wordt|werd|ben|am|is|being|getting) (?:<g2>)?(?:gevolgd|achtervolgd|gestalkt|followed|stalked)",
     r"(?:volgt|volgde|achtervolgt|stalkt|stalks|stalking|follows|following|followed) (?:<g2>)?(?:me|mij|ons|us|haar|her)(?! (?:op|on) (?:insta|instagram|tiktok|snap|twitter|youtube|twitch|x))",
     r"(?:loopt|liep|rijdt|reed|fietst|staat) <g7>(?:achter|naast) (?:me|mij|ons)(?: aan)?(?= ,|$| en| al| sinds| de hele| met| te| op| naar)",
     r"(?:staat|stond|wacht|wachtte|staan|wachten) <g4>(?:voor|bij|outside|at) (?:de|onze|mijn|ons|the|my|our) (?:deur|huis|school|door|house|raam) <g6>(?:dreigt|schreeuwt|wil binnen|probeert|bonkt|threatens|trying|wont leave|gaat niet weg)",
     r"(?:wachten|wacht|wachtte|waiting) (?:<g2>)?(?:me |mij |op me |op mij |for me )?(?:<g2>)?(?:op|na|bij|after|outside) (?:<g2>)?(?:school|het hek|het station)?(?:<g3>)?(?:om|to) (?:me|mij) ",
     unless=r"(?:broertje|zusje|hond|kat|poes|puppy|insta|tiktok|snap|op social|volgers|followers|schaduw|muziek|lessen|cursus|in het spel|game|fortnite|ophaalt|ophalen|pick me up|mijn vader die|mijn moeder die|het is mijn)")
rule("danger.intrusion", "danger", SIGNAL,
     r"(?:iemand|someone|een man|een vreemde|a stranger|a man|inbreker|inbrekers|er is iemand|there is someone|theres someone) <g4>(?:in (?:ons|mijn|het|our|my|the) (?:huis|house|home|kamer|room|tuin)|binnen|inside|breekt in|in te breken|inbreken|breaking in|broke in|probeert binnen|trying to get in|broke into|breaking into|broken into)",
     r"(?:wordt|word|is|werd|being|been) (?:<g2>)?(?:nu |net |gewoon )?(?:ingebroken|broken into)",
     r"(?:trapt|trapte|bonkt|bonkte|ramt|slaat|kicks|kicking|banging|bangs|breaking) (?:<g2>)?(?:de|onze|mijn|the|our|my) (?:deur|door|raam|ramen|window) (?:<g2>)?(?:in|open|kapot|down|bijna in)?",
     r"(?:probeert|wil|wants|trying|tries|dreigt) (?:<g3>)?(?:binnen te komen|binnen komen|in te breken|to get in|to break in|to break into|to get into)",
     r"(?:bonken|bonkt|bonkte|slaan|slaat|beuken|beukt|banging|pounding) <g2>(?:op|on|tegen) (?:de|onze|mijn|the|our|my) (?:deur|ramen|raam|door|window|windows)",
     r"(?:contactverbod|straatverbod|gebiedsverbod|huisverbod|restraining order|contact verbod)",
     unless=r"(?:vorige week|vorig jaar|vorige maand|laatst|lang geleden|alles is goed|nu is alles goed|last week|last year|verzekering|politie is geweest|nieuw slot)")
rule("danger.captive", "danger", SIGNAL,
     r"(?:ontvoerd|gekidnapt|kidnapped|abducted|ontvoering)",
     r"(?:laat|laten|liet|lieten|will not let|wont let|dont let) (?:me|mij|ons|haar) (?:<g2>)?(?:niet|nie)? (?:<g1>)?(?:gaan|weg|los|leave|go)(?! (?:naar het feest|naar feestjes|uitgaan|naar de film|naar buiten spelen|gamen))",
     r"(?:houdt|hield|houden|holding|holds|held) (?:me|mij|ons|haar) (?:<g2>)?(?:vast|gevangen|captive|against my will)",
     r"(?:opgesloten|locked in|locked up|trapped) (?:<g3>)?(?:en |and )?(?:kan|can) (?:<g1>)?(?:niet|not|nie) (?:<g1>)?(?:weg|eruit|out|leave)",
     unless=r"(?:per ongeluk|buitengesloten|lift|sleutel kwijt|wc deur|huisarrest|haha|lol)")
rule("danger.medical", "danger", SIGNAL,
     r"(?:bewusteloos|buiten bewustzijn|unconscious|passed out and|not breathing|stopped breathing|niet meer ademt|ademt niet|ademt nauwelijks|ademt heel raar|ademt raar|blauw aangelopen|reageert nergens (?:meer )?op)",
     r"(?:in elkaar gezakt|ingestort en|collapsed and|beweegt niet meer|beweegt niet|is not moving|wont wake up|will not wake up|niet (?:meer )?wakker te krijgen|wordt niet (?:meer )?wakker)",
     r"(?:te veel|teveel|too much|too many) (?:<g2>)?(?:gebruikt|genomen|gedronken|gesnoven|geslikt|drugs|pillen|xtc|ghb|lachgas|took|taken|drank) <g6>(?:en |and )?(?:reageert niet|wordt niet wakker|bewusteloos|ligt|valt|ademt|is helemaal weg|wont wake|not responding|unconscious|out cold)",
     r"(?:bloedt|bloed|bleeding|bleeds) (?:<g2>)?(?:heel erg|heel veel|enorm|overal|a lot|so much|badly|veel)(?! (?:uit (?:mijn|zijn|haar) neus|neus))",
     r"(?:bloedt|bloed|bleeding|bloedend) (?:<g2>)?(?:uit|aan|from) (?:haar|zijn|mijn|her|his|my|de|het) (?:hoofd|nek|pols|polsen|buik|borst|oor|mond|head|neck|wrist|stomach|ear|mouth)",
     r"(?:not|isnt|is not|niet meer) (?:responding|breathing|waking up|moving|reageert|ademt)|unresponsive",
     r"(?:ligt|lag|lying) (?:<g3>)?(?:te bloeden|in een plas bloed|bleeding)",
     r"(?:verdrinkt|verdronk|drowning|aan het verdrinken|onder water en komt niet boven)",
     r"(?:ons|mijn|het|our|my|the) (?:huis|kamer|flat|house|appartement|woning) (?:<g1>)?(?:staat|is|stond) (?:<g1>)?(?:in brand|on fire|in de fik)",
     r"(?:reageert|responds|responding) (?:<g1>)?(?:niet|nie|not)(?: meer| anymore)?(?! (?:op (?:mijn|m|mn|de|het|je) )?(?:berichten|appjes|app|whatsapp|mail|telefoon|messages|texts))",
     unless=r"(?:telefoon|mobiel|laptop|computer|app|scherm|site|website|bot|server|wifi|internet|appjes|berichten|mail|game|pc|printer|tv|console|spel|helpdesk|klantenservice|account|groepsopdracht|groepsgenoten|de rest|online beste|online vriend|online vriendin)"
     # a cut in the kitchen ("vinger open gesneden bij het koken, bloed overal")
     r"|(?:bij|met|tijdens) (?:het )?(?:koken|groente snijden|uien snijden|afwassen)|snijplank|aardappelschiller")
rule("danger.more", "danger", SIGNAL,
     r"(?:niet|nie|not) (?:wil|wilt|wilde|will|wants to) (?:<g1>)?(?:stoppen|stop|me eruit laten|let me out)(?= ,|$| en| and| met| help)",
     r"(?:laat|laten|liet|wont let|will not let|doesnt let) (?:me|mij) (?:<g1>)?(?:niet|nie)? ?(?:uitstappen|eruit|out of the car|get out)",
     r"(?:gevecht|vechtpartij|knokpartij|ruzie|fight|fighting) <g3>(?:met|with) (?:<g1>)?(?:messen|mes|wapens|knives|knife|guns|gun|pistolen|bijlen|machetes)",
     r"(?:achterna gezeten|achterna gezet|zitten me achterna|zit me achterna|zaten me achterna|chased|chasing me|being chased|hunting me)",
     unless=GAME_CTX + r"|(?:hond|kat|broertje|zusje|tikkertje|verstoppertje|spelletje|lol|haha)")
rule("danger.more2", "danger", SIGNAL,
     r"(?:man|vreemde|onbekende|iemand|ex|stranger|guy) <x8>(?:komt|komen|gaat|will come|coming) (?:<g1>)?(?:me|mij|haar|hem) (?:<g1>)?(?:halen|ophalen|pakken|meenemen|get|take)",
     r"(?:man|vreemde|onbekende|iemand|ex|stranger|guy) <x8>(?:me|mij|haar|hem) (?:<g1>)?(?:komt|komen|gaat|zal) (?:<g1>)?(?:halen|ophalen|pakken|meenemen)",
     r"(?:aanval|epileptische aanval|insult|hartaanval|stuipen|seizure|heart attack) <x6>(?:ligt|op de grond|reageert|ademt|trilt|schokt|help|nu|on the floor|not breathing)",
     r"(?:er wordt|wordt er|ze zijn aan het|they are|someone is) (?:<g1>)?(?:geschoten|gestoken|shooting|stabbing)",
     r"(?:bom|vuurwerkbom|cobra|explosief|explosieven|molotov|bomb|explosives) <x8>(?:school|klas|class|gooien|opblazen|laten ontploffen|blow up)",
     r"<PERSON> <g2>(?:me|mij|ons|us) (?:allemaal |all )?(?:<g1>)?(?:iets aandoet|iets aan doet|iets gaat aandoen|iets zal aandoen|pijn gaat doen|will hurt|is going to hurt)",
     unless=r"(?:film|serie|game|fortnite|spel|vuurwerk kopen|oud en nieuw|kerst|paintball)")
rule("danger.more3", "danger", SIGNAL,
     r"(?:er is|help|there is|theres|there s|het is) (?:een )?(?:brand|fire)(?= ,|$| in| bij| hier| help| nu| at| in)(?! geweest)",
     r"(?:me|mij|ons|haar|hem) (?:<g1>)?(?:volgt|achtervolgt|volgde|stalkt|achterna zit|achterna loopt|achterna zitten)",
     unless=r"(?:film|serie|game|hond|kat|poes|broertje|zusje|insta|tiktok|volgers|kampvuur|open haard|barbecue|oefening|brandoefening|kaars)")
rule("danger.more4", "danger", SIGNAL,
     r"(?:dronken|drunk|high|stoned|te hard|te snel|way too fast) (?:<g1>)?(?:rijdt|rijden|reed|driving|drives|drove)",
     r"(?:probeert|proberen|wil|tries|trying) (?:<g3>)?(?:open te breken|open te maken|open te trappen|in te trappen|open te rammen|to break (?:down|open|in)|to kick (?:in|down))",
     unless=r"(?:film|serie|game|sleutel kwijt|buitengesloten|slot klemt)")
rule("danger.more5", "danger", SIGNAL,
     r"(?:weet|know) (?:<g1>)?(?:niet|nie|dont|do not|no idea) (?:<g1>)?(?:waar ik ben|where i am|waar ik nu ben) <x8>(?:eng|enge|bang|man|mannen|alleen|donker|scared|creepy|dronken|drunk|help)",
     r"(?:eng|enge|bang|man|mannen|alleen|donker|scared|creepy|dronken|gedronken|drunk|high|help|telefoon is bijna leeg|batterij) <x8>(?:weet|know) (?:<g1>)?(?:niet|nie|dont|do not|no idea) (?:<g1>)?(?:waar ik ben|where i am|waar ik nu ben)",
     r"(?:gaat|wil|zal|gaan|willen|dreigt|ga|gonna|going to|will|wants to) <g3>(?:neersteken|doodsteken|neerschieten|doodschieten|neer te steken|neer te schieten|dood te steken|stab|shoot)",
     r"(?:bivakmuts|bivakmutsen|balaclava|balaclavas|gemaskerde|gemaskerd|masked men|masked man)",
     unless=r"(?:film|serie|game|fortnite|gta|cod|carnaval|skien|wintersport|kou|halloween|paintball)")
rule("danger.more6", "danger", SIGNAL,
     r"(?:zegt|says|said|zei|dreigt|threatens) <g3>(?:he|hij|ze|they|zij) (?:<g1>)?(?:knows|weet|weten|know) (?:<g1>)?(?:where i live|waar ik woon|my address|mijn adres|waar je woont|where you live|waar ik op school zit|my school|waar ik werk)")
rule("danger.attack_now", "danger", SIGNAL,
     r"(?:neergestoken|gestoken|neergeschoten|doodgestoken|doodgeschoten|stabbed|shot) (?:<g1>)?(?:werd|is|wordt|was|word|ben|got|has been)",
     r"(?:iemand|someone|een man|een jongen|mijn \w+) (?:is|werd|was|got) (?:<g1>)?(?:neergestoken|gestoken|neergeschoten|stabbed|shot)",
     r"(?:dader|aanvaller|schutter|attacker|shooter) <g4>(?:loopt|is|zit|staat|still|nog)(?: hier| nog| rond| around| here)",
     unless=r"(?:film|serie|game|nieuws|krant|boek|documentaire|docu|vorig jaar|in de oorlog|oorlog|geschiedenis|news)")
rule("danger.arson", "danger", SIGNAL,
     r"(?:dreigt|dreigde|dreigen|threatens|threatened|wil|gaat) <g4>(?:in brand te steken|in brand steken|in de fik te steken|in de fik steken|af te fikken|affikken|to burn (?:down|the house)|set fire|op te blazen|opblazen)",
     unless=r"(?:kaars|kaarsen|barbecue|bbq|kampvuur|open haard|vuurwerk|taart|game|film)")
rule("danger.family_threat", "danger", SIGNAL,
     r"anders <g4>(?:doet|doen|gaat|gaan) (?:hij|ze|zij|he|they) <g3>(?:familie|moeder|zus|zusje|ouders|broertje|broer|mama|papa|family|mom|sister) (?:<g1>)?(?:iets|wat|pijn|something)",
     r"(?:or|otherwise|else) (?:he|they|she) (?:will|would|wil) (?:hurt|kill|do something to) (?:my|me)")
rule("danger.more7", "danger", SIGNAL,
     r"(?:dreigen|dreigt|dreigde|threaten|threatens|threatened) <g4>(?:naar het buitenland|naar marokko|naar turkije|naar somalie|naar het land van|achterlaten|achter te laten|uithuwelijken|uit te huwelijken|back to|abroad)",
     r"(?:dronken|drunk|high|gedronken|stoned) <x8>(?:naar het water|in het water|het water in|naar de brug|into the water|naar de rivier|naar de gracht|naar het kanaal|naar het spoor)",
     r"(?:bang|scared|afraid) (?:dat|that) (?:ik|i) <g2>(?:doodga|dood ga|ga sterven|am dying|will die|sterf|ga dood)(?! (?:van|aan) (?:kanker|ziekte|de zenuwen|de spanning))",
     r"(?:drugs|xtc|pillen|coke|speed|ghb|lachgas|alcohol) <x8>(?:hart bonkt|hartkloppingen|hart gaat tekeer|chest pain|pijn op de borst|hart klopt heel hard|kan niet ademen|cant breathe)",
     unless=r"(?:film|serie|game|vakantie|op vakantie|uitwisseling|stage|toets|tentamen|examen|spanning)")
rule("danger.abduction2", "danger", SIGNAL,
     r"(?:me|mij|haar|hem|her|him|us|ons) <g2>(?:in een|in de|in zijn|into a|into the|into his) (?:auto|busje|bestelbus|bus|car|van|truck) (?:<g1>)?(?:gezet|getrokken|geduwd|gesleurd|gegooid|put|pulled|pushed|dragged|forced)",
     r"(?:weet|know) (?:<g1>)?(?:niet|nie|dont|do not|no idea) (?:<g1>)?(?:waar|where) (?:we|ze|hij|they|he) (?:<g1>)?(?:heen|naartoe)? ?(?:rijden|gaan|brengen|rijdt|gaat|are taking|are driving|are going|is taking)")
rule("danger.abduction", "danger", SIGNAL,
     r"(?:man|vreemde|iemand|onbekende|stranger|someone|guy) <g3>(?:heeft|hebben|has|had) (?:<g1>)?(?:haar|hem|mijn \w+|her|him|my \w+) (?:<g1>)?(?:meegenomen|ontvoerd|in de auto getrokken|weggehaald|taken|took)",
     unless=r"(?:film|serie|game|op vakantie|naar de film|naar zijn huis om te spelen|uitje|dagje uit)")
rule("danger.drugs", "danger", SIGNAL,
     r"(?:xtc|ghb|drugs|coke|cocaine|speed|lachgas|ketamine|mdma|pillen|alcohol|te veel gedronken|drank) <x6>(?:stuipen|epileptische aanval|een aanval|trilt|schuimt|bewusteloos|reageert niet|ademt (?:niet|raar|nauwelijks)|blauw|valt steeds weg|seizure|not breathing|unconscious)",
     unless=r"(?:film|serie|voorlichting|les over)")
rule("danger.in_danger", "danger", SIGNAL,
     r"(?:ik ben|ben ik|we zijn|zijn we|i am|we are|she is|he is|ze is|hij is|mijn \w+ is|my \w+ is) (?:nu |echt |hier |now |really )?(?:in (?:groot )?gevaar|in danger|niet veilig|not safe|unsafe)(?! (?:op de weg|in het verkeer|om te|to ride))",
     r"(?:ik|i|we) (?:voel|feel) (?:me|mij)? ?(?:niet|not|nie) (?:meer )?(?:veilig|safe) (?:bij|met|around|with|near|in (?:de buurt van|zijn|haar)) (?:<g1>)?(?:hem|haar|him|her|mijn|my|die|that|zijn|haar)",
     r"(?:bel|call|belt|bellen) (?:<g1>)?(?:112|911|de politie|the police|politie)(?= ,|$| nu| now| snel| alsjeblieft| help| please)",
     r"(?:help|hulp) (?:<g1>)?(?:me |mij |us |ons )?(?:nu|snel|please|pls|alsjeblieft|now|quick) <g4>(?:hij|ze|he|they|iemand|someone|er is|there is|mes|knife|gun|pistool|deur|door)",
     r"(?:uit huis|van huis|van thuis|from home) (?:<g1>)?(?:gevlucht|weggevlucht|ontsnapt|gezet|gegooid|getrapt|kicked out|fled|escaped)",
     r"(?:gevlucht|ontsnapt|fled|escaped|kicked out) (?:<g1>)?(?:uit huis|van huis|van thuis|from home|of the house)",
     r"(?:van huis weggelopen|weggelopen van (?:huis|thuis)|ran away from home|run away from home|running away from home|van huis (?:weg|gevlucht)|op straat (?:slapen|geslapen|moet slapen)|sleeping on the street|nowhere to sleep|geen slaapplek)",
     r"(?:weggelopen|gevlucht|ran away|run away) <g6>(?:geen plek|nergens|waar ik moet slapen|where to sleep|waar ik heen moet|nowhere)")
rule("danger.school_threat", "danger", SIGNAL,
     r"<WEAPON> <g6>(?:mee|meenemen|meeneemt|meegenomen|bring|bringing|brought) <g4>(?:naar|to|op|in) (?:<g1>)?(?:school|de klas|class|het schoolplein)",
     r"(?:meenemen|meeneemt|mee nemen|meebrengen|bring|bringing) (?:<g2>)?<WEAPON> <g4>(?:naar|to|op) (?:<g1>)?(?:school|de klas|class)",
     r"(?:schieten|schietpartij|neerschieten|neer te schieten|opblazen|op te blazen|aanslag|bom|bommen|shoot up|shooting|blow up|bomb|steekpartij|aanval|aanvallen|af te maken|afmaken|kill everyone|kill people) <g6>(?:school|de klas|class|schoolplein|kantine|aula|gym)",
     r"(?:school|de klas|class|kantine) <g6>(?:opblazen|op te blazen|neerschieten|neer te schieten|shoot up|blow up|aanvallen|aan te vallen|bombing|in brand steken|in de fik steken)",
     r"(?:iedereen|everyone|everybody|de hele klas|the whole class|alle leraren) <g3>(?:neerschieten|neer te schieten|neersteken|opblazen|shoot|stab|to shoot|te vermoorden|vermoorden|kill)",
     r"(?:lijst|list) <g4>(?:met|of) (?:mensen|namen|people|names) <g6>(?:vermoorden|doodmaken|neerschieten|kill|shoot|pijn doen|hurt)",
     unless=GAME_CTX)
rule("danger.forced_crime", "danger", SIGNAL,
     r"(?:moet|moest|dwingen|dwingt|forced|forces|make me|made me) <g6>(?:drugs|pakketjes|bolletjes|geld|wiet|coke) <g4>(?:verkopen|vervoeren|smokkelen|wegbrengen|dealen|sell|deliver|carry|smuggle)",
     r"(?:schuld|schulden|debt) <g6>(?:anders|or else|dreigen|dreigt|threaten|threatens|ze komen|zetten me onder druk)")
rule("danger.topic", "danger", TOPIC,
     r"112|911|noodgeval|steekpartij|schietpartij|overval|inbraak",
     unless=r"(?:voorlichting|les|gastles|bezoek|stage|beroep|speelgoed|serie|film|kat in de boom|haha|lol|politieagent worden|wil later|nieuws|bureau|rijbewijs|boete|verkeer|fiets|aangifte van (?:mijn )?(?:fiets|telefoon|portemonnee))")


rule("abuse_home.silenced", "abuse_home", SIGNAL,
     SECRET_RX + r" <x6>(?:anders|or else|otherwise|want dan|because then) <g6>(?:uit huis|weggehaald|pleeggezin|tehuis|in de problemen|taken away|slaat|vermoordt|straf|klappen|foster)")


# =======================================================================================
# Combinations in any order (who + does what + to whom), for word orders the fixed
# patterns above do not foresee.
# =======================================================================================
VIOLENCE = (
    r"(?:slaat|sloeg|sloegen|slaan|geslagen|schopt|schopte|schopten|schoppen|geschopt|trapt|trapte"
    r"|getrapt|duwt|duwde|duwden|geduwd|wurgt|wurgde|gewurgd|stompt|stompte|gestompt|mept|mepte|gemept"
    r"|knijpt|kneep|geknepen|mishandelt|mishandelde|mishandeld|mishandelen|vastgebonden|vastbindt"
    r"|pijn gedaan|pijn doet|pijn deed|klappen|een klap|klap gegeven|slaag|rammelt|door elkaar geschud"
    r"|gesmeten|smijt|smeet|bijt|beet|gebeten|verbrandt|krabt|hits|hit|hitting|beat|beats|beaten"
    r"|kicks|kicked|punches|punched|chokes|choked|slaps|slapped|hurts|hurt|pushed|pushes|shoved"
    r"|strangled|strangles|bruised|abuses|abused)"
)
ACTOR = rf"(?:{KIN}|stiefvader|stiefmoeder|stiefpa|stiefma|<PARTNER>)"
TARGET = (
    rf"(?:{VICT}|(?:mijn|m|my|haar|zijn|her|his) (?:hoofd|gezicht|buik|rug|arm|armen|been|benen|lijf|oog|ogen"
    r"|keel|nek|face|head|stomach|back|neck))"
)
combo("abuse_home.actor_violence_target", "abuse_home", SIGNAL, ACTOR, VIOLENCE, TARGET, window=8,
      unless=NOT_GAME + r"|(?:tegen de bal|met de deur|op de deur|de deur dicht|op tafel|per ongeluk|perongeluk"
      r"|accidentally|grapje|kussen|knuffel|mug|vlieg|wesp|piano|drums|trommel|bal|tennisbal|sparren|bokszak"
      r"|oefenen|verdediging|zelfverdediging|peuter|baby|dreumes|kleuter|tikkertje|stoeien|worstelen)")
combo("abuse_home.actor_violence_object", "abuse_home", SIGNAL, ACTOR, VIOLENCE,
      r"(?:met|with) (?:zijn|haar|een|de|a|his|her) (?:stok|riem|broeksriem|slipper|pollepel|kabel|snoer|kleerhanger|vuist|fist|belt|stick|hamer|fles)",
      window=8, unless=NOT_GAME + r"|(?:wandelstok|loopt met|lopen met|hockey|golf|tennis|bal)")
ACTOR_SEX = (
    rf"(?:{KIN_ADULT}|broer|stiefbroer|neef|een man|die man|mannen|een jongen|die jongen|jongens|iemand"
    r"|hij|a man|a guy|he|someone)"
)
SEX_ACT = (
    r"(?:aangeraakt|aanraakt|aanraken|betast|betastte|bevoelt|bevoeld|gezeten|zit aan|zat aan|zitten aan"
    r"|pijpen|pijpte|aftrekken|uitkleden|uitgekleed|kleedt me uit|naakt|bloot|piemel|penis|borsten|kruis"
    r"|onder mijn kleren|in mijn broek|in mijn onderbroek|onder mijn rok|vingeren|gevingerd|seks|sex"
    r"|touched|touches|groped|molested|undressed|naked)"
)
combo("sexual_abuse.actor_act_target", "sexual_abuse", SIGNAL, ACTOR_SEX, SEX_ACT,
      r"(?:me|mij|haar|hem|mijn dochter|mijn zoon|mijn zusje|mijn broertje|my daughter|my son)(?! (?:kamer|spullen|haar|telefoon|fiets|tas))",
      window=7,
      unless=r"(?:dokter|huisarts|arts|kapper|fysio|masseur|tandarts|per ongeluk|perongeluk|accidentally|voorlichting"
      r"|seksuele voorlichting|film|serie|les|seks gehad en|condoom|pil vergeten|zwanger|vriendje en ik|mijn vriend en ik"
      r"|wil seks|willen seks|eerste keer|klaar voor|gespannen|zoenen|kus|zoen|verliefd|relatie)")
combo("sexual_abuse.in_bed", "sexual_abuse", SIGNAL, ACTOR_SEX,
      r"(?:bij|naast|with|next to) (?:hem|haar|him|her) (?:<g1>)?(?:in bed|in zijn bed|in haar bed|onder de dekens|in the bed|in his bed)",
      window=10, unless=r"(?:zoontje|dochtertje|zoon|dochter|kind|baby|nachtmerrie|ziek|bang in het donker|onweer|peuter|kleuter|broertje|zusje)")
combo("suicide.on_the_tracks", "suicide", SIGNAL,
      r"(?:ik|i|hij|ze|zij|mijn \w+)", r"(?:spoor|rails|spoorlijn|treinspoor|tracks|railway)",
      r"(?:gezeten|gestaan|gelegen|zat|stond|lag|zit|sta|lig|liggen|zitten|staan|sat|stood|lay|sitting|standing|lying)",
      window=6, unless=r"(?:trein reed|in de trein|op het perron|werkzaamheden|vertraging|modeltrein|lego|speelgoed)")


def all_rules() -> Tuple[Rule, ...]:
    return tuple(_RULES)


def rule_vocabulary() -> List[str]:
    """Words used in the rules (so the normaliser never 'corrects' them)."""
    words = set()
    for r in _RULES:
        for src in [r.pattern.pattern, r.unless.pattern if r.unless else ""] + [p.pattern for p in r.parts]:
            words.update(w for w in re.findall(r"[a-z]{2,}", src))
    return sorted(words)
