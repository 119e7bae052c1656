"""The networking rules: keep-in-touch intervals, streaks, the daily suggestion, chart geometry.

Pure functions over plain values (no Django, no clock): the networking app reads rows, turns
them into these inputs, and renders what comes back. Source keys are the values of
`contacts.models.Source`; action keys are the kinds of a logged interaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

# --- Keep in touch ---------------------------------------------------------------------------

# Days between two contacts, by how the user knows a person. Close ties get a short rhythm so
# they stay warm; loose online ties a long one so the list of people due stays short enough to
# get through. Interviewers of a closed application get a month: soon enough to be remembered
# ("there will be other opportunities"), late enough not to look like pestering.
DEFAULT_INTERVAL_DAYS: Mapping[str, int] = {
    "family": 30,
    "interview": 30,
    "former_manager": 45,
    "career_counselor": 45,
    "event": 45,
    "former_coworker": 60,
    "alumni": 60,
    "professor": 60,
    "church": 60,
    "business_card": 60,
    "faculty": 90,
    "school_function": 90,
    "social_gathering": 90,
    "linkedin": 90,
    "import": 90,
    "other": 90,
    "twitter": 120,
    "other_social": 120,
}
FALLBACK_INTERVAL_DAYS = 90
INTERVIEW_INTERVAL_DAYS = DEFAULT_INTERVAL_DAYS["interview"]


# The rhythms offered on a contact's page ("Keep in touch": how often), in days; None is
# "not on the list". Quarterly and twice a year are 91 and 182 days so a reminder falls on the
# same weekday as the last contact, as a weekly habit expects.
RHYTHMS: tuple[tuple[int | None, str], ...] = (
    (None, "Never (not on the list)"),
    (14, "Every 2 weeks"),
    (30, "Monthly"),
    (91, "Quarterly"),
    (182, "Twice a year"),
    (365, "Yearly"),
)


def rhythm_choices(current: int | None) -> list[tuple[int | None, str]]:
    """The rhythms to offer a person now on `current` days: the usual ones, and theirs when it
    is none of them (45 days from an event), so saving the form never changes it unasked."""
    choices = list(RHYTHMS)
    if current is not None and current not in {days for days, _ in RHYTHMS}:
        choices.append((current, f"Every {current} days"))
        choices.sort(key=lambda choice: -1 if choice[0] is None else choice[0])
    return choices


def rhythm_label(days: int | None) -> str:
    """"monthly", "every 2 weeks", "every 45 days"; "not on the list" for None."""
    for value, label in RHYTHMS:
        if value == days:
            return "not on the list" if days is None else label[:1].lower() + label[1:]
    return f"every {days} days"


def default_interval(sources: Iterable[str]) -> int:
    """The rhythm for a person known through these sources: the closest tie wins."""
    known = [DEFAULT_INTERVAL_DAYS[s] for s in sources if s in DEFAULT_INTERVAL_DAYS]
    return min(known, default=FALLBACK_INTERVAL_DAYS)


def keep_in_touch_due(last_interaction: date | None, created: date, interval_days: int) -> date:
    """The day the next contact is due: `interval_days` after the last interaction of any kind
    (a call, a coffee, a done follow-up), or after the person was added if there was none.

    Counted from what was done, never from the last reminder: ignoring a reminder does not
    push the next one away.
    """
    # An interaction logged (or imported) from before the person was added still counts: the
    # rhythm runs from the last real contact.
    start = last_interaction or created
    return start + timedelta(days=max(interval_days, 1))


# --- The daily session -----------------------------------------------------------------------

ACTIONS: Mapping[str, str] = {
    "call": "Call",
    "coffee": "Coffee",
    "email": "E-mail",
    "message": "Message",
    "event": "Event",
    "card_gathered": "Card gathered",
}


@dataclass(frozen=True, slots=True)
class Streak:
    days: int
    today_met: bool


def streak(minutes_by_day: Mapping[date, int], goal: int, today: date,
           goal_by_day: Mapping[date, int] | None = None) -> Streak:
    """Consecutive days, ending today, on which the goal was met.

    `goal_by_day` holds the goal each past day had (raising the goal later does not break an
    old streak); days without one use `goal`. A day still in progress does not break the
    streak: until today's goal is met the count runs up to yesterday, so the morning does not
    greet the user with a zero.
    """
    goals = goal_by_day or {}

    def met(day: date) -> bool:
        return minutes_by_day.get(day, 0) >= max(goals.get(day, goal), 1)

    today_met = met(today)
    day = today if today_met else today - timedelta(days=1)
    count = 0
    while met(day):
        count += 1
        day -= timedelta(days=1)
    return Streak(count, today_met)


def week_streak(minutes_by_day: Mapping[date, int], goal: int, today: date) -> Streak:
    """Weeks in a row (Monday to Sunday, ending with this one) whose minutes reached `goal`;
    the week in progress does not break it (like a day in `streak`). `today_met` is this
    week's goal met."""
    def total(monday: date) -> int:
        return sum(minutes_by_day.get(monday + timedelta(days=n), 0) for n in range(7))

    monday = today - timedelta(days=today.weekday())
    this_met = total(monday) >= max(goal, 1)
    week = monday if this_met else monday - timedelta(days=7)
    count = 0
    while total(week) >= max(goal, 1):
        count += 1
        week -= timedelta(days=7)
    return Streak(count, this_met)


