"""Charts of the measures: deprivation rates, contributions, statuses by unit and M0 by group.

Each function draws one chart, writes it to ``path`` (PNG or SVG, chosen by the suffix) and returns the path.
They need matplotlib, the optional extra ``giamngheo[plots]``, imported only when a chart is drawn. No pyplot
and no GUI backend is used: a chart is a bare :class:`matplotlib.figure.Figure`, drawn by Agg for PNG and by the
SVG backend for SVG, so the functions work without a display and leave the caller's backend and figures alone.

Titles and labels are in Vietnamese (``lang="vi"``, decimal comma) or English (``lang="en"``). The exact fractions
of the measures are turned into floats only to place the bars; the numbers written on the chart are rounded from
the exact values. SVG text is kept as text (not paths), so titles and labels can be searched and edited.

From a register to charts (see ``examples/register_to_mpi.py``)::

    from giamngheo import measure
    from giamngheo.measure import plots

    sample = measure.AFSample.from_batch(result)          # a giamngheo.batch.BatchResult
    r = measure.alkire_foster(sample, measure.national_spec(result.standard))
    plots.deprivation_rates(r, "ty-le-thieu-hut.png", standard=result.standard)
    plots.contributions(r, "dong-gop.svg", standard=result.standard, lang="en")
    plots.status_by_unit(result.counts(by="district"), "phan-loai.png", percent=True)
    plots.m0_by_group(measure.alkire_foster(sample, r.spec, by="district"), "m0-huyen.png")
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from giamngheo._errors import InvalidInput
from giamngheo._model import Standard, Status, Text, check_lang
from giamngheo.measure._alkire_foster import AFResult
from giamngheo.review._export import MissingExtra

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis
    from matplotlib.figure import Figure

__all__ = ["INSTALL_HINT", "STATUS_KEYS", "contributions", "deprivation_rates", "m0_by_group", "status_by_unit"]

#: The install hint of :class:`~giamngheo.review.MissingExtra`.
INSTALL_HINT = 'pip install "giamngheo[plots]"'

#: The keys of :meth:`giamngheo.batch.BatchResult.counts`, in the order they are stacked (poorest first).
STATUS_KEYS = (*(s.value for s in Status), "error")

_FORMATS = {".png": "png", ".svg": "svg"}
_BAR = "#3b6ea5"
# Poor to not poor from dark red to blue (readable with the common colour-vision deficiencies), then greys.
_STATUS_COLOURS = {
    "poor": "#b2182b",
    "near_poor": "#ef8a62",
    "middle": "#fddbc7",
    "not_poor": "#67a9cf",
    "undetermined": "#bdbdbd",
    "error": "#404040",
}
_ERROR_LABEL = Text("lỗi dữ liệu", "input error")
_UNITS = {"households": Text("hộ", "households"), "persons": Text("nhân khẩu", "persons")}
_ALL = Text("tất cả", "all")
_UNKNOWN = Text("(không rõ)", "(unknown)")


# --- helpers -----------------------------------------------------------------------------------------------------


def _target(path: str | os.PathLike[str]) -> tuple[Path, str]:
    target = Path(path)
    fmt = _FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise InvalidInput("path", f"write a .png or a .svg file, got {str(target)!r}")
    return target, fmt


@contextmanager
def _chart(target: Path, fmt: str, width: float, height: float) -> Iterator[tuple[Figure, Axes]]:
    """A figure with one axes, written to ``target`` when the block ends without an error."""
    try:
        import matplotlib as mpl  # noqa: PLC0415 - an optional extra, imported only when a chart is drawn
        from matplotlib.figure import Figure  # noqa: PLC0415
    except ImportError as error:
        msg = f"drawing charts needs matplotlib: {INSTALL_HINT}"
        raise MissingExtra(msg) from error
    # SVG text stays text; a fixed salt keeps the ids of clip paths the same from run to run; a "$" in a name is
    # a dollar sign, not the start of a formula.
    with mpl.rc_context(
        {
            "svg.fonttype": "none",
            "svg.hashsalt": "giamngheo",
            "text.parse_math": False,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    ):
        figure = Figure(figsize=(width, height), layout="constrained")
        yield figure, figure.add_subplot()
        figure.savefig(target, format=fmt, metadata={"Date": None} if fmt == "svg" else None)


def _categories(ax: Axes, labels: list[str]) -> None:
    """Label the bars of a horizontal bar chart, the first at the top, without empty space above or below."""
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.4, -0.6)


def _decimal_comma(axis: Axis, lang: str) -> None:
    """In Vietnamese, write the numbers of a numeric axis with a decimal comma."""
    if lang != "vi":
        return
    from matplotlib.ticker import ScalarFormatter  # noqa: PLC0415 - matplotlib is imported by _chart already

    class Comma(ScalarFormatter):
        def __call__(self, x: float, pos: int | None = None) -> str:
            return super().__call__(x, pos).replace(".", ",")

    axis.set_major_formatter(Comma())


def _number(x: Fraction, decimals: int, lang: str) -> str:
    """``x`` rounded (half to even, exactly) to ``decimals`` places, with a decimal comma in Vietnamese."""
    text = format(Decimal(round(x * 10**decimals)).scaleb(-decimals), "f")
    return text.replace(".", ",") if lang == "vi" else text


def _percent(x: Fraction) -> Fraction:
    return x * 100


def _indicator_label(indicator_id: str, standard: Standard | None, lang: str) -> str:
    """The indicator's name in the standard; its id without a standard or if the standard does not define it."""
    if standard is not None:
        for indicator in standard.indicators:
            if indicator.id == indicator_id:
                return indicator.name(lang)
    return indicator_id


