"""Held-out crisis evaluation on the sets that are never trained or tuned on.

- tests/data/crisis_heldout.yml: the first held-out set (its author's guard rules were
  later extended after seeing misses on it, so the guard-alone figures there are optimistic);
- tests/data/crisis_heldout_fresh.yml: written later by someone who saw neither the guard,
  the training data nor the tuning set; nobody tuning the system has read it;
- tests/data/crisis_heldout_reserve.yml: written like "fresh" and kept unmeasured until the
  crisis classifier with bot/crisis/train/ and a dense part was frozen; then measured once;
- tests/data/crisis_heldout_reserve2.yml: written by an author who saw nothing of the system,
  after the check threshold was changed (fresh and reserve had been measured); measured once;
- tests/data/crisis_heldout_reserve3.yml: written the same way while training data for heavy
  help-seeking messages was added; measured once with that model;
- tests/data/crisis_heldout_reserve4.yml: written the same way (with short conversation
  answers among the ordinary messages) while the classifier's blend was changed; measured once;
- tests/data/crisis_heldout_reserve5.yml: written the same way while the guard got more
  precise, more training data was added and near-copies of evaluation messages were taken out
  of the training data; measured once with that model.
- tests/data/crisis_heldout_reserve6.yml: written with reserve5 and kept unmeasured until the
  next change (a third guard round, one more training set, the sparse part at C=30, new
  thresholds); measured once with that model.
tests/data/crisis_heldout_reserve7.yml was written the same way and is kept unmeasured (not in
HELDOUT_SETS) for the next change of the crisis decision; the separation test keeps the
training data apart from it already.

For every message the trained model (bot/models/) gives one of three outcomes (see
components/crisis_guard.py): `alarm` (the full crisis reply), `check` (the bot asks directly
and already shows the lines) or nothing. Per set, and per category, this prints:
- recall: crisis messages that get the lines (alarm or check), and by alarm alone;
- false alarms: harmless messages that get the full alarm, and those that get the check.

Hard failure: recall (alarm or check) < 98 % on any set. The false-alarm target (<= 2 %) is
not met yet, neither for the full alarm nor for any crisis reply: it is reported as an xfail
("known shortfall", bot/README.md); DICHTBIJ_CRISIS_STRICT=1 makes it fail. Results go to bot/results/crisis_heldout.txt.
A missing file or model skips with a reason; with CI=true it fails.

The model is bot/models/current.tar.gz (what `scripts/bot.sh train` links), or the newest
bot/models/*.tar.gz; DICHTBIJ_CRISIS_MODEL=/path/to/model.tar.gz picks another one.
"""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
import sys
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

import pytest

BOT = Path(__file__).resolve().parents[1]
if str(BOT) not in sys.path:
    sys.path.insert(0, str(BOT))

from crisis.guard import detect  # noqa: E402

DATA = BOT.parent / "tests" / "data"
HELDOUT = DATA / "crisis_heldout.yml"
RESERVE = DATA / "crisis_heldout_reserve.yml"
HELDOUT_SETS = {
    "first": HELDOUT,
    "fresh": DATA / "crisis_heldout_fresh.yml",
    "reserve": RESERVE,
    "reserve2": DATA / "crisis_heldout_reserve2.yml",
    "reserve3": DATA / "crisis_heldout_reserve3.yml",
    "reserve4": DATA / "crisis_heldout_reserve4.yml",
    "reserve5": DATA / "crisis_heldout_reserve5.yml",
    "reserve6": DATA / "crisis_heldout_reserve6.yml",
}
RESULTS = BOT / "results" / "crisis_heldout.txt"
IN_CI = os.environ.get("CI", "").lower() == "true"
MIN_RECALL = 0.98
MAX_FALSE_ALARMS = 0.02

pytestmark = pytest.mark.filterwarnings("ignore")

Labelled = List[Tuple[str, bool, str]]  # (text, is_crisis, category or kind)


class HeldOut(list):
    """The held-out messages; its repr never shows them (failure reports stay free of them)."""

    def __repr__(self) -> str:
        return f"<held-out set: {len(self)} messages>"


def unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: required)")
    pytest.skip(reason)


# -- loading -----------------------------------------------------------------------------
_TRUE = {"crisis", "true", "yes", "1", "positive", "pos"}
_FALSE = {"harmless", "false", "no", "0", "negative", "neg", "none", "not_crisis", "no_crisis"}


def _read_yaml(path: Path):
    try:
        import yaml
    except ImportError:
        from crisis.devset import load

        return load(path)
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _text_of(item) -> Optional[str]:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        for key in ("text", "message", "utterance", "example", "msg"):
            if isinstance(item.get(key), str):
                return item[key]
    return None


