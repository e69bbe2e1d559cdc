"""Tracker stores of the Dichtbij bot (used in production via endpoints.production.yml)."""
