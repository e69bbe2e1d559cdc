"""Crisis detection for the Dichtbij bot: a deterministic guard, standard library only.

`from crisis.guard import detect` (with bot/ on sys.path). See guard.py, rules.py and
normalise.py; the development set is dev_examples.yml (read by devset.py without PyYAML).
"""
from .guard import CrisisSignal, detect

CATEGORIES = ("suicide", "self_harm", "abuse_home", "sexual_abuse", "danger")

__all__ = ["CATEGORIES", "CrisisSignal", "detect"]
