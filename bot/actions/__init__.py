"""Custom actions of the Dichtbij bot (served by `python -m rasa_sdk --actions actions`).

Importing this package has no side effects: settings and the API client are created on
first use (see settings.get_settings and api.get_api).
"""
