"""The services-layer tests use the same real-SQLite workspace fixtures as the storage tests."""

from tests.storage.conftest import paths, workspace

__all__ = ["paths", "workspace"]
