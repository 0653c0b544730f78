"""The corpus of malformed input files of issue 15 ("untrusted input"), shared by a test and a script.

``tests/test_cli_malformed.py`` runs every case through ``giamngheo.cli.main`` in-process;
``scripts/malformed_corpus.py`` writes the same files to a directory and runs each case through
``python -m giamngheo`` as a subprocess. Each :class:`Case` is an id, the files it writes (derived from the good
files of the repository: the sample register, ``examples/standards``, the report fixture of
``tests/test_cli_review.py``), and the command line, where ``@NAME`` is the path of the case's file ``NAME``.

The target: no traceback, no "bug of giamngheo" line, an exit status of the documented ones, no input file
changed, no half-written output, and every command done in under 2 s (the script: 10 s).
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

ON = "2024-10-01"
#: The exit statuses a command may end with: 0 ok, 1 error, 2 usage, 3 some rows failed (documented in giamngheo.cli).
STATUSES = frozenset({0, 1, 2, 3})
#: What the last-resort handler of ``giamngheo.cli.main`` prints for an exception that is not the library's.
BUG_MARKERS = ("This is a bug of giamngheo", "internal error (", "github.com/giamngheo/giamngheo/issues")
TRACEBACK = "Traceback (most recent call last)"

#: The content of a file: bytes, a function making them (big or needing pyarrow/openpyxl), or a directory.
DIRECTORY = "<directory>"
Content = bytes | Callable[[], bytes] | str


@dataclasses.dataclass(frozen=True)
class Case:
    """One malformed input, the files it needs and the command that reads it.

    Attributes:
        id: The case's name, unique.
        files: ``(name, content)``: the input files written into the case's directory.
        argv: The command line; ``@NAME`` is the path of the file ``NAME`` (which need not exist).
        output: The name of an output the command is also run with (``-o out/NAME``), or ``None``.
        links: ``(name, kind, target)``: a ``"hard"`` or ``"symbolic"`` link ``name`` to ``@NAME`` or a path.
        statuses: The exit statuses allowed.
    """

    id: str
    files: tuple[tuple[str, Content], ...]
    argv: tuple[str, ...]
    output: str | None = None
    links: tuple[tuple[str, str, str], ...] = ()
    statuses: frozenset[int] = STATUSES

    def write(self, root: Path) -> None:
        """Write the case's input files (and links) into ``root``, and an empty ``root/out`` for the output."""
        root.mkdir(parents=True, exist_ok=True)
        (root / "out").mkdir(exist_ok=True)
        for name, content in self.files:
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if content == DIRECTORY:
                path.mkdir()
            elif isinstance(content, bytes):
                path.write_bytes(content)
            elif callable(content):
                path.write_bytes(content())
            else:
                raise TypeError(content)
        for name, kind, target in self.links:
            source = root / target[1:] if target.startswith("@") else Path(target)
            if kind == "hard":
                os.link(source, root / name)
            else:
                (root / name).symlink_to(source)

    def command(self, root: Path, *, with_output: bool) -> list[str]:
        """The command line, its ``@NAME`` paths in ``root``; with ``-o out/OUTPUT`` if asked."""
        argv = [str(root / a[1:]) if a.startswith("@") else a for a in self.argv]
        if with_output and self.output is not None:
            argv += ["-o", str(root / "out" / self.output)]
        return argv


