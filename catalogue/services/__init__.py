"""The service layer: every write to the catalogue goes through here.

Each operation validates (reporting every problem at once), commits, and only then updates the
search index, inside a ``UnitOfWork``.
"""