def _group_label(key: str | None, names: Mapping[str, str] | None, *, alone: bool, lang: str) -> str:
    """A group's label: its name if given, else its key; ``None`` is the whole sample if alone, else unknown."""
    if key is None:
        return (_ALL if alone else _UNKNOWN)(lang)
    return (names or {}).get(key, key)


def _describe(result: AFResult, lang: str) -> str:
    """The subtitle: the measure, its cut-off and, for a group, the group."""
    parts = [result.spec.name(lang), f"k = {result.k}"]
    if result.group is not None:
        parts.append(f"{Text('nhóm', 'group')(lang)} {result.group}")
    return " · ".join(parts)


def _unit(result: AFResult, lang: str) -> str:
    return _UNITS[result.unit](lang) if result.unit in _UNITS else result.unit


# --- charts ------------------------------------------------------------------------------------------------------


def deprivation_rates(
    result: AFResult,
    path: str | os.PathLike[str],
    *,
    censored: bool = True,
    standard: Standard | None = None,
    lang: str = "vi",
) -> Path:
    """A bar chart of the headcount ratio of each indicator, in percent.

    Args:
        result: The measures (:func:`giamngheo.measure.alkire_foster`).
        path: The file to write: ``.png`` or ``.svg``.
        censored: The censored ratios (the share poor *and* deprived in each indicator), or, if ``False``, the
            uncensored ones (the share deprived, poor or not).
        standard: The standard that names the indicators; without it (or for an id it does not define), the ids.
        lang: ``"vi"`` or ``"en"``.

    Returns:
        The path written.

    Raises:
        MissingExtra: if matplotlib is not installed (``pip install "giamngheo[plots]"``).
        InvalidInput: for another suffix than ``.png`` or ``.svg``, or an unsupported language.
    """
    check_lang(lang)
    target, fmt = _target(path)
    ratios = result.censored if censored else result.uncensored
    labels = [_indicator_label(j, standard, lang) for j, _ in ratios]
    values = [_percent(v) for _, v in ratios]
    if censored:
        title = Text("Tỷ lệ vừa nghèo đa chiều vừa thiếu hụt, theo chỉ số", "Censored headcount ratio by indicator")
    else:
        title = Text("Tỷ lệ thiếu hụt theo chỉ số", "Uncensored headcount ratio by indicator")
    with _chart(target, fmt, max(6.0, 0.6 * len(values) + 2.5), 5.0) as (figure, ax):
        figure.suptitle(title(lang), fontweight="bold")
        ax.set_title(_describe(result, lang), fontsize="small")
        bars = ax.bar(range(len(values)), [float(v) for v in values], color=_BAR)
        ax.bar_label(bars, labels=[_number(v, 1, lang) for v in values], fontsize="small", padding=2)
        ax.set_xticks(range(len(values)), labels, rotation=40, ha="right", rotation_mode="anchor")
        ax.set_ylabel(f"% {Text('số', 'of')(lang)} {_unit(result, lang)}")
        _decimal_comma(ax.yaxis, lang)
        ax.set_ylim(0, max(1.0, float(max(values)) * 1.15))
    return target


