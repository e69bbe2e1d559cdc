"""Catalogue themes: which intent means which theme slug, and how to talk about it."""
from __future__ import annotations

from typing import Dict, Optional

INTENT_TO_THEME: Dict[str, str] = {
    "need_opvoedondersteuning": "opvoedondersteuning",
    "need_puberteit": "puberteit",
    "need_echtscheiding": "echtscheiding",
    "need_stress_school": "stress-en-school",
    "need_autisme": "autisme",
    "need_verslaving": "verslaving",
    "need_pesten": "pesten",
    "need_rouw": "rouw",
    "need_eenzaamheid": "eenzaamheid",
    "need_geldzorgen": "geldzorgen",
}
THEME_TO_INTENT = {v: k for k, v in INTENT_TO_THEME.items()}

LABELS: Dict[str, Dict[str, str]] = {
    "nl": {
        "opvoedondersteuning": "opvoeden", "puberteit": "puberteit", "echtscheiding": "scheiding",
        "stress-en-school": "stress en school", "autisme": "autisme", "verslaving": "verslaving",
        "pesten": "pesten", "rouw": "rouw en verlies", "eenzaamheid": "eenzaamheid",
        "geldzorgen": "geldzorgen",
    },
    "en": {
        "opvoedondersteuning": "parenting", "puberteit": "puberty", "echtscheiding": "divorce",
        "stress-en-school": "stress and school", "autisme": "autism", "verslaving": "addiction",
        "pesten": "bullying", "rouw": "grief and loss", "eenzaamheid": "loneliness",
        "geldzorgen": "money worries",
    },
}

# Listening first: one calm sentence that shows the bot heard what this is about.
ACKNOWLEDGE: Dict[str, Dict[str, str]] = {
    "nl": {
        "opvoedondersteuning": "Opvoeden kan soms echt zwaar zijn, en het is goed dat je hulp zoekt.",
        "puberteit": "De puberteit kan thuis veel botsingen geven. Fijn dat je het vertelt.",
        "echtscheiding": "Een scheiding raakt iedereen in het gezin. Goed dat je erover praat.",
        "stress-en-school": "Veel stress rond school is vervelend en vermoeiend. Goed dat je het deelt.",
        "autisme": "Autisme vraagt veel van een gezin. Er is hulp die daarbij past.",
        "verslaving": "Zorgen over verslaving zijn zwaar. Goed dat je hulp zoekt.",
        "pesten": "Wat naar dat er gepest wordt. Dat is nooit oké, en je staat er niet alleen voor.",
        "rouw": "Wat verdrietig. Rouw heeft tijd nodig, en steun kan helpen.",
        "eenzaamheid": "Je eenzaam voelen is zwaar. Fijn dat je het vertelt.",
        "geldzorgen": "Geldzorgen geven veel stress. Er is hulp, ook gratis.",
    },
    "en": {
        "opvoedondersteuning": "Parenting can be really hard at times, and it's good that you're looking for support.",
        "puberteit": "Puberty can cause a lot of clashes at home. Thanks for telling me.",
        "echtscheiding": "A divorce affects everyone in the family. Good that you're talking about it.",
        "stress-en-school": "A lot of stress about school is tiring. Thanks for sharing it.",
        "autisme": "Autism asks a lot of a family. There is support that fits.",
        "verslaving": "Worries about addiction are heavy. Good that you're looking for help.",
        "pesten": "I'm sorry there is bullying going on. It's never okay, and you're not alone.",
        "rouw": "I'm so sorry. Grief takes time, and support can help.",
        "eenzaamheid": "Feeling lonely is hard. Thanks for telling me.",
        "geldzorgen": "Money worries cause a lot of stress. There is help, also free of charge.",
    },
}

# Intents the "bedoel je ...?" question can name, phrased as a question.
DID_YOU_MEAN: Dict[str, Dict[str, str]] = {
    "nl": {
        **{i: f"gaat het over {LABELS['nl'][t]}" for i, t in INTENT_TO_THEME.items()},
        "ask_person": "wil je met iemand van het lokale team praten",
        "request_callback": "wil je dat het lokale team je terugbelt",
        "out_of_scope": "is dit een vraag voor de gemeente (zoals een paspoort of vergunning)",
        "crisis": "voel je je niet veilig of ben je in gevaar",
        "greet": "wil je gewoon even hallo zeggen",
        "bot_challenge": "wil je weten wie ik ben",
        "refine": "wil je andere of meer activiteiten zien",
    },
    "en": {
        **{i: f"is it about {LABELS['en'][t]}" for i, t in INTENT_TO_THEME.items()},
        "ask_person": "would you like to talk to someone from the local team",
        "request_callback": "would you like the local team to call you back",
        "out_of_scope": "is this a question for the municipality (like a passport or permit)",
        "crisis": "do you feel unsafe or are you in danger",
        "greet": "did you just want to say hello",
        "bot_challenge": "do you want to know who I am",
        "refine": "would you like to see other or more activities",
    },
}


def label(theme: Optional[str], lang: str) -> str:
    if not theme:
        return ""
    return LABELS.get(lang, LABELS["nl"]).get(theme, theme)
