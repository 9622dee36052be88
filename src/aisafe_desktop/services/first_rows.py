"""Home's first rows, read before the workspace is opened: the organisation profile and the
newest assessments, straight from the database file with one read-only SQLite connection
(`mode=ro`: it never writes and never creates a file; `query_only`; one snapshot).

At start-up the GUI paints Home with these, and only then imports the services and opens the
workspace (the checks, migrations, the day's backup), which reads the whole list again. Importing
the services (~40 ms: the questionnaire model's dataclasses among them) while Home was built and
painted made the paint wait for the interpreter. So this module imports only `storage.sql`, the
light `summaries` and `Text`, nothing of the workspace, the questionnaire model or SQLAlchemy.

Anything unusual gives None, and Home waits for the workspace as before: no database yet, an
unfinished backup restore (its journal: the file may be the wrong one until the workspace
finishes or rolls it back), a schema these queries do not match (e.g. before a migration), a
lock, a damaged file. The workspace's opening then reports what is wrong, as it always did.
"""

from __future__ import annotations

import sqlite3

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.summaries import AssessmentSummary, OrganisationProfile, summaries
from aisafe_desktop.storage import sql
from aisafe_desktop.storage.engine import connect
from aisafe_desktop.storage.restore_journal import journal_path

# Never wait long for a lock here: the workspace's opening would then wait anyway, and say why.
WAIT_MS = 200


def newest_rows(paths: AppPaths,
                limit: int) -> tuple[OrganisationProfile | None, list[AssessmentSummary]] | None:
    """The profile and the `limit` newest assessments (not in the trash), or None (see above)."""
    database = paths.database
    if not database.is_file() or journal_path(paths.data_dir).exists():
        return None
    try:
        driver = connect(database, read_only=True)
    except sqlite3.Error:
        return None
    try:
        driver.execute(f"PRAGMA busy_timeout={WAIT_MS}")
        driver.execute("PRAGMA query_only=ON")
        driver.execute("BEGIN")  # one snapshot for the profile and the rows
        row = sql.profile(driver)
        profile = None if row is None else OrganisationProfile(*row)
        rows = summaries(sql.list_assessments(driver, False, limit), sql.source_labels(driver))
        return profile, rows
    except (sqlite3.Error, KeyError, ValueError, TypeError):
        return None
    finally:
        driver.close()
