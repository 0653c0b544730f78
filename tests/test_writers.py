"""The writers of register results: JSON Lines, built column by column, read back as the cells were."""

from __future__ import annotations

import json

import pytest

pa = pytest.importorskip("pyarrow")

from giamngheo._writers import _JsonLines  # noqa: E402 - after the optional import


def test_json_lines_read_back_as_the_cells_were(tmp_path):
    table = pa.table(
        {
            "household_id": ['a"b', "c\\d", "e\nf", "ǎ\u2028x", None, ""],
            "count": pa.array([1, None, 3, -4, 5, 6], pa.int64()),
            "deprived": ["x;y", "", None, "z", "a;b;c", "q"],
            "flag": pa.array([1, 0, None, 1, 0, 1], pa.int8()),
            "coded": pa.array(["v", "v", None, "w", "\x01", "v"]).dictionary_encode(),
        }
    )
    path = tmp_path / "out.jsonl"
    writer = _JsonLines(path, frozenset({"deprived"}))
    writer.write(table)
    writer.write(table.slice(2, 3))  # a slice: its buffers start past the first row
    writer.close(table.schema)
    lines = path.read_text(encoding="utf-8").split("\n")[:-1]  # not splitlines: U+2028 stays inside a line
    expected = [
        {
            "household_id": hid,
            "count": count,
            "deprived": None if listed is None else ([] if listed == "" else listed.split(";")),
            "flag": flag,
            "coded": coded,
        }
        for hid, count, listed, flag, coded in zip(*(table.column(n).to_pylist() for n in table.column_names), strict=True)
    ]
    assert [json.loads(line) for line in lines] == expected + expected[2:5]
    assert '"count":null' in lines[1]  # an empty cell is null, an integer a number
    assert all(line.startswith('{"household_id":') for line in lines)
