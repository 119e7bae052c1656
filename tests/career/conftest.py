from tests.coaching.conftest import (  # noqa: F401  (fixtures shared with the coaching tests)
    Personas,
    _fast_passwords,
    _private_cache,
    make_link,
    personas,
    world,
)
