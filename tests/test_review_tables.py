"""Item tables of Phiếu B (``giamngheo.score-table`` files): loading, scoring, and every error naming its key."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from pathlib import Path

import pytest

import giamngheo as gn
from giamngheo import review

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "score_tables" / "fictional-score-a.toml"

HEAD = """format = "giamngheo.score-table"
version = 1
id = "t"
name = { vi = "bảng", en = "table" }
score = "A"
regions = ["urban", "rural"]
source = "test"
"""
ITEM = """
[[item]]
id = "size"
label = { vi = "nhân khẩu", en = "size" }
  [[item.option]]
  id = "small"
  label = { vi = "ít", en = "few" }
  points = { urban = 10, rural = 8 }
"""


def test_example_table_is_marked_fictional_and_user_supplied():
    table = review.load_score_table(EXAMPLE)
    assert (True, gn.Verification.USER) == (table.fictional, table.verification)


SCORES = [
    # (answers, region, total) — hand sums of the example file's points
    ({"household_size": "3-4", "assets": ["motorbike", "fridge"]}, "rural", Fraction(30 + 20 + 15) + Fraction(25, 2)),
    ({"household_size": "1-2"}, "urban", 40 + 40),
    ({"household_size": "5+", "assets": []}, "urban", 40 + 10),
    ({"household_size": "5+", "assets": "motorbike"}, "rural", 30 + 10 + 15),
]


@pytest.mark.parametrize(("answers", "region", "total"), SCORES)
def test_scores_from_the_example(answers, region, total):
    assert total == review.load_score_table(EXAMPLE).score(answers, region=region).total


def test_table_score_feeds_the_classification():
    table = review.load_score_table(EXAMPLE)
    a = table.score({"household_size": "5+"}, region="rural", household="H1")
    s = review.score("rural", a.total, deprived={"water", "health_insurance", "housing_area"}, on=dt.date(2024, 10, 1))
    assert gn.Status.POOR == s.status  # 40 points ≤ 140 with 30 deprivation points
    assert "tổng: 40" in a.explain("vi")


@pytest.mark.parametrize(
    ("answers", "region", "field"),
    [
        ({"household_size": "9"}, "rural", "answers.household_size"),
        ({}, "rural", "answers.household_size"),
        ({"household_size": ["1-2", "3-4"]}, "rural", "answers.household_size"),
        ({"household_size": "1-2", "car": "yes"}, "rural", "answers.car"),
        ({"household_size": "1-2"}, "mountain", "region"),
    ],
)
def test_answer_errors_name_the_item_and_household(answers, region, field):
    with pytest.raises(gn.InvalidInput) as error:
        review.load_score_table(EXAMPLE).score(answers, region=region, household="H9")
    assert (field, "H9") == (error.value.field, error.value.household)


def test_json_tables_are_read_too(tmp_path):
    data = {
        "format": "giamngheo.score-table",
        "version": 1,
        "id": "j",
        "name": {"vi": "b", "en": "t"},
        "score": "B1",
        "regions": ["urban"],
        "source": "test",
        "item": [{"id": "a", "label": {"vi": "a", "en": "a"}, "option": [{"id": "x", "label": {"vi": "x", "en": "x"}, "points": "5/2"}]}],
    }
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert Fraction(5, 2) == review.load_score_table(path).score({"a": "x"}, region="urban").total


BROKEN = [
    # (text, key path, line): HEAD is lines 1-7, ITEM starts with a blank line 8, [[item]] on 9, points on 15
    (HEAD.replace("giamngheo.score-table", "giamngheo.standard") + ITEM, "format", 1),
    (HEAD.replace("version = 1", "version = 2") + ITEM, "version", 2),
    (HEAD, "item", 1),
    (HEAD.replace('regions = ["urban", "rural"]', "regions = []") + ITEM, "regions", 6),
    (HEAD + ITEM.replace("points = { urban = 10, rural = 8 }", "points = { urban = 10 }"), "item[0].option[0].points.rural", 15),
    (HEAD + ITEM.replace("points = { urban = 10, rural = 8 }", "points = true"), "item[0].option[0].points", 15),
    (HEAD + ITEM.replace('id = "small"', 'idd = "small"'), "item[0].option[0].idd", 13),
    (HEAD + ITEM + ITEM, "item[1].id", 18),
]


@pytest.mark.parametrize(("text", "field", "line"), BROKEN)
def test_broken_files_name_key_and_line(text, field, line):
    with pytest.raises(review.ScoreTableError) as error:
        review.load_score_table(text=text)
    assert (field, line) == (error.value.field, error.value.line)


@pytest.mark.parametrize(
    ("answers", "match"),
    [
        ({"household_size": "1-2", "assets": ["motorbike", "motorbike"]}, "given twice"),
        ({"household_size": []}, "unanswered"),
    ],
)
def test_repeated_and_empty_answers_are_refused(answers, match):
    with pytest.raises(gn.InvalidInput, match=match):
        review.load_score_table(EXAMPLE).score(answers, region="rural")
