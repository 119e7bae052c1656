"""Rendering user templates: the sandbox holds, a missing field is named, defaults are clean.

Pure: no database (pursuit.core.letters has no Django)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from pursuit.core.errors import BadInput
from pursuit.core.letters import (
    KINDS,
    VARIANTS,
    Strength,
    default_template,
    fitting_strengths,
    render_text,
    sample_input,
    spoken_phone,
    template_context,
)
from pursuit.core.letters.schedule import next_business_morning

CONTEXT = {"recipient": {"first_name": "Adaeze", "title": "VP, Research"},
           "topics": ["Kafka", "on-call"], "people": [{"name": "Minh"}]}


@pytest.mark.parametrize("source", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ joiner.__init__.__globals__['os'].system('true') }}",
    "{{ lipsum.__globals__ }}",
    "{{ recipient|attr('__class__') }}",
    "{{ '{0.__class__}'.format(recipient) }}",
    "{{ self._TemplateReference__context }}",
    "{{ recipient.items.__self__ }}",
])
def test_a_template_cannot_reach_python_internals(source: str) -> None:
    with pytest.raises(BadInput) as caught:
        render_text(source, CONTEXT)
    assert caught.value.where is not None and caught.value.where.startswith("template:")
    leaked = str(caught.value)
    assert "<module" not in leaked and "object at 0x" not in leaked and "<class" not in leaked


@pytest.mark.parametrize("source", ["{{ recipient.items }}", "{{ self }}", "{{ cycler }}"])
def test_printing_an_object_is_refused_rather_than_showing_its_repr(source: str) -> None:
    with pytest.raises(BadInput) as caught:
        render_text(source, CONTEXT)
    assert "0x" not in str(caught.value)


def test_huge_repeats_and_powers_are_refused() -> None:
    for source in ("{{ 'x' * 100000000 }}", "{{ 10 ** 100000 }}", "{{ topics * 100000 }}"):
        with pytest.raises(BadInput, match="the template was stopped: it (makes a value longer"
                                           "|computes a number larger)"):
            render_text(source, CONTEXT)


@pytest.mark.parametrize(("source", "field"), [
    ("Dear {{ recipient.nickname }},", "recipient.nickname"),
    ("{{ interviewer_name }}", "interviewer_name"),
    ("{{ topics[5] }}", "topics[5]"),
    ("{% for p in people %}{{ p.title }}{% endfor %}", "people[0].title"),
    ("{{ recipient.nickname|upper }}", "recipient.nickname"),
    ("{% if employer == 'x' %}{% endif %}", "employer"),
])
def test_a_missing_field_is_an_error_that_names_it(source: str, field: str) -> None:
    with pytest.raises(BadInput) as caught:
        render_text(source, CONTEXT)
    assert caught.value.where == f"template:{field}"
    assert field in caught.value.message


def test_a_syntax_error_names_the_line() -> None:
    with pytest.raises(BadInput) as caught:
        render_text("Dear {{ recipient.first_name }},\n\n{% if topics %}\nno end", CONTEXT)
    assert caught.value.where is not None and caught.value.where.startswith("template:line ")


def test_optional_fields_and_tidy_output() -> None:
    text = render_text("Hi {{ recipient.first_name }},\n\n\n\n{% if recipient.nickname is "
                       "defined %}x{% endif %}{{ recipient.middle|default('') }}  \nBye",
                       CONTEXT)
    assert text == "Hi Adaeze,\n\nBye"


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_shipped_template_renders_every_variant(kind: str) -> None:
    template = default_template(kind)  # type: ignore[arg-type]
    for variant in range(VARIANTS):
        context = template_context(sample_input(variant=variant))
        text = render_text(template.subject, context) + "\n" + render_text(template.body, context)
        assert "{" not in text and "}" not in text and "None" not in text
        assert "Jordan Rivera" in text


def test_the_call_script_has_a_short_voicemail_with_the_number_said_slowly() -> None:
    text = render_text(default_template("call_script").body, template_context(sample_input()))
    voicemail = text.split("Voicemail", 1)[1].split("\n", 1)[1]
    assert voicemail.count("312, 555, 0100") == 2
    assert 35 <= len(voicemail.split()) <= 65  # about 20 seconds at a calm pace
    assert "interested" in text and "any further information" in text


def test_strengths_are_picked_by_the_topics_of_each_person() -> None:
    strengths = [Strength("cut cloud costs 30% at Acme", keywords="cloud cost aws"),
                 Strength("built a real-time data platform", keywords="kafka postgresql"),
                 Strength("led a team of five engineers", keywords="mentoring hiring")]
    assert fitting_strengths(strengths, ["Kafka to PostgreSQL pipeline"])[0].strength \
        == strengths[1]
    mentoring = fitting_strengths(strengths, ["on-call practices", "mentoring"])
    assert [fit.strength for fit in mentoring] == [strengths[2]]
    assert mentoring[0].topic == "mentoring"
    assert fitting_strengths(strengths, [], "cloud spend")[0].strength == strengths[0]
    # Nothing fits: one strength is still offered, a different one per variant.
    picks = {fitting_strengths(strengths, ["golf"], variant=v)[0].strength for v in range(3)}
    assert len(picks) == 3


def test_phone_numbers_are_grouped_to_be_said_slowly() -> None:
    assert spoken_phone("+1 312 555 0100") == "312, 555, 0100"
    assert spoken_phone("(312) 555-0100") == "312, 555, 0100"
    assert spoken_phone("+44 20 7946 0958") == "+44, 20, 7946, 0958"


CHICAGO = "America/Chicago"


def test_next_business_morning_in_the_recipients_timezone() -> None:
    friday_evening = datetime(2025, 10, 17, 18, 0, tzinfo=ZoneInfo(CHICAGO))
    monday = next_business_morning(friday_evening, "America/New_York", frozenset())
    assert monday == datetime(2025, 10, 20, 8, 0, tzinfo=ZoneInfo("America/New_York"))
    early = datetime(2025, 10, 20, 6, 30, tzinfo=ZoneInfo(CHICAGO))
    assert next_business_morning(early, CHICAGO, frozenset()).date() == date(2025, 10, 20)
    # A holiday is skipped; after the DST change the morning is still 8:00 on the wall clock.
    before_holiday = datetime(2025, 11, 26, 12, 0, tzinfo=ZoneInfo(CHICAGO))
    after = next_business_morning(before_holiday, CHICAGO, frozenset({date(2025, 11, 27)}))
    assert after.date() == date(2025, 11, 28) and after.hour == 8
    over_dst = next_business_morning(datetime(2025, 10, 31, 17, 0, tzinfo=ZoneInfo(CHICAGO)),
                                     CHICAGO, frozenset())
    assert over_dst.date() == date(2025, 11, 3) and over_dst.utcoffset() is not None
    assert over_dst.astimezone(ZoneInfo(CHICAGO)).hour == 8
