"""Alembic environment: uses the engine handed over by ``catalogue.migrate``."""
from alembic import context
from sqlalchemy import create_engine

from catalogue import models  # noqa: F401 - registers every table on the metadata
from catalogue.db import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run()
