"""The endpoints of the web service: each reads its request, calls the library, and answers its documents.

Nothing here decides anything the library does not: an endpoint is the library's function (``assess``,
``entitlements``, ``compare``, ``review.score`` …) behind JSON, with the same checks and messages. Nothing is
stored: a request's data lives as long as the request.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse, Response

from giamngheo._assessment import Assessment, assess
from giamngheo._converter import make_converter
from giamngheo._entitlement_json import entitlements_document
from giamngheo._entitlements import entitlements
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._household import Household
from giamngheo._household_json import household_from_data
from giamngheo._jurisdictions import JURISDICTIONS, builtin_standards
from giamngheo._jurisdictions import jurisdiction as find_jurisdiction
from giamngheo._reform import compare
from giamngheo._serialize import assessment_to_dict, legal_data_version
from giamngheo._sources import sources, value_text
from giamngheo._units import locate
from giamngheo._version import __version__
from giamngheo.formats.schemas import SCHEMAS, json_schema
from giamngheo.web._inputs import json_body, lang, on
from giamngheo.web._problems import Problem, from_error

if TYPE_CHECKING:
    from starlette.requests import Request

    from giamngheo._model import Standard
    from giamngheo.web._settings import Settings

__all__ = ["Endpoints"]


@functools.cache
def _converter() -> Any:  # noqa: ANN401 - a cattrs converter
    return make_converter()


def _json(data: object, status: int = 200) -> Response:
    return JSONResponse(data, status_code=status)


def assessment_document(assessment: Assessment, language: str) -> dict[str, Any]:
    """An assessment's versioned document, with its status and explanation in ``language``."""
    document = assessment_to_dict(assessment)
    document["explanation"] = {
        "lang": language,
        "status": assessment.status.label(language),
        "standard": assessment.standard.name(language),
        "text": assessment.explain(language),
    }
    return document


def _standard_summary(standard: Standard, language: str) -> dict[str, Any]:
    return {
        "id": standard.id,
        "jurisdiction": standard.jurisdiction,
        "name": standard.name(language),
        "window": {"start": standard.window.start.isoformat(), "end": standard.window.end.isoformat()},
        "basis": standard.basis.render(language),
        "verification": standard.basis.verification.value,
        "rule": standard.rule(language),
        "indicators": [i.id for i in standard.indicators],
        "deprivation_cutoff": None if standard.deprivation_cutoff is None else standard.deprivation_cutoff.value,
    }


