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
    # "die docent / mijn trainer wil me dood hebben": someone who sets the work (not a parent,
    # partner or relative) "wants me dead" is the Dutch idiom for being overloaded
    r"(?:docent|docente|leraar|lerares|juf|meester|trainer|trainster|coach|baas|manager|instructeur"
    r"|rijinstructeur|mentor|stagebegeleider|begeleider|teacher|boss) (?:[a-z]+ )?(?:wil|wilt|want|wants)"
    r" (?:me|mij|ons|haar|hem) (?:echt |gewoon |gwn )?dood(?: hebben)?",
    # "ze gaat me neersteken met haar blik": a look that kills
    r"(?:neersteken|doodsteken|vermoorden|doden|afmaken|kill|killing|stab) (?:me |mij |je |jou |you )?(?:met|with)"
    r" (?:haar|zijn|z|mijn|je|her|his|my|your|die|een|a) (?:blik|blikken|ogen|look|looks|eyes|stare)",
    r"(?:docent|docente|leraar|lerares|juf|meester|trainer|trainster|coach|baas|manager|instructeur"
    r"|rijinstructeur|mentor|stagebegeleider|begeleider) (?:gaat|zal) (?:me|mij|ons) (?:echt )?"
    r"(?:ophangen|vermoorden|afmaken|villen)(?= (?:als|wanneer))",
    # the same idiom in a subordinate clause: "dat haar juf haar dood wil"
    r"(?:docent|docente|leraar|lerares|juf|meester|trainer|trainster|coach|baas|manager|instructeur"
    r"|rijinstructeur|mentor|stagebegeleider|begeleider) (?:me|mij|ons|haar|hem) (?:echt |gewoon )?dood"
    r" (?:wil|wilt|willen|wil hebben|wilt hebben)",
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
# Rules that name a harmful act or a thought of it (not an absence or a ban): a negator inside
# their match is a plain denial (see `_negated_inside`).
_ACT_RULES = frozenset({"suicide.thoughts", "self_harm.hurt_self", "self_harm.self_verb",
                        "danger.threat", "abuse_home.violence_home", "abuse_home.person_hits",
                        "abuse_home.actor_violence_target"})
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
    r"|in de tijd dat|in die tijd|destijds|toentertijd|back then|back in|een tijd (?:lang|geleden)|had een tijd"
    r"|(?:al )?(?:[0-9]+|twee|drie|vier|vijf|jaren) (?:jaar|jaren) (?:gescheiden|uit elkaar|niets|niks|geen contact)"
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
    # a later stage of life told as now: the writer or the person is grown up, a parent, has
    # moved on; the past is then years away ("als tiener ..., nu ben ik moeder")
    r"|nu (?:ben ik|is (?:hij|ze|zij)) (?:al |zelf )?(?:[0-9]+|volwassen|moeder|vader|ouder|student|getrouwd)"
    r"|(?:mijn|m) eigen kinderen|nu woon (?:ik|hij|ze)|(?:woon|woont|wonen) nu"
    r"|(?:wil|doe|doen) (?:het )?(?:zelf )?anders|nooit zo (?:worden|doen)|is (?:echt |helemaal )?over"
    r"|hulp kreeg|(?:therapy|therapie|hulp|it|dat|that) (?:really |echt |heel erg |heeft )?(?:helped|hielp|geholpen)"
)
# Added in the third round, and never for sexual violence (see `_resolved_past`):
RESOLVED_LATER = compile_words(
    # a later school stage, a new school, a replacement coping, "nu weet ik (beter)", someone
    # fine now, "ik doe dat nooit bij mijn kinderen", no word from him in years
    r"nu (?:zit|zitten) (?:hij|ze|zij|ik|we) (?:al )?(?:op de middelbare|in de [0-9]e|op de universiteit|op het mbo|op de hbo)"
    r"|(?:op|in) (?:mijn|m|zijn|haar) nieuwe (?:school|klas)|nu weet ik (?:dat|beter)"
    r"|nu (?:teken|schilder|schrijf|sport|ren|praat|bel) ik"
    r"|(?:hij|ze|zij|he|she) is (?:nu )?(?:super |heel |helemaal |weer )?(?:oke|ok|okay|prima|fine|happy|chill)"
    r"|(?:doe|doen) (?:ik |wij |we )?(?:dat|het) (?:zelf )?nooit|(?:niets|niks) meer (?:van (?:hem|haar) )?gehoord"
    r"|(?:got|was|were|is) arrested"

)
# Long ago: years back, childhood, a year number. Not "vorig jaar" or "last year" (recent).
DISTANT_PAST = compile_words(
    r"vroeger|lang geleden|jaren geleden|heel lang terug|in mijn jeugd|in de oorlog|in die tijd"
    r"|(?:[2-9]|[1-9][0-9]|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig"
    r"|een paar|paar|jaren|heel wat) (?:jaar|jaren) (?:geleden|terug)"
    r"|in (?:19|20)[0-9][0-9]|back in|years ago|years back|long ago|decades ago|as a (?:kid|child|teen|teenager)"
    r"|toen (?:hij|ze|zij) (?:[a-z]+ )?(?:klein|jong|jonger|kind|tiener|puber|[0-9]+)"
    r"|als (?:kind|tiener|puber)|(?:six|five|four|three|two|ten|seven|eight|nine) years"
)
# The past still hurts now: "het komt allemaal terug", "ze kan niet meer slapen".
AFTERMATH = compile_words(
    r"komt (?:het |alles |allemaal )*terug|vreet|kan (?:er )?(?:niet|nie) (?:meer )?(?:van )?slapen"
    r"|nachtmerries|nightmares|flashbacks|trauma|last van|haunts|cant sleep|can not sleep|bang voor hem"
    r"|bang voor haar|scared of him|komt (?:volgende week|morgen|binnenkort|straks)"
)
# The writer as the one it happens to, or a turn to the present ("en nu slaat hij mij"):
# another person's history is then not the whole story.
# Sexual violence named in any words, whichever rule fired.
SEXUAL = compile_words(
    r"verkracht|verkrachting|misbruik|misbruikt|misbruikte|aangerand|aanranding|betast|betastte"
    r"|seks|seksueel|seksuele|ontucht|raped|rape|molested|molest|sexually|sexual|abused"
)
_WRITER_NOW = compile_words(r"me|mij|mezelf|mijzelf|myself|ons|us|(?:en|and) (?:nu|now)")
ONGOING = compile_words(
    r"weer(?! (?:zichzelf|lacht|lachen|blij|gelukkig|vrolijk|goed|beter|happy|chill|normaal|gezond|plannen))|opnieuw|nog steeds|nog altijd|soms nog|af en toe nog|again|still|gisteren|vannacht"
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
    r"|(?:zag|keek|bekeek|saw|watched) (?:een|dat|die|the|a) (?:filmpje|video|clip|tiktok|reel|short)"
    r"|nepbericht|nepnieuws|fake news|hoax"
    r"|koning|koningin|farao|keizer|keizerin|in de oudheid|middeleeuwen|patienten|clienten|patients"
)
# A third person's words introduced by a verb of saying ("ze zei", "my son said").
QUOTE = compile_words(
    r"(?:hij|ze|zij|he|she|they|zoon|dochter|puber|zus|broer|vriendin|vriend|neefje|nichtje|son|daughter"
    r"|teenager|kid|friend|sister|brother|broertje|zusje|kleuter|tiener) (?:[a-z0-9]+ ){0,2}(?:zegt|zei|zeggen|riep|schreeuwde|gilde|appte"
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

# How the speaker of quoted words behaved or how the writer reads them: lightly ("met een grote
# grijns", "we had a laugh", "het is een uitdrukking", "ze bedoelt dat ze gefrustreerd is").
# Only for someone else's quoted words (`_quoted_joke`); the writer's own "haha" never counts.
LIGHT_MANNER = compile_words(
    r"grijns|grijnst|grijnsde|grin|grinning|lachend|laughing"
    # laughing along, not laughing at someone ("ze lachten hem uit" is bullying)
    r"|(?:lachte|lachen|lacht|laugh|laughed)(?! (?:[a-z]+ )?(?:uit|at|om (?:hem|haar|mij|me)))"
    r"|schattig|cute|funny|uitdrukking|expression|figure of speech|(?:ze|hij|she|he) is (?:totally |gewoon )?(?:fine|oke|prima)"
    r"|(?:bedoelt|means) (?:[a-z]+ ){0,2}(?:gefrustreerd|boos|moe|teleurgesteld|frustrated|annoyed)"
)
# The match as the subject of a talk, a lesson, a project or a school evening: what comes
# after "een ouderavond over", "het onderwerp", "een petitie tegen", "uitleggen wat".
TOPIC_HEAD = compile_words(
    r"(?:project|projectje|avond|ouderavond|informatieavond|voorlichting|gastles|les|lessen|gesprek|gesprekken"
    r"|inleiding|werkstuk|spreekbeurt|presentatie|petitie|artikel|opstel|betoog|documentaire|docu|podcast"
    r"|lesbrief|campagne|workshop|training|tiktok|filmpje|video|talk|lesson|presentation|essay|petition"
    r"|campaign|workshop) (?:[a-z]+ ){0,2}(?:over|about|tegen|against)"
    r"|het onderwerp|the topic|(?:uitleggen|uit te leggen|uitleg|explain) (?:wat|hoe|waarom|what|how|why)"
    r"|(?:het|dit|dat|it) gaat over"
)
# A school or work setting that makes such a topic a task, not a confession.
TOPIC_SETTING = compile_words(
    r"school|klas|les|lessen|project|opleiding|biologie|maatschappijleer|verzorging|mentorles|ouderavond"
    r"|werkstuk|spreekbeurt|presentatie|inleiding|petitie|docent|leraar|juf|meester|stage|class|teacher"
    r"|tiktok|filmpje|video|essay|assignment"
)
# Personal risk turns an information question into a crisis question (amounts, ways, pain).
PERSONAL_RISK = compile_words(
    r"hoeveel|how many|how much|hoe lang duurt|pijnloos|painless|snelste|quickest|zelf ook|myself too"
    r"|ik ook|me too|bij mij|bij mezelf|thuis bij ons|mijn eigen|zoals ik|zoals mij|net als ik|net als mij|like me"
)

# Everyday-cause hyperbole: "kms, de wifi ligt er weer uit", "ik spring van de brug als ik
# nog één rekensom moet maken". Only the stock formulas of wanting to die count; self-harm
# methods ("mesje", "snijden") never do.
_STOCK_HYPERBOLE = frozenset({"suicide.end_it", "suicide.want_dead", "suicide.method_other",
                              "suicide.done_living", "suicide.indirect6"})
# The cause named next to the formula is an everyday annoyance: school tasks, devices,
# transport, shopping and food, sport and fandom, chores, small embarrassments.
EVERYDAY = compile_words(
    r"toets|toetsen|toetsweek|proefwerk|huiswerk|verslag|opdracht|deadline|rekensom|rekensommen|sommen"
    r"|breuken|les|lessen|herkansing|presentatie|presenteren|werkstuk|groepsproject|rooster"
    r"|homework|test|tests|exam|exams|maths|math|fractions|assignment|essay|group project|printer"
    r"|wifi|laptop|oplader|telefoonrekening|phone bill|roaming|back up|backup|gedelete|crasht"
    r"|crashed|meme|memes|groepsapp|familie app|ranked|trein|ns|vertraging|rijles|rijstrook|instructeur"
    r"|zonder licht|boete|file|train|concert|festival|tickets|kaartjes|sold out|uitverkocht|pizza|patat"
    r"|friet|kantine|cereal|snoep|sneakers|schoenen|kleren|outfit|ajax|psv|feyenoord|fantasy|wedstrijd"
    r"|finale|scheids|eigen doel|liedje|song|schoolreis|feestje|party|bijbaan|dienst|ochtenddienst|shift"
    r"|meeting|vakken vullen|vaatwasser|stofzuiger|afwas|cringe|genant|awkward|embarrassing|out loud|hardop"
    r"|kassa|kassamevrouw|cursus|decaan|lanyard|headphone|koptelefoon|uitleggen|explain|klas|in class"
    r"|songtekst|lyrics|refrein|zing|zingen|meezingen|sing|singing"
)
# A mishap told as the cause: an error, a slip, something forgotten.
MISHAP = compile_words(
    r"per ongeluk|verkeerde|verkeerd|vergeten|vergat|ipv|in plaats van|forgot|forgotten|wrong"
    r"|accidentally|by accident|instead of|gestruikeld|struikelde|gestoten|tripped|stubbed"
)
# Anything that gives the formula weight keeps it, wherever it stands in the message: a means
# or a goodbye, "for real", not coping any more, duration or repetition, home and parents,
# being hit or punished, bullying and loneliness, a relationship ending, images spread, being
# held back, going (back) to school, a past told ("toen"), or a condition that came true ("en
# nu ..."), a crush, looking up how, suicide named or thought about.
WEIGHTY = compile_words(
    r"pil|pillen|pills|meds|medicijnen|tabletten|mes|mesje|messen|knife|touw|rope|strop|noose|brief"
    r"|briefje|afscheid|goodbye|note|overdosis|overdose|scheermes|spoor|perron"
    r"|fr|for real|serieus|seriously|echt waar|nu echt|this time|deze keer|niet figuurlijk|geen meme|not a meme"
    r"|niet meer|nie meer|anymore|any more|geen zin|klaar met alles|done with everything|kan niet meer"
    r"|al (?:weken|maanden|dagen|jaren|lang|een tijd)|elke (?:dag|avond|nacht|keer)|every (?:day|night|time)"
    r"|steeds|telkens|constant|altijd|always|sinds|since|weeks|months|zo vaak"
    r"|ouders|parents|vader|moeder|pa|ma|papa|mama|mam|pap|dad|mom|mum|stiefvader|stiefmoeder|thuis(?! (?:laten liggen|vergeten|gelaten))"
    r"|naar huis|home|huisarrest|slaan|slaat|sloeg|geslagen|klappen|straf|gestraft|beat|beats|punish"
    r"|gepest|pesten|pest|pesters|bully|bullied|uitgelachen|uitlachen|uitlachte|lacht me uit|lachen me uit"
    r"|laughs at me|laugh at me|laughing at me|(?:ben|voel|zit|sta|was) (?:me |mij )?(?:zo |helemaal |echt |altijd )?alleen"
    r"|in mijn eentje|eenzaam|alone|lonely"
    r"|niemand|nobody|no one|haat|hate|hates|mislukking|failure|waardeloos|worthless|last|burden|lelijk"
    r"|ugly|uitmaakt|uitgemaakt|verlaat|verlaten|gedumpt|dumped|broke up|breaks up|leaves me|ex"
    r"|nudes|naaktfoto|rondgaat|gelekt|leaked|blijf zitten|blijven zitten|zitten blijven"
    r"|naar (?:die |de |deze )?school|to school|toen|back then|(?:en|and|maar|but) (?:nu|now)|crush|verliefd"
    r"|opgezocht|opzoeken|looked up|searched|hoe je|how to|how do you"
    r"|zelfmoord|zelfdoding|suicide|suicidaal|suicidal|denk (?:er|eraan)|think about it|thinking about"
)
# A young child of the writer: a toddler or preschooler (up to 5), named with its age.
YOUNG_CHILD = compile_words(
    r"(?:peuter|peutertje|kleuter|kleutertje|dreumes|toddler|(?:zoon|zoontje|dochter|dochtertje|kind|kindje"
    r"|jongste|son|daughter|child|kid) (?:is |van |of |is pas |van pas )?(?:[1-5]|twee|drie|vier|vijf"
    r"|[0-9]+ maanden)(?: jaar| jaar oud| years| year old| years old| yo)?(?![0-9]))"
)
# Anyone older who could be the one doing it, the writer included.
OLDER_ACTOR = compile_words(
    r"ik|i|we|wij|vader|moeder|papa|mama|pa|ma|ex|man|vrouw|vriend|vriendin|partner|oppas|babysitter|buurman"
    r"|buurvrouw|opa|oma|oom|tante|schoonmoeder|schoonvader|stiefvader|stiefmoeder|juf|meester|leraar"
    r"|leerkracht|trainer|iemand|mensen|father|mother|dad|mom|husband|wife|boyfriend|girlfriend|sitter"
    r"|nanny|teacher|grandma|grandpa|uncle|aunt|someone|mother in law|father in law|broer|zus|brother|sister"
)
# Real injury takes it out of ordinary toddler behaviour.
INJURY = compile_words(
    r"bloed|bloedt|bloeden|bloedde|ziekenhuis|eerste hulp|spoedeisende|gewond|bewusteloos|blauwe plekken"
    r"|blauwe plek|brandplekjes|brandwond|handafdruk|gebroken|breuk|hechtingen|blood|bleeding|hospital|bruises"
)
_LONG_CLEAN = compile_words(
    r"(?:[0-9]+|een|twee|drie|paar) (?:jaar|years|year) clean|(?:helped|help|hielp|geholpen) (?:me |mij )?(?:to )?stop"
)
_STRUGGLE = compile_words(r"moeilijk|bijna|zin om|trek in|craving|cravings|urge|urges|hard|struggle|struggling")
_MEDIA_HEAD = re.compile(r"(?:tiktok|filmpje|video|het|dit|dat|it)\b")
_PASSIVE = compile_words(r"door|by|wordt|werd|worden|werden|gets|got|is being|was being")
_THIRD = frozenset("hij ze zij he she they zoon dochter kind son daughter kid vriend vriendin friend"
                   " zei zegt says said".split())


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


def _negated_inside(text: str, hit: _Hit, inside: List[str]) -> bool:
    """A negator inside the match of a rule that names a harmful act or thought ("hij doet
    zichzelf geen pijn", "i would never hurt her", "ik denk niet aan zelfmoord") denies that
    act. Most rules with a negator inside describe an absence or a ban, where the negation is
    the signal ("reageert niet", "niemand mag het weten", "nooit meer wakker"); those are not
    in `_ACT_RULES` and keep it. "niet meer" (no longer: the act has been going on) and "niet
    dat" (a denial of the thought, not of the act) keep the signal too."""
    if hit.rule.id not in _ACT_RULES:
        return False
    for i, tok in enumerate(inside):
        if tok in _SCOPE_NEGATORS:
            nxt = inside[i + 1] if i + 1 < len(inside) else ""
            return nxt not in ("meer", "more", "anymore", "dat", "that", "alleen", "only", "just")
    return False


def _negated_before(text: str, hit: _Hit) -> bool:
    """A negator governs the match: "niemand wordt geslagen", "ik ben niet suicidaal",
    "het is niet dat ik dood wil". Rules whose own match holds a negation ("niet meer
    leven", "niemand zou me missen") are never cancelled this way, since there the negation
    is the signal."""
    if hit.rule.id in _NEGATION_IS_SIGNAL or PREPARED.search(text):
        return False
    inside = text[hit.start:hit.end].split()
    if any(t in _SCOPE_NEGATORS for t in inside):
        return _negated_inside(text, hit, inside)
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
    "gisteren", "maar nu ...") keeps the signal, as does a later signal the marker precedes.
    The markers of `RESOLVED_LATER` (a later school stage, a new school, "hij is nu oké",
    "nu teken ik", "ik doe dat nooit bij mijn kinderen") are weaker and never count for
    sexual violence: a late disclosure still fires."""
    if not PAST.search(text) or ONGOING.search(text):
        return False
    if RESOLVED.search(text, hit.end) is not None:
        return True
    if hit.rule.category == "sexual_abuse" or SEXUAL.search(text):
        return False  # the newer, weaker markers never tell sexual violence away
    return RESOLVED_LATER.search(text, hit.end) is not None


def _others_history(text: str, hit: _Hit) -> bool:
    """Someone else's story from long ago, told as history: "mijn tante is tien jaar geleden
    overleden aan een overdosis", "mijn schoonvader sloeg vroeger zijn kinderen". The match is
    not about "ik/me/ons" (`strong_anchor`), the message places it years back or in someone's
    childhood (`DISTANT_PAST`, not "vorig jaar"), and nothing says it goes on (`ONGOING`:
    "nog steeds", "weer", "gisteren", "bang dat hij ...") or still hurts (`AFTERMATH`: "het
    komt allemaal terug", "hij komt volgende week"). Sexual abuse is never history here: a
    late disclosure still needs the help line, whichever rule fired (`SEXUAL`). For the writer's own past the
    stricter `_resolved_past` applies, which needs a sign that it is over."""
    if hit.strong_anchor or hit.rule.category == "sexual_abuse" or SEXUAL.search(text):
        return False
    if not DISTANT_PAST.search(text) or ONGOING.search(text) or AFTERMATH.search(text):
        return False
    if _WRITER_NOW.search(text):
        return False
    return MEANT.search(text) is None and PREPARED.search(text) is None


def _young_child_acts(text: str, hit: _Hit) -> bool:
    """A toddler's or preschooler's own behaviour, told by the parent: "mijn peuter van 20
    maanden slaat zijn hoofd tegen de muur bij een driftbui", "mijn zoon is 3, hij slaat zijn
    vader", "mijn kind van 4 gilt 'je doet me pijn'". Hitting, biting, throwing and head-banging
    are ordinary at that age; they are a parenting question, not abuse at home or self-harm.
    Only when the young child is the one acting: nobody older (a parent, a partner, a sitter,
    the writer, a sibling) is named before the match or as its first word, so "de oppas zegt
    dat hij zichzelf geslagen heeft" and "ik heb mijn zoontje van 2 op de grond gegooid" keep
    the signal, and so does a passive ("wordt door ... geslagen"), where the child is the one it
    is done to. Real injury (blood, hospital, bruises) keeps it too. Not for sexual abuse or
    suicide, where a young child's words must be heard."""
    if hit.rule.category not in ("abuse_home", "self_harm") or INJURY.search(text):
        return False
    if _PASSIVE.search(text[:hit.end]):  # "wordt door de oppas geslagen": done to the child
        return False
    young = YOUNG_CHILD.search(text, 0, hit.end)
    if young is None:
        return False
    if young.start() >= hit.start:  # the match begins with the child ("mijn dochter van 2 bijt")
        before = text[:young.start()]
    else:
        first = text[hit.start:hit.end].split()[:1]
        before = text[:young.start()] + " , " + text[young.end():hit.start] + " " + " ".join(first)
    return OLDER_ACTOR.search(before) is None


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
    still fire, since the writer's own people count. Besides a joke marker, the speaker's
    light manner or the writer's reading of the words counts (`LIGHT_MANNER`: "met een grote
    grijns", "ze lachte", "het is een uitdrukking", "ze bedoelt dat ze gefrustreerd is"): the
    writer tells how the words were meant, which the guard cannot know better. The quote may
    begin up to ten words before the match ("zoon zegt als ik geen nieuwe schoenen krijg dan
    spring ik van het dak")."""
    before = " ".join(reversed(_tokens_before(text, hit.start, 10)))
    if QUOTE.search(before) is None or MEANT.search(text):
        return False
    return (JOKE.search(text) is not None or NOT_MEANT.search(text) is not None
            or LIGHT_MANNER.search(text) is not None)


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


def _everyday_hyperbole(text: str, hit: _Hit) -> bool:
    """The writer's stock formula of wanting to die ("kms", "ik wil dood", "ik spring van de
    brug") said about an everyday annoyance: a cause from daily life (a test, the wifi, the
    train, a song on repeat) or a mishap ("per ongeluk", "de verkeerde ...") in the match's own
    clauses, outside the match ("kms, heb net mijn verslag gedelete", "ik gooi mezelf voor de
    bus als ik nog één som moet maken"). This is how Dutch and English teenagers swear about
    small things; the formula carries no more than "ugh". Anything that gives it weight keeps
    the signal (a game's world counts as everyday too: "in minecraft sprong ik van een klif";
    `WEIGHTY`: a means, "fr", "niet meer", repetition, parents and home, being hit,
    bullying, a break-up, school refusal, a condition that came true) and so does `MEANT`. A
    conditional is dropped only when its condition is such an everyday thing in the future;
    "als mijn ouders dit zien", "als ze het uitmaakt" keep it. "lol" or "haha" play no part.
    Not for someone else's words (a child's threat is for the parent to judge)."""
    if hit.rule.id not in _STOCK_HYPERBOLE or MEANT.search(text) or PREPARED.search(text):
        return False
    if WEIGHTY.search(text):
        return False
    if any(t in _THIRD for t in _tokens_before(text, hit.start, 12)):
        return False
    near = _clause(text, hit.start, hit.end)
    offset = text.find(near)
    outside = near[:max(0, hit.start - offset)] + " , " + near[max(0, hit.end - offset):]
    return (EVERYDAY.search(outside) is not None or MISHAP.search(outside) is not None
            or GAME.search(outside) is not None)


def _long_clean(text: str, hit: _Hit) -> bool:
    """Years clean: "ik ben 5 jaar clean van snijden", "ze is al 12 jaar clean", "my
    psychologist helped me stop cutting". The match itself says that the act ended long ago
    (a year or more, or help that made it stop), so it is recovery told, not a relapse. Days,
    weeks or months clean keep the signal (recent, fragile), as does any sign of a relapse or
    a struggle now (`ONGOING`, "moeilijk", "bijna", "zin om", "trek")."""
    if hit.rule.id != "self_harm.again" or ONGOING.search(text) or _STRUGGLE.search(text):
        return False
    lead = " ".join(reversed(_tokens_before(text, hit.start, 3)))
    return _LONG_CLEAN.search(lead + " " + text[hit.start:hit.end]) is not None


def _topic_of_talk(text: str, hit: _Hit) -> bool:
    """The match is the subject of a talk, a lesson or a task, not something that happens:
    it stands after "een ouderavond over", "een project over", "het onderwerp", "een petitie
    tegen", "uitleggen wat", "het gaat over" (`TOPIC_HEAD`, in the match or up to twelve words
    before it in the same clause), in a message set at school, in training or in a clip
    (`TOPIC_SETTING`). Nothing after the head may be about the writer ("ik", "me", "mijn":
    "een werkstuk over hoe mijn vader mij slaat" fires), and a question with personal risk
    ("hoeveel", "pijnloos", "ik ook", `PERSONAL_RISK`) is not an information question. Sexual
    violence only with a head that makes it a public topic (an evening, a lesson, a petition),
    never with a clip or "het gaat over", where a child may tell her own story."""
    if MEANT.search(text) or PERSONAL_RISK.search(text) or PREPARED.search(text):
        return False
    if TOPIC_SETTING.search(text) is None:
        return False
    before = " ".join(reversed(_tokens_before(text, hit.start, 12)))
    window = before + " " + text[hit.start:hit.end]
    head = None
    for m in TOPIC_HEAD.finditer(window):
        head = m
    if head is None:
        return False
    if hit.rule.category == "sexual_abuse" and _MEDIA_HEAD.match(head.group(0)):
        return False
    after = window[head.end():].split()
    return not any(t in _FIRST for t in after)


# The head of a question about what words mean, right before the match.
_MEANING_QUESTION = re.compile(r"(?:^| )(?:what does|what do|wat betekent|wat betekend|wat bedoelen ze met|betekenis van)$")


def _mentioned(text: str, hit: _Hit) -> bool:
    """The words are mentioned, not used: a question about what they mean ("what does 'kms'
    mean", "wat betekent 'ik wil dood' in een appje"). Only when the match stands right
    between "what does / wat betekent" and "mean" (or right after "wat betekent"), so "what
    does it mean if i want to kill myself" still fires."""
    if MEANT.search(text) or PERSONAL_RISK.search(text):
        return False
    before = " ".join(reversed(_tokens_before(text, hit.start, 3)))
    after = " ".join(text[hit.end:].split()[:1])
    if _MEANING_QUESTION.search(before):
        return before.endswith(("betekent", "betekend", "met", "van")) or after in ("mean", "means")
    return False


def _recurs(text: str, hit: _Hit) -> bool:
    """The rule matches again later in the message. Only a rule's first match is a hit, so a
    context that explains the first one ("mijn neef heeft jaren geleden een eind aan zijn leven
    gemaakt") must not hide a second one about the writer ("... en ik wil er ook een eind aan
    maken")."""
    return not hit.rule.parts and hit.rule.pattern.search(text, hit.end) is not None


def _suppressed(hit: _Hit, ctx: Dict[str, bool], masked: str = "") -> bool:
    unrelated = ctx["info"] or ctx["game"] or ctx["sport"]
    if hit.rule.level == SIGNAL:
        if (ctx["fiction"] or ctx["inquiry"] or ctx["reported"]) and not hit.strong_anchor:
            return True
        if masked and (_negated_before(masked, hit) or _resolved_past(masked, hit)
                       or _not_meant(masked, hit) or _dreamt(masked, hit)
                       or _quoted_joke(masked, hit) or _hypothetical(masked, hit)):
            return True
        if masked and not _recurs(masked, hit) and (
                _everyday_hyperbole(masked, hit) or _others_history(masked, hit)
                or _young_child_acts(masked, hit) or _long_clean(masked, hit)
                or _topic_of_talk(masked, hit) or _mentioned(masked, hit)):
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
