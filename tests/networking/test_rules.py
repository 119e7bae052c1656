"""The networking rules, without a database."""

from __future__ import annotations

from datetime import date, timedelta

from pursuit.core import networking as rules

MONDAY = date(2025, 10, 13)


def test_the_closest_tie_sets_the_default_interval() -> None:
    assert rules.default_interval(["linkedin", "family"]) == 30
    assert rules.default_interval(["former_manager"]) == 45
    assert rules.default_interval(["linkedin"]) == 90
    assert rules.default_interval([]) == rules.FALLBACK_INTERVAL_DAYS
    assert rules.default_interval(["no-such-source"]) == rules.FALLBACK_INTERVAL_DAYS


def test_due_counts_from_the_last_interaction_or_else_from_when_added() -> None:
    created = date(2025, 1, 1)
    assert rules.keep_in_touch_due(None, created, 30) == date(2025, 1, 31)
    assert rules.keep_in_touch_due(date(2025, 3, 1), created, 30) == date(2025, 3, 31)
    # An interaction from before the person was added (logged late, or imported) still counts:
    # the rhythm runs from the last real contact, so they are overdue.
    assert rules.keep_in_touch_due(date(2024, 6, 1), created, 30) == date(2024, 7, 1)


def test_streak_runs_to_yesterday_until_today_is_met() -> None:
    days = {MONDAY - timedelta(days=n): 20 for n in range(1, 4)}
    assert rules.streak(days, 15, MONDAY) == rules.Streak(3, False)
    assert rules.streak(days | {MONDAY: 15}, 15, MONDAY) == rules.Streak(4, True)
    assert rules.streak(days | {MONDAY - timedelta(days=2): 5}, 15, MONDAY).days == 1


def test_streak_reads_each_day_against_the_goal_it_had() -> None:
    yesterday = MONDAY - timedelta(days=1)
    assert rules.streak({yesterday: 15}, 30, MONDAY, {yesterday: 15}).days == 1
    assert rules.streak({yesterday: 15}, 30, MONDAY).days == 0


def test_suggestion_avoids_what_was_used_lately_and_changes_day_to_day() -> None:
    used = {idea.key: MONDAY for idea in rules.IDEAS if idea.key != "church"}
    assert rules.choose_suggestion(MONDAY, used).key == "church"
    fresh = [rules.choose_suggestion(MONDAY + timedelta(days=n), {}).key for n in range(3)]
    assert len(set(fresh)) == 3
    # The same inputs always give the same idea (the page and the digest agree).
    assert rules.choose_suggestion(MONDAY, {}) == rules.choose_suggestion(MONDAY, {})


def test_when_everything_was_used_the_least_recent_is_suggested() -> None:
    used = {idea.key: MONDAY for idea in rules.IDEAS}
    used["family"] = MONDAY - timedelta(days=3)
    assert rules.choose_suggestion(MONDAY, used).key == "family"


def test_stage_paths_tell_where_an_application_went() -> None:
    assert rules.stage_path("interested", False) == ()
    assert rules.stage_path("applied", False) == ("Applied", "No answer yet")
    assert rules.stage_path("rejected", False) == ("Applied", "Rejected")
    assert rules.stage_path("rejected", True) == ("Applied", "Interviewing", "Rejected")
    assert rules.stage_path("accepted", True) == ("Applied", "Interviewing", "Offer", "Accepted")
    assert rules.stage_path("interviewing", False) == ("Applied", "Interviewing",
                                                       "Still interviewing")


def test_sankey_nodes_are_as_tall_as_their_flows_and_bands_fit_them() -> None:
    paths = [rules.stage_path(s, i) for s, i in
             [("rejected", True), ("rejected", False), ("offer", True), ("applied", False)]]
    flows = rules.flows_from_paths(paths)
    assert rules.Flow("Applied", "Interviewing", 2) in flows
    layout = rules.sankey_layout(flows, width=700, height=300)
    nodes = {n.label: n for n in layout.nodes}
    assert nodes["Applied"].value == 4 and nodes["Rejected"].value == 2
    assert abs(nodes["Applied"].height - 2 * nodes["Rejected"].height) < 0.01
    assert all(n.y >= 0 and n.y + n.height <= 300.01 for n in layout.nodes)
    out_of_applied = sum(lk.thickness for lk in layout.links if lk.source == "Applied")
    assert abs(out_of_applied - nodes["Applied"].height) < 0.05
    assert nodes["Applied"].x == 0 and not nodes["Applied"].label_at_left
    assert rules.sankey_layout([]).nodes == ()


