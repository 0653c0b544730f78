"""User-defined poverty standards in a file: the ``giamngheo.standard`` format, version 1 (TOML or JSON).

A province's staff or an analyst can write a standard the library does not ship without writing Python:
income bands in integer VND, a deprivation cut-off, the indicators of a national standard (``based_on``) with
some thresholds replaced, and the instruments and citations every value rests on. :func:`load_standard` reads
such a file into a :class:`~giamngheo.Standard`, validating every key; :func:`dump_standard` writes any
standard whose indicators are those of a national standard back to the format, so that an officer can start
from the national standard, change a line and load it back. The format is described in
``docs/standard-files.md``; errors name the key path and the line (:mod:`giamngheo.formats._positions`).
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import json
import os
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import Any

import attrs

from giamngheo._errors import InvalidInput, StandardFileError
from giamngheo._legal import Citation, Cited, Instrument
from giamngheo._model import IncomeBand, IncomePeriod, Indicator, Standard, Status, Text, Threshold
from giamngheo._version import __version__
from giamngheo.formats._positions import KeyPath
from giamngheo.formats._reader import STANDARD_FORMAT, STANDARD_FORMAT_VERSION, STATUSES, Citations, Reader, open_file
from giamngheo.formats._source import check_syntax, suggest
from giamngheo.law.labour_code_2019 import RetirementSchedule
from giamngheo.standards import NATIONAL_STANDARDS

__all__ = ["STANDARD_FORMAT", "STANDARD_FORMAT_VERSION", "dump_standard", "load_standard"]

_DEFAULT_URBAN_LABEL = Text("thành thị", "urban")

TOP_REQUIRED = ("format", "version", "id", "jurisdiction", "name", "rule", "window", "band")
TOP_OPTIONAL = (
    "urban_label",
    "income_period",
    "area_split",
    "citation",
    "deprivation_cutoff",
    "deprivation_cutoff_citation",
    "based_on",
    "indicators",
    "threshold",
    "note",
    "instruments",
    "citations",
)
BAND_KEYS = (
    "name",
    "rural_vnd",
    "urban_vnd",
    "upper_vnd",
    "inclusive",
    "status",
    "if_deprived",
    "otherwise",
    "citation",
    "rural_citation",
    "urban_citation",
)
#: Fields of the model's own errors, mapped to the file's key paths (a fallback: the loader checks first).
_MODEL_FIELDS: dict[str, KeyPath] = {
    "window": ("window",),
    "bands": ("band",),
    "deprivation_cutoff": ("deprivation_cutoff",),
    "indicators": ("indicators",),
    "thresholds": ("threshold",),
}


# --- loading ------------------------------------------------------------------------------------------------


def load_standard(
    path: str | os.PathLike[str] | None = None,
    *,
    text: str | bytes | None = None,
    syntax: str | None = None,
) -> Standard:
    """Read a standard from a ``giamngheo.standard`` file (see ``docs/standard-files.md``).

    Args:
        path: The file to read (UTF-8). A ``.json`` file is read as JSON, any other as TOML.
        text: The file's content instead of a path.
        syntax: ``"toml"`` or ``"json"``, to override the choice made from the file name (text is TOML by default).

    Returns:
        The standard, validated in full: nothing is returned for a file with any error.

    Raises:
        StandardFileError: (an :class:`~giamngheo.InvalidInput`) naming the key path and its line, for a
            syntax error, a missing, unknown or misspelt key, a value of the wrong type, a float for money,
            bounds that do not increase, an unknown status, base standard, indicator or threshold, a window
            that ends before it starts, an unsupported format or version, or a reference to an undefined
            instrument or citation.
        InvalidInput: if neither or both of ``path`` and ``text`` are given, or for an unknown ``syntax``.
        InvalidInput: also if the file cannot be read (missing, a directory, no permission).
    """
    top, reader = open_file(path, text, syntax, STANDARD_FORMAT, STANDARD_FORMAT_VERSION, StandardFileError)
    return _StandardLoader(reader, Citations(reader)).standard(top)


@attrs.define
class _StandardLoader:
    """Builds a :class:`Standard` from a parsed file, checking every key on the way."""

    r: Reader
    c: Citations

    def standard(self, top: dict[str, Any]) -> Standard:
        r = self.r
        r.table((), top, "a standard file", TOP_REQUIRED, TOP_OPTIONAL)
        self.c.read(top)
        fields: dict[str, Any] = {
            "id": r.string(("id",), top["id"]),
            "jurisdiction": r.string(("jurisdiction",), top["jurisdiction"]),
            "name": r.text(("name",), top["name"]),
            "rule": r.text(("rule",), top["rule"]),
            "urban_label": r.text(("urban_label",), top["urban_label"])
            if "urban_label" in top
            else _DEFAULT_URBAN_LABEL,
            "income_period": r.choice(("income_period",), top.get("income_period", "month"), IncomePeriod, "period"),
            "area_split": r.boolean(("area_split",), top.get("area_split", True)),
        }
        window, t = r.window(("window",), top["window"], ("citation",))
        fields["window"], fields["basis"] = window, self.c.cited_by(t, ("window", "start"), "citation")
        bands = self._bands(top["band"], area_split=fields["area_split"])
        indicators = self._indicators(top)
        fields["deprivation_cutoff"] = self._cutoff(top, bands, indicators)
        fields["bands"], fields["indicators"] = tuple(bands), tuple(indicators)
        notes = r.tables(("note",), top.get("note", []), "notes")
        fields["notes"] = tuple(r.text(("note", i), v) for i, v in enumerate(notes))
        try:
            return Standard(**fields)
        except InvalidInput as error:  # the checks above should leave nothing to the model; report it anyway
            raise r.fail(_MODEL_FIELDS.get(error.field, ()), error.reason) from None

    # --- bands

    def _bands(self, value: object, *, area_split: bool) -> list[IncomeBand]:
        r = self.r
        entries = r.tables(("band",), value, "income bands")
        if not entries:
            raise r.fail(("band",), "a standard needs at least one income band")
        bands: list[IncomeBand] = []
        for i, entry in enumerate(entries):
            path: KeyPath = ("band", i)
            t = r.table(path, entry, "a band", ("name",), BAND_KEYS[1:])
            rural_key, urban_key = self._bound_keys(path, t, area_split=area_split)
            rural = r.money((*path, rural_key), t[rural_key])
            urban = r.money((*path, urban_key), t[urban_key])
            if_deprived, otherwise = self._statuses(path, t)
            bands.append(
                IncomeBand(
                    upper_rural_vnd=Cited(rural, self.c.cited_by(t, (*path, rural_key), "rural_citation", "citation")),
                    upper_urban_vnd=Cited(urban, self.c.cited_by(t, (*path, urban_key), "urban_citation", "citation")),
                    if_deprived=if_deprived,
                    otherwise=otherwise,
                    name=r.text((*path, "name"), t["name"]),
                    inclusive=r.boolean((*path, "inclusive"), t.get("inclusive", True)),
                )
            )
            if i:
                self._check_increasing(i, bands[i - 1], bands[i], rural_key, urban_key)
        return bands

    def _bound_keys(self, path: KeyPath, t: Mapping[str, Any], *, area_split: bool) -> tuple[str, str]:
        """The keys of a band's rural and urban bounds: ``rural_vnd`` and ``urban_vnd``, or ``upper_vnd`` twice."""
        r = self.r
        if area_split:
            if "upper_vnd" in t:
                raise r.fail(
                    (*path, "upper_vnd"),
                    "with area_split = true (the default) a band has rural_vnd and urban_vnd; "
                    "set area_split = false for one bound",
                )
            for key in ("rural_vnd", "urban_vnd"):
                if key not in t:
                    raise r.fail((*path, key), f"required key {key!r} of a band is missing")
            return "rural_vnd", "urban_vnd"
        for key in ("rural_vnd", "urban_vnd"):
            if key in t:
                raise r.fail((*path, key), "with area_split = false a band has one bound: write upper_vnd")
        if "upper_vnd" not in t:
            raise r.fail((*path, "upper_vnd"), "required key 'upper_vnd' of a band is missing")
        return "upper_vnd", "upper_vnd"

    def _statuses(self, path: KeyPath, t: Mapping[str, Any]) -> tuple[Status, Status]:
        r = self.r
        if "status" in t:
            for key in ("if_deprived", "otherwise"):
                if key in t:
                    raise r.fail(
                        (*path, key), "give status (the same whatever the deprivations), or if_deprived and otherwise"
                    )
            status = r.choice((*path, "status"), t["status"], Status, "status", STATUSES)
            return status, status
        for key in ("if_deprived", "otherwise"):
            if key not in t:
                raise r.fail(
                    (*path, key), f"required key {key!r} of a band is missing (or give one status for the whole band)"
                )
        if_deprived = r.choice((*path, "if_deprived"), t["if_deprived"], Status, "status", STATUSES)
        otherwise = r.choice((*path, "otherwise"), t["otherwise"], Status, "status", STATUSES)
        if if_deprived.rank > otherwise.rank:
            raise r.fail(
                (*path, "if_deprived"),
                f"a deprived household cannot be better off than one that is not: "
                f"if_deprived = {if_deprived.value!r}, otherwise = {otherwise.value!r}",
            )
        return if_deprived, otherwise

    def _check_increasing(self, i: int, below: IncomeBand, band: IncomeBand, rural_key: str, urban_key: str) -> None:
        for key, lower, upper in (
            (rural_key, below.upper_rural_vnd.value, band.upper_rural_vnd.value),
            (urban_key, below.upper_urban_vnd.value, band.upper_urban_vnd.value),
        ):
            if upper <= lower:
                raise self.r.fail(
                    ("band", i, key),
                    f"bounds must increase from band to band: {upper:,} is not above band[{i - 1}].{key} = {lower:,}",
                )

    # --- indicators and the cut-off

    def _indicators(self, top: Mapping[str, Any]) -> list[Indicator]:
        r = self.r
        bases = {s.id: s for _, s in NATIONAL_STANDARDS}
        if "based_on" not in top:
            for key in ("indicators", "threshold"):
                if top.get(key):
                    raise r.fail((key,), f'{key} need based_on = "<national standard id>" (one of {", ".join(bases)})')
            return []
        base_id = r.string(("based_on",), top["based_on"])
        if base_id not in bases:
            raise r.fail(
                ("based_on",),
                f"unknown national standard {base_id!r}{suggest(base_id, bases)} (known: {', '.join(bases)})",
            )
        base = bases[base_id]
        ids = [i.id for i in base.indicators]
        chosen = r.strings(("indicators",), top["indicators"]) if "indicators" in top else ids
        for j, indicator_id in enumerate(chosen):
            if indicator_id not in ids:
                raise r.fail(
                    ("indicators", j),
                    f"{base_id} has no indicator {indicator_id!r}{suggest(indicator_id, ids)} "
                    f"(its indicators: {', '.join(ids)})",
                )
            if indicator_id in chosen[:j]:
                raise r.fail(("indicators", j), f"indicator {indicator_id!r} is listed twice")
        selected = {i: base.indicator(i) for i in chosen}
        self._thresholds(top.get("threshold", []), base, selected)
        return list(selected.values())

    def _thresholds(self, value: object, base: Standard, selected: dict[str, Indicator]) -> None:
        r = self.r
        seen: set[tuple[str, str]] = set()
        for i, entry in enumerate(r.tables(("threshold",), value, "threshold overrides")):
            path: KeyPath = ("threshold", i)
            t = r.table(path, entry, "a threshold", ("indicator", "key", "value"), ("citation",))
            indicator_id = r.string((*path, "indicator"), t["indicator"])
            if indicator_id not in selected:
                ids = [i.id for i in base.indicators]
                reason = (
                    f"indicator {indicator_id!r} is not in this file's indicators"
                    if indicator_id in ids
                    else f"{base.id} has no indicator {indicator_id!r}{suggest(indicator_id, ids)} "
                    f"(its indicators: {', '.join(ids)})"
                )
                raise r.fail((*path, "indicator"), reason)
            indicator = selected[indicator_id]
            key = r.string((*path, "key"), t["key"])
            keys = [th.key for th in indicator.thresholds]
            if key not in keys:
                raise r.fail(
                    (*path, "key"),
                    f"indicator {indicator_id} has no threshold {key!r}{suggest(key, keys)} "
                    f"(its thresholds: {', '.join(keys) or 'none'})",
                )
            if (indicator_id, key) in seen:
                raise r.fail(path, f"threshold {indicator_id}.{key} is set twice")
            seen.add((indicator_id, key))
            old = base.indicator(indicator_id).threshold(key).value.value
            new = self._threshold_value((*path, "value"), t["value"], old)
            citation = self.c.cited_by(t, (*path, "value"), "citation")
            selected[indicator_id] = indicator.with_threshold(key, Cited(new, citation))

    def _threshold_value(self, path: KeyPath, value: object, old: object) -> object:
        """``value`` converted to the type of the threshold it replaces."""
        r = self.r
        if isinstance(old, bool):
            return r.boolean(path, value)
        if isinstance(old, int):
            return r.integer(path, value, minimum=0)
        if isinstance(old, Fraction):
            return r.fraction(path, value)
        if isinstance(old, frozenset) and old and all(isinstance(v, enum.Enum) for v in old):
            kind: type[enum.Enum] = type(next(iter(old)))
            what = re.sub(r"(?<!^)(?=[A-Z])", " ", kind.__name__).lower()
            items = value if isinstance(value, list) else None
            if items is None:
                raise r.wrong(path, f"an array of {what} values ({', '.join(str(m.value) for m in kind)})", value)
            members = [r.choice((*path, j), v, kind, what) for j, v in enumerate(items)]
            for j, member in enumerate(members):
                if member in members[:j]:
                    raise r.fail((*path, j), f"{member.value!r} is listed twice")
            return frozenset(members)
        if isinstance(old, RetirementSchedule):
            return self._retirement(path, value, old)
        raise r.fail(path, f"this threshold ({type(old).__name__}) cannot be set from a file")

    def _retirement(self, path: KeyPath, value: object, old: RetirementSchedule) -> RetirementSchedule:
        r = self.r
        keys = ("from_year", "start_months", "step_months", "cap_months")
        t = r.table(path, value, "a retirement schedule", keys)
        sexes = [sex for sex, _ in old.start_months]
        parts: dict[str, tuple[Any, ...]] = {}
        for key in keys[1:]:
            by_sex = r.table((*path, key), t[key], "months by sex", [s.value for s in sexes])
            parts[key] = tuple((s, r.integer((*path, key, s.value), by_sex[s.value], minimum=0)) for s in sexes)
        return RetirementSchedule(
            from_year=r.integer((*path, "from_year"), t["from_year"], minimum=1),
            start_months=parts["start_months"],
            step_months=parts["step_months"],
            cap_months=parts["cap_months"],
        )

    def _cutoff(
        self, top: Mapping[str, Any], bands: Sequence[IncomeBand], indicators: Sequence[Indicator]
    ) -> Cited[int] | None:
        r = self.r
        users = [i for i, band in enumerate(bands) if band.uses_deprivations]
        if "deprivation_cutoff" not in top:
            if "deprivation_cutoff_citation" in top:
                raise r.fail(("deprivation_cutoff_citation",), "there is no deprivation_cutoff to cite")
            if users:
                raise r.fail(
                    ("band", users[0], "if_deprived"),
                    "this band uses deprivations, but the file gives no deprivation_cutoff",
                )
            return None
        cutoff = r.integer(("deprivation_cutoff",), top["deprivation_cutoff"], minimum=1)
        if users and not indicators:
            raise r.fail(
                ("band", users[0], "if_deprived"),
                'this band uses deprivations, but the standard has no indicators: give based_on = "<national id>"',
            )
        if indicators and cutoff > len(indicators):
            raise r.fail(
                ("deprivation_cutoff",),
                f"the cut-off {cutoff} is more than the {len(indicators)} indicators: no household could reach it",
            )
        return Cited(cutoff, self.c.cited_by(top, ("deprivation_cutoff",), "deprivation_cutoff_citation"))


