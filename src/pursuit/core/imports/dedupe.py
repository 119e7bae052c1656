"""Finding the same person twice, in one file and against the contacts already stored.

The planner is fed records one by one and keeps one group per person. A group is either new
(it will become a contact) or stands for a stored contact (its file records merge into it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pursuit.core.imports.identity import name_company_key, normalise_email, normalise_linkedin
from pursuit.core.imports.merge import merge_records
from pursuit.core.imports.model import ContactRecord


@dataclass(frozen=True, slots=True)
class StoredIdentity:
    """What the planner needs to know of a stored contact to match it."""

    contact_id: int
    linkedin: str
    emails: tuple[str, ...]
    full_name: str
    company: str


@dataclass(slots=True)
class Group:
    """One person: a stored contact (`contact_id`) or a new one, and what the file adds."""

    contact_id: int | None
    record: ContactRecord | None  # the file's records merged; None until one arrives
    profile: str  # normalised LinkedIn URL, "" when unknown
    lines: list[int] = field(default_factory=list)


@dataclass(slots=True)
class MergePlan:
    groups: list[Group] = field(default_factory=list)
    created: int = 0
    merged: int = 0

    @property
    def new_groups(self) -> list[Group]:
        return [g for g in self.groups if g.contact_id is None]

    @property
    def stored_groups(self) -> list[Group]:
        return [g for g in self.groups if g.contact_id is not None and g.record is not None]


class DuplicatePlanner:
    """Assigns each record to a person; `plan` says what to create and what to merge."""

    def __init__(self, stored: Iterable[StoredIdentity] = ()) -> None:
        self.plan = MergePlan()
        self._by_profile: dict[str, Group] = {}
        self._by_email: dict[str, Group] = {}
        # Name keys cost a Unicode normalisation each and only matter once a record without
        # profile URL and e-mail turns up (never, in a LinkedIn export): they are computed then.
        self._by_name: dict[str, list[Group]] | None = None
        self._names: list[tuple[Group, str, str]] = []
        for identity in stored:
            group = Group(identity.contact_id, None, normalise_linkedin(identity.linkedin))
            self.plan.groups.append(group)
            self._index(group, group.profile, identity.emails, identity.full_name,
                        identity.company)

    def _index(self, group: Group, profile: str, emails: Iterable[str], name: str,
               company: str) -> None:
        if profile:
            self._by_profile.setdefault(profile, group)
        for address in emails:
            self._by_email.setdefault(normalise_email(address), group)
        if self._by_name is None:
            self._names.append((group, name, company))
        else:
            self._index_name(group, name, company)

    def _index_name(self, group: Group, name: str, company: str) -> None:
        assert self._by_name is not None
        key = name_company_key(name, company)
        if key:
            same_name = self._by_name.setdefault(key, [])
            if group not in same_name:
                same_name.append(group)

    def _name_index(self) -> dict[str, list[Group]]:
        if self._by_name is None:
            self._by_name = {}
            for group, name, company in self._names:
                self._index_name(group, name, company)
            self._names = []
        return self._by_name

    def _match(self, record: ContactRecord, profile: str, emails: list[str]) -> Group | None:
        if profile:
            group = self._by_profile.get(profile)
            if group is not None:
                return group
        for address in emails:
            group = self._by_email.get(address)
            if group is not None:
                # Two different profile URLs are two people, even sharing an address.
                if profile and group.profile and group.profile != profile:
                    return None
                return group
        if profile or emails:
            return None
        key = name_company_key(record.stored_name, record.company)
        candidates = self._name_index().get(key, []) if key else []
        # Homonyms with different profiles at one company: we cannot tell which one is meant,
        # so the record stays apart (the merge page shows it as a near match).
        return candidates[0] if len(candidates) == 1 else None

    def add(self, record: ContactRecord) -> Group:
        profile = normalise_linkedin(record.linkedin)
        emails = [normalise_email(e.address) for e in record.emails if e.address.strip()]
        group = self._match(record, profile, emails)
        if group is None:
            group = Group(None, record, profile, [record.line])
            self.plan.groups.append(group)
            self.plan.created += 1
        else:
            group.record = record if group.record is None else merge_records(group.record,
                                                                             record)
            group.lines.append(record.line)
            if profile and not group.profile:
                group.profile = profile
            self.plan.merged += 1
        self._index(group, profile, emails, record.stored_name, record.company)
        return group
