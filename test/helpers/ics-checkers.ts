import { spawnSync } from 'node:child_process';
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  location?: string;
  description?: string;
}

/** Thunderbird's parser. */
export function parseWithIcalJs(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      location: e.location ?? undefined,
      description: e.description ?? undefined,
    };
  });
}

// Debian's python3-vobject (validate=True rejects missing UID/DTSTAMP/PRODID and bad folding)
// and python3-icalendar, each reading the file and printing what it understood as JSON.
const PYTHON = `
import json, sys, vobject, icalendar
text = sys.stdin.read()
cal = vobject.readOne(text, validate=True)
v = [{"uid": e.uid.value, "summary": e.summary.value, "start": str(e.dtstart.value), "end": str(e.dtend.value)}
     for e in cal.vevent_list]
ical = icalendar.Calendar.from_ical(text)
i = [{"uid": str(e["UID"]), "summary": str(e["SUMMARY"]), "start": str(e.decoded("DTSTART")), "end": str(e.decoded("DTEND"))}
     for e in ical.walk("VEVENT")]
print(json.dumps({"vobject": v, "icalendar": i}))
`;

export function parseWithPython(text: string): { vobject: ParsedEvent[]; icalendar: ParsedEvent[] } {
  const r = spawnSync('/usr/bin/python3', ['-c', PYTHON], { input: text, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python checkers failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout);
}
