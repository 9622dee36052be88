"""A real PostgreSQL server for the tests, started by the suite itself.

`initdb` + `pg_ctl` in a fresh temporary folder, listening only on 127.0.0.1 on a free port, with a
random password (SCRAM) and fsync off (the data is thrown away). As root it runs as the unprivileged
`postgres` user, because PostgreSQL refuses to run as root. Used through the session fixture
`postgres_url` in tests/conftest.py.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

DATABASE = "aisafe_test"
USER = "aisafe"
# Debian keeps the server programs out of PATH, in one folder per major version.
DEBIAN_BIN_GLOB = "/usr/lib/postgresql/*/bin"


class PostgresUnavailable(Exception):
    """The server could not be found or started; the message says why."""


def find_bin_dir() -> Path:
    """The folder with initdb and pg_ctl: on PATH, else the newest Debian version."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    candidates = sorted(Path("/").glob(DEBIAN_BIN_GLOB.lstrip("/")),
                        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    for folder in reversed(candidates):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise PostgresUnavailable("initdb/pg_ctl not found: install the Debian package `postgresql` "
                              "(python3 tools/bootstrap.py test does it as root)")


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    """One throw-away server; `start()` returns a SQLAlchemy URL, `stop()` removes everything."""

    bin_dir: Path = field(default_factory=find_bin_dir)
    folder: Path | None = None
    port: int = 0
    password: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    _run_as: str | None = None

    @property
    def data_dir(self) -> Path:
        assert self.folder is not None
        return self.folder / "data"

    @property
    def log_file(self) -> Path:
        assert self.folder is not None
        return self.folder / "server.log"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{USER}:{self.password}@127.0.0.1:{self.port}/{DATABASE}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        # pg_ctl keeps the server's stdout open: output goes to the log file, never to a pipe
        # we would wait on.
        return subprocess.run(args, user=self._run_as, cwd=self.folder, capture_output=True,
                              text=True, check=False, timeout=180)

    def start(self) -> str:
        # Not under pytest's own temp folder: that is private to the user running the tests,
        # and the server may run as `postgres`.
        self.folder = Path(tempfile.mkdtemp(prefix="aisafe-pg-"))
        if os.geteuid() == 0:
            self._run_as = "postgres"
            shutil.chown(self.folder, "postgres", "postgres")
        password_file = self.folder / "password"
        password_file.write_text(self.password + "\n", "utf-8")
        if self._run_as:
            shutil.chown(password_file, self._run_as)
        init = self._run(str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", USER,
                         "--pwfile", str(password_file), "--auth", "scram-sha-256",
                         "-E", "UTF8", "--no-locale", "--no-sync")
        password_file.unlink()
        if init.returncode != 0:
            raise PostgresUnavailable(f"initdb failed:\n{init.stdout}\n{init.stderr}")
        last_error = ""
        for _attempt in range(3):  # a port can be taken between probing it and binding it
            self.port = free_loopback_port()
            options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -c fsync=off "
                       f"-c unix_socket_directories='{self.folder}'")
            started = self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-w",
                                "-t", "120", "-l", str(self.log_file), "-o", options, "start")
            if started.returncode == 0:
                try:
                    self._create_database()
                except Exception as error:  # psycopg.Error or OSError: the server is unusable
                    raise PostgresUnavailable(f"the server started but refuses connections: "
                                              f"{error}{self._log_tail()}") from error
                return self.url
            last_error = started.stdout + started.stderr + self._log_tail()
        raise PostgresUnavailable(f"pg_ctl start failed:\n{last_error}")

    def _create_database(self) -> None:
        import psycopg  # imported here: only the PostgreSQL tests need it

        admin = f"host=127.0.0.1 port={self.port} user={USER} dbname=postgres"
        with psycopg.connect(admin, password=self.password, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {DATABASE}")

    def _log_tail(self) -> str:
        try:
            return "\n" + self.log_file.read_text("utf-8", errors="replace")[-3000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.folder is None:
            return
        if (self.data_dir / "postmaster.pid").exists():
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-w",
                      "-m", "fast", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None
