import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithIcalJs, parseWithPython } from '../helpers/ics-checkers.js';
import { FIXTURES, ROOT, runCli } from '../helpers/run-cli.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1500000000' };
const dalenIcs = (data = `${ROOT}data`) =>
  runCli(['calendar', '2017', '--owner', 'Gerhard Dalen', '--format', 'ics', '--data', data], { env: EPOCH });

describe('the .ics for Gerhard Dalen 2017', () => {
  const r = dalenIcs();
  const text = r.stdout;

  it('has 12 events and names the month-only November entry on stderr', () => {
    expect(r.code).toBe(0);
    expect(parseWithIcalJs(text)).toHaveLength(12);
    expect(r.stderr).toContain('2017-smart-city-expo');
    expect(r.stderr).toContain('November 2017');
  });

  it('is read without error by ical.js, python3-vobject (validate=True) and python3-icalendar alike', () => {
    const icaljs = parseWithIcalJs(text).map(({ uid, summary, start, end }) => ({ uid, summary, start, end }));
    const { vobject, icalendar } = parseWithPython(text);
    expect(vobject).toEqual(icaljs);
    expect(icalendar).toEqual(icaljs);
  });

  it('spans multi-day entries over exactly their days, with an exclusive DTEND', () => {
    const byUid = new Map(parseWithIcalJs(text).map((e) => [e.uid.split('@')[0], e]));
    expect(byUid.get('2017-welcoming-refugees')).toMatchObject({ start: '2017-01-25', end: '2017-01-28' });
    expect(byUid.get('2017-tampere-100')).toMatchObject({ start: '2017-09-29', end: '2017-10-03' });
    expect(byUid.get('2017-ambassador-ireland')).toMatchObject({ start: '2017-02-15', end: '2017-02-16' });
    expect(text).toContain('DTSTART;VALUE=DATE:20170125\r\nDTEND;VALUE=DATE:20170128\r\n');
  });

  it('has the calendar properties Outlook needs, every DTEND after its DTSTART', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\nX-PUBLISHED-TTL:PT12H\r\n');
    expect(text).toContain('\r\nX-WR-CALNAME:intl 2017 – Gerhard Dalen\r\n');
    const starts = [...text.matchAll(/DTSTART;VALUE=DATE:(\d+)/g)].map((m) => m[1]!);
    const ends = [...text.matchAll(/DTEND;VALUE=DATE:(\d+)/g)].map((m) => m[1]!);
    expect(ends).toHaveLength(starts.length);
    starts.forEach((s, i) => expect(ends[i]! > s).toBe(true));
  });

  it('has lines of at most 75 octets, each ending in CRLF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('gives the same bytes twice with SOURCE_DATE_EPOCH, and unique UIDs', () => {
    expect(dalenIcs().stdout).toBe(text);
    expect(text).toContain('DTSTAMP:20170714T024000Z');
    const uids = parseWithIcalJs(text).map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('keeps every UID when a title and a date are edited, so feeds update instead of duplicating', () => {
    const copy = mkdtempSync(join(tmpdir(), 'intl-data-'));
    cpSync(`${ROOT}data`, copy, { recursive: true });
    const file = join(copy, 'calendar/2017.yaml');
    const edited = readFileSync(file, 'utf8')
      .replace('title: Tampere 100 år', 'title: Tampere 100 år (endret)')
      .replace('start: 2017-01-25', 'start: 2017-01-24');
    writeFileSync(file, edited);
    const after = parseWithIcalJs(dalenIcs(copy).stdout);
    const before = parseWithIcalJs(text);
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after.find((e) => e.uid.startsWith('2017-tampere-100@'))!.summary).toBe('Tampere 100 år (endret)');
  });
});

describe('ics export options', () => {
  it('includes a month-only entry as an all-month event with the month in its title on request', () => {
    const r = runCli(['calendar', '2017', '--month', '11', '--format', 'ics', '--include-month-only']);
    expect(r.stderr).toBe('');
    const [event] = parseWithIcalJs(r.stdout);
    expect(event).toMatchObject({ start: '2017-11-01', end: '2017-12-01' });
    expect(event!.summary).toBe('Smart City Expo World Congress (SCEWC) (November 2017, day not known)');
  });

  it('picks ics from the -o extension and escapes the calendar name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intl-'));
    const r = runCli(['calendar', '2017', '--role', 'pol', '-o', join(dir, 'pol.ics'), '--calendar-name', 'Pol; a, b']);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'pol.ics'), 'utf8');
    expect(text).toContain('X-WR-CALNAME:Pol\\; a\\, b\r\n');
    expect(parseWithPython(text).vobject).toHaveLength(5);
  });

  it('keeps a title with CRLF and BEGIN:VEVENT inside one event', () => {
    const r = runCli(['calendar', '2017', '--data', `${FIXTURES}/formula-title`, '--format', 'ics']);
    const events = parseWithIcalJs(r.stdout);
    expect(events).toHaveLength(2);
    expect(events[1]!.summary).toBe('Line one\nBEGIN:VEVENT\nSUMMARY:injected');
    expect(events[1]!.description).toBe('semi; comma, back\\slash');
    expect(parseWithPython(r.stdout).icalendar).toHaveLength(2);
  });
});