# --- Something new each day ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Idea:
    key: str  # a source or an action key
    text: str


# "Challenge yourself each day to come up with something new": one idea per source the advice
# names and per action the session logs.
IDEAS: tuple[Idea, ...] = (
    Idea("alumni", "Look up your college alumni association's next event or directory and "
                   "reach out to one graduate in your field."),
    Idea("school_function", "Go to a school function (a talk, a game, an open house) and "
                            "talk to one parent or teacher about your search."),
    Idea("social_gathering", "At the next party or gathering, ask two people what they do "
                             "and for their business cards."),
    Idea("church", "Mention your search to someone at church or in your community group."),
    Idea("former_coworker", "Write to a former co-worker you have not spoken to in a while: "
                            "ask what they are working on."),
    Idea("former_manager", "Ask a former manager for twenty minutes of advice on your search."),
    Idea("professor", "E-mail a professor whose class you enjoyed: tell them where you are "
                      "headed and ask whom they know."),
    Idea("career_counselor", "Book a session with a career counselor and bring your target "
                             "list."),
    Idea("faculty", "Contact someone in your old department's faculty about alumni in your "
                    "target companies."),
    Idea("linkedin", "Send a LinkedIn invitation with a personal note to someone you met "
                     "recently."),
    Idea("twitter", "Reply thoughtfully to a post by someone at a company you want to work "
                    "for."),
    Idea("other_social", "Join a professional group on a social network and introduce "
                         "yourself there."),
    Idea("family", "Tell a family member the kind of role you want and ask whom they know."),
    Idea("event", "Find one event this week (a meetup, a fair, an alumni evening) and plan to "
                  "gather three cards."),
    Idea("call", "Call someone you would normally e-mail."),
    Idea("coffee", "Invite someone in your network for a coffee."),
    Idea("card_gathered", "Be more concerned with gathering business cards than passing them "
                          "out: gather one today."),
)
RECENT_DAYS = 14


def choose_suggestion(today: date, last_used: Mapping[str, date],
                      ideas: Sequence[Idea] = IDEAS, recent_days: int = RECENT_DAYS) -> Idea:
    """Today's idea: one whose source or action the user has not used in `recent_days`.

    Deterministic for a date and a usage history (the page and the morning digest agree), and
    it rotates through the fresh ideas as the days pass. When everything was used lately, the
    least recently used ideas are the candidates.
    """
    if not ideas:
        raise ValueError("no ideas to choose from")
    horizon = today - timedelta(days=recent_days)
    fresh = [i for i in ideas if last_used.get(i.key, date.min) < horizon]
    if not fresh:
        oldest = min(last_used.get(i.key, date.min) for i in ideas)
        fresh = [i for i in ideas if last_used.get(i.key, date.min) == oldest]
    return fresh[today.toordinal() % len(fresh)]


# --- Chart: the pipeline as a Sankey diagram -------------------------------------------------

