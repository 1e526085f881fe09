"""Shared fixtures. Profiles are built once per session and copied per test (as Anki's tests copy one empty
collection), so each test starts from a fresh, isolated profile in its own temporary folder."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

from tests.profiles import clone_profile

ROOT = Path(__file__).resolve().parent.parent


def _build_translations() -> None:
    """Plain ``pytest`` works like ``make test``: the compiled interface translations (.qm, not kept in git) are built
    from their .ts sources when missing or older, with the pyside6-lrelease that comes with PySide6."""
    stale = [ts for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts"))
             if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if not stale:
        return
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease")
    if lrelease is None:
        pytest.exit("The compiled translations (resources/i18n/*.qm) are missing and pyside6-lrelease is not "
                    "installed here: run `make test` (or `make translations`) first.", returncode=4)
    for ts in stale:
        done = subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.exit(f"pyside6-lrelease could not compile {ts.name}: {done.stderr.strip()} "
                        "(run `make translations`).", returncode=4)


# The property tests (tests/sync/test_convergence.py) run a fixed set of examples in `make test` ("quick", the
# default: the same cases every run, so two runs give the same result) and many more, new ones each run, in
# `make test-long` ("long"; a failure prints the @reproduce_failure line that replays it). FIELDDESK_EXAMPLES
# overrides how many. Hypothesis keeps what it stores in the sandbox, not in the clone (.hypothesis).
_EXAMPLES = os.environ.get("FIELDDESK_EXAMPLES")
settings.register_profile("quick", max_examples=int(_EXAMPLES or 6), derandomize=True, database=None)
settings.register_profile("long", max_examples=int(_EXAMPLES or 200), database=None, print_blob=True)
settings.load_profile("quick")


def pytest_configure(config):
    _build_translations()


def pytest_unconfigure(config):
    """A passing run leaves nothing in the system temporary folder: pytest's folder for this user (its runs' folders
    are gone when they passed) and FieldDesk's folder for opened copies go when empty."""
    import getpass

    from app.services.profile import opened_copies

    for folder in (Path(tempfile.gettempdir()) / f"pytest-of-{getpass.getuser()}", opened_copies.root()):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty: a failed run's kept folders, or another run's, stay

# Never touch a real user's data or display: every test runs offscreen with its own home and data folders.
_SANDBOX = Path(tempfile.mkdtemp(prefix="fielddesk-tests-"))
atexit.register(shutil.rmtree, _SANDBOX, True)
os.environ["HOME"] = str(_SANDBOX / "home")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["FIELDDESK_USER"] = "tester"
# Passphrases are wrapped at scrypt N=2^14 in tests (2^17 in use: about 1 s each, and the suite unlocks hundreds of
# times); tests/safety/test_passphrase_strength.py checks the real cost and its upgrade.
os.environ["FIELDDESK_TEST_SCRYPT_N"] = str(2**14)
os.environ.pop("FIELDDESK_PROFILE", None)
for sub in ("home", "data", "config", "cache"):
    (_SANDBOX / sub).mkdir(parents=True, exist_ok=True)
set_hypothesis_home_dir(_SANDBOX / "hypothesis")


# The service, sync and report suites run against both engines; everything else on SQLite only.
BOTH_ENGINES = ("tests/test_services.py", "tests/test_changelog.py", "tests/test_docs.py", "tests/sync/",
                "tests/reports/", "tests/test_lessons.py")


def pytest_generate_tests(metafunc):
    if "backend" not in metafunc.fixturenames:
        return
    path = Path(str(metafunc.definition.fspath)).resolve().relative_to(Path(__file__).resolve().parent.parent)
    engines = ["sqlite", "postgresql"] if str(path).startswith(BOTH_ENGINES) else ["sqlite"]
    metafunc.parametrize("backend", engines, indirect=True, scope="session")


@pytest.fixture(scope="session")
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


_PG_SERVER: list = []


@pytest.fixture(scope="session")
def pg_server():
    """One throw-away PostgreSQL server for the whole session, started on first use; stopped at the end with
    ``pg_ctl stop -m immediate`` (nothing in it is kept) and its folder removed."""
    from tests.pg_server import PostgresServer

    server = PostgresServer().start()
    _PG_SERVER.append(server)
    yield server
    _PG_SERVER.clear()
    server.stop()


@pytest.fixture(autouse=True)
def _drop_the_tests_databases():
    """The PostgreSQL copies a test made of the template profiles are dropped after it, so the server stays small
    (its folder would otherwise grow by a database per test) and stops at once. Session-scoped fixtures are set up
    before this one, so their templates are never dropped."""
    first = len(_PG_SERVER[0].clones) if _PG_SERVER else 0
    yield
    if _PG_SERVER:
        server = _PG_SERVER[0]
        for name in server.clones[first:]:
            server.drop_database(name)
        del server.clones[first:]


@pytest.fixture(scope="session")
def engine_url(backend, request):
    """``engine_url(name)``: where a new template profile keeps its data (None: SQLite in the folder)."""
    if backend == "sqlite":
        return lambda _name: None
    server = request.getfixturevalue("pg_server")
    return lambda name: server.create_database(f"tmpl_{name}")


@pytest.fixture(scope="session")
def clone(backend, request):
    server = request.getfixturevalue("pg_server") if backend == "postgresql" else None
    return lambda source, target: clone_profile(source, target, server)


@pytest.fixture(scope="session")
def field_template(tmp_path_factory, engine_url) -> Path:
    from app.services import FieldDesk

    path = tmp_path_factory.mktemp("templates") / "field"
    FieldDesk.create(path, office_code="GT-01", office_name="Guatemala office", country_code="GT",
                     database_url=engine_url("field")).close()
    return path


@pytest.fixture(scope="session")
def hq_template(tmp_path_factory, engine_url) -> Path:
    from app.services import FieldDesk

    path = tmp_path_factory.mktemp("templates") / "hq"
    FieldDesk.create(path, office_code="HQ", office_name="Headquarters Geneva", role="hq", country_code="CH",
                     database_url=engine_url("hq")).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, field_template, clone) -> Path:
    from app.services import FieldDesk
    from app.services.demo import load_demo

    path = clone(field_template, tmp_path_factory.mktemp("templates") / "demo")
    with FieldDesk.open(path) as fd:
        load_demo(fd, "small", seed=1998)
    return path


@pytest.fixture
def field_profile(tmp_path, field_template, clone) -> Path:
    return clone(field_template, tmp_path / "profile")


@pytest.fixture
def hq_profile(tmp_path, hq_template, clone) -> Path:
    return clone(hq_template, tmp_path / "hq-profile")


@pytest.fixture
def demo_profile(tmp_path, demo_template, clone) -> Path:
    return clone(demo_template, tmp_path / "demo-profile")


@pytest.fixture
def fd(field_profile):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as opened:
        yield opened


@pytest.fixture
def hq(hq_profile):
    from app.services import FieldDesk

    with FieldDesk.open(hq_profile) as opened:
        yield opened


@pytest.fixture
def demo(demo_profile):
    from app.services import FieldDesk

    with FieldDesk.open(demo_profile) as opened:
        yield opened


# The sync network (headquarters and three offices that trust each other) is used by sync and GUI tests alike.
from tests.sync.conftest import net, network_template  # noqa: E402, F401
