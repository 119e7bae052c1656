"""The follow-up cadence (docs/cadence.md): pure rules, frozen values.

    plan = plan_application(app, holidays=..., horizon_end=..., done_keys=...)

Modules: `model` (inputs, `PlannedTouch`, `Plan`, vocabulary), `timeline` (rounds and events
in play), `thank_you` (R1), `placement` (R2, R3), `follow_ups` (R4-R7), `people` (who gets
what), `planner` (`plan_application`), `scenario` and `json_fields` (the `pursuit plan`
file format). Business days live in `pursuit.core.business_days`.
"""

from pursuit.core.business_days import is_business_day, next_bd, on_or_after, prev_bd
from pursuit.core.cadence.model import (
    EVENT_TYPES,
    PREFERRED_CHANNELS,
    ROLES,
    ROUND_STATUSES,
    STOPPING_EVENTS,
    Application,
    Event,
    Interviewer,
    Plan,
    PlannedTouch,
    Reference,
    Round,
)
from pursuit.core.cadence.planner import plan_application

# Last: `scenario` reads the modules above through this package.
from pursuit.core.cadence.scenario import (
    Scenario,
    parse_scenario,
    plan_scenario,
    plan_to_json,
    touch_to_json,
)

__all__ = [
    "EVENT_TYPES",
    "PREFERRED_CHANNELS",
    "ROLES",
    "ROUND_STATUSES",
    "STOPPING_EVENTS",
    "Application",
    "Event",
    "Interviewer",
    "Plan",
    "PlannedTouch",
    "Reference",
    "Round",
    "Scenario",
    "is_business_day",
    "next_bd",
    "on_or_after",
    "parse_scenario",
    "plan_application",
    "plan_scenario",
    "plan_to_json",
    "prev_bd",
    "touch_to_json",
]