def contributions(
    result: AFResult,
    path: str | os.PathLike[str],
    *,
    standard: Standard | None = None,
    lang: str = "vi",
) -> Path:
    """Horizontal bars of each indicator's percentage contribution to M0 (they add up to 100), M0 in the title.

    Args:
        result: The measures (:func:`giamngheo.measure.alkire_foster`).
        path: The file to write: ``.png`` or ``.svg``.
        standard: The standard that names the indicators; without it (or for an id it does not define), the ids.
        lang: ``"vi"`` or ``"en"``.

    Returns:
        The path written. When M0 is 0 (no one is poor) there is nothing to share out: the chart says so.

    Raises:
        MissingExtra: if matplotlib is not installed (``pip install "giamngheo[plots]"``).
        InvalidInput: for another suffix than ``.png`` or ``.svg``, or an unsupported language.
    """
    check_lang(lang)
    target, fmt = _target(path)
    labels = [_indicator_label(j, standard, lang) for j, _ in result.share]
    values = [Fraction(0) if s is None else _percent(s) for _, s in result.share]
    title = Text("Đóng góp của từng chỉ số vào M0", "Contribution of each indicator to M0")(lang)
    with _chart(target, fmt, 8.0, 0.4 * len(values) + 2.0) as (figure, ax):
        figure.suptitle(f"{title} = {_number(result.M0, 4, lang)}", fontweight="bold")
        ax.set_title(_describe(result, lang), fontsize="small")
        bars = ax.barh(range(len(values)), [float(v) for v in values], color=_BAR)
        ax.bar_label(bars, labels=[_number(v, 1, lang) for v in values], fontsize="small", padding=2)
        _categories(ax, labels)
        ax.set_xlabel(Text("% của M0", "% of M0")(lang))
        _decimal_comma(ax.xaxis, lang)
        ax.set_xlim(0, max(1.0, float(max(values)) * 1.15))
        if result.M0 == 0:
            note = Text("M0 = 0: không ai nghèo, không có gì để chia", "M0 = 0: no one is poor, nothing to share out")
            ax.text(0.5, 0.5, note(lang), transform=ax.transAxes, ha="center", va="center")
    return target


def status_by_unit(
    counts: Mapping[str, Mapping[str, int]] | Mapping[str | None, Mapping[str, int]],
    path: str | os.PathLike[str],
    *,
    names: Mapping[str, str] | None = None,
    percent: bool = False,
    lang: str = "vi",
) -> Path:
    """Stacked horizontal bars of the households of each status, one bar per commune or district.

    Args:
        counts: Per unit, the number of households of each status: :meth:`giamngheo.batch.BatchResult.counts`
            (``by="commune"`` or ``"district"``). Inner keys are among :data:`STATUS_KEYS`; a missing key counts
            0. Units are drawn in the order given, the first at the top; the key ``None`` is the whole register
            when it is the only one (``counts()`` without ``by``), else households of unknown unit.
        path: The file to write: ``.png`` or ``.svg``.
        names: The name to show for a unit code (``{"718": "Thành phố Thủ Dầu Một"}``); the code otherwise.
        percent: Draw each unit's shares of its households (adding up to 100) instead of numbers, so that small
            groups stay visible next to large ones.
        lang: ``"vi"`` or ``"en"``.

    Returns:
        The path written.

    Raises:
        MissingExtra: if matplotlib is not installed (``pip install "giamngheo[plots]"``).
        InvalidInput: for no unit, an unknown status key, a count that is not a whole number of at least 0,
            another suffix than ``.png`` or ``.svg``, or an unsupported language.
    """
    check_lang(lang)
    target, fmt = _target(path)
    units: list[tuple[str | None, Mapping[str, int]]] = list(counts.items())
    if not units:
        raise InvalidInput("counts", "no unit to draw")
    for key, row in units:
        unknown = sorted(set(row) - set(STATUS_KEYS))
        if unknown:
            raise InvalidInput(f"counts[{key!r}]", f"unknown status {unknown[0]!r}; use {', '.join(STATUS_KEYS)}")
        for status, n in row.items():
            if type(n) is not int or n < 0:
                raise InvalidInput(f"counts[{key!r}][{status!r}]", f"a whole number of at least 0, got {n!r}")
    labels = [_group_label(key, names, alone=len(units) == 1, lang=lang) for key, _ in units]
    totals = [sum(row.values()) for _, row in units]
    if percent:
        title = Text("Tỷ lệ hộ theo kết quả phân loại", "Share of households by status")(lang)
    else:
        title = Text("Số hộ theo kết quả phân loại", "Households by status")(lang)
    with _chart(target, fmt, 9.0, 0.3 * len(units) + 3.2) as (figure, ax):
        figure.suptitle(title, fontweight="bold")
        left = [0.0] * len(units)
        for status in STATUS_KEYS:
            widths = [
                float(Fraction(row.get(status, 0) * 100, total) if percent and total else row.get(status, 0))
                for (_, row), total in zip(units, totals, strict=True)
            ]
            label = _ERROR_LABEL(lang) if status == "error" else Status(status).label(lang)
            ax.barh(range(len(units)), widths, left=left, color=_STATUS_COLOURS[status], label=label)
            left = [a + b for a, b in zip(left, widths, strict=True)]
        _categories(ax, labels)
        if percent:
            ax.set_xlabel(Text("% số hộ", "% of households")(lang))
            ax.set_xlim(0, 100)
        else:
            ax.set_xlabel(Text("Số hộ", "Households")(lang))
        _decimal_comma(ax.xaxis, lang)
        figure.legend(loc="outside lower center", ncols=2, fontsize="small", frameon=False)
    return target


