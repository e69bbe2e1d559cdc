"""The deterministic crisis guard (bot/crisis) on its development set and on targeted cases.

Runs with the bot venv's pytest and with a plain `python3 -m pytest` (standard library and
pytest only; PyYAML is used, when present, only to cross-check the dev-set reader).
Recall and false alarms per category are printed (pytest -s, or shown on failure).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1]
if str(BOT) not in sys.path:
    sys.path.insert(0, str(BOT))

from crisis import CATEGORIES  # noqa: E402
from crisis.devset import DEV_EXAMPLES, load  # noqa: E402
from crisis.guard import CrisisSignal, analyse, detect, normalise  # noqa: E402

DEV = load(DEV_EXAMPLES)
MIN_RECALL = 0.98          # the same targets as on the held-out set
MAX_FALSE_ALARMS = 0.02


def _rates():
    per_cat = {}
    for cat, msgs in DEV["crisis"].items():
        per_cat[cat] = (sum(detect(m) is not None for m in msgs), len(msgs))
    per_kind = {}
    for kind, msgs in DEV["harmless"].items():
        per_kind[kind] = (sum(detect(m) is not None for m in msgs), len(msgs))
    return per_cat, per_kind


def test_dev_set_is_large_enough_and_well_formed():
    crisis = sum(len(v) for v in DEV["crisis"].values())
    harmless = sum(len(v) for v in DEV["harmless"].values())
    assert crisis >= 150 and harmless >= 150
    assert set(DEV["crisis"]) == set(CATEGORIES)
    everything = [m for part in DEV.values() for msgs in part.values() for m in msgs]
    assert all(isinstance(m, str) and m.strip() for m in everything)


def test_dev_reader_agrees_with_pyyaml():
    yaml = pytest.importorskip("yaml")
    with open(DEV_EXAMPLES, encoding="utf-8") as fh:
        assert yaml.safe_load(fh) == DEV


def test_recall_and_false_alarms_on_the_dev_set():
    per_cat, per_kind = _rates()
    lines = ["crisis guard on bot/crisis/dev_examples.yml"]
    for cat, (hit, n) in per_cat.items():
        lines.append(f"  recall       {cat:14} {hit:4d}/{n:<4d} = {hit / n:.3f}")
    for kind, (bad, n) in per_kind.items():
        lines.append(f"  false alarms {kind:14} {bad:4d}/{n:<4d} = {bad / n:.3f}")
    hit = sum(h for h, _ in per_cat.values())
    n_c = sum(n for _, n in per_cat.values())
    bad = sum(b for b, _ in per_kind.values())
    n_h = sum(n for _, n in per_kind.values())
    lines.append(f"  TOTAL recall {hit / n_c:.3f}  false alarms {bad / n_h:.3f}")
    print("\n".join(lines))
    misses = [m for msgs in DEV["crisis"].values() for m in msgs if detect(m) is None]
    alarms = [m for msgs in DEV["harmless"].values() for m in msgs if detect(m) is not None]
    assert hit / n_c >= MIN_RECALL, f"missed: {misses}"
    assert bad / n_h <= MAX_FALSE_ALARMS, f"false alarms: {alarms}"
    for cat, (h, n) in per_cat.items():
        assert h / n >= 0.95, f"recall for {cat} is {h}/{n}"


@pytest.mark.parametrize("cat", CATEGORIES)
def test_dev_crisis_messages_get_a_category(cat):
    for m in DEV["crisis"][cat]:
        signal = detect(m)
        if signal is not None:
            assert signal.category in CATEGORIES
            assert signal.rule and signal.rule in signal.rules


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Ik wil doooood", "ik wil dood"),
        ("k wil nie meer leve", "ik wil niet meer leven"),
        ("ikwilnietmeerleven", "ik wil niet meer leven"),
        ("kwil nie meer", "ik wil niet meer"),
        ("mn pa slaat me", "mijn pa slaat me"),
        ("m'n vader", "mijn vader"),
        ("w8 ff", "wacht even"),
        ("z3lfm00rd", "zelfmoord"),
        ("z*lfmoord", "zelfmoord"),
        ("z e l f m o o r d", "zelfmoord"),
        ("zelf moord", "zelfmoord"),
        ("ik denk aan zelfmoort", "ik denk aan zelfmoord"),
        ("Suïcidale gedachten", "suicidale gedachten"),
        ("I'm gonna kms", "i am going to kill myself"),
        ("Ik wil niet meer. Echt niet!", "ik wil niet meer , echt niet"),
        ("mijnvaderslaatmij", "mijn vader slaat mij"),
    ],
)
def test_normalisation(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    "word", ["geslaagd", "geslapen", "verkocht", "sterren", "aanraking", "gesloten"]
)
def test_real_words_are_not_corrected_into_keywords(word):
    assert normalise(word) == word


@pytest.mark.parametrize(
    "text",
    [
        "ik ga dood van het lachen",
        "ik lach me dood om die video",
        "ik ga dood van de honger",
        "ik verveel me dood in deze les",
        "mijn moeder vermoordt me als ik een 4 haal",
        "mijn vader vermoordt me als hij ziet dat ik te laat ben",
        "deze toets is zelfmoord",
        "fietsen met deze storm is echt zelfmoord",
        "my mom is going to kill me if i fail",
        "this homework is killing me",
        "ik ben gekilld in fortnite",
        "my brother killed me in fortnite",
        "ik doe een werkstuk over zelfmoord",
        "voor maatschappijleer maak ik een opdracht over huiselijk geweld",
        "we keken een documentaire over kindermishandeling",
        "we oefenen een drill tegen een aanvaller bij judo",
        "ik heb mezelf gesneden met koken",
        "mijn batterij gaat dood",
        "ik ben doodmoe",
        "mijn ouders slaan me nooit",
        "hij zit aan me te zeuren over huiswerk",
        "ik ben bedreigd met strafwerk haha",
        "hoe leg ik mijn kinderen uit dat opa zelfmoord heeft gepleegd",
    ],
)
def test_idioms_and_exaggerations_are_not_crises(text):
    assert detect(text) is None, analyse(text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("ik ga dood van het lachen, maar eigenlijk wil ik echt niet meer leven", "suicide"),
        ("ik doe een werkstuk over zelfmoord maar ik denk er zelf ook aan, ik wil dood", "suicide"),
        ("haha deze toets is zelfmoord, maar mijn vader slaat me echt als ik zak", "abuse_home"),
        ("ik ben gekilld in fortnite en nu heb ik mezelf weer gesneden", "self_harm"),
        ("voor school moet ik een spreekbeurt houden maar mijn oom zit aan me", "sexual_abuse"),
        ("lol mijn broer heeft een mes en zegt dat hij me gaat steken", "danger"),
        ("voetbal was leuk vandaag, mama wil dat ik opruim, en als ik alleen ben snij ik mezelf", "self_harm"),
    ],
)
def test_a_negative_context_never_hides_a_first_person_signal(text, category):
    signal = detect(text)
    assert signal is not None, analyse(text)
    assert signal.category == category, signal


@pytest.mark.parametrize(
    "text, category",
    [
        ("ik wil er niet meer zijn", "suicide"),
        ("iedereen is beter af zonder mij", "suicide"),
        ("ik heb al mijn pillen geslikt", "suicide"),
        ("ik wil mezelf pijn doen", "self_harm"),
        ("ik snij mezelf", "self_harm"),
        ("mijn stiefvader slaat mijn moeder", "abuse_home"),
        ("ik durf niet naar huis", "abuse_home"),
        ("ik voel me niet veilig thuis", "abuse_home"),
        ("mijn vriend pakt al mijn geld af en ik mag nergens heen zonder hem", "abuse_home"),
        ("mijn oom zit aan me", "sexual_abuse"),
        ("hij dwingt me om dingen te doen die ik niet wil", "sexual_abuse"),
        ("hij dreigt mijn naaktfoto's te verspreiden", "sexual_abuse"),
        ("een man van 30 wil afspreken en zegt dat ik het niet aan mijn ouders mag vertellen", "sexual_abuse"),
        ("er staat iemand met een mes voor de deur", "danger"),
        ("een jongen zegt dat hij morgen een mes meeneemt naar school", "danger"),
        ("my dad hits me", "abuse_home"),
        ("i want to kill myself", "suicide"),
    ],
)
def test_pattern_families(text, category):
    signal = detect(text)
    assert signal is not None, analyse(text)
    assert signal.category == category, signal


def test_signal_holds_rule_ids_not_text():
    text = "ik wil niet meer leven"
    signal = detect(text)
    assert isinstance(signal, CrisisSignal)
    assert str(signal) == "suicide"
    assert text not in repr(signal)
    assert all("." in r for r in signal.rules)


@pytest.mark.parametrize("text", [None, "", "   ", "hoi", "12345", "!!!", "😂😂😂", "a" * 5000])
def test_odd_input_is_safe(text):
    assert detect(text) is None


def test_fast_enough_for_every_message():
    msgs = [m for part in DEV.values() for msgs in part.values() for m in msgs]
    started = time.perf_counter()
    for m in msgs:
        detect(m + " x")  # defeat caches
    per_message = (time.perf_counter() - started) / len(msgs)
    assert per_message < 0.02, f"{per_message * 1000:.1f} ms per message"


@pytest.mark.filterwarnings("ignore")
def test_rasa_component_sets_the_crisis_intent():
    pytest.importorskip("rasa")
    from rasa.shared.nlu.training_data.message import Message

    from components.crisis_guard import CrisisGuard

    guard = CrisisGuard(CrisisGuard.get_default_config())
    ranking = [{"name": "need_rouw", "confidence": 0.7}, {"name": "crisis", "confidence": 0.2}]
    by_rule = Message(data={"text": "k wil nie meer leve",
                            "intent": {"name": "need_rouw", "confidence": 0.7},
                            "intent_ranking": list(ranking)})
    by_nlu = Message(data={"text": "ik weet het niet meer",
                           "intent": {"name": "crisis", "confidence": 0.6},
                           "intent_ranking": [{"name": "crisis", "confidence": 0.6}]})
    under_fallback = Message(data={"text": "ik weet niet wat ik moet doen",
                                   "intent": {"name": "nlu_fallback", "confidence": 0.45},
                                   "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.45},
                                                      {"name": "crisis", "confidence": 0.4},
                                                      {"name": "greet", "confidence": 0.3}]})
    harmless = Message(data={"text": "ik ga dood van het lachen",
                             "intent": {"name": "chitchat", "confidence": 0.9},
                             "intent_ranking": [{"name": "chitchat", "confidence": 0.9}]})
    guard.process([by_rule, by_nlu, under_fallback, harmless])

    assert by_rule.get("intent") == {"name": "crisis", "confidence": 1.0}
    assert [r["name"] for r in by_rule.get("intent_ranking")] == ["crisis", "need_rouw"]
    found = {e["entity"]: e["value"] for e in by_rule.get("entities")}
    assert found["crisis_category"] == "suicide"
    assert found["crisis_level"] == "alarm"  # a SIGNAL rule and no classifier: alarm
    assert by_nlu.get("intent")["name"] == "crisis"
    found = {e["entity"]: e["value"] for e in by_nlu.get("entities")}
    assert found == {"crisis_category": "unknown", "crisis_level": "check"}  # DIET alone: check
    assert under_fallback.get("intent")["name"] == "crisis"
    assert harmless.get("intent")["name"] == "chitchat"
    assert not harmless.get("entities")


def test_command_line_evaluation_and_counterexamples(capsys):
    from crisis.__main__ import main

    assert main([]) == 0
    assert "TOTAL recall" in capsys.readouterr().out
    assert main(["counterexamples", "out_of_scope"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('version: "3.1"') and "- intent: out_of_scope" in out
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load(out)
    examples = [line for line in data["nlu"][0]["examples"].splitlines() if line.strip()]
    assert len(examples) >= 150


# --- precision on harmless messages: each mechanism with its crisis counterpart --------------
from crisis.rules import SIGNAL  # noqa: E402


def _level(text):
    s = detect(text)
    return s.level if s else None


@pytest.mark.parametrize("harmless, crisis", [
    # negation scope: a negator right before the match
    ("bij ons thuis wordt niemand geslagen, we hebben alleen veel ruzie over de afwas",
     "bij ons thuis word ik geslagen als ik de afwas vergeet"),
    ("ik ben echt niet suicidaal hoor, alleen moe van school",
     "ik heb de hele tijd zelfmoordgedachten"),
    ("het is niet dat ik dood wil, ik wil gewoon even rust",
     "ik wil dood, ik kan niet meer"),
    # ... but not when preparation is told, or when the negator belongs to another clause
    ("i do not want to hurt myself, i just feel lonely lately",
     "ik ben niet suicidaal ofzo maar ik heb wel een plan en pillen verzameld"),
    # resolved past: past marker AND "over / fine now" marker, nothing that goes on
    ("vroeger schopte mijn stiefvader me, maar hij is al jaren weg en nu gaat het goed",
     "vroeger schopte mijn stiefvader me en gisteren deed hij het weer"),
    ("drie jaar geleden sneed ik mezelf, nu ben ik clean en heb ik een fijne therapeut",
     "drie jaar geleden sneed ik mezelf, ik was clean maar nu doe ik het weer"),
    # an explicit "not meant" marker together with a trivial cause ("lol" alone is not one)
    ("als ik die toets nog een keer moet maken spring ik van het dak, niet letterlijk hoor",
     "lol ik straf mezelf gewoon met een mesje als ik een onvoldoende haal"),
    ("i'm gonna kill myself if the printer jams again during my homework (not literally)",
     "i am going to kill myself tonight, i have the pills ready"),
    # quoted words of someone else called a joke
    ("mijn nichtje zei 'ik spring van de brug' toen ze haar toets terugkreeg, zo dramatisch",
     "mijn nichtje zei dat ze van de brug wil springen en ze is sinds gisteren weg"),
    # other people far away, stories the writer writes, dreams
    ("ik las over een zanger die doodsbedreigingen kreeg, waarom doen mensen zoiets",
     "iemand stuurt me doodsbedreigingen en zegt dat hij weet waar ik woon"),
    ("ik had een nachtmerrie dat ik werd ontvoerd door een clown",
     "ik ben ontvoerd en weet niet waar ik ben"),
    ("stel dat een klasgenoot ooit zegt dat hij niet meer wil leven, wat doe ik dan",
     "wat als ik gewoon van het dak spring, niemand zou het merken"),
    # plain false matches: Dutch "die" is not English "die"; "drowning in" work
    ("ik wil iemand die me helpt met mijn planning", "ik wil dood"),
    ("we are drowning in paperwork since the move", "my little brother is drowning in the pool"),
    # a small child hitting is not abuse at home
    ("onze peuter van 3 slaat me als ze moe is, hoe leer ik haar dat dat niet mag",
     "mijn vader slaat me als hij dronken is"),
])
def test_harmless_look_alike_is_not_signal_but_crisis_still_is(harmless, crisis):
    assert _level(harmless) != SIGNAL, (harmless, detect(harmless), analyse(harmless))
    assert _level(crisis) == SIGNAL, (crisis, analyse(crisis))


@pytest.mark.parametrize("text", [
    "haha mn ma maakt me af als ze mijn armen ziet, heb weer gesneden",
    "ik zeg altijd 'lol ik wil dood' maar nu meen ik het echt",
    "mijn mentor zegt dat ik overdrijf als ik zeg dat ik dood wil, maar ik overdrijf niet",
])
def test_a_joke_marker_does_not_hide_a_real_signal(text):
    """Young people hide real self-harm behind "lol" and "haha", and say when they mean it."""
    assert _level(text) == SIGNAL, analyse(text)


def test_negation_that_is_the_signal_is_kept():
    assert _level("i do not see any point in living anymore") == SIGNAL
    assert _level("het bloed stopt niet, ik heb te diep gesneden") is not None


def test_coercion_into_unwanted_things_fires():
    assert _level("hij wilde dingen die ik niet wilde en ik heb het toen maar gedaan") == SIGNAL


# Second round (guard.py: _everyday_hyperbole, the work-setter idiom mask, _others_history,
# the life-stage RESOLVED markers, _negated_inside, _young_child_acts, _recurs): each harmless
# message with the crisis counterpart(s) that must still fire.
@pytest.mark.parametrize("harmless, crises", [
    # a stock formula of wanting to die about an everyday annoyance or a mishap
    ("kms ik heb de verkeerde bus genomen",
     ["kms mijn toets ging slecht en ik kan niet meer",
      "kms, verkeerde toets geleerd, de pillen liggen al klaar"]),
    ("ik wil dood, ik heb mijn presentatie per ongeluk gewist",
     ["ik wil dood, ik word elke dag gepest in de klas",
      "ik wil dood, ik heb per ongeluk mijn huiswerk vergeten maar ik meen het"]),
    # a conditional only with an everyday condition in the future, never parents or a break-up
    ("ik spring van de brug als die printer nog een keer vastloopt",
     ["ik spring van de brug als mijn ouders mijn rapport zien",
      "ik spring van de brug als hij het uitmaakt"]),
    # "X wil me dood hebben" of someone who sets the work, not of a parent
    ("mijn mentor wil me echt dood hebben met al die opdrachten",
     ["mijn stiefvader wil me dood hebben, hij zei dat hij me gaat vermoorden"]),
    # another person's history from long ago
    ("mijn oudoom is in 1998 overleden aan een overdosis, mijn moeder praat er nooit over",
     ["mijn broer heeft jaren geleden een overdosis gehad en nu heeft hij weer pillen verzameld",
      "mijn neef heeft 7 jaar geleden een eind aan zijn leven gemaakt en ik wil er ook een eind aan maken"]),
    ("de broer van mijn opa sloeg vroeger zijn honden, hoe gingen mensen toen met dieren om",
     ["mijn vader sloeg vroeger mijn moeder en nu slaat hij mij",
      "mijn oom heeft vroeger mijn zus verkracht"]),
    # the writer's own past, told from a later stage of life
    ("als puber heb ik mezelf gesneden, nu ben ik 30 en moeder van twee",
     ["als puber heb ik mezelf gesneden, nu ben ik 30 en gisteren deed ik het weer"]),
    # a negator inside a rule that names an act denies the act
    ("mijn zoon doet zichzelf geen pijn, hij stampt alleen heel hard",
     ["hij slaat me niet alleen, hij schopt me ook",
      "ik denk niet dat ik het volhoud, ik denk aan zelfmoord"]),
    # a toddler's own hitting and biting
    ("mijn zoon is 3, hij schopt zijn oma als hij naar bed moet",
     ["de buurman slaat onze dochter van 3",
      "mijn peuter van 2 slaat zijn hoofd tegen de muur tot het bloedt",
      "ik heb net mijn zoontje van 3 gepakt en hem op de grond gegooid"]),
])
def test_second_round_harmless_look_alikes(harmless, crises):
    assert _level(harmless) != SIGNAL, (harmless, detect(harmless), analyse(harmless))
    for crisis in crises:
        assert _level(crisis) == SIGNAL, (crisis, analyse(crisis))


# Third round (information questions, other people, everyday mishaps): each harmless message
# with the crisis counterpart(s) that must still fire.
@pytest.mark.parametrize("harmless, crises", [
    # the match as the topic of a lesson, a project or a school evening
    ("we organiseren met de klas een ouderavond over kinderen die thuis geslagen worden",
     ["ik moet een werkstuk maken over hoe mijn vader mij slaat",
      "mijn werkstuk gaat over kinderen die thuis geslagen worden, zoals ik",
      "voor biologie moeten we uitleggen wat een overdosis doet, hoeveel pillen is dat eigenlijk"]),
    ("mijn werkstuk gaat over kinderen die thuis geslagen worden, wie kan het nakijken",
     ["ik zag een tiktok over grooming en nu stuurt een man van 40 me steeds cadeautjes, ik ben 13"]),
    # someone else's words quoted, told as meant lightly
    ("mijn zoon zei met een grijns als ik geen ijsje krijg spring ik van het dak",
     ["mijn dochter zei: ik spring van het dak, ze huilde de hele avond",
      "mijn zoon zei lachend dat hij dood wil maar hij meent het",
      "mijn zoon zei dat hij dood wil en iedereen lacht hem uit"]),
    # an everyday tool or an animal as the cause of a small wound
    ("mijn handen zitten vol krassen van onze nieuwe puppy",
     ["ik kras mezelf elke avond in mijn armen", "iemand heeft me gestoken met een mes"]),
    ("een wesp heeft me gestoken in mijn nek",
     ["hij heeft me gestoken en ik bloed heel erg"]),
    # years clean, or help that made it stop
    ("ik ben nu 3 jaar clean van snijden en heel trots",
     ["ik ben 3 dagen clean van snijden maar het is zo moeilijk",
      "ik was 2 jaar clean maar gisteren heb ik weer gesneden"]),
    # a later stage of life; never for sexual violence
    ("mijn broer werd in groep 7 geslagen door klasgenoten, nu zit hij op de middelbare en gaat het top",
     ["ik werd vroeger misbruikt door mijn oom, nu zit ik op de middelbare",
      "ik werd in groep 7 geslagen door mijn vader, nu zit ik op de middelbare en hij slaat me nog steeds"]),
    # a game's world as the everyday cause of a stock formula
    ("in fortnite sprong ik van de brug en was ik meteen dood, hele potje weg",
     ["ik spring van de brug, ik speel niet eens meer fortnite, niemand mist me"]),
    # words mentioned, not used
    ("what does 'kms' mean, my little brother keeps saying it",
     ["what does it mean if i want to kill myself every night"]),
    # the work-setter idiom in a subordinate clause, and a look that kills
    ("mijn zoon zegt dat zijn meester hem dood wil met al dat rekenwerk",
     ["mijn zoon zegt dat zijn vader hem dood wil hebben en hem slaat"]),
    ("mijn zus gaat me neersteken met haar blik als ik dat vertel",
     ["mijn zus gaat me neersteken met een mes als ik dat vertel"]),
])
def test_third_round_harmless_look_alikes(harmless, crises):
    assert _level(harmless) != SIGNAL, (harmless, detect(harmless), analyse(harmless))
    for crisis in crises:
        assert _level(crisis) == SIGNAL, (crisis, analyse(crisis))