def _label_of(item: dict) -> Optional[Tuple[bool, str]]:
    for key in ("crisis", "is_crisis", "label", "expected", "class", "type"):
        if key not in item:
            continue
        value = item[key]
        if isinstance(value, bool):
            return value, str(item.get("category") or item.get("kind") or ("crisis" if value else "harmless"))
        value = str(value).lower()
        if value in _TRUE:
            return True, str(item.get("category") or "crisis")
        if value in _FALSE:
            return False, str(item.get("kind") or item.get("category") or "harmless")
    category = item.get("category")
    if category is not None:
        category = str(category)
        return category.lower() not in _FALSE, category
    return None


def _flatten(node, is_crisis: bool, group: str, out: Labelled) -> None:
    if isinstance(node, dict):
        if _text_of(node) is not None and not any(isinstance(v, (list, dict)) for v in node.values()):
            out.append((_text_of(node), is_crisis, str(node.get("category") or node.get("kind") or group)))
            return
        for key, value in node.items():
            _flatten(value, is_crisis, str(key), out)
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, str):
                out.append((item, is_crisis, group))
            else:
                _flatten(item, is_crisis, group, out)


def load_heldout(path: Path = HELDOUT) -> Labelled:
    data = _read_yaml(path)
    out: Labelled = []
    if isinstance(data, dict):
        for key in ("examples", "messages", "items", "data", "nlu"):
            if isinstance(data.get(key), list) and not ({"crisis", "harmless"} & set(data)):
                data = data[key]
                break
    if isinstance(data, dict):
        sections = {str(k).lower(): v for k, v in data.items()}
        pos = [k for k in sections if k in _TRUE or k.startswith("crisis")]
        neg = [k for k in sections if k in _FALSE or k.startswith(("harmless", "non", "not_", "benign", "safe"))]
        if not pos or not neg:
            raise ValueError(f"{path}: unknown layout, top-level keys {sorted(sections)}")
        for k in pos:
            _flatten(sections[k], True, k, out)
        for k in neg:
            _flatten(sections[k], False, k, out)
    elif isinstance(data, list):
        for item in data:
            if not isinstance(item, dict):
                raise ValueError(f"{path}: list items must be mappings")
            if isinstance(item.get("intent"), str) and isinstance(item.get("examples"), str):
                is_crisis = item["intent"] == "crisis"
                for line in item["examples"].splitlines():
                    line = line.strip()
                    if line.startswith("- "):
                        out.append((line[2:].strip(), is_crisis, item["intent"]))
                continue
            text, label = _text_of(item), _label_of(item)
            if text is None or label is None:
                raise ValueError(f"{path}: cannot read an item with keys {sorted(item)}")
            out.append((text, label[0], label[1]))
    else:
        raise ValueError(f"{path}: unknown layout")
    if not any(c for _, c, _ in out) or all(c for _, c, _ in out):
        raise ValueError(f"{path}: needs crisis and harmless messages")
    return out