APPLIED, INTERVIEWING, WAITING = "Applied", "Interviewing", "No answer yet"
OFFER, ACCEPTED, STILL_INTERVIEWING = "Offer", "Accepted", "Still interviewing"
REJECTED, WITHDREW, FILLED = "Rejected", "Withdrew", "Filled or closed"
# Columns left to right; a flow may skip a column (applied, then rejected without a round).
SANKEY_COLUMNS: tuple[tuple[str, ...], ...] = (
    (APPLIED,),
    (INTERVIEWING, WAITING),
    (OFFER, STILL_INTERVIEWING, REJECTED, WITHDREW, FILLED),
    (ACCEPTED,),
)
_END_OF_STAGE = {"rejected": REJECTED, "withdrawn": WITHDREW, "filled": FILLED,
                 "closed": FILLED, "offer": OFFER, "accepted": OFFER}


def stage_path(stage: str, interviewed: bool) -> tuple[str, ...]:
    """The nodes one application went through, from its stage and whether it had a round.

    Applications only marked "interested" were never sent, so they have no path. Stage
    history is not stored, so the path is the shortest story the current stage tells.
    """
    if stage == "interested":
        return ()
    path = [APPLIED]
    if interviewed or stage == "interviewing":
        path.append(INTERVIEWING)
    end = _END_OF_STAGE.get(stage)
    if end is None:
        path.append(STILL_INTERVIEWING if len(path) > 1 else WAITING)
    else:
        path.append(end)
    if stage == "accepted":
        path.append(ACCEPTED)
    return tuple(path)


@dataclass(frozen=True, slots=True)
class Flow:
    source: str
    target: str
    value: int


def flows_from_paths(paths: Iterable[Sequence[str]]) -> list[Flow]:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for path in paths:
        for a, b in zip(path, path[1:], strict=False):
            counts[(a, b)] += 1
    return [Flow(a, b, n) for (a, b), n in sorted(counts.items())]


@dataclass(frozen=True, slots=True)
class SankeyNode:
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    label_at_left: bool = False  # the last column's labels sit left of the node (end anchor)
    # The phone's layout: the label on its own line above the node, in the gap between nodes,
    # not beside it, where four columns leave no room for a label at a legible size.
    label_above: bool = False
    label_down: float = 0.0  # moved down by this much so it touches no other label
    label_back: float = 0.0  # moved left by this much so it ends inside the drawing

    @property
    def label_y(self) -> float:
        if self.label_above:
            return round(self.y - LABEL_ABOVE_GAP + self.label_down, 2)
        return round(self.y + self.height / 2, 2)

    @property
    def label_x(self) -> float:
        if self.label_above:
            return round((self.x + self.width if self.label_at_left else self.x)
                         - self.label_back, 2)
        return round(self.x - 6 if self.label_at_left else self.x + self.width + 6, 2)

    @property
    def label_dy(self) -> str:
        """The text's shift from label_y: centred on it beside a node, sitting on it above."""
        return "0" if self.label_above else "0.35em"


@dataclass(frozen=True, slots=True)
class SankeyLink:
    source: str
    target: str
    value: int
    path: str  # an SVG path drawn with stroke-width = thickness
    thickness: float


@dataclass(frozen=True, slots=True)
class Sankey:
    width: float
    height: float
    nodes: tuple[SankeyNode, ...]
    links: tuple[SankeyLink, ...]


# Between a label set above its node and the node's top, in SVG units.
LABEL_ABOVE_GAP = 4
# The phone's drawing: about as many units wide as CSS pixels in a 390 px window's card, so
# its 12-unit labels read at about 12 px (the wide drawing, 720 units, shrank them to 8).
PHONE_WIDTH = 340
PHONE_LINE = 18  # a label's line above its node: 12-unit text and room around it
# A generous guess of a 12-unit bold label's advance per character (DejaVu Sans Bold, the
# widest of the usual system fonts, averages about 0.65 em), to keep labels apart.
LABEL_CHAR = 8.2
LABEL_HEIGHT = 13


def _label_box(node: SankeyNode) -> tuple[float, float, float, float]:
    """Left, right, top, bottom of a label set above its node, estimated from its text."""
    text = LABEL_CHAR * (len(node.label) + 1 + len(str(node.value)))
    left = node.label_x - text if node.label_at_left else node.label_x
    return left, left + text, node.label_y - LABEL_HEIGHT + 2, node.label_y + 3