def m0_by_group(
    results: Mapping[str, AFResult] | Mapping[str | None, AFResult],
    path: str | os.PathLike[str],
    *,
    names: Mapping[str, str] | None = None,
    lang: str = "vi",
) -> Path:
    """Horizontal bars of M0 per group, e.g. per district (:func:`~giamngheo.measure.alkire_foster` with ``by=``).

    When the groups' population shares add up to exactly 1 (the groups make up the whole sample, as ``by=`` gives
    them), a dashed line marks the whole sample's M0, ``Σ population_share × M0_group``.

    Args:
        results: Per group, its measures, all of the same weights, cut-off and unit; drawn in the order given, the
            first at the top. The key ``None`` is the whole sample when it is the only one, else the households of
            no group.
        path: The file to write: ``.png`` or ``.svg``.
        names: The name to show for a group key (``{"718": "Thành phố Thủ Dầu Một"}``); the key otherwise.
        lang: ``"vi"`` or ``"en"``.

    Returns:
        The path written.

    Raises:
        MissingExtra: if matplotlib is not installed (``pip install "giamngheo[plots]"``).
        InvalidInput: for no result, results of different weights, cut-offs or units, another suffix than ``.png``
            or ``.svg``, or an unsupported language.
    """
    check_lang(lang)
    target, fmt = _target(path)
    groups: list[tuple[str | None, AFResult]] = list(results.items())
    if not groups:
        raise InvalidInput("results", "no result to draw")
    first = groups[0][1]
    for _, r in groups:
        if (r.spec.weights, r.k, r.unit) != (first.spec.weights, first.k, first.unit):
            raise InvalidInput("results", "compare results of the same weights, cut-off and unit")
    labels = [_group_label(key, names, alone=len(groups) == 1, lang=lang) for key, _ in groups]
    values = [r.M0 for _, r in groups]
    title = Text("Chỉ số nghèo đa chiều M0 theo nhóm", "Adjusted headcount ratio M0 by group")(lang)
    subtitle = [first.spec.name(lang), f"k = {first.k}", f"{Text('đơn vị', 'unit')(lang)}: {_unit(first, lang)}"]
    with _chart(target, fmt, 8.0, 0.35 * len(values) + 2.2) as (figure, ax):
        figure.suptitle(title, fontweight="bold")
        ax.set_title(" · ".join(subtitle), fontsize="small")
        bars = ax.barh(range(len(values)), [float(v) for v in values], color=_BAR)
        ax.bar_label(bars, labels=[_number(v, 4, lang) for v in values], fontsize="small", padding=2)
        _categories(ax, labels)
        ax.set_xlabel("M0")
        _decimal_comma(ax.xaxis, lang)
        top = max(values)
        if len(groups) > 1 and sum((r.population_share for _, r in groups), Fraction(0)) == 1:
            whole = sum((r.population_share * r.M0 for _, r in groups), Fraction(0))
            overall = Text("toàn bộ", "overall")(lang)
            ax.axvline(
                float(whole), color="#404040", linestyle="--", label=f"{overall}: M0 = {_number(whole, 4, lang)}"
            )
            figure.legend(loc="outside lower center", fontsize="small", frameon=False)
            top = max(top, whole)
        ax.set_xlim(0, float(top) * 1.2 if top else 1.0)
    return target