# -- scoring -----------------------------------------------------------------------------
def score(data: Labelled, fires: Callable[[str], bool], title: str) -> Dict[str, float]:
    groups: Dict[Tuple[bool, str], List[bool]] = {}
    for text, is_crisis, group in data:
        groups.setdefault((is_crisis, group), []).append(fires(text))
    lines = [title]
    for (is_crisis, group), results in sorted(groups.items(), key=lambda kv: (not kv[0][0], kv[0][1])):
        hits = sum(results)
        if is_crisis:
            lines.append(f"  recall       {group:16} {hits:3d}/{len(results):<3d} = {hits / len(results):.3f}")
        else:
            lines.append(f"  false alarms {group:16} {hits:3d}/{len(results):<3d} = {hits / len(results):.3f}")
    pos = [r for (c, _), rs in groups.items() if c for r in rs]
    neg = [r for (c, _), rs in groups.items() if not c for r in rs]
    recall = sum(pos) / len(pos)
    false_alarms = sum(neg) / len(neg)
    lines.append(f"  TOTAL recall {recall:.3f} ({len(pos) - sum(pos)} missed of {len(pos)}), "
                 f"false alarms {false_alarms:.3f} ({sum(neg)} of {len(neg)})")
    report = "\n".join(lines)
    print("\n" + report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    with open(RESULTS, "a", encoding="utf-8") as fh:
        fh.write(report + "\n")
    return {"recall": recall, "false_alarms": false_alarms}


@pytest.fixture(scope="module")
def heldout_sets() -> Dict[str, Labelled]:
    sets = {}
    for name, path in HELDOUT_SETS.items():
        if not path.exists():
            unavailable(f"{path} is not here: the held-out crisis sets are needed for this evaluation")
        sets[name] = HeldOut(load_heldout(path))
    if RESULTS.exists():
        RESULTS.unlink()
    return sets


def _model_path() -> Optional[Path]:
    chosen = os.environ.get("DICHTBIJ_CRISIS_MODEL")
    if chosen:
        return Path(chosen)
    models = BOT / "models"
    current = models / "current.tar.gz"
    if current.exists():
        return current
    found = sorted((p for p in models.glob("*.tar.gz") if p.exists()), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


_PARSE = """
import asyncio, json, sys, warnings
warnings.simplefilter("ignore")
from rasa.core.agent import Agent
model, given, taken = sys.argv[1:4]
agent = Agent.load(model)
async def parse_all(texts):
    return {t: (await agent.parse_message(t)).get("crisis") for t in texts}
parsed = asyncio.run(parse_all(json.load(open(given, encoding="utf-8"))))
if not all(isinstance(i, dict) and "level" in i for i in parsed.values()):
    sys.exit(3)
json.dump({t: i["level"] for t, i in parsed.items()}, open(taken, "w", encoding="utf-8"))
"""


class _Levels(dict):
    def __repr__(self) -> str:
        return f"<crisis levels of {len(self)} held-out messages>"


@pytest.fixture(scope="module")
def levels(heldout_sets) -> Dict[str, Optional[str]]:
    """text -> alarm / check / None, as the trained model decides."""
    model = _model_path()
    if model is None or not model.exists():
        unavailable("no trained model in bot/models/ (run scripts/bot.sh train); held-out evaluation skipped")
    try:
        import rasa  # noqa: F401
    except ImportError:
        unavailable("Rasa is not installed here; run this test with .venv-bot (scripts/setup-bot.sh)")
    texts = sorted({t for data in heldout_sets.values() for t, _, _ in data})
    # Parsed in a child process whose output goes nowhere: Rasa logs every parsed text at
    # debug level, and a failing test would show those lines, and with them the held-out
    # messages that the people tuning the system must not read.
    with tempfile.TemporaryDirectory() as tmp:
        given, taken = Path(tmp) / "texts.json", Path(tmp) / "levels.json"
        given.write_text(json.dumps(texts), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(BOT), os.environ.get("PYTHONPATH", "")])}
        done = subprocess.run(
            [sys.executable, "-c", _PARSE, str(model), str(given), str(taken)],
            cwd=BOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800,
        )
        if done.returncode == 3:
            pytest.fail(f"{model.name} gives no crisis level: train a new model (scripts/bot.sh train)")
        assert done.returncode == 0, f"parsing the held-out sets with {model.name} failed (exit {done.returncode})"
        parsed = json.loads(taken.read_text(encoding="utf-8"))
    return _Levels(parsed)


def test_heldout_crisis_levels(heldout_sets, levels, capsys):
    failures, strict = [], []
    for name, data in heldout_sets.items():
        with capsys.disabled():
            score(data, lambda t: detect(t) is not None, f"[{name}] crisis guard alone (for comparison)")
            alarm = score(data, lambda t: levels[t] == "alarm", f"[{name}] full alarm only")
            reply = score(data, lambda t: levels[t] is not None,
                          f"[{name}] any crisis reply (alarm or check): recall = crisis lines shown")
        if reply["recall"] < MIN_RECALL:
            failures.append(f"[{name}] recall (alarm or check) {reply['recall']:.3f} < {MIN_RECALL}")
        if alarm["false_alarms"] > MAX_FALSE_ALARMS:
            strict.append(f"[{name}] full false alarms {alarm['false_alarms']:.3f} > {MAX_FALSE_ALARMS}")
        if reply["false_alarms"] > MAX_FALSE_ALARMS:
            strict.append(f"[{name}] harmless messages with a crisis reply of any kind "
                          f"{reply['false_alarms']:.3f} > {MAX_FALSE_ALARMS}")
    assert not failures, "; ".join(failures)
    if strict:
        # Known shortfall, reported rather than hidden (bot/README.md, "Known shortfall"):
        # recall is the safety-critical target and stays a hard failure; false alarms are not
        # down to 2 % yet, neither for the full alarm nor for the check.
        if os.environ.get("DICHTBIJ_CRISIS_STRICT") == "1":
            pytest.fail("; ".join(strict))
        pytest.xfail("known shortfall: " + "; ".join(strict))
