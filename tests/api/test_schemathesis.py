"""Schemathesis against the OpenAPI schema, in-process through the WSGI app.

For every operation, generated requests (valid and invalid, `GenerationMode` positive and
negative) with the owner's read-write token: the server never answers 5xx, and every answer
matches the schema (status code documented, body valid). Half the cases aim at the owner's
real objects instead of random ids, so the services run on generated data, not only the 404s.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import response_schema_conformance

from pursuit.api.main import api as ninja_api

OPERATIONS = [(method.upper(), path) for path, ops in ninja_api.get_openapi_schema()["paths"]
              .items() for method in ops]
# Ten examples per operation and mode keeps the whole run well under a minute.
EXAMPLES = 10


@pytest.fixture
def loaded(world) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    # The real WSGI handler closes the database connection at the end of each request; inside
    # a test's transaction (PostgreSQL) that would end the test's data. Django's test client
    # unhooks the same signal for the same reason.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                         ids=lambda m: m.value)
@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=lambda v: str(v))
def test_no_server_errors_and_answers_match_the_schema(world, loaded, method, path,  # type: ignore[no-untyped-def]
                                                       mode) -> None:
    operation = loaded[path][method]
    headers = {"Authorization": f"Bearer {world.token}"}

    @given(case=operation.as_strategy(generation_mode=mode), real_ids=st.booleans())
    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              phases=[Phase.explicit, Phase.generate, Phase.shrink],
              suppress_health_check=list(HealthCheck))
    def run(case: Any, real_ids: bool) -> None:
        if real_ids and case.path_parameters:
            case.path_parameters = {**case.path_parameters,
                                    **{k: v for k, v in world.ids.items()
                                       if k in case.path_parameters}}
        case.call_and_validate(headers=headers,
                               checks=[not_a_server_error, response_schema_conformance])

    run()
