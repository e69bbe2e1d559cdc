"""Custom Rasa graph components of the Dichtbij bot (loaded via `components.<module>.<Class>`)."""