# --- what the inputs hold, before and after ----------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, str]:
    """Every entry of ``root`` but ``out``: a file's SHA-256, a link's target, ``dir`` for a directory."""
    found: dict[str, str] = {}
    for directory, subdirectories, files in os.walk(root):
        here = Path(directory)
        if here == root:
            subdirectories[:] = [d for d in subdirectories if d != "out"]
        for name in [*subdirectories, *files]:
            path = here / name
            key = str(path.relative_to(root))
            if path.is_symlink():
                found[key] = f"link to {path.readlink()}"
            elif path.is_dir():
                found[key] = "dir"
            else:
                found[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def outputs_left(root: Path) -> list[str]:
    """The entries of ``root/out``, their names relative to it."""
    out = root / "out"
    return sorted(str(p.relative_to(out)) for p in out.rglob("*")) if out.exists() else []


def clear_outputs(root: Path) -> None:
    """Empty ``root/out``."""
    out = root / "out"
    for path in sorted(out.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not path.is_symlink():
            path.rmdir()
        else:
            path.unlink()


def problems(  # noqa: PLR0917 - what one run of a case gave
    case: Case,
    code: object,
    stdout: str,
    stderr: str,
    before: dict[str, str],
    after: dict[str, str],
    left: Sequence[str],
    *,
    with_output: bool,
) -> list[str]:
    """What is wrong with one run of ``case``: empty if nothing is."""
    found: list[str] = []
    if not isinstance(code, int) or isinstance(code, bool) or code not in case.statuses:
        found.append(f"exit status {code!r}, not one of {sorted(case.statuses)}")
    for name, text in (("stdout", stdout), ("stderr", stderr)):
        if TRACEBACK in text:
            found.append(f"a traceback on {name}: {_tail(text)}")
        if any(marker in text for marker in BUG_MARKERS):
            found.append(f"the bug line on {name}: {_tail(text)}")
    if before != after:
        changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        found.append(f"input files changed or added: {changed}")
    found += _output_problems(case, code, left, with_output=with_output)
    return found


def _output_problems(case: Case, code: object, left: Sequence[str], *, with_output: bool) -> list[str]:
    """An output only after a run that wrote one (0 or 3) and nothing beside it; nothing written without ``-o``."""
    if not (with_output and case.output is not None):
        return [f"files written without -o: {list(left)}"] if left else []
    wanted = Path(case.output).parts[0]
    if code not in {0, 3}:
        return [f"exit status {code!r} but an output was left: {list(left)}"] if left else []
    tops = {Path(name).parts[0] for name in left}
    if wanted not in tops:
        return [f"exit status {code!r} but no output {case.output!r} was written (found {sorted(tops)})"]
    extra = sorted(tops - {wanted})
    return [f"files left beside the output: {extra}"] if extra else []


def _tail(text: str) -> str:
    return " | ".join(text.strip().splitlines()[-3:])[:400]


# --- the good files ------------------------------------------------------------------------------------------------

HOUSEHOLD_HEADER = (
    "household_id,area,commune,district,income_per_capita_monthly_vnd,income_yearly_vnd,size,deprived,floor_area_m2,"
    "wall,column,roof,water_source,latrine,devices,hears_loudspeaker,waste_collected"
)
HOUSEHOLD_ROWS = (
    "BD-25741-0001,urban,25741,718,4476000,,4,,45,durable,durable,durable,piped,septic,phone;television;laptop,true,true",
    "BD-25741-0002,urban,25741,718,4990000,,2,,46,durable,durable,durable,piped,semi_septic,phone;television;radio,true,true",
    "BD-25741-0003,urban,25741,718,1396000,,3,,45,durable,durable,durable,piped,septic,television;laptop,false,true",
)
MEMBER_HEADER = (
    "household_id,member_id,birth_date,sex,has_health_insurance,attending_school,education,on_the_job_training,"
    "employment,nutrition,disability,social_allowance,sick_untreated,uses_phone,uses_internet"
)
MEMBER_ROWS = (
    "BD-25741-0001,BD-25741-0001-01,1932-01-22,female,true,false,upper_secondary,false,not_in_labour_force,,false,false,false,true,false",
    "BD-25741-0001,BD-25741-0001-02,1938-08-15,female,true,false,lower_secondary,false,not_in_labour_force,,false,false,false,true,false",
    "BD-25741-0001,BD-25741-0001-03,1950-04-30,male,true,false,none,false,not_in_labour_force,,true,true,false,true,true",
    "BD-25741-0001,BD-25741-0001-04,2020-05-03,female,true,true,none,false,,normal,false,false,false,false,false",
    "BD-25741-0002,BD-25741-0002-01,1961-06-02,male,true,false,none,false,not_in_labour_force,,false,false,false,true,true",
    "BD-25741-0002,BD-25741-0002-02,1959-08-23,male,,false,primary,false,not_in_labour_force,,false,false,false,true,true",
    "BD-25741-0003,BD-25741-0003-01,2001-04-01,male,true,true,lower_secondary,false,wage_with_contract,,false,false,false,true,true",
    "BD-25741-0003,BD-25741-0003-02,2005-07-24,male,true,false,upper_secondary,false,not_in_labour_force,,false,false,false,true,true",
    "BD-25741-0003,BD-25741-0003-03,2022-09-06,female,true,false,none,false,,normal,false,false,false,false,false",
)


def lines(header: str, rows: Sequence[str]) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode()


HOUSEHOLDS = lines(HOUSEHOLD_HEADER, HOUSEHOLD_ROWS)
MEMBERS = lines(MEMBER_HEADER, MEMBER_ROWS)

HOUSEHOLD_OBJECTS: list[dict[str, object]] = [
    {
        "id": "HH-1",
        "area": "rural",
        "income_per_capita_monthly_vnd": 1_350_000,
        "members": [
            {"birth_date": "1990-01-15", "has_health_insurance": False, "uses_internet": False},
            {"birth_date": "1992-07-02", "has_health_insurance": True, "employment": "self_employed"},
        ],
        "dwelling": {"floor_area_m2": 35.5, "water_source": "piped", "latrine": "septic"},
    },
    {"id": "HH-2", "area": "urban", "income_per_capita_monthly_vnd": 3_500_000, "dwelling": {"floor_area_m2": "71/2"}},
]
HOUSEHOLDS_JSON = json.dumps({"households": HOUSEHOLD_OBJECTS}, ensure_ascii=False, indent=1).encode()
ONE_JSON = json.dumps(HOUSEHOLD_OBJECTS[0], ensure_ascii=False, indent=1).encode()
JSONL = b"".join(
    json.dumps(dict(zip(HOUSEHOLD_HEADER.split(","), row.split(","), strict=True)), ensure_ascii=False).encode() + b"\n"
    for row in HOUSEHOLD_ROWS
)

STANDARD_TOML = (
    Path(__file__).resolve().parents[1] / "examples/standards/binh-duong-2022-2025-option-1.toml"
).read_bytes()

CURRENT = b"""\
household_id,status,persons,commune,deprived,groups,arrival,formerly
A1,poor,5,25741,employment;health_insurance;water,ethnic_minority,,
A2,near_poor,3,25741,nutrition,social_protection,,
A3,middle,5,25741,,,,
B4,near_poor,3,25744,water,social_protection,moved_in,
B5,poor,1,25744,information_devices,,,poor
"""
PREVIOUS = b"""\
household_id,status,persons,commune,departure
A1,poor,4,25741,
A2,poor,3,25741,
A3,near_poor,5,25741,
A4,poor,2,25741,moved_away
"""
TOTALS = b"unit,households\n25741,100\n25744,80\n"


def standard_json() -> bytes:
    """The example standard as a JSON standard file."""
    from giamngheo.formats import dump_standard, load_standard  # noqa: PLC0415 - only when a case is written

    return dump_standard(load_standard(text=STANDARD_TOML), syntax="json").encode()


def parquet(columns: dict[str, object]) -> Callable[[], bytes]:
    """A Parquet file of ``columns`` (an Arrow table's columns, or a function of pyarrow making the table)."""

    def make() -> bytes:
        import pyarrow as pa  # noqa: PLC0415 - only when a case is written
        import pyarrow.parquet as pq  # noqa: PLC0415

        table = pa.table(columns)
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        return bytes(sink.getvalue().to_pybytes())

    return make


def good_parquet() -> bytes:
    return parquet(
        {n: list(v) for n, *v in zip(*(r.split(",") for r in [HOUSEHOLD_HEADER, *HOUSEHOLD_ROWS]), strict=True)}
    )()


def xlsx(rows: Sequence[Sequence[object]], *, strings: bool = False) -> Callable[[], bytes]:
    """An XLSX workbook of one sheet holding ``rows``; ``strings`` keeps a text starting with '=' a text."""

    def make() -> bytes:
        from openpyxl import Workbook  # noqa: PLC0415 - only when a case is written

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c, value=value)  # type: ignore[call-overload]
                if strings and isinstance(value, str):
                    cell.data_type = "s"
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    return make


def zip_part(make: Callable[[], bytes], name: str, data: bytes | None) -> Callable[[], bytes]:
    """The ZIP archive ``make()`` with its part ``name`` replaced by ``data``, or left out (``None``)."""

    def rewrite() -> bytes:
        import zipfile  # noqa: PLC0415 - only when a case is written

        source = zipfile.ZipFile(io.BytesIO(make()))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for part in source.namelist():
                if part != name:
                    archive.writestr(part, source.read(part))
                elif data is not None:
                    archive.writestr(part, data)
        return out.getvalue()

    return rewrite


#: A sheet whose text is an entity expanding to others ("billion laughs", here only ten times ten).
ENTITIES = (
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
    b'<c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>'
)


def far_cell_xlsx() -> bytes:
    """A workbook of 5 KB whose last cell is XFD1048576: openpyxl makes every row between (an empty row each)."""
    from openpyxl import Workbook  # noqa: PLC0415 - only when a case is written

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for c, name in enumerate(HOUSEHOLD_HEADER.split(","), start=1):
        sheet.cell(row=1, column=c, value=name)
    sheet.cell(row=2, column=1, value="A")
    sheet.cell(row=1_048_576, column=16_384, value="x")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def good_xlsx() -> bytes:
    return xlsx([r.split(",") for r in [HOUSEHOLD_HEADER, *HOUSEHOLD_ROWS]])()


def truncated(make: Callable[[], bytes] | bytes, keep: float = 0.5) -> Callable[[], bytes]:
    def cut() -> bytes:
        data = make() if callable(make) else make
        return data[: int(len(data) * keep)]

    return cut


def garbage(size: int = 4096, seed: int = 15) -> bytes:
    """Deterministic bytes that are no format (a linear congruential sequence)."""
    out = bytearray()
    state = seed
    for _ in range(size):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(state >> 16 & 0xFF)
    return bytes(out)


def replaced(data: bytes, old: bytes, new: bytes, count: int = 1) -> bytes:
    if old not in data:
        raise ValueError(f"{old!r} not in the good file")
    return data.replace(old, new, count)


def toml_set(key: str, value: str) -> bytes:
    """The example standard with the line ``key = ...`` replaced (the first one)."""
    pattern = re.compile(rb"^" + re.escape(key.encode()) + rb" = .*$", re.MULTILINE)
    line = f"{key} = {value}".encode()
    data, n = pattern.subn(lambda _: line, STANDARD_TOML, count=1)
    if not n:
        raise ValueError(key)
    return data


DIGITS_4301 = "9" * 4301
BIG_CELL = "x" * (1 << 20)


# --- the cases -----------------------------------------------------------------------------------------------------

ASSESS = ("assess", "@h.csv", "--on", ON)
WITH_MEMBERS = (*ASSESS, "--members", "@m.csv")


def households_csv(rows: Sequence[str] = HOUSEHOLD_ROWS, header: str = HOUSEHOLD_HEADER) -> bytes:
    return lines(header, rows)


def row_with(column: str, value: str, row: int = 0) -> tuple[str, ...]:
    """The good household rows, one cell replaced."""
    names = HOUSEHOLD_HEADER.split(",")
    cells = HOUSEHOLD_ROWS[row].split(",")
    cells[names.index(column)] = value
    return (*HOUSEHOLD_ROWS[:row], ",".join(cells), *HOUSEHOLD_ROWS[row + 1 :])


def member_with(column: str, value: str, row: int = 0) -> bytes:
    names = MEMBER_HEADER.split(",")
    cells = MEMBER_ROWS[row].split(",")
    cells[names.index(column)] = value
    return lines(MEMBER_HEADER, (*MEMBER_ROWS[:row], ",".join(cells), *MEMBER_ROWS[row + 1 :]))


def _households_csv_cases() -> Iterator[Case]:  # noqa: PLR0915 - one statement per case
    def case(name: str, data: Content, *extra: str) -> Case:
        return Case(f"assess-csv-{name}", (("h.csv", data),), (*ASSESS, *extra), output="result.csv")

    yield case("zero-bytes", b"")
    yield case("newline-only", b"\n")
    yield case("blank-lines", b" \n\t\n\r\n")
    yield case("binary-garbage", garbage())
    yield case("nul-bytes-only", b"\0" * 4096)
    yield case("nul-byte-in-cell", households_csv(row_with("commune", "257\x0041")))
    yield case("nul-in-header", households_csv(header=HOUSEHOLD_HEADER.replace("area", "ar\0ea")))
    yield case("invalid-utf8-in-cell", replaced(HOUSEHOLDS, b"25741,718", b"25741\xc3\x28,718"))
    yield case(
        "invalid-utf8-after-1mb", HOUSEHOLDS + (b"BD-X,urban,25741,,1,,,,,,,,,,,,\n" * 40_000) + b"BD-\xff,urban\n"
    )
    yield case("cesu-surrogate-bytes", replaced(HOUSEHOLDS, b"BD-25741-0001", b"BD-\xed\xa0\x80"))
    yield case("utf16-bom", b"\xff\xfe" + HOUSEHOLDS.decode().encode("utf-16-le"))
    yield case("utf16-odd-length", (b"\xff\xfe" + HOUSEHOLDS.decode().encode("utf-16-le"))[:-1])
    yield case("utf16-bom-only", b"\xff\xfe")
    yield case("utf8-bom-only", b"\xef\xbb\xbf")
    yield case("utf32-bom", HOUSEHOLDS.decode().encode("utf-32"))
    yield case("windows-1258", HOUSEHOLDS.replace(b"BD-25741-0001", "Hộ-Đư\u0301c".replace("ộ", "o").encode("cp1258")))
    yield case("header-only", (HOUSEHOLD_HEADER + "\n").encode())
    yield case("header-no-newline", HOUSEHOLD_HEADER.encode())
    yield case("duplicated-header", households_csv(header=HOUSEHOLD_HEADER.replace("area", "household_id")))
    yield case("header-twice", lines(HOUSEHOLD_HEADER, (HOUSEHOLD_HEADER, *HOUSEHOLD_ROWS)))
    yield case("missing-household-id", households_csv(header=HOUSEHOLD_HEADER.replace("household_id", "hid")))
    yield case("extra-column", lines(HOUSEHOLD_HEADER + ",nickname", [r + ",x" for r in HOUSEHOLD_ROWS]))
    yield case("empty-header-names", b",,,\n1,2,3\n")
    yield case("too-many-cells", households_csv((*HOUSEHOLD_ROWS, HOUSEHOLD_ROWS[0] + ",a,b,c")))
    yield case("too-few-cells", households_csv((*HOUSEHOLD_ROWS, "BD-9,urban")))
    yield case("unterminated-quote", households_csv((*HOUSEHOLD_ROWS, 'BD-9,"urban,25741')))
    yield case("quote-in-cell", households_csv(row_with("commune", '25"741')))
    yield case("quoted-newline", households_csv(row_with("commune", '"257\n41"')))
    yield case(
        "formulas",
        households_csv(row_with("household_id", "=SUM(A1)") + row_with("deprived", "@cmd|' /C calc'!A0", 1)[1:2]),
    )
    yield case("huge-exponent", households_csv(row_with("floor_area_m2", "1e99999999")))
    yield case("digits-4301", households_csv(row_with("income_per_capita_monthly_vnd", DIGITS_4301)))
    yield case("negative-size", households_csv(row_with("size", "-3")))
    yield case("size-zero", households_csv(row_with("size", "0")))
    yield case(
        "nan-inf",
        households_csv(row_with("income_per_capita_monthly_vnd", "NaN") + row_with("floor_area_m2", "inf", 1)[1:2]),
    )
    yield case("float-income", households_csv(row_with("income_per_capita_monthly_vnd", "1.5e3")))
    yield case("long-cell-1mb", households_csv(row_with("commune", BIG_CELL)))
    yield case("long-household-id-256kb", households_csv(row_with("household_id", BIG_CELL[: 1 << 18])))
    yield case("header-cell-1mb", households_csv(header=HOUSEHOLD_HEADER + "," + BIG_CELL))
    yield case("long-cell-and-bad-line", households_csv((*row_with("deprived", BIG_CELL), "BD-9,urban")))
    yield case("long-line-5mb", lambda: households_csv(row_with("deprived", "water;" * 900_000)))
    yield case("duplicate-ids", households_csv((*HOUSEHOLD_ROWS, HOUSEHOLD_ROWS[0])))
    yield case("semicolons", HOUSEHOLDS.replace(b",", b";"))
    yield case("mixed-delimiters", HOUSEHOLDS.replace(b",", b";", 5))
    yield case("cr-line-ends", HOUSEHOLDS.replace(b"\n", b"\r"))
    yield case("unknown-choices", households_csv(row_with("area", "city") + row_with("wall", "paper", 1)[1:2]))
    yield case("unknown-deprivation", households_csv(row_with("deprived", "water;;nothing;" + "x" * 300)))
    yield case("bad-boolean", households_csv(row_with("hears_loudspeaker", "maybe")))
    yield case("control-characters", households_csv(row_with("household_id", "\x1b[31mBD\x07\u202e\u200b")))
    yield case("blank-household-id", households_csv(row_with("household_id", "   ")))
    yield case("unknown-encoding", HOUSEHOLDS, "--encoding", "no-such-codec")
    for codec in ("base64", "rot13", "zlib", "idna", "punycode", "utf_32", "utf-7", "unicode_escape"):
        yield case(f"encoding-{codec}", HOUSEHOLDS, "--encoding", codec)
    yield case(
        "cp1258-undefined-byte-after-1mb",
        HOUSEHOLDS.replace(b"BD-25741-0001", b"BD-\xd0", 1)
        + b"BD-X,urban,25741,,1,,,,,,,,,,,,\n" * 40_000
        + b"BD-\x81,urban\n",
    )
    yield case("wrong-encoding-utf16", HOUSEHOLDS, "--encoding", "utf-16")
    yield case("wrong-encoding-on-garbage", garbage(), "--encoding", "cp1258")
    yield case("chunk-size-zero", HOUSEHOLDS, "--chunk-size", "0")
    yield case("chunk-size-huge", HOUSEHOLDS, "--chunk-size", DIGITS_4301)
    yield Case("assess-csv-directory", (("h.csv", DIRECTORY),), ASSESS, output="result.csv")
    yield Case("assess-csv-nonexistent", (), ASSESS, output="result.csv")
    yield Case("assess-csv-dangling-link", (), ASSESS, output="result.csv", links=(("h.csv", "symbolic", "@gone.csv"),))
    yield Case(
        "assess-csv-link-to-dev-zero", (), ASSESS, output="result.csv", links=(("h.csv", "symbolic", "/dev/zero"),)
    )
    yield Case("assess-unknown-suffix", (("h.dat", HOUSEHOLDS),), ("assess", "@h.dat", "--on", ON), output="result.csv")
    yield Case("assess-no-suffix", (("h", HOUSEHOLDS),), ("assess", "@h", "--on", ON), output="result.csv")
    yield Case("assess-tsv-garbage", (("h.tsv", garbage()),), ("assess", "@h.tsv", "--on", ON), output="result.csv")
    yield Case(
        "assess-bad-date", (("h.csv", HOUSEHOLDS),), ("assess", "@h.csv", "--on", "2000-02-30"), output="result.csv"
    )
    yield Case(
        "assess-date-garbage",
        (("h.csv", HOUSEHOLDS),),
        ("assess", "@h.csv", "--on", "2000-01-01 garbage"),
        output="result.csv",
    )
    yield Case(
        "assess-date-outside-law",
        (("h.csv", HOUSEHOLDS),),
        ("assess", "@h.csv", "--on", "1900-01-01"),
        output="result.csv",
    )
    yield Case("assess-output-unknown-format", (("h.csv", HOUSEHOLDS),), ASSESS, output="result.txt")
    yield Case("assess-output-in-missing-directory", (("h.csv", HOUSEHOLDS),), ASSESS, output="no/such/dir/result.csv")
    yield Case("assess-output-is-a-directory", (("h.csv", HOUSEHOLDS),), (*ASSESS, "-o", "@out"))


def _members_cases() -> Iterator[Case]:
    def case(name: str, data: Content, output: str = "result.csv") -> Case:
        return Case(f"assess-members-{name}", (("h.csv", HOUSEHOLDS), ("m.csv", data)), WITH_MEMBERS, output=output)

    yield case("zero-bytes", b"")
    yield case("header-only", (MEMBER_HEADER + "\n").encode())
    yield case("binary-garbage", garbage(seed=7))
    yield case("missing-household-id", MEMBERS.replace(b"household_id,", b"hid,", 1))
    yield case("duplicated-header", MEMBERS.replace(b"member_id", b"household_id", 1))
    yield case("birth-date-2000-02-30", member_with("birth_date", "2000-02-30"))
    yield case("birth-date-trailing-garbage", member_with("birth_date", "2000-01-01 garbage"))
    yield case("birth-date-year-0", member_with("birth_date", "0000-01-01"))
    yield case("birth-date-year-99999", member_with("birth_date", "99999-01-01"))
    yield case("birth-date-negative", member_with("birth_date", "-2000-01-01"))
    yield case("birth-date-future", member_with("birth_date", "2999-12-31"))
    yield case("birth-date-datetime", member_with("birth_date", "2000-01-01T25:61:00"))
    yield case("birth-date-formula", member_with("birth_date", "=TODAY()"))
    yield case("orphan", lines(MEMBER_HEADER, (*MEMBER_ROWS, MEMBER_ROWS[0].replace("BD-25741-0001", "NOBODY", 1))))
    yield case("out-of-order", lines(MEMBER_HEADER, MEMBER_ROWS[::-1]))
    yield case("too-many-cells", lines(MEMBER_HEADER, (*MEMBER_ROWS, MEMBER_ROWS[0] + ",x,y")))
    yield case("unterminated-quote", lines(MEMBER_HEADER, (*MEMBER_ROWS, '"BD-25741-0001,x')))
    yield case("bad-choices", member_with("education", "phd") + member_with("sex", "other", 1)[len(MEMBER_HEADER) :])
    yield case(
        "1500-members", lambda: lines(MEMBER_HEADER, [f"BD-25741-0001,M{k},1990-01-01" + "," * 12 for k in range(1500)])
    )
    yield case("invalid-utf8", MEMBERS.replace(b"female", b"f\xe9male", 1))
    yield case("nul-bytes", MEMBERS.replace(b"female", b"fe\0male", 1))
    yield Case(
        "assess-members-directory", (("h.csv", HOUSEHOLDS), ("m.csv", DIRECTORY)), WITH_MEMBERS, output="result.csv"
    )
    yield Case("assess-members-nonexistent", (("h.csv", HOUSEHOLDS),), WITH_MEMBERS, output="result.csv")
    yield Case(
        "assess-members-with-json",
        (("h.json", HOUSEHOLDS_JSON), ("m.csv", MEMBERS)),
        ("assess", "@h.json", "--members", "@m.csv", "--on", ON),
        output="result.json",
    )


def deep(levels: int, opening: str = "[") -> bytes:
    return (opening * levels).encode()


def _json_documents(*, single: bool = False) -> Iterator[tuple[str, Content]]:
    """Malformed JSON documents of households: a list of households (``assess``), or one household (``explain``)."""
    good = ONE_JSON if single else HOUSEHOLDS_JSON

    def document(*households: object) -> bytes:
        return json.dumps(households[0] if single else list(households), ensure_ascii=False).encode()

    first = HOUSEHOLD_OBJECTS[0]
    yield "zero-bytes", b""
    yield "whitespace", b" \n\t "
    yield "truncated", truncated(good)
    yield "binary-garbage", garbage(seed=3)
    yield "nul-bytes", replaced(good, b'"HH-1"', b'"HH\x00-1"')
    yield "raw-nul-outside-string", good[:1] + b"\0" + good[1:]
    yield "invalid-utf8", replaced(good, b'"HH-1"', b'"HH\xff-1"')
    yield "utf16-bom", b"\xff\xfe" + good.decode().encode("utf-16-le")
    yield "utf8-bom", b"\xef\xbb\xbf" + good
    yield "lone-surrogate-value", replaced(good, b'"HH-1"', b'"\\ud800"')
    yield "lone-surrogate-key", replaced(good, b'"area"', b'"\\udfff"')
    yield "huge-exponent", replaced(good, b"35.5", b"1e99999999")
    yield "tiny-exponent", replaced(good, b"35.5", b"2.5e-40")
    yield "digits-4301", replaced(good, b"1350000", DIGITS_4301.encode())
    yield "deep-arrays-100000", deep(100_000)
    yield "deep-objects-100000", b'{"a":' * 100_000
    yield "deep-in-a-field", replaced(good, b"35.5", b"[" * 70 + b"1" + b"]" * 70)
    yield "duplicate-keys", replaced(good, b'"area": "rural",', b'"area": "rural", "area": "urban",')
    yield "id-integer", replaced(good, b'"HH-1"', b"12")
    yield "id-list", replaced(good, b'"HH-1"', b'["a"]')
    yield "members-dict", document(first | {"members": dict(enumerate(first["members"]))})  # type: ignore[arg-type]
    yield "members-string", document(first | {"members": "x"})
    yield "members-of-scalars", document(first | {"members": [1, None, "x", []]})
    yield "members-1000001-empty", lambda: _many_members(1_000_001, single=single)
    yield "members-1001", lambda: _many_members(1001, single=single)
    yield "top-level-number", b"12"
    yield "top-level-string", b'"households"'
    yield "top-level-null", b"null"
    yield "households-not-a-list", b'{"households": 5}'
    yield "list-of-scalars", b'[null, 1, "x", true, [], 1.5]'
    yield "nan-infinity", replaced(good, b"35.5", b"NaN").replace(b"1350000", b"Infinity", 1)
    yield (
        "wrong-types",
        document(
            {"id": "A", "area": 5},
            {"id": "B", "income_per_capita_monthly_vnd": "abc"},
            {"id": "C", "income_per_capita_monthly_vnd": True},
            {"id": "D", "income_per_capita_monthly_vnd": 1.5},
            {"id": "E", "dwelling": [1, 2]},
            {"id": "F", "size": -3},
            {"id": "G", "deprived": "water"},
            {"id": "H", "members": [{"birth_date": 20000101}]},
        ),
    )
    yield "unknown-keys", replaced(good, b'"area": "rural",', b'"area": "rural", "nickname": "x", "__class__": {},')
    yield (
        "bad-dates",
        document(
            {"id": "A", "area": "rural", "members": [{"birth_date": "2000-02-30"}]},
            {"id": "B", "area": "rural", "members": [{"birth_date": "2000-01-01 garbage"}]},
            {"id": "C", "area": "rural", "members": [{"birth_date": "99999-01-01"}]},
        ),
    )
    yield (
        "negative-and-zero",
        document(first | {"size": 0, "income_yearly_vnd": -1, "dwelling": {"floor_area_m2": "-1/0"}}),
    )
    yield "long-string-1mb", replaced(good, b'"HH-1"', json.dumps(BIG_CELL).encode())
    yield "trailing-garbage", good + b" {}"
    yield "comment", b"// households\n" + good
    yield "single-quotes", good.replace(b'"', b"'")


def _many_members(count: int, *, single: bool) -> bytes:
    household = b'{"id": "HH-1", "area": "rural", "members": [' + b",".join([b"{}"] * count) + b"]}"
    return household if single else b"[" + household + b"]"


def _json_cases() -> Iterator[Case]:
    for name, data in _json_documents():
        yield Case(f"assess-json-{name}", (("h.json", data),), ("assess", "@h.json", "--on", ON), output="result.json")
    yield Case(
        "assess-json-directory", (("h.json", DIRECTORY),), ("assess", "@h.json", "--on", ON), output="result.json"
    )
    yield Case("assess-json-nonexistent", (), ("assess", "@h.json", "--on", ON), output="result.json")
    yield Case(
        "assess-json-to-csv",
        (("h.json", truncated(HOUSEHOLDS_JSON)),),
        ("assess", "@h.json", "--on", ON),
        output="result.csv",
    )


def _jsonl_cases() -> Iterator[Case]:
    first = JSONL.split(b"\n", 1)[0]
    documents: list[tuple[str, Content]] = [
        ("zero-bytes", b""),
        ("blank-lines", b"\n\n \n"),
        ("not-objects", b"[1, 2]\n[3]\n"),
        ("truncated", JSONL[:-20]),
        ("binary-garbage", garbage(seed=11)),
        (
            "mixed-types",
            first
            + b'\n{"household_id": "X", "income_per_capita_monthly_vnd": "abc"}\n{"household_id": "Y", "income_per_capita_monthly_vnd": [1]}\n',
        ),
        ("nested-objects", b'{"household_id": {"a": 1}, "area": {"b": [1, 2]}}\n'),
        ("huge-exponent", first.replace(b'"45"', b"1e99999999") + b"\n"),
        ("digits-4301", b'{"household_id": "X", "income_per_capita_monthly_vnd": ' + DIGITS_4301.encode() + b"}\n"),
        ("deep-nesting", b'{"household_id": ' + deep(100_000) + b"\n"),
        ("lone-surrogate", b'{"household_id": "\\ud800"}\n'),
        ("duplicate-keys", b'{"household_id": "X", "household_id": "Y"}\n'),
        ("invalid-utf8", b'{"household_id": "X\xff"}\n'),
        ("id-integer", b'{"household_id": 12, "area": "rural"}\n'),
        ("id-null", b'{"household_id": null, "area": "rural"}\n'),
        ("unknown-column", b'{"household_id": "X", "nickname": "y"}\n'),
        ("no-household-id", b'{"area": "rural"}\n'),
        ("bool-and-float", b'{"household_id": "X", "size": true, "floor_area_m2": 1.5, "income_yearly_vnd": -1e3}\n'),
        ("nan", b'{"household_id": "X", "floor_area_m2": NaN}\n'),
        ("utf16", b"\xff\xfe" + JSONL.decode().encode("utf-16-le")),
        # after the first 1,000 lines, which the header is read from: only Arrow's reader sees these
        (
            "late-deep-arrays",
            lambda: after_1000_lines(b'{"household_id": "X", "zz": ' + deep(100_000) + b"]" * 100_000 + b"}"),
        ),
        (
            "late-deep-objects",
            lambda: after_1000_lines(b'{"household_id": "X", "zz": ' + b'{"a":' * 100_000 + b"1" + b"}" * 100_001),
        ),
        ("late-huge-exponent", lambda: after_1000_lines(b'{"household_id": "X", "floor_area_m2": 1e99999999}')),
        ("late-digits-4301", lambda: after_1000_lines(b'{"household_id": "X", "size": ' + DIGITS_4301.encode() + b"}")),
        ("late-lone-surrogate", lambda: after_1000_lines(b'{"household_id": "\\ud800"}')),
        ("late-duplicate-keys", lambda: after_1000_lines(b'{"household_id": "X", "household_id": "Y"}')),
        ("late-unknown-column", lambda: after_1000_lines(b'{"household_id": "X", "nickname": "y"}')),
        ("late-invalid-utf8", lambda: after_1000_lines(b'{"household_id": "X\xff"}')),
        ("late-not-an-object", lambda: after_1000_lines(b"[1, 2, 3]")),
    ]
    for name, data in documents:
        yield Case(
            f"assess-jsonl-{name}", (("h.jsonl", data),), ("assess", "@h.jsonl", "--on", ON), output="result.jsonl"
        )


def after_1000_lines(line: bytes) -> bytes:
    """JSON Lines of 1,000 good rows, then ``line``."""
    rows = b"".join(
        b'{"household_id": "H%d", "area": "rural", "income_per_capita_monthly_vnd": 1000000}\n' % k for k in range(1000)
    )
    return rows + line + b"\n"


def damaged(make: Callable[[], bytes], start: int, end: int) -> Callable[[], bytes]:
    """The bytes of ``make()`` with those from ``start`` to ``end`` scrambled (a file's footer kept: its last 8 bytes)."""

    def scramble() -> bytes:
        data = bytearray(make())
        for k in range(start, min(end, len(data) - 8)):
            data[k] = (data[k] * 7 + 13) & 0xFF
        return bytes(data)

    return scramble


def deep_parquet(levels: int) -> Callable[[], bytes]:
    def make() -> bytes:
        import pyarrow as pa  # noqa: PLC0415 - only when a case is written

        kind: object = pa.int64()
        value: object = 1
        for _ in range(levels):
            kind, value = pa.list_(kind), [value]
        return parquet({"household_id": pa.array(["A"]), "zz": pa.array([value], type=kind)})()

    return make


def _parquet_cases() -> Iterator[Case]:
    def lazy(make: Callable[[], dict[str, object]]) -> Callable[[], bytes]:
        def build() -> bytes:
            return parquet(make())()

        return build

    def arrow_columns() -> dict[str, object]:
        import pyarrow as pa  # noqa: PLC0415

        return {
            "household_id": pa.array([{"a": 1}, {"a": 2}]),
            "area": pa.array([["rural"], ["urban", "x"]]),
            "floor_area_m2": pa.array([b"\xff", b"1"]),
            "size": pa.array([1.5, float("nan")]),
        }

    def dates() -> dict[str, object]:
        import datetime as dt  # noqa: PLC0415

        return {"household_id": ["A", "B"], "birth_date": [dt.date(1, 1, 1), dt.date(9999, 12, 31)]}

    documents: list[tuple[str, Content]] = [
        ("zero-bytes", b""),
        ("magic-only", b"PAR1"),
        ("magic-twice", b"PAR1PAR1"),
        ("binary-garbage", garbage(seed=5)),
        ("truncated", truncated(good_parquet, 0.8)),
        ("footer-only", lambda: good_parquet()[-64:]),
        ("id-integers", parquet({"household_id": [1, 2], "income_per_capita_monthly_vnd": [1, 2]})),
        ("nested-types", lazy(arrow_columns)),
        ("zero-rows", parquet({"household_id": [], "area": []})),
        ("no-household-id", parquet({"area": ["rural"]})),
        ("huge-integers", parquet({"household_id": ["A"], "income_per_capita_monthly_vnd": [2**63 - 1]})),
        (
            "nan-and-negative",
            parquet({"household_id": ["A", "B"], "floor_area_m2": [float("nan"), -1.0], "size": [-1, 0]}),
        ),
        ("null-ids", parquet({"household_id": [None, "B"], "area": ["rural", None]})),
        ("strings-digits-4301", parquet({"household_id": ["A"], "income_per_capita_monthly_vnd": [DIGITS_4301]})),
        ("damaged-pages-10-200", damaged(good_parquet, 10, 200)),
        ("damaged-pages-4-60", damaged(good_parquet, 4, 60)),
        ("damaged-pages-100-400", damaged(good_parquet, 100, 400)),
        ("damaged-all-but-footer", damaged(good_parquet, 4, 4349)),  # the good file is about 4,650 bytes
        ("schema-nested-200-deep", deep_parquet(200)),
    ]
    for name, data in documents:
        yield Case(
            f"assess-parquet-{name}",
            (("h.parquet", data),),
            ("assess", "@h.parquet", "--on", ON),
            output="result.parquet",
        )
    yield Case(
        "assess-parquet-member-dates",
        (("h.parquet", good_parquet), ("m.parquet", lazy(dates))),
        ("assess", "@h.parquet", "--members", "@m.parquet", "--on", ON),
        output="result.parquet",
    )


def _xlsx_cases() -> Iterator[Case]:
    header = HOUSEHOLD_HEADER.split(",")
    first = HOUSEHOLD_ROWS[0].split(",")

    def dated() -> list[list[object]]:
        import datetime as dt  # noqa: PLC0415

        when = dt.datetime(2000, 2, 28, 13, 5)  # noqa: DTZ001 - a spreadsheet's cell has no time zone
        return [list(header), [when, dt.date(1900, 1, 1), True, 1.5, -3, 1e308, *first[6:]]]

    documents: list[tuple[str, Content]] = [
        ("zero-bytes", b""),
        ("binary-garbage", garbage(seed=9)),
        ("zip-not-xlsx", b"PK\x05\x06" + b"\0" * 18),
        ("truncated", truncated(good_xlsx, 0.6)),
        ("csv-renamed", HOUSEHOLDS),
        ("empty-sheet", xlsx([])),
        ("header-only", xlsx([header])),
        ("formulas", xlsx([header, ["=SUM(A1)", "=1/0", *first[2:]]])),
        ("formulas-as-text", xlsx([header, ["=SUM(A1)", "+cmd", *first[2:]]], strings=True)),
        ("numbers-dates-booleans", lambda: xlsx(dated())()),  # noqa: PLW0108 - dated() needs datetime, imported late
        ("numeric-id", xlsx([header, [12, *first[1:]], [1e20, *first[1:]]])),
        ("error-cells", xlsx([header, ["#DIV/0!", "#N/A", *first[2:]]])),
        ("missing-household-id", xlsx([["area", "commune"], ["rural", "25741"]])),
        ("duplicated-header", xlsx([["household_id", "household_id"], ["A", "B"]])),
        ("long-cell", xlsx([header, [*first[:2], "x" * 32_000, *first[3:]]])),  # the commune (see long ids, KNOWN)
        ("sheet-not-xml", zip_part(good_xlsx, "xl/worksheets/sheet1.xml", b"<garbage")),
        ("sheet-missing", zip_part(good_xlsx, "xl/worksheets/sheet1.xml", None)),
        ("sheet-deep-xml", zip_part(good_xlsx, "xl/worksheets/sheet1.xml", b"<a>" * 100_000)),
        ("sheet-entities", zip_part(good_xlsx, "xl/worksheets/sheet1.xml", ENTITIES)),
        ("workbook-not-xml", zip_part(good_xlsx, "xl/workbook.xml", b"\0\1")),
        ("styles-not-xml", zip_part(good_xlsx, "xl/styles.xml", b"<a>")),
        ("content-types-missing", zip_part(good_xlsx, "[Content_Types].xml", None)),
        ("last-cell-far", far_cell_xlsx),
    ]
    for name, data in documents:
        yield Case(f"assess-xlsx-{name}", (("h.xlsx", data),), ("assess", "@h.xlsx", "--on", ON), output="result.xlsx")


def _toml_documents() -> Iterator[tuple[str, Content]]:
    good = STANDARD_TOML
    yield "zero-bytes", b""
    yield "truncated", truncated(good)
    yield "binary-garbage", garbage(seed=13)
    yield "nul-bytes", replaced(good, b"format = ", b"format\0 = ")
    yield "invalid-utf8", replaced(good, "Bình".encode(), b"B\xecnh")
    yield "utf16", b"\xff\xfe" + good.decode().encode("utf-16-le")
    yield "syntax-error", replaced(good, b"version = 1", b"version = = 1")
    yield "unterminated-string", replaced(good, b'id = "74-2022', b'id = "74-2022\n')
    yield "duplicate-key", replaced(good, b"version = 1\n", b"version = 1\nversion = 1\n")
    yield "wrong-type-money", toml_set("rural_vnd", '"two million"')
    yield "float-money", toml_set("rural_vnd", "2000000.5")
    yield "wrong-type-version", toml_set("version", '"1"')
    yield "unknown-version", toml_set("version", "99")
    yield "unknown-format", toml_set("format", '"giamngheo.policies"')
    yield "unknown-key", replaced(good, b"version = 1\n", b"version = 1\nvershun = 2\n")
    yield "huge-integer", toml_set("rural_vnd", "1_000_000_000_000_001")
    yield "digits-4301", toml_set("rural_vnd", DIGITS_4301)
    yield "huge-exponent-float", toml_set("rural_vnd", "1e99999999")
    yield "negative-money", toml_set("rural_vnd", "-1")
    yield "bad-date", replaced(good, b"start = 2022-01-01", b"start = 2022-02-30")
    yield "date-with-garbage", replaced(good, b"start = 2022-01-01", b'start = "2022-01-01 garbage"')
    yield "window-reversed", replaced(good, b"last_day = 2025-12-31", b"last_day = 2021-12-31")
    yield "deep-arrays", replaced(good, b"version = 1\n", b"version = 1\ndeep = " + b"[" * 5000 + b"]" * 5000 + b"\n")
    yield (
        "deep-inline-tables",
        replaced(good, b"version = 1\n", b"version = 1\ndeep = " + b"{a = " * 2000 + b"1" + b"}" * 2000 + b"\n"),
    )
    yield "band-a-string", replaced(good, b"[[band]]", b"band = 'x'\n[[bandx]]")
    yield "unknown-based-on", toml_set("based_on", '"vn-1900"')
    yield "cutoff-huge", toml_set("deprivation_cutoff", DIGITS_4301)
    yield "long-string-1mb", toml_set("id", json.dumps(BIG_CELL))
    yield "unknown-citation", toml_set("citation", '"nowhere"')
    yield "lone-surrogate-escape", toml_set("id", '"\\ud800"')


def _json_standard_documents() -> Iterator[tuple[str, Content]]:
    yield "zero-bytes", b""
    yield "garbage", garbage(seed=17)
    yield "truncated", truncated(standard_json)
    yield "lone-surrogate", lambda: replaced(standard_json(), b'"74-2022-2025-draft-option-1"', b'"\\ud800"')
    yield "deep-nesting", deep(100_000)
    yield "duplicate-keys", lambda: replaced(standard_json(), b'"version": 1,', b'"version": 1, "version": 1,')
    yield "huge-exponent", lambda: re.sub(rb'"rural_vnd": \d+', b'"rural_vnd": 1e99999999', standard_json(), count=1)
    yield (
        "digits-4301",
        lambda: re.sub(rb'"rural_vnd": \d+', b'"rural_vnd": ' + DIGITS_4301.encode(), standard_json(), count=1),
    )
    yield "list", b"[1, 2]"
    yield "wrong-types", lambda: replaced(standard_json(), b'"version": 1', b'"version": [1]')


def _standard_cases() -> Iterator[Case]:
    for name, data in _toml_documents():
        yield Case(
            f"assess-standard-toml-{name}",
            (("h.csv", HOUSEHOLDS), ("s.toml", data)),
            (*ASSESS, "--standard", "@s.toml"),
            output="result.csv",
        )
    for name, data in _json_standard_documents():
        yield Case(
            f"assess-standard-json-{name}",
            (("h.csv", HOUSEHOLDS), ("s.json", data)),
            (*ASSESS, "--standard", "@s.json"),
            output="result.csv",
        )
    yield Case(
        "assess-standard-directory", (("h.csv", HOUSEHOLDS), ("s.toml", DIRECTORY)), (*ASSESS, "--standard", "@s.toml")
    )
    yield Case("assess-standard-nonexistent", (("h.csv", HOUSEHOLDS),), (*ASSESS, "--standard", "@s.toml"))
    yield Case("assess-standard-unknown-code", (("h.csv", HOUSEHOLDS),), (*ASSESS, "--standard", "99"))
    yield Case("assess-jurisdiction-garbage", (("h.csv", HOUSEHOLDS),), (*ASSESS, "--jurisdiction", "../../etc/passwd"))
    yield Case(
        "assess-json-standard-bad-toml",
        (("h.json", HOUSEHOLDS_JSON), ("s.toml", toml_set("rural_vnd", DIGITS_4301))),
        ("assess", "@h.json", "--on", ON, "--standard", "@s.toml"),
        output="result.json",
    )


def _compare_cases() -> Iterator[Case]:
    compare = ("compare", "@h.csv", "--members", "@m.csv", "--on", ON)
    register = (("h.csv", HOUSEHOLDS), ("m.csv", MEMBERS))
    picks = dict(_toml_documents())
    for name in ("syntax-error", "digits-4301", "deep-arrays", "binary-garbage", "wrong-type-money"):
        yield Case(
            f"compare-other-toml-{name}",
            (*register, ("s.toml", picks[name])),
            (*compare, "--other", "@s.toml"),
            output="moves.csv",
        )
    yield Case(
        "compare-base-json-lone-surrogate",
        (*register, ("s.json", dict(_json_standard_documents())["lone-surrogate"])),
        (*compare, "--other", "VN", "--base", "@s.json"),
        output="moves.csv",
    )
    yield Case("compare-other-nonexistent", register, (*compare, "--other", "@s.toml"), output="moves.csv")
    yield Case("compare-other-unknown-code", register, (*compare, "--other", "no-such-code"), output="moves.csv")
    yield Case(
        "compare-households-garbage",
        (("h.csv", garbage(seed=21)), ("s.toml", STANDARD_TOML)),
        ("compare", "@h.csv", "--on", ON, "--other", "@s.toml"),
        output="moves.csv",
    )
    yield Case(
        "compare-members-bad-dates",
        (("h.csv", HOUSEHOLDS), ("m.csv", member_with("birth_date", "2000-02-30")), ("s.toml", STANDARD_TOML)),
        (*compare, "--other", "@s.toml"),
        output="moves.csv",
    )
    for name in ("truncated", "lone-surrogate-value", "members-dict", "list-of-scalars", "id-integer"):
        yield Case(
            f"compare-json-{name}",
            (("h.json", dict(_json_documents())[name]), ("s.toml", STANDARD_TOML)),
            ("compare", "@h.json", "--on", ON, "--other", "@s.toml"),
            output="moves.csv",
        )


def _entitlements_cases() -> Iterator[Case]:
    command = ("entitlements", "@h.csv", "--members", "@m.csv", "--on", ON)
    yield Case(
        "entitlements-households-garbage", (("h.csv", garbage(seed=23)), ("m.csv", MEMBERS)), command, output="e.csv"
    )
    yield Case(
        "entitlements-members-bad-date",
        (("h.csv", HOUSEHOLDS), ("m.csv", member_with("birth_date", "2000-01-01 garbage"))),
        command,
        output="e.csv",
    )
    yield Case("entitlements-members-zero-bytes", (("h.csv", HOUSEHOLDS), ("m.csv", b"")), command, output="e.csv")
    yield Case(
        "entitlements-households-digits-4301",
        (("h.csv", households_csv(row_with("income_yearly_vnd", DIGITS_4301))), ("m.csv", MEMBERS)),
        command,
        output="e.csv",
    )
    yield Case(
        "entitlements-standard-bad-toml",
        (("h.csv", HOUSEHOLDS), ("m.csv", MEMBERS), ("s.toml", dict(_toml_documents())["huge-exponent-float"])),
        (*command, "--standard", "@s.toml"),
        output="e.csv",
    )
    yield Case(
        "entitlements-jurisdiction-garbage",
        (("h.csv", HOUSEHOLDS), ("m.csv", MEMBERS)),
        (*command, "--jurisdiction", "\u202e79"),
        output="e.csv",
    )
    yield Case(
        "entitlements-jsonl-nested",
        (("h.jsonl", b'{"household_id": {"a": 1}}\n'),),
        ("entitlements", "@h.jsonl", "--on", ON),
        output="e.jsonl",
    )
    yield Case(
        "entitlements-xlsx-garbage",
        (("h.xlsx", garbage(seed=29)),),
        ("entitlements", "@h.xlsx", "--on", ON),
        output="e.xlsx",
    )


def _explain_cases() -> Iterator[Case]:
    picks = (
        "zero-bytes", "truncated", "binary-garbage", "invalid-utf8", "utf16-bom", "lone-surrogate-value",
        "huge-exponent", "digits-4301", "deep-arrays-100000", "duplicate-keys", "id-integer", "members-dict",
        "members-of-scalars", "members-1000001-empty", "top-level-number", "trailing-garbage", "nul-bytes",
        "negative-and-zero",
    )  # fmt: skip
    documents = dict(_json_documents(single=True))
    for name in picks:
        yield Case(
            f"explain-json-{name}",
            (("one.json", documents[name]),),
            ("explain", "--household", "@one.json", "--on", ON),
        )
    yield Case(
        "explain-json-a-list", (("one.json", HOUSEHOLDS_JSON),), ("explain", "--household", "@one.json", "--on", ON)
    )
    yield Case(
        "explain-json-directory", (("one.json", DIRECTORY),), ("explain", "--household", "@one.json", "--on", ON)
    )
    yield Case("explain-json-nonexistent", (), ("explain", "--household", "@one.json", "--on", ON))
    yield Case(
        "explain-register-no-such-id",
        (("h.csv", HOUSEHOLDS), ("m.csv", MEMBERS)),
        ("explain", "--household", "@h.csv", "--members", "@m.csv", "--id", "nobody\u202e", "--on", ON),
    )
    yield Case(
        "explain-register-bad-row",
        (("h.csv", households_csv(row_with("floor_area_m2", "1e99999999"))),),
        ("explain", "--household", "@h.csv", "--id", "BD-25741-0001", "--on", ON),
    )
    yield Case(
        "explain-register-garbage",
        (("h.csv", garbage(seed=31)),),
        ("explain", "--household", "@h.csv", "--id", "x", "--on", ON),
    )
    yield Case(
        "explain-register-parquet-truncated",
        (("h.parquet", truncated(good_parquet, 0.7)),),
        ("explain", "--household", "@h.parquet", "--id", "BD-25741-0001", "--on", ON),
    )
    yield Case("explain-flags-huge-income", (), ("explain", "--area", "rural", "--income", DIGITS_4301, "--on", ON))
    yield Case(
        "explain-flags-income-4000-digits", (), ("explain", "--area", "rural", "--income", "9" * 4000, "--on", ON)
    )
    yield Case(
        "explain-flags-size-4000-digits",
        (),
        ("explain", "--area", "rural", "--income-yearly", "9" * 4000, "--size", "9" * 4000, "--on", ON),
    )
    yield Case(
        "explain-flags-negative-size",
        (),
        ("explain", "--area", "rural", "--income-yearly", "1", "--size", "-1", "--on", ON),
    )
    yield Case(
        "explain-flags-size-zero", (), ("explain", "--area", "rural", "--income-yearly", "1", "--size", "0", "--on", ON)
    )
    yield Case(
        "explain-flags-deprived-garbage",
        (),
        ("explain", "--area", "urban", "--income", "1", "--deprived", ";;\u200b;x" * 50, "--on", ON),
    )


def _score_cases() -> Iterator[Case]:
    base = ("score", "--area", "rural", "--on", "2024-10-01")
    yield Case("score-huge-exponent", (), (*base, "--income-score", "1e99999999", "--deprivation-score", "10"))
    yield Case("score-digits-4301", (), (*base, "--income-score", DIGITS_4301, "--deprivation-score", "10"))
    yield Case("score-fraction-over-zero", (), (*base, "--income-score", "1/0", "--deprivation-score", "10"))
    yield Case(
        "score-huge-fraction",
        (),
        (*base, "--income-score", f"{DIGITS_4301}/{DIGITS_4301[:-1]}", "--deprivation-score", "1"),
    )
    yield Case("score-negative", (), (*base, "--income-score", "-5", "--deprivation-score", "-1"))
    yield Case("score-nan", (), (*base, "--income-score", "nan", "--deprivation-score", "inf"))
    yield Case("score-unknown-deprived", (), (*base, "--income-score", "100", "--deprived", "water;;nothing;" * 100))
    yield Case(
        "score-bad-date",
        (),
        ("score", "--area", "rural", "--on", "2000-02-30", "--income-score", "1", "--deprivation-score", "1"),
    )
    yield Case(
        "score-outside-law",
        (),
        ("score", "--area", "rural", "--on", "1000-01-01", "--income-score", "1", "--deprivation-score", "1"),
    )


def _report_cases() -> Iterator[Case]:
    def case(
        name: str,
        current: Content = CURRENT,
        previous: Content = PREVIOUS,
        totals: Content = TOTALS,
        output: str = "report.xlsx",
    ) -> Case:
        files = (("current.csv", current), ("previous.csv", previous), ("totals.csv", totals))
        argv = (
            "report",
            "@current.csv",
            "--previous",
            "@previous.csv",
            "--households-total",
            "@totals.csv",
            "--year",
            "2024",
        )
        return Case(f"report-{name}", files, argv, output=output)

    yield case("current-zero-bytes", current=b"")
    yield case("current-header-only", current=CURRENT.split(b"\n", 1)[0] + b"\n")
    yield case("current-binary-garbage", current=garbage(seed=37))
    yield case("current-invalid-utf8", current=CURRENT.replace(b"A1", b"A\xff1", 1))
    yield case("current-utf16", current=b"\xff\xfe" + CURRENT.decode().encode("utf-16-le"))
    yield case("current-nul-bytes", current=CURRENT.replace(b"A1", b"A\x001"))
    yield case("current-too-many-cells", current=CURRENT + b"C1,poor,1,25741,,,,,x,y\n")
    yield case("current-unterminated-quote", current=CURRENT + b'C1,"poor,1,25741,,,,\n')
    yield case("current-duplicated-header", current=CURRENT.replace(b"deprived", b"status", 1))
    yield case("current-missing-column", current=CURRENT.replace(b"persons", b"people", 1))
    yield case("current-semicolons", current=CURRENT.replace(b",", b";"))
    yield case(
        "current-digits-4301-persons", current=CURRENT.replace(b"A1,poor,5", b"A1,poor," + DIGITS_4301.encode(), 1)
    )
    yield case("current-negative-persons", current=CURRENT.replace(b"A1,poor,5", b"A1,poor,-5", 1))
    yield case("current-formulas", current=CURRENT.replace(b"A1,poor", b"=SUM(A1),poor", 1))
    yield case(
        "current-unknown-values",
        current=CURRENT.replace(b"A1,poor", b"A1,rich", 1).replace(b"ethnic_minority", b"aliens", 1),
    )
    yield case("current-long-cell", current=CURRENT.replace(b"A1,poor", BIG_CELL.encode() + b",poor", 1))
    yield case("current-cr-line-ends", current=CURRENT.replace(b"\n", b"\r"))
    yield case("previous-zero-bytes", previous=b"")
    yield case("previous-garbage", previous=garbage(seed=41))
    yield case("previous-bad-departure", previous=PREVIOUS.replace(b"moved_away", b'=HYPERLINK("x")'))
    yield case("totals-digits-4301", totals=TOTALS.replace(b"100", DIGITS_4301.encode()))
    yield case("totals-negative", totals=TOTALS.replace(b"100", b"-100"))
    yield case("totals-duplicate-unit", totals=TOTALS + b"25741,5\n")
    yield case("totals-directory", totals=DIRECTORY)
    yield case("current-to-directory", current=CURRENT.replace(b"A1,poor", b"A1,poorest", 1), output="tables")
    yield case("good-to-csv-file", output="report.csv")
    yield case("good-to-directory", output="tables")
    yield Case("report-current-nonexistent", (), ("report", "@current.csv", "--year", "2024"), output="report.xlsx")
    yield Case(
        "report-current-directory",
        (("current.csv", DIRECTORY),),
        ("report", "@current.csv", "--year", "2024"),
        output="report.xlsx",
    )
    yield Case(
        "report-unknown-standard",
        (("current.csv", CURRENT),),
        ("report", "@current.csv", "--standard", "\x7fx"),
        output="report.xlsx",
    )
    yield Case(
        "report-year-huge",
        (("current.csv", CURRENT),),
        ("report", "@current.csv", "--year", "99999"),
        output="report.xlsx",
    )


def _other_command_cases() -> Iterator[Case]:
    yield Case("calendar-year-0000", (), ("calendar", "0000"))
    yield Case("calendar-year-9999", (), ("calendar", "9999"))
    yield Case("calendar-year-digits", (), ("calendar", DIGITS_4301))
    yield Case("calendar-bad-holiday", (), ("calendar", "2024", "--holidays", "2024-02-30,2000-01-01 garbage"))
    yield Case("standards-jurisdiction-garbage", (), ("standards", "--jurisdiction", "../../etc/passwd"))
    yield Case("standards-on-9999", (), ("standards", "--on", "9999-12-31"))
    yield Case("standards-on-0001", (), ("standards", "--on", "0001-01-01"))
    yield Case("sources-jurisdiction-garbage", (), ("sources", "--jurisdiction", "\u202e"))
    yield Case("demo-on-9999", (), ("demo", "--on", "9999-12-31"))
    yield Case("no-command", (), ())
    yield Case("unknown-command", (), ("frobnicate",))
    yield Case("unknown-option", (("h.csv", HOUSEHOLDS),), (*ASSESS, "--frobnicate"))


def _output_is_input_cases() -> Iterator[Case]:
    """An output that is an input, by its path or through a link: refused (exit 1), the input unchanged."""
    refused = frozenset({1})
    files = (("h.csv", HOUSEHOLDS), ("m.csv", MEMBERS))
    yield Case("same-output-path", files, (*WITH_MEMBERS, "-o", "@h.csv"), statuses=refused)
    yield Case("same-output-members", files, (*WITH_MEMBERS, "-o", "@m.csv"), statuses=refused)
    yield Case(
        "same-output-hard-link",
        files,
        (*WITH_MEMBERS, "-o", "@hard.csv"),
        links=(("hard.csv", "hard", "@h.csv"),),
        statuses=refused,
    )
    yield Case(
        "same-output-symbolic-link",
        files,
        (*WITH_MEMBERS, "-o", "@sym.csv"),
        links=(("sym.csv", "symbolic", "@m.csv"),),
        statuses=refused,
    )
    yield Case("same-output-dotted-path", files, (*WITH_MEMBERS, "-o", "@out/../h.csv"), statuses=refused)
    yield Case(
        "same-output-json",
        (("h.json", HOUSEHOLDS_JSON),),
        ("assess", "@h.json", "--on", ON, "-o", "@h.json"),
        statuses=refused,
    )
    yield Case(
        "same-output-json-symbolic-link",
        (("h.json", HOUSEHOLDS_JSON),),
        ("assess", "@h.json", "--on", ON, "-o", "@sym.json"),
        links=(("sym.json", "symbolic", "@h.json"),),
        statuses=refused,
    )
    yield Case(
        "same-output-compare-other",
        (("h.json", HOUSEHOLDS_JSON), ("s.json", standard_json)),
        ("compare", "@h.json", "--on", ON, "--other", "@s.json", "-o", "@s.json"),
        statuses=refused,
    )
    yield Case(
        "same-output-entitlements-hard-link",
        files,
        ("entitlements", "@h.csv", "--members", "@m.csv", "--on", ON, "-o", "@hard.csv"),
        links=(("hard.csv", "hard", "@m.csv"),),
        statuses=refused,
    )
    yield Case(
        "same-output-report-xlsx",
        (("current.xlsx", CURRENT),),  # a CSV file named .xlsx: report reads it as CSV
        ("report", "@current.xlsx", "--year", "2024", "-o", "@current.xlsx"),
        statuses=refused,
    )
    yield Case(
        "same-output-report-directory",
        (("results.csv", CURRENT),),
        ("report", "@results.csv", "--year", "2024", "-o", "@."),
        statuses=refused,
    )


def cases() -> list[Case]:
    """Every case of the corpus, in a fixed order; their ids are unique."""
    found = [
        *_households_csv_cases(),
        *_members_cases(),
        *_json_cases(),
        *_jsonl_cases(),
        *_parquet_cases(),
        *_xlsx_cases(),
        *_standard_cases(),
        *_compare_cases(),
        *_entitlements_cases(),
        *_explain_cases(),
        *_score_cases(),
        *_report_cases(),
        *_other_command_cases(),
        *_output_is_input_cases(),
    ]
    ids = [c.id for c in found]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"case ids given twice: {sorted(duplicates)}")
    return found
