import { spawnSync } from 'node:child_process';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/run-cli.js';

const TIMED = `${FIXTURES}/timed`;

/** Each event's UTC start and end as ical.js understands them, with the file's own VTIMEZONE. */
function utcWithIcalJs(text: string): Record<string, [string, string]> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const out: Record<string, [string, string]> = {};
  for (const v of calendar.getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(v);
    const utc = (t: ICAL.Time) => (t.isDate ? t.toString() : t.toJSDate().toISOString().slice(0, 16));
    out[e.uid] = [utc(e.startDate), utc(e.endDate)];
  }
  return out;
}

// The same from Debian's python3-vobject (validate=True) and python3-icalendar.
const PYTHON = `
import json, sys, datetime, vobject, icalendar
text = sys.stdin.read()
def utc(v):
    if isinstance(v, datetime.datetime):
        return v.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M")
    return v.isoformat()
cal = vobject.readOne(text, validate=True)
v = {e.uid.value: [utc(e.dtstart.value), utc(e.dtend.value)] for e in cal.vevent_list}
ical = icalendar.Calendar.from_ical(text)
i = {str(e["UID"]): [utc(e.decoded("DTSTART")), utc(e.decoded("DTEND"))] for e in ical.walk("VEVENT")}
print(json.dumps({"vobject": v, "icalendar": i}))
`;

function utcWithPython(text: string): { vobject: Record<string, string[]>; icalendar: Record<string, string[]> } {
  const r = spawnSync('/usr/bin/python3', ['-c', PYTHON], { input: text, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python checkers failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('times of day', () => {
  const ics = runCli(['calendar', '2026', '--data', TIMED, '--format', 'ics'], { env: { SOURCE_DATE_EPOCH: '1500000000' } });

  it('are written in the municipality zone, with its VTIMEZONE', () => {
    expect(ics.code).toBe(0);
    expect(ics.stdout).toContain('DTSTART;TZID=Europe/Oslo:20261210T100000\r\n');
    expect(ics.stdout).toContain('DTEND;TZID=Europe/Oslo:20261210T120000\r\n');
    expect(ics.stdout).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Oslo\r\n/);
  });

  it('mean the same UTC instants to ical.js, vobject and python icalendar, across a DST change', () => {
    const expected = {
      'ambassador-visit@intl.invalid': ['2026-12-10T09:00', '2026-12-10T11:00'],
      'dst-day-meeting@intl.invalid': ['2026-03-29T10:00', '2026-03-29T11:00'],
      'morning-one@intl.invalid': ['2026-05-04T07:00', '2026-05-04T08:00'],
    };
    const js = utcWithIcalJs(ics.stdout);
    const { vobject, icalendar } = utcWithPython(ics.stdout);
    for (const [uid, span] of Object.entries(expected)) {
      expect(js[uid], uid).toEqual(span);
      expect(vobject[uid], uid).toEqual(span);
      expect(icalendar[uid], uid).toEqual(span);
    }
  });

  it('show in a table as people write them', () => {
    const nb = runCli(['calendar', '2026', '--data', TIMED, '--format', 'table', '--lang', 'nb'], { env: { COLUMNS: '100' } }).stdout;
    expect(nb).toContain('10. des. 10:00–12:00');
    const en = runCli(['calendar', '2026', '--data', TIMED, '--format', 'table', '--lang', 'en'], { env: { COLUMNS: '100' } }).stdout;
    expect(en).toContain('10 Dec 10:00–12:00');
  });

  it('keep entries without a time all-day', () => {
    expect(ics.stdout).toContain('DTSTART;VALUE=DATE:20261211\r\n');
    expect(ics.stdout).toContain('DTEND;VALUE=DATE:20261212\r\n');
  });

  it('make meetings at different hours of one day no conflict, and overlapping hours one', () => {
    const r = runCli(['conflicts', '2026', '--data', TIMED, '--format', 'json']);
    const pairs = (JSON.parse(r.stdout) as { first: { id: string }; second: { id: string } }[]).map((c) => [c.first.id, c.second.id]);
    expect(pairs).toEqual([['morning-overlap', 'morning-two']]);
  });

  it('are refused on an entry known only to the month, and when they end before they start', () => {
    const r = runCli(['validate', '--data', `${FIXTURES}/bad-time`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\(line 2\), time: an entry known only to the month \(2026-12\) cannot have a 'time'/);
    expect(r.stderr).toMatch(/\(line 6\), time: the time ends before it starts/);
    expect(r.stderr).toMatch(/\(line 10\), time: expected a time as HH:MM or a span HH:MM-HH:MM/);
  });
});