class Endpoints:
    """The handlers, bound to the service's settings (its limits)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    # --- reading households ----------------------------------------------------------------------------

    def _households(self, body: dict[str, Any]) -> tuple[list[Household | GiamngheoError], bool]:
        """The body's ``household`` (one) or ``households`` (a list), each read or its error; whether a list."""
        if ("household" in body) == ("households" in body):
            raise Problem(422, "invalid-input", "Input the law cannot be applied to",
                          "give either 'household' (an object) or 'households' (a list)", field="household")  # fmt: skip
        if "household" in body:
            return [_read(body["household"])], False
        items = body["households"]
        if not isinstance(items, list):
            detail = f"households: a list of household objects, got {type(items).__name__}"
            raise Problem(422, "invalid-input", "Input the law cannot be applied to", detail, field="households")
        if len(items) > self.settings.max_households:
            detail = f"at most {self.settings.max_households:,} households in one request, got {len(items):,}"
            raise Problem(413, "too-many-households", "Too many households", detail,
                          limit=self.settings.max_households)  # fmt: skip
        return [_read(item) for item in items], True

    # --- endpoints -------------------------------------------------------------------------------------

    async def assess(self, request: Request) -> Response:
        """``POST /v1/assess``: each household's status, deprivations, what is missing, the explanation."""
        date, language = on(request), lang(request)
        place = request.query_params.get("jurisdiction") or None
        body = await json_body(request, self.settings.max_body_bytes)
        households, many = self._households(body)
        results: list[dict[str, Any]] = []
        for i, household in enumerate(households):
            try:
                if isinstance(household, GiamngheoError):
                    raise household
                results.append(assessment_document(assess(household, on=date, jurisdiction=place), language))
            except GiamngheoError as error:
                if not many:
                    raise from_error(error) from None
                results.append({"error": from_error(error, index=i).document()})
        head = {"on": date.isoformat(), "lang": language}
        return _json({**head, "results": results} if many else {**head, "result": results[0]})

    async def entitlements(self, request: Request) -> Response:
        """``POST /v1/entitlements``: the supports a household has on the date, with their provisions."""
        date, language = on(request), lang(request)
        place = request.query_params.get("jurisdiction") or "VN"
        body = await json_body(request, self.settings.max_body_bytes)
        households, many = self._households(body)
        if many:
            raise Problem(422, "invalid-input", "Input the law cannot be applied to",
                          "give one 'household'", field="households")  # fmt: skip
        household = households[0]
        try:
            if isinstance(household, GiamngheoError):
                raise household
            found = entitlements(household, on=date, jurisdiction=place)
        except GiamngheoError as error:
            raise from_error(error) from None
        document = entitlements_document(found)
        for item, entitlement in zip(document["entitlements"], found, strict=True):
            item["text"] = entitlement.reason(language)
        return _json({"on": date.isoformat(), "lang": language, **document})

    async def compare(self, request: Request) -> Response:
        """``POST /v1/compare``: the same households under two standards, and those whose status changes."""
        date = on(request)
        body = await json_body(request, self.settings.max_body_bytes)
        other, base = body.get("other"), body.get("base")
        for key, value in (("other", other), ("base", base)):
            if value is not None and not isinstance(value, str):
                raise Problem(422, "invalid-input", "Input the law cannot be applied to",
                              f"{key}: the id of a standard, got {type(value).__name__}", field=key)  # fmt: skip
        if other is None:
            raise Problem(422, "invalid-input", "Input the law cannot be applied to",
                          "other: give the id of the standard to compare with", field="other")  # fmt: skip
        households, _ = self._households(body)
        for i, household in enumerate(households):
            if isinstance(household, GiamngheoError):
                raise from_error(household, index=i)
        try:
            result = compare(
                [h for h in households if isinstance(h, Household)],
                on=date,
                other=_standard_or_jurisdiction(other),
                base=None if base is None else _standard_or_jurisdiction(base),
            )
        except GiamngheoError as error:
            raise from_error(error) from None
        return _json(
            {
                "on": result.on.isoformat(),
                "base": result.base.id,
                "other": result.other.id,
                "total": result.total,
                "transitions": [
                    {"before": a.value, "after": b.value, "households": n} for (a, b), n in result.transitions.items()
                ],
                "moved": [
                    {"index": m.index, "household_id": m.household_id, "before": m.before.value, "after": m.after.value}
                    for m in result.moved
                ],
                "errors": [{"index": i, "household_id": h, "detail": d} for i, h, d in result.errors],
            }
        )

    async def review_score(self, request: Request) -> Response:
        """``POST /v1/review/score``: a household classified from its review-form scores."""
        from giamngheo import review  # noqa: PLC0415 - imported when asked for

        date, language = on(request), lang(request)
        body = await json_body(request, self.settings.max_body_bytes)
        known = {"area", "income_score", "deprivation_score", "deprived", "household"}
        unknown = sorted(set(body) - known)
        if unknown:
            raise Problem(422, "invalid-input", "Input the law cannot be applied to",
                          f"unknown field(s): {', '.join(unknown)[:200]}", field=unknown[0][:100])  # fmt: skip
        if "area" not in body or "income_score" not in body:
            missing = "area" if "area" not in body else "income_score"
            raise Problem(422, "invalid-input", "Input the law cannot be applied to", f"{missing}: required",
                          field=missing)  # fmt: skip
        try:
            score = review.score(
                body["area"], body["income_score"], on=date, deprivation_score=body.get("deprivation_score"),
                deprived=body.get("deprived"), household=body.get("household"),
            )  # fmt: skip
        except GiamngheoError as error:
            raise from_error(error) from None
        document = _converter().unstructure(score)
        document["explanation"] = {"lang": language, "status": score.status.label(language)}
        return _json(document)

    async def standards(self, request: Request) -> Response:
        """``GET /v1/standards``: a jurisdiction's standards, or the one in force on ``on``."""
        language = lang(request)
        place = _jurisdiction(request)
        try:
            if "on" in request.query_params:
                chosen = [place.standard_in_force(on=on(request))]
            else:
                chosen = [] if place.standards is None else [s for _, s in place.standards]
        except GiamngheoError as error:
            raise from_error(error) from None
        return _json({"jurisdiction": place.code, "standards": [_standard_summary(s, language) for s in chosen]})

    async def sources(self, request: Request) -> Response:
        """``GET /v1/sources``: every legal datum with its citation and verification status."""
        language = lang(request)
        place = _jurisdiction(request)
        date = on(request) if "on" in request.query_params else None
        try:
            found = sources(on=date, jurisdiction=place.code)
        except GiamngheoError as error:
            raise from_error(error) from None
        data = [
            {
                "key": d.key,
                "value": value_text(d.value, language),
                "citation": d.citation.render(language),
                "verification": d.verification.value,
                "evidence": list(d.citation.evidence),
            }
            for d in found.data
        ]
        instruments = [
            {
                "number": i.number,
                "name": i.name(language),
                "signed": None if i.signed is None else i.signed.isoformat(),
                "verification": i.verification.value,
                "url": i.url,
            }
            for i in found.instruments
        ]
        return _json({"jurisdiction": place.code, "data": data, "instruments": instruments})

    async def jurisdictions(self, request: Request) -> Response:
        """``GET /v1/jurisdictions``: the nation and each province the library encodes."""
        language = lang(request)
        return _json(
            {
                "jurisdictions": [
                    {
                        "code": j.code,
                        "name": j.name(language),
                        "level": j.level.value,
                        "window": {"start": j.window.start.isoformat(), "end": j.window.end.isoformat()},
                        "successor": j.successor,
                        "standards": [] if j.standards is None else [s.id for _, s in j.standards],
                        "policies": [p.id for p in j.policies],
                    }
                    for j in JURISDICTIONS.values()
                ]
            }
        )

    async def unit(self, request: Request) -> Response:
        """``GET /v1/units/{code}``: a commune-level unit on the date, or the units that took its territory over."""
        code = request.path_params["code"]
        try:
            found = locate(code, on=on(request))
        except GiamngheoError as error:
            raise from_error(error) from None
        return _json(_converter().unstructure(found))

    async def calendar(self, request: Request) -> Response:
        """``GET /v1/calendar/{year}``: the dated steps of a year's review."""
        from giamngheo import review  # noqa: PLC0415 - imported when asked for

        try:
            year = int(request.path_params["year"])
            found = review.review_calendar(year)
        except ValueError:
            raise Problem(400, "invalid-path", "A path parameter is wrong", "year: a year, such as 2025",
                          field="year") from None  # fmt: skip
        except GiamngheoError as error:
            raise from_error(error) from None
        return _json(_converter().unstructure(found))

    async def schema(self, request: Request) -> Response:
        """``GET /v1/schemas/{name}``: a JSON Schema of the library's documents."""
        name = request.path_params["name"]
        if name not in SCHEMAS:
            detail = f"no schema {name[:60]!r}; known: {', '.join(SCHEMAS)}"
            raise Problem(404, "not-found", "Not found", detail, field="name")
        return JSONResponse(json_schema(name), media_type="application/schema+json")

    async def form(self, _: Request) -> Response:
        """``GET /v1/form``: the fields of the household form, with their labels and choices in both languages."""
        from giamngheo.web._form import form  # noqa: PLC0415

        return _json(form())

    async def health(self, _: Request) -> Response:
        """``GET /v1/health``: the service answers; its library and legal data versions."""
        return _json({"status": "ok", "library_version": __version__, "legal_data_version": legal_data_version()})


def _standard_or_jurisdiction(value: str) -> Standard | str:
    """A built-in standard by its id (``vn-2016-2020``), or else the text, a jurisdiction's code, as it is."""
    return builtin_standards().get(value, value)


def _read(data: object) -> Household | GiamngheoError:
    try:
        return household_from_data(data)
    except GiamngheoError as error:
        return error


def _jurisdiction(request: Request) -> Any:  # noqa: ANN401 - a giamngheo.Jurisdiction
    code = request.query_params.get("jurisdiction") or "VN"
    try:
        return find_jurisdiction(code)
    except InvalidInput as error:
        raise Problem(404, "not-found", "Not found", str(error)[:300], field="jurisdiction") from None
