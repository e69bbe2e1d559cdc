"""Dichtbij's domain core: the catalogue of referral-free help.

Models, validation, the service layer every write goes through, search, HSDS import/export
and the command line. This package never imports Flask or Rasa, so the web app, scripts and
tests can all use it the same way.
"""
