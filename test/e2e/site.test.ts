import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import ICAL from 'ical.js';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli } from '../helpers/run-cli.js';
import { buildSite, filesOf, pagesOf, read } from '../helpers/site.js';

/** What html-validate finds on the pages of a built site, and the links to files it lacks. */
function brokenPages(site: string): string[] {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  const files = new Set(filesOf(site));
  return pagesOf(site).flatMap((page) => {
    const html = read(site, page);
    const invalid = validator.validateStringSync(html, page).results.flatMap((r) => r.messages.map((m) => `${page}:${m.line}: ${m.message}`));
    const links = [...html.matchAll(/(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/i.test(href));
    return [...invalid, ...links.filter((href) => !files.has(normalize(join(dirname(page), href)))).map((href) => `${page} -> ${href}`)];
  });
}

let dir: string;
beforeAll(() => {
  dir = buildSite();
});

const rows = (html: string, section: string) => {
  const at = html.indexOf(`<h2 id="${section}">`);
  const table = html.slice(at, html.indexOf('</table>', at));
  return (table.match(/<tr><th scope="row"/g) ?? []).length;
};

describe('intl site -o DIR on the embedded data', () => {
  it('has the overview with the 13 twin cities in Norwegian, 13 city pages, and the same in English under en/', () => {
    const nb = read(dir, 'index.html');
    expect(nb).toContain('<html lang="nb">');
    expect(rows(nb, 'twins')).toBe(13);
    for (const text of ['Færøyene', 'Island', '151\u00a0879 (2014)', 'Nordisk plattform', 'Kilden ble sist oppdatert <time datetime="2023-01-12">2023-01-12</time>.']) expect(nb).toContain(text);
    const en = read(dir, 'en/index.html');
    expect(en).toContain('<html lang="en">');
    expect(rows(en, 'twins')).toBe(13);
    expect(en).toContain('Faroe Islands');
    expect(pagesOf(dir).filter((p) => p.startsWith('cities/'))).toHaveLength(13);
    expect(pagesOf(dir).filter((p) => p.startsWith('en/cities/'))).toHaveLength(13);
    expect(nb).toContain('<link rel="alternate" hreflang="en" href="en/index.html">');
    expect(read(dir, 'en/cities/odense.html')).toContain('<link rel="alternate" hreflang="nb" href="../../cities/odense.html">');
  });

  it('lists the 2017 calendar with its 23 entries, each with an .ics that parses', () => {
    expect(rows(read(dir, 'calendar.html'), 'y2017')).toBe(23);
    const ics = filesOf(dir).filter((f) => f.endsWith('.ics'));
    expect(ics.length).toBeGreaterThan(23);
    for (const f of ics) expect(() => ICAL.parse(read(dir, f)), f).not.toThrow();
    // One of the 23 is known only to its month: the feeds leave it out, as intl calendar -o does.
    expect(ICAL.parse(read(dir, 'data/calendar-2017.ics'))[2].filter((c: unknown[]) => c[0] === 'vevent')).toHaveLength(22);
  });

  it('draws the map with a named marker per city, twin cities filled, the others as rings', () => {
    const map = read(dir, 'map.html');
    for (const name of ['Darmstadt', 'Klaksvík', 'Ramallah', 'Petah Tikva', 'Vallejo', 'Tiraspol']) expect(map).toMatch(new RegExp(`<g class="city twin">.*<text [^>]*>${name}</text>`));
    for (const name of ['Steinkjer', 'Kraków', 'Keren']) expect(map).toMatch(new RegExp(`<g class="city other">.*<text [^>]*>${name}</text>`));
    expect(map).toContain('role="img"');
    expect(map.slice(map.indexOf('<ol>'), map.indexOf('</ol>')).match(/<li>/g)).toHaveLength(20);
    expect(map).toContain('<li>Keren (solidaritet), Eritrea: 5\u00a0722 km</li>');
  });

  it('publishes no internal record and no note', () => {
    const all = filesOf(dir).map((f) => read(dir, f)).join('\n');
    expect(all).not.toMatch(/"note"|The page writes/);
  });

  it('is valid HTML on every page, and every internal link resolves to a file of the site', () => {
    expect(brokenPages(dir)).toEqual([]);
  });

  it('says on every page, in its language, when the pages were last updated: the day of SOURCE_DATE_EPOCH', () => {
    const updated = (page: string) => (page.startsWith('en/') ? 'These pages were last updated' : 'Sidene ble sist oppdatert');
    for (const page of pagesOf(dir)) expect(read(dir, page), page).toMatch(new RegExp(`<footer>\\n<p>${updated(page)} <time datetime="2023-11-14">2023-11-14</time>\\.`));
    const later = buildSite(['--data', `${FIXTURES}/project-in-english`], { SOURCE_DATE_EPOCH: '1800000000' });
    for (const page of pagesOf(later)) expect(read(later, page), page).toContain(`${updated(page)} <time datetime="2027-01-15">2027-01-15</time>.</p>`);
  });

  it('gives byte-identical builds with SOURCE_DATE_EPOCH', () => {
    const again = buildSite();
    expect(filesOf(again)).toEqual(filesOf(dir));
    for (const f of filesOf(dir)) expect(readFileSync(join(again, f)).equals(readFileSync(join(dir, f))), f).toBe(true);
  });
});

describe('names in another language than the page', () => {
  it('are marked with their language from the data, so screen readers read them right', () => {
    const nb = read(dir, 'index.html');
    for (const name of ['Nordic City Network', 'POLIS', 'European Cities of Historical Organs']) expect(nb).toContain(`<span lang="en">${name}</span>`);
    expect(nb).toContain('<span lang="fr">Si Tous Les Ports du Monde</span>');
    expect(nb).toMatch(/<li>Nordisk plattform<br>/);
    const calendar = read(dir, 'calendar.html');
    expect(calendar).toContain('<span lang="en">Welcoming Refugees: Local European Experiences</span>');
    expect(calendar).toMatch(/<td data-label="Hva">(?:<a [^>]*>)?Framtidens nordiske byer/);
    const en = read(dir, 'en/index.html');
    expect(en).toContain('<span lang="nb">Nordisk plattform</span>');
    expect(en).not.toContain('<span lang="en">');
    expect(en).toMatch(/<li><span lang="nb">Internasjonalt forum<\/span><br><span lang="nb">Samarbeidsorgan/);
    const vallejo = read(dir, 'en/cities/vallejo.html');
    expect(vallejo).toContain('<dt>Location</dt><dd><span lang="nb">Ved San Francisco-bukta');
    expect(vallejo).not.toContain('<dt>Founded</dt>');
  });

  it('holds for project names too', () => {
    const out = buildSite(['--data', `${FIXTURES}/project-in-english`]);
    expect(read(out, 'index.html')).toContain('<li><span lang="en">Green Ports of the North</span></li>');
    expect(read(out, 'index.html')).toContain('<li>Havnesamarbeid i Norden</li>');
    expect(read(out, 'en/index.html')).toContain('<li>Green Ports of the North</li>');
    expect(read(out, 'en/index.html')).toContain('<li><span lang="nb">Havnesamarbeid i Norden</span></li>');
  });

  it('must be given as a language code', () => {
    const r = runCli(['validate', '--data', `${FIXTURES}/bad-language`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('name_lang: expected a language code such as en, fr or sv, got the text "English"');
  });
});

describe('a municipality that says where its site lives (base_url)', () => {
  let out: string;
  beforeAll(() => {
    out = buildSite(['--data', `${FIXTURES}/site-with-address`]);
  });
  const webcal = (page: string) => [...read(out, page).matchAll(/href="(webcal:[^"]+)"/g)].map((m) => m[1]!);

  it('offers each calendar feed as a webcal: subscription to the same file of the site, and no data file', () => {
    const feeds = ['data/calendar.ics', 'data/calendar-kari-nordmann.ics', 'data/calendar-2030.ics', 'data/calendar-2031.ics'];
    for (const page of ['downloads.html', 'en/downloads.html']) expect(webcal(page)).toEqual(feeds.map((f) => `webcal://example.org/internasjonalt/${f}`));
    for (const f of feeds) expect(filesOf(out)).toContain(f);
    expect(read(out, 'downloads.html')).toContain('<li><a href="data/cities.csv" download>CSV (byer)</a></li>');
    expect(read(out, 'en/downloads.html')).toContain('<a href="../data/calendar.ics" download>All entries</a>');
  });

  it('has the subscription on the calendar page, and "add to calendar" with a one-event file per entry', () => {
    expect(webcal('en/calendar.html')).toEqual(['webcal://example.org/internasjonalt/data/calendar.ics']);
    expect(read(out, 'calendar.html')).toContain('<a href="webcal://example.org/internasjonalt/data/calendar.ics">Abonner på hele kalenderen</a>');
    const files = [...read(out, 'calendar.html').matchAll(/<a class="ics" href="([^"]+)" download>Legg til i kalender/g)].map((m) => m[1]!);
    const events = files.map((f) => new ICAL.Component(ICAL.parse(read(out, f))).getAllSubcomponents('vevent'));
    expect(events.map((e) => e.map((v) => v.getFirstPropertyValue('summary')))).toEqual([['Besøk fra Odense'], ['Nordic conference']]);
  });

  it('is valid HTML on every page, with every internal link resolving', () => {
    expect(brokenPages(out)).toEqual([]);
  });

  it('gives absolute addresses of the page and its translation', () => {
    const en = read(out, 'en/calendar.html');
    expect(en).toContain('<link rel="canonical" href="https://example.org/internasjonalt/en/calendar.html">');
    expect(en).toContain('<link rel="alternate" hreflang="nb" href="https://example.org/internasjonalt/calendar.html">');
  });

  it('is never made up: the embedded data has no base_url, so no page has a webcal: or absolute address of its own', () => {
    for (const page of pagesOf(dir)) expect(read(dir, page), page).not.toMatch(/webcal:|rel="canonical"|hreflang="[a-z]+" href="https?:/);
    expect(read(dir, 'downloads.html')).toContain('kopier lenkens adresse og abonner på den');
  });
});

describe('a hostile data folder', () => {
  it('renders titles with <script>, quotes and javascript: URLs as text', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'intl-hostile-')), 'data');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    const cities = readFileSync(join(data, 'cities.yaml'), 'utf8')
      .replace('name: Darmstadt', `name: "<script>alert(1)</script> \\"Darm\\" 'stadt'"`)
      .replace('location: 30 km sør for Frankfurt am Main', 'location: "<img src=x onerror=alert(1)>"');
    writeFileSync(join(data, 'cities.yaml'), cities);
    const links = readFileSync(join(data, 'links.yaml'), 'utf8').replace(/url: https:\/\/[^\s]+/, 'url: "javascript:alert(1)"');
    writeFileSync(join(data, 'links.yaml'), links);
    const out = buildSite(['--data', data]);
    const all = pagesOf(out).map((p) => read(out, p)).join('\n');
    expect(all).not.toContain('<script>');
    expect(all).not.toContain('<img');
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;Darm&quot; &#39;stadt&#39;');
    expect(all).not.toMatch(/href="javascript:/i);
  });
});
