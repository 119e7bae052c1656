// Reads an iCalendar text on stdin with ical.js (Thunderbird's parser) and prints JSON of
// what a client would see: every event and to-do with its times as UTC instants, and every
// alarm. Exits non-zero (with the reason on stderr) when ical.js cannot read something, or
// when a TZID has no VTIMEZONE: ical.js would then silently read the time as floating.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const text = readFileSync(0, "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));

// As Thunderbird does: the calendar's own VTIMEZONEs define its TZIDs.
const zones = [];
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  const zone = new ICAL.Timezone(vtimezone);
  ICAL.TimezoneService.register(zone);
  zones.push(zone.tzid);
}

function instant(component, name) {
  const property = component.getFirstProperty(name);
  if (!property) return null;
  const value = property.getFirstValue();
  const tzid = property.getParameter("tzid");
  if (tzid && (!value.zone || value.zone.tzid !== tzid)) {
    throw new Error(`${name} names TZID ${tzid} but the calendar defines no such VTIMEZONE`);
  }
  if (value.isDate) return { date: value.toString(), tzid: null };
  return { utc: value.toJSDate().toISOString(), tzid: tzid || (value.zone === ICAL.Timezone.utcTimezone ? "UTC" : null) };
}

function alarms(component) {
  return component.getAllSubcomponents("valarm").map((alarm) => {
    const trigger = alarm.getFirstProperty("trigger");
    const value = trigger.getFirstValue();
    const absolute = value instanceof ICAL.Time;
    return {
      action: alarm.getFirstPropertyValue("action"),
      absolute,
      trigger: absolute ? value.toJSDate().toISOString() : value.toString(),
      description: alarm.getFirstPropertyValue("description"),
    };
  });
}

const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  // Expand through the iterator, as a client does (one occurrence: no rules are written).
  const first = event.iterator().next();
  const details = event.getOccurrenceDetails(first);
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    location: event.location,
    status: vevent.getFirstPropertyValue("status"),
    start: details.startDate.toJSDate().toISOString(),
    end: details.endDate.toJSDate().toISOString(),
    startZone: event.startDate.zone.tzid,
    dtstart: instant(vevent, "dtstart"),
    alarms: alarms(vevent),
  };
});

const todos = calendar.getAllSubcomponents("vtodo").map((vtodo) => ({
  uid: vtodo.getFirstPropertyValue("uid"),
  summary: vtodo.getFirstPropertyValue("summary"),
  description: vtodo.getFirstPropertyValue("description"),
  status: vtodo.getFirstPropertyValue("status"),
  due: instant(vtodo, "due"),
  start: instant(vtodo, "dtstart"),
  completed: instant(vtodo, "completed"),
  alarms: alarms(vtodo),
}));

process.stdout.write(JSON.stringify({ zones, events, todos }, null, 1));