def _declutter(nodes: list[SankeyNode], width: float) -> list[SankeyNode]:
    """Labels above their nodes, each moved left if it would run past the drawing's right
    edge, then down below any label it would touch (a short node's label next to a tall
    column's, the last column's beside the one before it)."""
    placed: list[SankeyNode] = []
    for node in sorted(nodes, key=lambda n: (n.label_y, n.x)):
        past = _label_box(node)[1] - width
        if past > 0 and not node.label_at_left:
            node = replace(node, label_back=past)
        moved = True
        while moved:
            moved = False
            left, right, top, bottom = _label_box(node)
            for other in placed:
                o_left, o_right, o_top, o_bottom = _label_box(other)
                if left < o_right + 4 and o_left < right + 4 and top < o_bottom and o_top < bottom:
                    node = replace(node, label_down=node.label_down + o_bottom - top + 2)
                    moved = True
        placed.append(node)
    return placed


def sankey_layout(flows: Sequence[Flow], columns: Sequence[Sequence[str]] = SANKEY_COLUMNS,
                  width: float = 720, height: float = 320, node_width: float = 14,
                  gap: float = 14, labels_above: bool = False) -> Sankey:
    """Boxes for the nodes and bands for the flows, in SVG user units.

    A node is as tall as the larger of what flows in and out of it; every column shares one
    scale so band widths compare across the chart. Nodes with no flow are left out.
    `labels_above` (the phone's layout) keeps a line above each node for its label: the
    gaps between nodes, and the space above the first, are a label's line tall.
    """
    top = 0.0
    if labels_above:
        gap, top = max(gap, PHONE_LINE), PHONE_LINE
    inflow: dict[str, int] = defaultdict(int)
    outflow: dict[str, int] = defaultdict(int)
    for f in flows:
        outflow[f.source] += f.value
        inflow[f.target] += f.value
    value = {n: max(inflow[n], outflow[n]) for n in set(inflow) | set(outflow)}
    cols = [[n for n in col if value.get(n, 0) > 0] for col in columns]
    cols = [c for c in cols if c]
    if not cols:
        return Sankey(width, height, (), ())
    room = min((height - top - gap * (len(c) - 1)) / max(sum(value[n] for n in c), 1)
               for c in cols)
    step = (width - node_width) / max(len(cols) - 1, 1)
    nodes: dict[str, SankeyNode] = {}
    for i, col in enumerate(cols):
        y = top
        for n in col:
            h = value[n] * room
            nodes[n] = SankeyNode(n, value[n], round(i * step, 2), round(y, 2), node_width,
                                  round(h, 2), label_at_left=i == len(cols) - 1 and i > 0,
                                  label_above=labels_above)
            y += h + gap
    order = {n: k for k, n in enumerate(n for col in cols for n in col)}
    out_y = {n: node.y for n, node in nodes.items()}
    in_y = dict(out_y)
    links = []
    # Bands leave and enter each node in the order of the nodes they go to, so they don't cross
    # at their ends.
    for f in sorted(flows, key=lambda f: (order.get(f.source, 0), order.get(f.target, 0))):
        if f.source not in nodes or f.target not in nodes:
            continue
        t = f.value * room
        a, b = nodes[f.source], nodes[f.target]
        x0, x1 = a.x + a.width, b.x
        y0, y1 = out_y[f.source] + t / 2, in_y[f.target] + t / 2
        out_y[f.source] += t
        in_y[f.target] += t
        mid = (x0 + x1) / 2
        path = (f"M{x0:.1f},{y0:.1f} C{mid:.1f},{y0:.1f} {mid:.1f},{y1:.1f} "
                f"{x1:.1f},{y1:.1f}")
        links.append(SankeyLink(f.source, f.target, f.value, path, round(max(t, 1.0), 2)))
    laid = tuple(nodes.values())
    if labels_above:
        laid = tuple(_declutter(list(laid), width))
        height = max(height, *(_label_box(n)[3] for n in laid))
    return Sankey(width, height, laid, tuple(links))


# --- Chart: follow-up adherence by week ------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TouchRecord:
    """One follow-up as adherence sees it; days are in the user's timezone."""

    status: str  # planned, done, skipped, cancelled
    due_on: date  # the last day it counts as on time (a thank-you's deadline day)
    done_on: date | None


