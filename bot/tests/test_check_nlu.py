"""The NLU gate (tools/check_nlu.py): crisis checks on ordinary messages are counted apart."""
from __future__ import annotations

import json
import sys
from pathlib import Path

BOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BOT / "tools"))

from check_nlu import main  # noqa: E402


def _write(folder: Path, successes, errors) -> str:
    def rows(pairs):
        return [{"text": "x", "intent": t, "intent_prediction": {"name": p, "confidence": 1.0}} for t, p in pairs]

    (folder / "intent_successes.json").write_text(json.dumps(rows(successes)))
    (folder / "intent_errors.json").write_text(json.dumps(rows(errors)))
    report = folder / "intent_report.json"
    report.write_text("{}")
    return str(report)


def test_crisis_checks_are_counted_apart_and_limited(tmp_path, capsys):
    good = [("greet", "greet")] * 9 + [("need_rouw", "need_rouw")] * 9
    report = _write(tmp_path, good, [("need_rouw", "crisis")])
    assert main([report]) == 0
    out = capsys.readouterr().out
    assert "crisis check on 1 of 19 ordinary messages" in out and "weighted F1 1.000" in out
    assert main([report, "--max-crisis-checks", "0.05"]) == 1
    assert "FAIL: crisis checks" in capsys.readouterr().out


def test_real_misunderstandings_still_fail_the_gate(tmp_path, capsys):
    pairs = [("greet", "greet")] * 6 + [("need_rouw", "need_rouw")] * 2
    report = _write(tmp_path, pairs, [("need_rouw", "greet")] * 4)
    assert main([report]) == 1
    assert "FAIL: intents below F1 0.6: need_rouw" in capsys.readouterr().out
