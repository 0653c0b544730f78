"""The Vietnamese pages under docs/vi/ are true twins of their English pages.

* Their code is the English pages' code: the same fenced blocks (language and content), in the same order, so that
  the code has one source and only the prose is translated.
* Their prose is Vietnamese: most lines hold a Vietnamese letter, and no line reads as English. Both checks are
  first shown to flag the English pages, so that a silent check cannot pass.
* They are in the navigation of the site, and their examples are among those ``docs/check_examples.py`` runs
  (``tests/test_docs.py``).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

#: (English page, its Vietnamese twin), relative to docs/.
TWINS = (
    ("tutorial.md", "vi/tutorial.md"),
    ("how-to/run-the-year-end-review.md", "vi/run-the-year-end-review.md"),
)

#: The letters of Vietnamese that English does not use: the vowels with a diacritic, and đ.
VIETNAMESE_LETTERS = frozenset(
    "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"
    "ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ"
)
#: The least share of prose lines that hold a Vietnamese letter (short lines of names and code may hold none).
VIETNAMESE_SHARE = 0.8
#: Common English words that are no Vietnamese words ("an", "to" and "in" are: *an toàn*, *to lớn*, *in ấn*).
ENGLISH_WORDS = frozenset(
    (
        *("the", "and", "of", "is", "are", "was", "be", "been", "with", "for", "that", "this", "it", "its"),
        *("from", "by", "as", "on", "or", "not", "which", "when", "what", "each", "every", "one", "their"),
        *("there", "than", "then", "but", "has", "have", "into", "only"),
    )
)
#: From this many of them, a paragraph of prose is English; and a line, from this many.
ENGLISH_PARAGRAPH = 6
ENGLISH_LINE = 3

_OPENING = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([\w+-]*)[^\n]*$")
_INLINE_CODE = re.compile(r"(`+)(.+?)\1")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_WORD = re.compile(r"[^\W\d_]+")


def fences(text: str) -> list[tuple[str, str]]:
    """The fenced code blocks of a Markdown text, in order: ``(language, content)``.

    A block opens with three backticks or tildes or more (after optional indentation) and closes with a line of
    the same character, at least as many, and nothing else; a block left open runs to the end of the text.
    """
    blocks: list[tuple[str, str]] = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        opening = _OPENING.match(lines[i].rstrip("\n"))
        if opening is None:
            i += 1
            continue
        fence, language = opening.group(2), opening.group(3)
        closing = re.compile(rf"^\s*{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        content: list[str] = []
        i += 1
        while i < len(lines) and not closing.match(lines[i]):
            content.append(lines[i])
            i += 1
        blocks.append((language, "".join(content)))
        i += 1
    return blocks


def paragraphs(text: str) -> list[list[str]]:
    """The paragraphs of a Markdown text outside its code blocks, as their lines, without inline code and link targets.

    A blank line, a fence or a heading ends a paragraph, and a heading is one of its own; lines that hold no word
    (a table's rule, say) are left out.
    """
    found: list[list[str]] = [[]]
    inside: str | None = None
    for line in text.splitlines():
        if inside is not None:
            if re.match(rf"^\s*{re.escape(inside[0])}{{{len(inside)},}}\s*$", line):
                inside = None
            continue
        opening = _OPENING.match(line)
        if opening is not None or not line.strip() or line.startswith("#"):
            found.append([])
        if opening is not None:
            inside = opening.group(2)
            continue
        stripped = _LINK_TARGET.sub("]", _INLINE_CODE.sub(" ", line))
        if _WORD.search(stripped):
            found[-1].append(stripped)
        if line.startswith("#"):
            found.append([])
    return [paragraph for paragraph in found if paragraph]


def prose_lines(text: str) -> list[str]:
    """The lines of a Markdown text outside its code blocks, without inline code and link targets, that hold a word."""
    return [line for paragraph in paragraphs(text) for line in paragraph]


def vietnamese_share(text: str) -> float:
    """The share of the prose lines of a text that hold a Vietnamese letter."""
    lines = prose_lines(text)
    return sum(1 for line in lines if VIETNAMESE_LETTERS & set(line)) / len(lines) if lines else 0.0


def _english_words(line: str) -> int:
    return sum(1 for word in _WORD.findall(line.lower()) if word in ENGLISH_WORDS)


def english_paragraphs(text: str) -> list[str]:
    """The prose paragraphs of a text left in English: ``ENGLISH_PARAGRAPH`` common English words or more, or a line
    with ``ENGLISH_LINE`` or more (the pages break their lines at clauses, so that a line is short)."""
    return [
        " ".join(paragraph)
        for paragraph in paragraphs(text)
        if sum(map(_english_words, paragraph)) >= ENGLISH_PARAGRAPH
        or any(_english_words(line) >= ENGLISH_LINE for line in paragraph)
    ]


def _read(page: str) -> str:
    return (DOCS / page).read_text(encoding="utf-8")


def test_the_fence_extractor_reads_languages_contents_and_nested_fences() -> None:
    text = (
        "Text.\n\n```pycon\n>>> 1\n1\n\n```\n\n- item\n\n  ```console\n  $ giamngheo demo\n  ```\n\n"
        "````markdown\n```python\nx = 1\n```\n````\n\n```\nplain\n```\n"
    )
    assert [
        ("pycon", ">>> 1\n1\n\n"),
        ("console", "  $ giamngheo demo\n"),
        ("markdown", "```python\nx = 1\n```\n"),
        ("", "plain\n"),
    ] == fences(text)
    assert ["Text.", "- item"] == prose_lines(text)


def test_the_fence_extractor_agrees_with_the_example_checker() -> None:
    """On the pages compared here, the fences read are the blocks ``docs/check_examples.py`` runs."""
    check_examples = _check_examples()
    for english, vietnamese in TWINS:
        for page in (english, vietnamese):
            text = _read(page)
            assert [(language, code) for language, code, _ in check_examples.blocks(text)] == fences(text), page


@pytest.mark.parametrize(("english", "vietnamese"), TWINS)
def test_the_vietnamese_page_has_the_english_pages_code(english: str, vietnamese: str) -> None:
    """Every fenced block, language and content, byte for byte and in the same order."""
    english_blocks, vietnamese_blocks = fences(_read(english)), fences(_read(vietnamese))
    assert english_blocks, english
    assert len(english_blocks) == len(vietnamese_blocks), vietnamese
    for number, (en, vi) in enumerate(zip(english_blocks, vietnamese_blocks, strict=True), start=1):
        assert en == vi, f"{vietnamese}: block {number} differs from block {number} of {english}"


@pytest.mark.parametrize(("english", "vietnamese"), TWINS)
def test_the_checks_of_the_prose_flag_the_english_page(english: str, vietnamese: str) -> None:
    """The checks below can fail: the English page is neither Vietnamese enough nor free of English lines."""
    text = _read(english)
    assert vietnamese_share(text) < VIETNAMESE_SHARE, english
    assert len(english_paragraphs(text)) >= len(paragraphs(text)) / 2, english
    # An English paragraph pasted into the Vietnamese page is flagged too.
    paragraph = text.split("\n\n")[1]
    assert english_paragraphs(_read(vietnamese) + "\n\n" + paragraph + "\n"), english


@pytest.mark.parametrize("vietnamese", [vietnamese for _, vietnamese in TWINS])
def test_the_vietnamese_page_is_in_vietnamese(vietnamese: str) -> None:
    text = _read(vietnamese)
    assert vietnamese_share(text) >= VIETNAMESE_SHARE, vietnamese
    assert [] == english_paragraphs(text), vietnamese
    assert text.startswith("# "), vietnamese
    assert VIETNAMESE_LETTERS & set(text.splitlines()[0]), f"{vietnamese}: the title is not Vietnamese"


@pytest.mark.parametrize(("english", "vietnamese"), TWINS)
def test_the_vietnamese_page_links_its_english_page(english: str, vietnamese: str) -> None:
    assert f"](../{english})" in _read(vietnamese), vietnamese


class _Loader(yaml.SafeLoader):
    """A safe loader that reads the tags of mkdocs.yml (``!!python/name:…``, ``!ENV``) as nothing."""


_Loader.add_multi_constructor("", lambda _loader, _suffix, _node: None)


def _nav_pages(nav: object) -> list[str]:
    """Every page of a navigation tree of mkdocs.yml."""
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in _nav_pages(value)]
    if isinstance(nav, list):
        return [page for item in nav for page in _nav_pages(item)]
    return []


def test_the_vietnamese_pages_are_in_the_navigation_under_tieng_viet() -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - safe loader
    sections = [item["Tiếng Việt"] for item in config["nav"] if isinstance(item, dict) and "Tiếng Việt" in item]
    assert len(sections) == 1, "mkdocs.yml: no single top-level section 'Tiếng Việt' in nav"
    assert [vietnamese for _, vietnamese in TWINS] == _nav_pages(sections[0])
    for english, _ in TWINS:
        assert english in _nav_pages(config["nav"]), english


def _check_examples():
    """``docs/check_examples.py``, imported from its path (docs/ is no package)."""
    spec = importlib.util.spec_from_file_location("check_examples", DOCS / "check_examples.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_vietnamese_pages_examples_are_run_with_the_others() -> None:
    """``tests/test_docs.py`` runs ``docs/check_examples.py`` on its pages: the Vietnamese pages are among them."""
    pages = {path.resolve() for path in _check_examples().pages()}
    assert [] == [vietnamese for _, vietnamese in TWINS if (DOCS / vietnamese).resolve() not in pages]
