"""The calendar: a private iCalendar feed of interviews and touches, and its `.ics` download."""
