"""Remove from the crisis training files every message that equals or nearly equals a message
of the tuning set or of any held-out set.

The training files are the crisis example files (`extra_examples` of CrisisGuard) and the two
NLU files made for the crisis decision, data/nlu/crisis.yml and data/nlu/everyday_talk.yml
(`NLU_CRISIS_FILES`). The other NLU intents stay as they are: ordinary answers such as "geen
idee" or "hoi" are what the held-out sets' "ordinary" messages are made of, and the bot must
keep understanding them.

    cd bot && ../.venv-bot/bin/python tools/crisis_decontaminate.py          # rewrite the files
    cd bot && ../.venv-bot/bin/python tools/crisis_decontaminate.py --check  # only count

Why: the classifier must never learn a message it is tuned or judged on, also not with a word
changed (crisis.devset.near_duplicates). Run it after adding a training file or a held-out set;
tests/test_crisis_data_separation.py fails until it has been run. It prints counts per file
and per evaluation set, never a message (the held-out sets stay unseen).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Dict, List, Optional

BOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BOT))

from components.crisis_guard import CrisisGuard, example_files  # noqa: E402
from crisis.devset import _scalar, labelled, near_duplicates  # noqa: E402
from tests.test_crisis_heldout import DATA, HELDOUT_SETS, load_heldout  # noqa: E402


NLU_CRISIS_FILES = ["data/nlu/crisis.yml", "data/nlu/everyday_talk.yml"]
_ENTITY = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


def evaluation_texts() -> Dict[str, List[str]]:
    """The tuning set and every held-out file, also one written but not yet measured (not in
    HELDOUT_SETS yet), by name."""
    sets = {"tuning": [t for t, _ in labelled(BOT / "crisis" / "tune_examples.yml")]}
    paths = dict(HELDOUT_SETS)
    known = set(paths.values())
    paths.update({path.stem: path for path in sorted(DATA.glob("crisis_heldout*.yml")) if path not in known})
    for name, path in paths.items():
        if path.exists():
            sets[name] = [t for t, _, _ in load_heldout(path)]
    return sets


def training_files() -> List[Path]:
    return example_files(CrisisGuard.get_default_config()["extra_examples"]) + [BOT / p for p in NLU_CRISIS_FILES]


def _item_text(path: Path, n: int, line: str) -> Optional[str]:
    """The message of a list item line, or None: a quoted or plain scalar in the example
    files, Rasa's annotated text ("[mijn zoon](asker) ...") in the NLU files."""
    stripped = line.strip()
    if not stripped.startswith("- "):
        return None
    if path.parent.name == "nlu":
        return _ENTITY.sub(r"\1", stripped[2:]).strip()
    return _scalar(stripped[2:], f"{path}:{n}")


def messages(path: Path) -> List[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [t for n, line in enumerate(lines, 1) if (t := _item_text(path, n, line)) is not None]


def contaminated(path: Path, evaluation: Dict[str, List[str]]) -> Dict[str, set]:
    """Per evaluation set, the messages of `path` that (nearly) equal one of its messages."""
    texts = messages(path)
    if not texts:
        raise ValueError(f"{path}: no messages read")
    return {name: near_duplicates(texts, others) for name, others in evaluation.items()}


def rewrite_without(path: Path, drop: set) -> int:
    """Rewrites `path` without the list items whose text is in `drop`; returns how many."""
    kept, removed = [], 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(keepends=True), 1):
        if _item_text(path, n, line) in drop:
            removed += 1
            continue
        kept.append(line)
    path.write_text("".join(kept), encoding="utf-8")
    return removed


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="count only, change nothing")
    args = parser.parse_args(argv)
    evaluation = evaluation_texts()
    total = 0
    for path in training_files():
        found = contaminated(path, evaluation)
        drop = set().union(*found.values())
        if not drop:
            continue
        per_set = ", ".join(f"{name} {len(texts)}" for name, texts in sorted(found.items()) if texts)
        removed = len(drop) if args.check else rewrite_without(path, drop)
        total += removed
        print(f"{path.relative_to(BOT)}: {removed} messages ({per_set})")
    verb = "would be removed" if args.check else "removed"
    print(f"{total} training messages {verb}; evaluation sets: {', '.join(sorted(evaluation))}")
    return 1 if args.check and total else 0


if __name__ == "__main__":
    raise SystemExit(main())
