"""Every endpoint against its OpenAPI document, property-based (Schemathesis): no server error, ever, and every
answer of the status, content type and schema the document gives.

Schemathesis generates requests from ``/openapi.json`` (valid ones and, in its negative phase, invalid ones) and
checks each answer. One check is left out: that every schema-valid request is accepted. The schemas give a
document's shape; the readers also check what a schema cannot say (a household gives exactly one income, its size
agrees with its members, a date has a standard in force), and refuse with a 422 problem naming the field.
``POST /v1/batch`` is among them (multipart bodies generated from its schema); the upload of real registers, CSV
and XLSX, and of arbitrary bytes under every suffix, is tested in ``test_service.py``. The examples per operation
are bounded so that the suite stays quick; set
``GIAMNGHEO_FUZZ_EXAMPLES`` to run more.
"""

from __future__ import annotations

import os

import schemathesis
from hypothesis import HealthCheck, settings

from giamngheo.web import create_app

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app())
EXAMPLES = int(os.environ.get("GIAMNGHEO_FUZZ_EXAMPLES", "25"))


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_keeps_to_its_document(case: schemathesis.Case) -> None:
    case.call_and_validate(excluded_checks=[schemathesis.checks.positive_data_acceptance])
