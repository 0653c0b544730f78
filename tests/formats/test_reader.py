"""The one header check and the one reader of every file format: the same messages, each format's own error.

A file's ``format`` and ``version`` keys are checked by ``Reader.check_header`` for the standard, policy and
score-table formats alike (issue 16, "one definition per thing"), before any other key; a file of another known
format is sent to its own reader. Every error is raised as the format's own class, never re-wrapped.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable

import pytest

import giamngheo as gn
from giamngheo import review
from giamngheo.formats import (
    POLICY_FORMAT,
    SCORE_TABLE_FORMAT,
    STANDARD_FORMAT,
    load_policies,
    load_score_table,
    load_standard,
)

FORMATS: list[tuple[str, str, Callable[..., object], type[gn.FileFormatError]]] = [
    (STANDARD_FORMAT, "a standard file", load_standard, gn.StandardFileError),
    (POLICY_FORMAT, "a policy file", load_policies, gn.PolicyFileError),
    (SCORE_TABLE_FORMAT, "a score-table file", load_score_table, review.ScoreTableError),
]
IDS = [f[0] for f in FORMATS]


def refusal(load: Callable[..., object], text: str, kind: type[gn.FileFormatError]) -> gn.FileFormatError:
    with pytest.raises(gn.FileFormatError) as info:
        load(text=text)
    assert kind is type(info.value)  # the format's own class, not a sibling's re-wrapped
    return info.value


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
def test_a_missing_format_key(fmt) -> None:
    name, what, load, kind = fmt
    error = refusal(load, 'version = 1\nid = "x"\n', kind)
    assert ("format", 1) == (error.field, error.line)
    assert f'required key missing: {what} starts with format = "{name}"' == error.reason


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
def test_another_format_is_sent_to_its_reader(fmt) -> None:
    name, what, load, kind = fmt
    for other, other_what, other_load, _ in FORMATS:
        if other == name:
            continue
        error = refusal(load, f'format = "{other}"\nversion = 1\n', kind)
        reader = "review.load_score_table" if other_load is load_score_table else other_load.__name__
        expected = (
            f'not {what}: format must be "{name}", got the string "{other}" ({other_what}: read it with {reader})'
        )
        assert ("format", 1, expected) == (error.field, error.line, error.reason)
    error = refusal(load, 'format = "giamngheo.assessment"\nversion = 1\n', kind)
    assert error.reason.endswith('got the string "giamngheo.assessment"')


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
def test_a_missing_or_unsupported_version(fmt) -> None:
    name, _, load, kind = fmt
    error = refusal(load, f'format = "{name}"\n', kind)
    assert ("version", 1, "required key missing: version = 1") == (error.field, error.line, error.reason)
    for written, shown in (("2", "2"), ('"1"', "'1'"), ("true", "True"), ("1.0", "Decimal('1.0')")):
        error = refusal(load, f'format = "{name}"\nversion = {written}\n', kind)
        expected = f"unsupported version {shown}: this library (giamngheo {gn.__version__}) reads version 1"
        assert ("version", 2, expected) == (error.field, error.line, error.reason)


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
def test_the_header_is_checked_before_the_other_keys(fmt) -> None:
    _, _, load, kind = fmt
    error = refusal(load, 'format = "elsewhere"\nunknown_key = 1\n', kind)
    assert "format" == error.field
    error = refusal(load, "x = [1, 2]\n", kind)
    assert ("format", 1) == (error.field, error.line)


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
def test_syntax_errors_and_json_are_the_formats_own(fmt) -> None:
    name, _, load, kind = fmt
    error = refusal(load, f'format = "{name}"\nversion = = 1\n', kind)
    assert 2 == error.line
    assert error.reason.startswith("invalid TOML")
    with pytest.raises(kind) as info:
        load(text="[1, 2]", syntax="json")
    assert "must be an object, got an array" == info.value.reason
    with pytest.raises(kind) as info:
        load(text=b"format = \xff\n")
    assert "(file)" == info.value.field
    copy = pickle.loads(pickle.dumps(info.value))  # noqa: S301 - our own error, round-tripped
    assert (kind, str(info.value)) == (type(copy), str(copy))


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
def test_the_arguments_are_checked_alike(fmt) -> None:
    _, what, load, _ = fmt
    with pytest.raises(gn.InvalidInput, match=f"give the path of {what}, or its text"):
        load()
    with pytest.raises(gn.InvalidInput, match="unknown syntax 'yaml'"):
        load(text="", syntax="yaml")


#: Texts whose syntax error the position scanner must give up on, not loop over: a multi-line string never closed
#: (the long fuzz run found the literal one hanging: ``'''`` never closed skipped past the end for ever).
UNCLOSED = ["x = '''abc", 'x = """abc', "[a]\nb = '''", 'x = ["""', "x = [", "x = {a = 1,", "[[a", 'x = ["a"']


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
@pytest.mark.parametrize("text", UNCLOSED)
def test_an_unclosed_value_is_a_syntax_error_at_once(fmt, text: str) -> None:
    import threading  # noqa: PLC0415

    _, _, load, kind = fmt
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            load(text=f'format = "x"\nversion = 1\n{text}')
        except BaseException as error:  # noqa: BLE001 - reported to the test's thread
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "the reader hangs"
    assert len(outcome) == 1
    assert isinstance(outcome[0], kind)