# --- writing ------------------------------------------------------------------------------------------------


def dump_standard(standard: Standard, *, syntax: str = "toml") -> str:
    """Write ``standard`` in the ``giamngheo.standard`` format, so that :func:`load_standard` reads it back equal.

    The indicators are written as ``based_on`` a national standard (the standard itself, for a national
    standard), the ``indicators`` selected, and only the thresholds that differ from the base's. Every
    instrument and citation used is written in full; the standard's basis is the file's default citation.
    TOML is written by tomli-w, after a few lines of comments saying what the file is.

    Args:
        standard: Any standard whose indicators are indicators of one national standard, each unchanged but for
            the values and citations of its thresholds (every national and shipped provincial standard is).
        syntax: ``"toml"`` (the default) or ``"json"``.

    Raises:
        InvalidInput: if the standard's indicators cannot be written as those of a national standard.
    """
    if not isinstance(standard, Standard):
        raise InvalidInput("standard", f"a giamngheo.Standard, got {type(standard).__name__}")
    syntax = check_syntax(syntax)
    document = _Writer(standard).document()
    if syntax == "json":
        return json.dumps(document, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    import tomli_w  # noqa: PLC0415 - only writing TOML needs it

    return _toml_preamble(standard) + tomli_w.dumps(document)


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in ascii_text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _text(text: Text) -> dict[str, str]:
    return {"vi": text.vi, "en": text.en}


@attrs.define
class _Writer:
    """Builds the document of a standard, naming each instrument and citation in the order of first use."""

    standard: Standard
    instruments: dict[Instrument, str] = attrs.field(factory=dict)
    citations: dict[Citation, str] = attrs.field(factory=dict)

    def name_instrument(self, instrument: Instrument) -> str:
        if instrument not in self.instruments:
            self.instruments[instrument] = self._unique(_slug(instrument.number) or "instrument", self.instruments)
        return self.instruments[instrument]

    def name(self, citation: Citation) -> str:
        if citation not in self.citations:
            parts = [self.name_instrument(citation.instrument)]
            if citation.annex is not None:
                parts.append(f"annex-{_slug(citation.annex)}".rstrip("-"))
            if citation.article is not None:
                parts.append(f"art{citation.article}")
            if citation.clause is not None:
                parts.append(str(citation.clause))
            if citation.point is not None:
                parts.append(_slug(citation.point) or "point")
            self.citations[citation] = self._unique("-".join(parts), self.citations)
        return self.citations[citation]

    @staticmethod
    def _unique(name: str, taken: Mapping[Any, str]) -> str:
        used = set(taken.values())
        for n in itertools.count(1):
            candidate = name if n == 1 else f"{name}-{n}"
            if candidate not in used:
                return candidate
        raise AssertionError  # pragma: no cover - itertools.count never ends

    def document(self) -> dict[str, Any]:
        s = self.standard
        default = s.basis
        doc: dict[str, Any] = {
            "format": STANDARD_FORMAT,
            "version": STANDARD_FORMAT_VERSION,
            "id": s.id,
            "jurisdiction": s.jurisdiction,
            "name": _text(s.name),
            "rule": _text(s.rule),
        }
        if s.urban_label != _DEFAULT_URBAN_LABEL:
            doc["urban_label"] = _text(s.urban_label)
        doc["income_period"] = s.income_period.value
        doc["area_split"] = s.area_split
        doc["citation"] = self.name(default)

        def cite(key: str, citation: Citation, into: dict[str, Any]) -> None:
            if citation != default:
                into[key] = self.name(citation)

        window: dict[str, Any] = {"start": s.window.start, "end": s.window.end}
        bands = [self._band(band, cite) for band in s.bands]
        if s.deprivation_cutoff is not None:
            doc["deprivation_cutoff"] = s.deprivation_cutoff.value
            cite("deprivation_cutoff_citation", s.deprivation_cutoff.citation, doc)
        thresholds: list[dict[str, Any]] = []
        if s.indicators:
            base, overrides = _base_of(s)
            doc["based_on"] = base.id
            doc["indicators"] = [i.id for i in s.indicators]
            for indicator_id, threshold in overrides:
                entry: dict[str, Any] = {
                    "indicator": indicator_id,
                    "key": threshold.key,
                    "value": _threshold_document(threshold.value.value),
                }
                cite("citation", threshold.value.citation, entry)
                thresholds.append(entry)
        doc["window"] = window
        doc["band"] = bands
        if s.notes:
            doc["note"] = [_text(note) for note in s.notes]
        if thresholds:
            doc["threshold"] = thresholds
        doc["instruments"] = {name: _instrument_document(i) for i, name in self.instruments.items()}
        doc["citations"] = {name: self._citation_document(c) for c, name in self.citations.items()}
        return doc

    def _band(self, band: IncomeBand, cite: Callable[[str, Citation, dict[str, Any]], None]) -> dict[str, Any]:
        entry: dict[str, Any] = {"name": _text(band.name)}
        rural, urban = band.upper_rural_vnd, band.upper_urban_vnd
        if self.standard.area_split:
            entry["rural_vnd"], entry["urban_vnd"] = rural.value, urban.value
        else:
            entry["upper_vnd"] = rural.value
        if band.if_deprived is band.otherwise:
            entry["status"] = band.otherwise.value
        else:
            entry["if_deprived"], entry["otherwise"] = band.if_deprived.value, band.otherwise.value
        if not band.inclusive:
            entry["inclusive"] = False
        if rural.citation == urban.citation:
            cite("citation", rural.citation, entry)
        else:
            cite("rural_citation", rural.citation, entry)
            cite("urban_citation", urban.citation, entry)
        return entry

    def _citation_document(self, citation: Citation) -> dict[str, Any]:
        entry: dict[str, Any] = {"instrument": self.instruments[citation.instrument]}
        for key in ("article", "clause", "point", "annex"):
            if getattr(citation, key) is not None:
                entry[key] = getattr(citation, key)
        entry["verification"] = citation.verification.value
        if citation.evidence:
            entry["evidence"] = list(citation.evidence)
        if citation.note:
            entry["note"] = citation.note
        return entry


def _instrument_document(instrument: Instrument) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "number": instrument.number,
        "kind": instrument.kind.value,
        "issuer": {"vi": instrument.issuer_vi, "en": instrument.issuer_en},
        "title": {"vi": instrument.title_vi, "en": instrument.title_en},
    }
    if instrument.signed is not None:
        entry["signed"] = instrument.signed
    if instrument.effective is not None:
        entry["effective"] = instrument.effective
    if instrument.url:
        entry["url"] = instrument.url
    entry["verification"] = instrument.verification.value
    return entry


