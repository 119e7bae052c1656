"""The personas of the coaching tests, in one fixture: the owner candidate (with the web
tests' small world of data), their active coach, another coach with a candidate of their own,
that other candidate, and an anonymous visitor."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.test import Client

from pursuit.accounts.models import User
from pursuit.coaching.models import CoachLink
from tests.web.conftest import (  # noqa: F401  (fixtures shared with the web tests)
    World,
    _fast_passwords,
    _private_cache,
    signed_in,
)
from tests.web.conftest import world as world  # noqa: F401  (a fixture)

OWNER, COACH, OTHER_COACH, OTHER_CANDIDATE, ANONYMOUS = (
    "owner", "their_coach", "another_coach", "another_candidate", "anonymous")
PERSONAS = (OWNER, COACH, OTHER_COACH, OTHER_CANDIDATE, ANONYMOUS)


def make_link(candidate: User, coach: User, *, share_letters: bool = False) -> CoachLink:
    """An accepted link, made directly (the invitation itself is tested on its own)."""
    from django.utils import timezone

    from pursuit.crypto import hash_token

    return CoachLink.objects.create(
        candidate=candidate, coach=coach, coach_email=coach.email,
        token_hash=hash_token(f"test-{candidate.pk}-{coach.pk}"),
        status=CoachLink.Status.ACTIVE, accepted_at=timezone.now(), share_letters=share_letters)


@dataclass
class Personas:
    world: World
    owner: User
    coach: User
    other_coach: User
    other_candidate: User
    link: CoachLink  # owner -> coach, active, letters shared
    other_link: CoachLink  # other candidate -> other coach, active

    def user(self, name: str) -> User | None:
        return {OWNER: self.owner, COACH: self.coach, OTHER_COACH: self.other_coach,
                OTHER_CANDIDATE: self.other_candidate}.get(name)

    def client(self, name: str) -> Client:
        user = self.user(name)
        return signed_in(user) if user is not None else Client()


@pytest.fixture
def personas(world, make_user, make_contact, make_application) -> Personas:  # type: ignore[no-untyped-def]
    # Names no page of the app prints unless it shows the owner's own data.
    make_contact(world.owner, "Zebulon Quuxworth")
    make_application(world.owner, employer="Quuxworth Freight", role="Analyst")
    coach = make_user("coach@example.com", full_name="Casey Coach", is_coach=True)
    other_coach = make_user("other.coach@example.com", full_name="Otto Coach", is_coach=True)
    other_candidate = make_user("other.candidate@example.com", full_name="Olive Candidate")
    return Personas(
        world=world, owner=world.owner, coach=coach, other_coach=other_coach,
        other_candidate=other_candidate,
        link=make_link(world.owner, coach, share_letters=True),
        other_link=make_link(other_candidate, other_coach),
    )