def test_the_phones_sankey_keeps_each_label_on_its_own_line_inside_the_drawing() -> None:
    # The demo's spread, and a crowded one: many applications, five endings of one each.
    demo = ([("accepted", True)] + [("offer", True)] + [("interviewing", True)] * 4
            + [("rejected", True), ("rejected", False), ("withdrawn", False),
               ("filled", False), ("filled", True)] + [("applied", False)] * 2)
    crowded = [("applied", False)] * 60 + [("accepted", True), ("offer", True),
               ("rejected", True), ("withdrawn", True), ("filled", True)]
    for spread in (demo, crowded):
        flows = rules.flows_from_paths(rules.stage_path(s, i) for s, i in spread)
        layout = rules.sankey_layout(flows, width=rules.PHONE_WIDTH, height=360,
                                     labels_above=True)
        boxes = {n.label: rules._label_box(n) for n in layout.nodes}
        for label, (left, right, top, bottom) in boxes.items():
            assert left >= 0 and right <= rules.PHONE_WIDTH, label
            assert top >= 0 and bottom <= layout.height, label
            for other, (o_left, o_right, o_top, o_bottom) in boxes.items():
                if other != label:
                    apart = right <= o_left or o_right <= left or bottom <= o_top \
                        or o_bottom <= top
                    assert apart, (label, other)
    # The wide drawing is unchanged: labels beside their nodes, centred on them.
    wide = rules.sankey_layout(flows)
    assert all(not n.label_above and n.label_dy == "0.35em" for n in wide.nodes)


def test_adherence_sorts_follow_ups_into_on_time_late_and_missed() -> None:
    today = MONDAY + timedelta(days=9)  # Wednesday of the next week
    touches = [
        rules.TouchRecord("done", MONDAY, MONDAY),
        rules.TouchRecord("done", MONDAY, MONDAY + timedelta(days=2)),
        rules.TouchRecord("skipped", MONDAY + timedelta(days=1), None),
        rules.TouchRecord("planned", MONDAY + timedelta(days=2), None),  # passed, not done
        rules.TouchRecord("planned", today, None),  # due today: not yet missed
        rules.TouchRecord("cancelled", MONDAY, None),
    ]
    weeks = rules.adherence_by_week(touches, today, weeks=2)
    assert [(w.on_time, w.late, w.missed) for w in weeks] == [(1, 1, 2), (0, 0, 0)]
    bars, top = rules.adherence_bars(weeks, height=100)
    assert top == 4
    assert [s.kind for s in bars[0].segments] == ["on_time", "late", "missed"]
    assert bars[0].segments[-1].y == 0 and bars[1].segments == ()


def test_heatmap_has_a_cell_per_day_up_to_today_at_its_weekday() -> None:
    today = MONDAY + timedelta(days=2)
    cells, months = rules.heatmap_cells({today: 30, MONDAY: 5}, goal=15, today=today, weeks=4)
    assert len(cells) == 21 + 3
    assert cells[-1].day == today and cells[-1].level == 4
    by_day = {c.day: c for c in cells}
    assert by_day[MONDAY].level == 1 and by_day[MONDAY].y == 0
    assert by_day[today].y == 2 * (14 + 3)
    # The first column starts on 22 September: too late in the month to carry its name.
    assert [m.text for m in months] == ["Oct"]
    assert rules.heat_level(10, 15) == 2 and rules.heat_level(15, 15) == 3


def test_the_rhythms_offered_keep_a_persons_own_in_order() -> None:
    assert [d for d, _ in rules.rhythm_choices(None)] == [None, 14, 30, 91, 182, 365]
    assert [d for d, _ in rules.rhythm_choices(45)] == [None, 14, 30, 45, 91, 182, 365]
    assert rules.rhythm_label(30) == "monthly" and rules.rhythm_label(45) == "every 45 days"
    assert rules.rhythm_label(14) == "every 2 weeks"
