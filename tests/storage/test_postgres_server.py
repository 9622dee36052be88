"""The suite's own PostgreSQL server (tests/pg_server.py) works: a real server, reached through
SQLAlchemy + psycopg, takes the workspace's tables and keeps what is written to it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.orm import Session

from aisafe_desktop.storage.models import Base, ProfileRow


def test_the_suite_starts_a_real_postgresql_server(postgres_url: str) -> None:
    assert postgres_url.startswith("postgresql+psycopg://")
    assert "@127.0.0.1:" in postgres_url
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version_num")).scalar_one()
            address = conn.execute(text("SELECT inet_server_addr()::text")).scalar_one()
        assert int(version) >= 120000
        assert address.startswith("127.0.0.1")
        Base.metadata.create_all(engine)
        assert {"organisation_profile", "assessments", "answers"} <= set(inspect(engine).get_table_names())
        now = dt.datetime.now(dt.UTC)
        with Session(engine) as session, session.begin():
            session.add(ProfileRow(id=1, name="Kedai Siti", updated_at=now))
        with Session(engine) as session:
            assert session.scalar(select(func.count()).select_from(ProfileRow)) == 1
            stored = session.get(ProfileRow, 1)
            assert stored is not None and stored.name == "Kedai Siti" and stored.updated_at == now
    finally:
        Base.metadata.drop_all(engine)
        engine.dispose()