def _threshold_document(value: object) -> object:
    if isinstance(value, Fraction):
        return str(value)
    if isinstance(value, frozenset):
        return sorted(v.value for v in value)
    if isinstance(value, RetirementSchedule):
        return {
            "from_year": value.from_year,
            **{
                key: {sex.value: months for sex, months in getattr(value, key)}
                for key in ("start_months", "step_months", "cap_months")
            },
        }
    return value


def _same_kind(new: object, old: object) -> bool:
    """Whether ``new`` is written and read back as a threshold of the type of ``old``."""
    if isinstance(old, bool) or isinstance(new, bool):
        return type(new) is type(old)
    if isinstance(old, int):
        return type(new) is int and new >= 0
    if isinstance(old, Fraction):
        return isinstance(new, (int, Fraction)) and new >= 0
    if isinstance(old, frozenset) and old:
        kind = type(next(iter(old)))
        return isinstance(new, frozenset) and all(type(v) is kind for v in new)
    return isinstance(old, RetirementSchedule) and isinstance(new, RetirementSchedule)


def _overrides(standard: Standard, base: Standard) -> list[tuple[str, Threshold]] | None:
    """The thresholds of ``standard`` that differ from ``base``'s, or ``None`` if it is not based on ``base``."""
    changed: list[tuple[str, Threshold]] = []
    for indicator in standard.indicators:
        if indicator.id not in base.indicator_ids:
            return None
        original = base.indicator(indicator.id)
        same_shape = [(t.key, t.label) for t in indicator.thresholds] == [(t.key, t.label) for t in original.thresholds]
        if not same_shape or attrs.evolve(indicator, thresholds=original.thresholds) != original:
            return None
        for new, old in zip(indicator.thresholds, original.thresholds, strict=True):
            if new.value != old.value:
                if not _same_kind(new.value.value, old.value.value):
                    return None
                changed.append((indicator.id, new))
    return changed