@dataclass(frozen=True, slots=True)
class WeekAdherence:
    week_start: date
    on_time: int
    late: int
    missed: int

    @property
    def total(self) -> int:
        return self.on_time + self.late + self.missed


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def adherence_by_week(touches: Iterable[TouchRecord], today: date,
                      weeks: int = 12) -> list[WeekAdherence]:
    """Per week of the due day, the last `weeks` weeks up to this one, oldest first.

    On time: done by its day. Late: done after it. Missed: skipped, or its day has passed and
    it is still not done. Cancelled touches (the job was filled) and touches not yet due are
    not counted: they were never the user's to miss.
    """
    first = week_start(today) - timedelta(weeks=weeks - 1)
    tally: dict[date, list[int]] = {first + timedelta(weeks=w): [0, 0, 0] for w in range(weeks)}
    slot = {ON_TIME: 0, LATE: 1, MISSED: 2}
    for t in touches:
        bucket = tally.get(week_start(t.due_on))
        verdict = adherence_verdict(t, today)
        if bucket is not None and verdict is not None:
            bucket[slot[verdict]] += 1
    return [WeekAdherence(w, *counts) for w, counts in sorted(tally.items())]


ON_TIME, LATE, MISSED = "on_time", "late", "missed"


def adherence_verdict(t: TouchRecord, today: date) -> str | None:
    """ON_TIME, LATE or MISSED for one follow-up, or None when it does not count (yet).

    The one rule for "was it done on time": the charts page and the coach's figures
    (`core.coaching`) both ask it, so a candidate and their coach never read two verdicts on
    the same touch.
    """
    if t.status == "done" and t.done_on is not None:
        return ON_TIME if t.done_on <= t.due_on else LATE
    if t.status == "skipped" or (t.status == "planned" and t.due_on < today):
        return MISSED
    return None


@dataclass(frozen=True, slots=True)
class BarSegment:
    kind: str  # on_time, late, missed
    y: float
    height: float
    count: int


@dataclass(frozen=True, slots=True)
class Bar:
    week: WeekAdherence
    x: float
    width: float
    segments: tuple[BarSegment, ...]

    @property
    def center(self) -> float:
        return round(self.x + self.width / 2, 2)


def adherence_bars(weeks: Sequence[WeekAdherence], width: float = 720, height: float = 200,
                   gap: float = 6) -> tuple[list[Bar], int]:
    """Stacked bars (on time at the bottom) and the count the tallest bar stands for."""
    top = max((w.total for w in weeks), default=0) or 1
    slot = width / max(len(weeks), 1)
    bars = []
    for i, w in enumerate(weeks):
        y = height
        segments = []
        for kind, n in (("on_time", w.on_time), ("late", w.late), ("missed", w.missed)):
            if n:
                h = height * n / top
                y -= h
                segments.append(BarSegment(kind, round(y, 2), round(h, 2), n))
        bars.append(Bar(w, round(i * slot + gap / 2, 2), round(slot - gap, 2), tuple(segments)))
    return bars, top


# --- Chart: networking minutes as a calendar heatmap -----------------------------------------

@dataclass(frozen=True, slots=True)
class HeatCell:
    day: date
    minutes: int
    level: int  # 0 nothing, 1 under half the goal, 2 under the goal, 3 goal met, 4 twice it
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class MonthLabel:
    text: str
    x: float


def heat_level(minutes: int, goal: int) -> int:
    goal = max(goal, 1)
    if minutes <= 0:
        return 0
    if minutes * 2 < goal:
        return 1
    if minutes < goal:
        return 2
    return 4 if minutes >= 2 * goal else 3


def heatmap_cells(minutes_by_day: Mapping[date, int], goal: int, today: date, weeks: int = 26,
                  cell: float = 14, gap: float = 3) -> tuple[list[HeatCell], list[MonthLabel]]:
    """One cell per day of the last `weeks` weeks, a column per week (Monday on top), up to
    today; and the month names over the first week that starts in each month."""
    start = week_start(today) - timedelta(weeks=weeks - 1)
    cells, months = [], []
    pitch = cell + gap
    day = start
    while day <= today:
        column = (day - start).days // 7
        minutes = minutes_by_day.get(day, 0)
        cells.append(HeatCell(day, minutes, heat_level(minutes, goal), column * pitch,
                              day.weekday() * pitch))
        if day.weekday() == 0 and (day.day <= 7 or (day == start and day.day <= 21)):
            months.append(MonthLabel(day.strftime("%b"), column * pitch))
        day += timedelta(days=1)
    return cells, months
