"""The documentation site builds: its generated pages match the code, and MkDocs builds it with no warning.

``mkdocs.yml`` sets ``strict: true`` and checks every link, anchor and page of the navigation, so that a broken
link, a page left out of the navigation or a docstring that mkdocstrings cannot render fails here, in CI.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: The public modules, each with its API page under docs/reference/api/.
API_PAGES = {
    "giamngheo": "giamngheo",
    "giamngheo.review": "review",
    "giamngheo.batch": "batch",
    "giamngheo.measure": "measure",
    "giamngheo.testing": "testing",
    "giamngheo.facts": "facts",
    "giamngheo.legal": "legal",
    "giamngheo.standards": "standards",
    "giamngheo.policies": "policies",
    "giamngheo.units": "units",
    "giamngheo.formats": "formats",
    "giamngheo.web": "web",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The site, built once for the tests of this module with ``mkdocs build --strict``."""
    folder = tmp_path_factory.mktemp("docs") / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return folder, result


def test_reference_pages_are_generated_from_the_code() -> None:
    """docs/reference/provinces/*.md, policies.md, review-rules.md and docs/changelog.md are what the script renders."""
    result = subprocess.run(
        [sys.executable, "docs/gen_reference.py", "--check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert 0 == result.returncode, result.stdout + result.stderr


def test_site_builds_strictly_with_no_warning(site: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    folder, result = site
    assert 0 == result.returncode, result.stdout + result.stderr
    assert [] == [line for line in result.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert (folder / "index.html").is_file()


def test_site_publishes_no_script_of_docs(site: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    """The generators and checkers beside the pages are excluded from the site."""
    folder, _ = site
    assert [] == sorted(path.name for path in folder.rglob("*.py"))


@pytest.mark.parametrize("module", sorted(API_PAGES))
def test_api_page_documents_every_public_name(site: tuple[Path, subprocess.CompletedProcess[str]], module: str) -> None:
    """Each name of a public module's ``__all__`` has its heading on the module's API page."""
    folder, result = site
    assert 0 == result.returncode, result.stderr
    page = (folder / "reference" / "api" / API_PAGES[module] / "index.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'<h\d id="([^"]+)"', page))
    names = importlib.import_module(module).__all__
    assert [] == [name for name in names if f"{module}.{name}" not in anchors]


def test_changelog_page_is_in_the_site(site: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    folder, _ = site
    page = (folder / "changelog" / "index.html").read_text(encoding="utf-8")
    first_release = re.search(r"^## \[([^\]]+)\]", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.MULTILINE)
    assert first_release is not None
    assert first_release.group(1) in page
