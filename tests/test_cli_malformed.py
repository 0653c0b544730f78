"""Issue 15, untrusted input: a corpus of malformed files through the command line, in-process.

Each case of ``tests/_malformed.py`` (at least 120 malformed files, derived from the good files of the repository)
is written to ``tmp_path`` and run through ``giamngheo.cli.main``: without ``-o``, then, for a command that writes
an output, with ``-o`` to a file in ``tmp_path/out``. Every run must end with an exit status of the documented
ones (0 ok, 1 error, 2 usage, 3 some rows failed), print no traceback and not the last-resort "bug of giamngheo"
line, take under 2 s, leave every input file's bytes as they were (docs/untrusted-input.md: "No command changes
its input files"), and leave no half-written output: an output only after a run that wrote one (exit 0 or 3),
nothing else beside it (outputs are written to a temporary file and renamed when done).
"""

from __future__ import annotations

import contextlib
import io
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import _malformed as m
from giamngheo import cli

#: Seconds a case may take (the machine may be shared: the limit of the issue, not a benchmark).
LIMIT = 2.0

CASES = m.cases()


def params() -> Iterator[object]:
    for case in CASES:
        yield pytest.param(case, id=case.id)


@pytest.fixture(autouse=True, scope="module")
def _imported(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A first command imports the readers and writers (pyarrow, openpyxl): not counted in the first case's time."""
    out = tmp_path_factory.mktemp("imported")
    (out / "h.csv").write_bytes(m.HOUSEHOLDS)
    (out / "m.csv").write_bytes(m.MEMBERS)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        for suffix in (".csv", ".xlsx", ".parquet", ".jsonl"):
            argv = ["assess", str(out / "h.csv"), "--members", str(out / "m.csv"), "--on", m.ON, "-q"]
            cli.main([*argv, "-o", str(out / f"r{suffix}")])


@pytest.fixture(autouse=True)
def _no_traceback_variable(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The last-resort handler prints its one line only without GIAMNGHEO_TRACEBACK; SIGTERM's handler restored."""
    monkeypatch.delenv("GIAMNGHEO_TRACEBACK", raising=False)
    before = signal.getsignal(signal.SIGTERM)
    yield
    signal.signal(signal.SIGTERM, before)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, str, str, float]:
    """Run the command line in-process: its exit status (``SystemExit``'s code for argparse), output, time.

    An exception Python could not raise (in a callback of Arrow, say) or that ended a thread is printed with its
    traceback on standard error by a real process: here it is added to ``err`` the same way.
    """
    ignored: list[str] = []

    def unraisable(hook: sys.UnraisableHookArgs) -> None:
        ignored.append(
            f"Exception ignored in: {hook.object!r}\n{m.TRACEBACK}\n{hook.exc_type.__name__}: {hook.exc_value}"
        )

    def thread_died(hook: threading.ExceptHookArgs) -> None:
        ignored.append(f"Exception in thread {hook.thread}:\n{m.TRACEBACK}\n{hook.exc_type.__name__}: {hook.exc_value}")

    hooks = sys.unraisablehook, threading.excepthook
    sys.unraisablehook, threading.excepthook = unraisable, thread_died
    capsys.readouterr()
    started = time.perf_counter()
    try:
        code: object = cli.main(argv)
    except SystemExit as stop:
        code = stop.code
    finally:
        seconds = time.perf_counter() - started
        sys.unraisablehook, threading.excepthook = hooks
    out, err = capsys.readouterr()
    return code, out, err + "".join(ignored), seconds


def check(case: m.Case, root: Path, capsys: pytest.CaptureFixture[str], *, with_output: bool) -> None:
    before = m.snapshot(root)
    code, out, err, seconds = run(case.command(root, with_output=with_output), capsys)
    found = m.problems(case, code, out, err, before, m.snapshot(root), m.outputs_left(root), with_output=with_output)
    assert [] == found, f"exit {code!r}; stderr: {err[-600:]}"
    assert seconds < LIMIT, f"{seconds:.2f} s"
    m.clear_outputs(root)


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 120
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", list(params()))
def test_a_malformed_input_is_refused_plainly(case: m.Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "case"
    case.write(root)
    check(case, root, capsys, with_output=False)
    if case.output is not None:
        check(case, root, capsys, with_output=True)


# --- the bugs this corpus found, fixed in batch/_readers.py and cli/: each said as the library's error ------------


def outcome(case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[object, str]:
    """The exit status and standard error of a corpus case, which must change no input."""
    (case,) = [c for c in CASES if c.id == case_id]
    root = tmp_path / "case"
    case.write(root)
    before = m.snapshot(root)
    code, _, err, _ = run([*case.command(root, with_output=False), *extra], capsys)
    assert before == m.snapshot(root)
    assert m.TRACEBACK not in err
    assert not any(marker in err for marker in m.BUG_MARKERS), err
    return code, err


@pytest.mark.parametrize(
    ("case_id", "expected"),
    [
        # openpyxl's zipfile.BadZipFile, ElementTree's ParseError (a SyntaxError), IndexError: the bug line before
        ("assess-xlsx-zero-bytes", "h.xlsx: not an XLSX workbook: File is not a zip file"),
        ("assess-xlsx-truncated", "h.xlsx: not an XLSX workbook: File is not a zip file"),
        ("assess-xlsx-sheet-not-xml", "h.xlsx: not an XLSX workbook: unclosed token"),
        ("assess-xlsx-workbook-not-xml", "h.xlsx: not an XLSX workbook: not well-formed"),
        ("assess-xlsx-sheet-missing", "h.xlsx: not an XLSX workbook: it has no sheet"),
        # Arrow's ArrowInvalid reading a damaged data page: the bug line before; the schema's OSError: no file named
        ("assess-parquet-damaged-pages-10-200", "h.parquet: not a Parquet file that can be read: "),
        ("assess-parquet-schema-nested-200-deep", "h.parquet: not a Parquet file: Parquet schema too deeply nested"),
        # UnicodeError (not UnicodeDecodeError) of a UTF-16 file without its byte-order mark: the bug line before
        ("assess-csv-wrong-encoding-utf16", "h.csv: not utf-16 text (UTF-16 stream does not start with BOM)"),
        ("assess-csv-encoding-utf_32", "h.csv: not utf_32 text (UTF-32 stream does not start with BOM)"),
        ("assess-csv-encoding-idna", "h.csv: not idna text"),
        # bytes-to-bytes and text-to-text codecs: AssertionError, TypeError before
        ("assess-csv-encoding-base64", "encoding: 'base64' is not a text encoding"),
        ("assess-csv-encoding-rot13", "encoding: 'rot13' is not a text encoding"),
        # the csv module's csv.Error on a header cell over 128 KiB: the bug line before
        ("assess-csv-header-cell-1mb", "h.csv, line 1: not a valid CSV file: field larger than field limit"),
        # JSON Lines not UTF-8: "a file is not UTF-8 text", naming no file, before
        ("assess-jsonl-invalid-utf8", "h.jsonl: not UTF-8 text (invalid start byte)"),
        # argparse's "invalid _points value" (int() refuses 4,301 digits) before
        ("score-digits-4301", "argument --income-score: not a number of points: 4,301 characters long"),
    ],
)
def test_a_damaged_file_is_the_library_s_error_naming_it(
    case_id: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = outcome(case_id, tmp_path, capsys)
    assert code in {1, 2}
    assert expected in err


def test_a_line_of_json_lines_nested_too_deep_is_refused_before_arrow_crashes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Line 1,001 (after those the header is read from) nested 100,000 deep: a segmentation fault of pyarrow before."""
    for case_id in ("assess-jsonl-late-deep-arrays", "assess-jsonl-late-deep-objects"):
        code, err = outcome(case_id, tmp_path / case_id, capsys)
        assert 1 == code
        assert "h.jsonl, line 1001: not JSON: arrays or objects nested deeper than 64" in err


def test_a_line_not_utf8_after_the_first_megabyte_is_named_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """pyarrow decodes a bad line for an invalid-row handler: "Exception ignored ... UnicodeDecodeError" before."""
    code, err = outcome("assess-csv-invalid-utf8-after-1mb", tmp_path, capsys)
    assert 1 == code
    assert "h.csv, line 40005: not utf-8 text (byte 0xff)" in err
    assert "Exception ignored" not in err


def test_a_workbook_whose_last_cell_is_far_away_is_read_quickly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """5 KB whose last cell is XFD1048576: openpyxl makes a million empty rows, each skipped at once (5 s before)."""
    (case,) = [c for c in CASES if c.id == "assess-xlsx-last-cell-far"]
    case.write(tmp_path)
    code, out, _, seconds = run(case.command(tmp_path, with_output=False), capsys)
    assert 3 == code  # A has no income: its row, with its error
    assert ["A"] == [line.split(",")[0].strip('"') for line in out.splitlines()[1:]]
    assert seconds < LIMIT


def test_bad_lines_still_keep_their_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without Arrow's invalid-row handler, a bad line still comes out in its place with its error (Python reads)."""
    (case,) = [c for c in CASES if c.id == "assess-csv-too-few-cells"]
    case.write(tmp_path)
    code, out, _, _ = run(case.command(tmp_path, with_output=False), capsys)
    assert 3 == code
    rows = out.splitlines()[1:]
    assert ["BD-25741-0001", "BD-25741-0002", "BD-25741-0003", "BD-9"] == [r.split(",")[0].strip('"') for r in rows]
    assert "the line has 2 fields but the header has 17" in rows[3]


def test_a_birth_date_in_the_year_0_is_the_error_of_its_household_s_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = outcome("assess-members-birth-date-year-0", tmp_path, capsys)
    assert 3 == code


# --- an output that is an input -----------------------------------------------------------------------------------


def refused(case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    (case,) = [c for c in CASES if c.id == case_id]
    root = tmp_path / "case"
    case.write(root)
    before = m.snapshot(root)
    code, _, err, _ = run(case.command(root, with_output=False), capsys)
    assert 1 == code, err
    assert before == m.snapshot(root)
    return err


@pytest.mark.parametrize("case_id", [c.id for c in CASES if c.id.startswith("same-output-")])
def test_an_output_that_is_an_input_is_refused_before_anything_is_read(
    case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = refused(case_id, tmp_path, capsys)
    assert "is an input file" in err or "give a .xlsx file" in err
    assert not list((tmp_path / "case").glob(".*part"))


# --- files read by the library only (no command takes them): policies and score tables -----------------------------

POLICIES = (Path(__file__).resolve().parents[1] / "examples/policies/ho-chi-minh-city-example.toml").read_bytes()
SCORE_TABLE = (Path(__file__).resolve().parents[1] / "examples/score_tables/fictional-score-a.toml").read_bytes()


def library_documents(good: bytes) -> list[tuple[str, bytes]]:
    return [
        ("zero-bytes", b""),
        ("truncated", good[: len(good) // 2]),
        ("binary-garbage", m.garbage(seed=43)),
        ("invalid-utf8", b"\xff" + good),
        ("utf16", b"\xff\xfe" + good.decode().encode("utf-16-le")),
        ("nul", good.replace(b"version", b"ver\0sion", 1)),
        ("version-digits-4301", good.replace(b"version = 1", b"version = " + m.DIGITS_4301.encode(), 1)),
        ("huge-exponent", good.replace(b"version = 1", b"version = 1e99999999", 1)),
        ("deep-arrays", good.replace(b"version = 1", b"version = 1\ndeep = " + b"[" * 5000 + b"]" * 5000, 1)),
        ("unknown-key", good.replace(b"version = 1", b"version = 1\nvershun = 2", 1)),
        ("json-deep", b"[" * 100_000),
        ("json-lone-surrogate", b'{"format": "\\ud800"}'),
    ]


@pytest.mark.parametrize("kind", ["policies", "score-table"])
def test_a_malformed_policy_or_score_table_file_is_the_library_s_error(kind: str, tmp_path: Path) -> None:
    """No command reads these files (gn.load_policies, gn.review.load_score_table): each refusal is an InvalidInput."""
    import giamngheo as gn  # noqa: PLC0415
    from giamngheo.review import load_score_table  # noqa: PLC0415

    load, good = (gn.load_policies, POLICIES) if kind == "policies" else (load_score_table, SCORE_TABLE)
    for name, data in library_documents(good):
        path = tmp_path / (f"{name}.json" if name.startswith("json") else f"{name}.toml")
        path.write_bytes(data)
        started = time.perf_counter()
        with pytest.raises(gn.InvalidInput):
            load(path)
        assert time.perf_counter() - started < LIMIT, name
        assert data == path.read_bytes(), name
    with pytest.raises(gn.InvalidInput):
        load(tmp_path)  # a directory
    with pytest.raises(gn.InvalidInput):
        load(tmp_path / "missing.toml")