def _base_of(standard: Standard) -> tuple[Standard, list[tuple[str, Threshold]]]:
    """The national standard the indicators are based on: itself if national, else the one with fewest changes."""
    candidates = sorted((s for _, s in NATIONAL_STANDARDS), key=lambda s: s.id != standard.id)
    best: tuple[Standard, list[tuple[str, Threshold]]] | None = None
    for base in candidates:
        changed = _overrides(standard, base)
        if changed is not None and (best is None or len(changed) < len(best[1])):
            best = base, changed
            if base.id == standard.id or not changed:
                break
    if best is None:
        raise InvalidInput(
            "indicators",
            f"{standard.id}: its indicators are not those of a national standard (with some thresholds changed), "
            "so the file format cannot express them",
        )
    return best


def _toml_preamble(standard: Standard) -> str:
    """The comments that open a written TOML file: what it is, and how to make one's own from it."""
    return (
        f"# A poverty standard in the {STANDARD_FORMAT} format, version {STANDARD_FORMAT_VERSION}: "
        "see docs/standard-files.md.\n"
        f"# Written by giamngheo {__version__} from the standard {standard.id!r}; read it with gn.load_standard.\n"
        "# To make your own: give it a new id and name, change a value, and cite your change\n"
        '# (a citation with verification = "user"). Values without a citation of their own use `citation`.\n'
        f"# window.end is the first day no longer covered: the last day is {standard.window.last_day.isoformat()}.\n"
        "\n"
    )
