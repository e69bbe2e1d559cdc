"""Showing the local team(s) for a place: one card, or every team of the municipality."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .api import LocalTeam
from .texts import t


def team_card(team: LocalTeam, lang: str) -> str:
    unknown = t(lang, "unknown")
    return t(lang, "team_card", name=team.name, phone=team.phone or unknown,
             email=team.email or unknown, walk_in=team.walk_in_hours or unknown)


def utter_teams(
    dispatcher: CollectingDispatcher,
    teams: Sequence[LocalTeam],
    lang: str,
    intro: str,
    buttons: Optional[List[Dict[str, Any]]] = None,
) -> List[Dict[str, Any]]:
    """Sends the team card(s) with `local_team` payloads; returns the team slots (one team only)."""
    if len(teams) == 1:
        team = teams[0]
        dispatcher.utter_message(text=f"{intro}\n{team_card(team, lang)}",
                                 json_message={"type": "local_team", "team": team.as_payload()},
                                 buttons=buttons or None)
        return [SlotSet("team_id", team.id), SlotSet("team_name", team.name), SlotSet("team_phone", team.phone)]
    lines = [intro, t(lang, "teams_by_neighbourhood")]
    for team in teams:
        where = ", ".join(team.neighbourhoods)
        lines.append(f"- {team.name}{f' ({where})' if where else ''}: {team.phone or '-'}, {team.email or '-'}")
    dispatcher.utter_message(text="\n".join(lines))
    for i, team in enumerate(teams):
        last = i == len(teams) - 1
        dispatcher.utter_message(json_message={"type": "local_team", "team": team.as_payload()},
                                 buttons=(buttons or None) if last else None)
    return [SlotSet("team_id", None), SlotSet("team_name", None), SlotSet("team_phone", None)]
