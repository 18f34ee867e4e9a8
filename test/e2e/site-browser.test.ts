import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/run-cli.js';
import { buildSite, pagesOf } from '../helpers/site.js';

// Debian's chromium, installed by .ci/run; playwright-core never downloads a browser.
const CHROMIUM = '/usr/bin/chromium';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ARTIFACTS = join(ROOT, 'test/artifacts/site');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.ics': 'text/calendar', '.json': 'application/json' };

let dir: string;
let address: string;
let server: Server;
let base: string;
let addressBase: string;
let browser: Browser;

beforeAll(async () => {
  dir = buildSite();
  address = buildSite(['--data', `${FIXTURES}/site-with-address`]);
  mkdirSync(ARTIFACTS, { recursive: true });
  // axe on file:// pages hits CORS errors fetching stylesheets: serve the folders on 127.0.0.1,
  // the embedded data's site under /data/ and the fixture's under /address/.
  const sites: Record<string, string> = { data: dir, address };
  server = createServer((req, res) => {
    const [, site, rest] = /^\/([^/]+)\/(.*)$/.exec(decodeURIComponent(new URL(req.url!, 'http://x').pathname)) ?? [];
    const root = sites[site ?? ''];
    const path = root && normalize(join(root, rest!));
    if (!root || !path!.startsWith(root) || !existsSync(path!)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path!)] ?? 'application/octet-stream' }).end(readFileSync(path!));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const at = server.address();
  const origin = `http://127.0.0.1:${typeof at === 'object' && at ? at.port : 0}`;
  [base, addressBase] = [`${origin}/data/`, `${origin}/address/`];
  browser = await chromium.launch({ executablePath: CHROMIUM });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Table cells whose column name is not shown beside them, as `column: value`. At 360 px the rows
 * stack and each cell shows its column's name in a column of its own, left of the value; at 1280
 * px the header row is there and the cells show no name.
 */
function unlabelledCells(narrow: boolean): string[] {
  return [...document.querySelectorAll<HTMLTableCellElement>('tbody th, tbody td')].flatMap((cell) => {
    const column = cell.closest('table')!.tHead!.rows[0]!.cells[cell.cellIndex]!;
    const label = getComputedStyle(cell, '::before');
    const box = cell.getBoundingClientRect();
    const text = document.createRange();
    text.selectNodeContents(cell);
    const shown = narrow
      ? label.content === JSON.stringify(column.textContent) &&
        label.visibility === 'visible' &&
        text.getBoundingClientRect().left >= box.left + parseFloat(label.width) &&
        parseFloat(label.height) <= box.height
      : label.content === 'none' && column.getBoundingClientRect().width > 1;
    const empty = cell.textContent!.trim() === '';
    return (shown && box.right <= window.innerWidth) || empty ? [] : [`${column.textContent}: ${cell.textContent!.trim()}`];
  });
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The names on each map of the page as chromium draws them, with their markers, in SVG units. */
function drawnMaps() {
  const box = (b: DOMRect): Box => ({ x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height });
  return [...document.querySelectorAll<SVGSVGElement>('svg.map')].map((svg) => ({
    view: svg.classList.contains('near') ? 'near' : 'world',
    frame: box(svg.viewBox.baseVal as unknown as DOMRect),
    markers: [...svg.querySelectorAll('circle')].map((c) => box(c.getBBox())),
    names: [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent!, box: box(t.getBBox()), marker: box(t.parentElement!.querySelector('circle')!.getBBox()) })),
  }));
}

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const gap = (a: Box, b: Box) => Math.hypot(Math.max(b.x0 - a.x1, 0, a.x0 - b.x1), Math.max(b.y0 - a.y1, 0, a.y0 - b.y1));
const same = (a: Box, b: Box) => a.x0 === b.x0 && a.y0 === b.y0;

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

describe('the site in chromium', () => {
  it('loads every page with no console error, no outside request, no axe WCAG 2.1 A/AA violation, no sideways scroll and a label by every table cell at 360 px', async () => {
    const problems: string[] = [];
    // The embedded data's pages, and the fixture's with webcal: links and full addresses.
    const pages = [...pagesOf(dir).map((file) => ({ at: base, file })), ...pagesOf(address).map((file) => ({ at: addressBase, file }))];
    for (const { at, file } of pages) {
      const page = at === base ? file : `address/${file}`;
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const tab = await context.newPage();
      tab.on('console', (m) => m.type() === 'error' && problems.push(`${page}: console: ${m.text()}`));
      tab.on('pageerror', (e) => problems.push(`${page}: ${e.message}`));
      tab.on('request', (r) => !r.url().startsWith(at) && problems.push(`${page}: request ${r.url()}`));
      await tab.goto(at + file);
      const wide = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wide > 0) problems.push(`${page}: scrolls sideways by ${wide} px at 360`);
      for (const cell of await tab.evaluate(unlabelledCells, true)) problems.push(`${page}: at 360 no label beside ${cell}`);
      const name = page.replace(/\//g, '_').replace(/\.html$/, '');
      await tab.screenshot({ path: join(ARTIFACTS, `${name}-360.png`), fullPage: true });
      await tab.setViewportSize({ width: 1280, height: 900 });
      for (const cell of await tab.evaluate(unlabelledCells, false)) problems.push(`${page}: at 1280 no column header over ${cell}`);
      await tab.screenshot({ path: join(ARTIFACTS, `${name}-1280.png`), fullPage: true });
      await tab.addScriptTag({ path: AXE });
      const result = (await tab.evaluate(() =>
        (window as unknown as { axe: { run: (d: Document, o: object) => Promise<unknown> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      )) as AxeResult;
      for (const v of result.violations) problems.push(`${page}: axe ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('draws the real maps with no name on another, on a marker or nearer another marker than its own, and the far cities on the world view', async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    for (const page of ['map.html', 'en/map.html']) {
      await tab.goto(base + page);
      const maps = await tab.evaluate(drawnMaps);
      expect(maps.map((m) => m.view)).toEqual(['near', 'world']);
      for (const { view, frame, markers, names } of maps) {
        const at = `${page} ${view}`;
        for (const [i, a] of names.entries()) {
          if (a.box.x0 < frame.x0 || a.box.y0 < frame.y0 || a.box.x1 > frame.x1 || a.box.y1 > frame.y1) problems.push(`${at}: ${a.text} leaves the frame`);
          for (const b of names.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`${at}: ${a.text} overlaps ${b.text}`);
          for (const m of markers.filter((m) => !same(m, a.marker))) {
            if (overlap(a.box, m)) problems.push(`${at}: ${a.text} covers a marker`);
            else if (gap(a.box, m) <= gap(a.box, a.marker)) problems.push(`${at}: ${a.text} is as near another marker as its own`);
          }
        }
      }
      const [near, world] = maps.map((m) => m.names.map((n) => n.text));
      expect(near).toEqual(expect.arrayContaining(['Trondheim', 'Ramallah', 'Petah Tikva', 'Steinkjer', 'Östersund', 'Kópavogur']));
      expect(near).toHaveLength(19);
      expect(near).not.toContain('Vallejo');
      expect(world).toEqual(['Trondheim', 'Keren', 'Vallejo']);
    }
    // At 360 px the near map keeps its names at a size that can be read, and scrolls in its frame.
    await tab.setViewportSize({ width: 360, height: 800 });
    await tab.goto(base + 'map.html');
    const smallest = await tab.evaluate(() => Math.min(...[...document.querySelectorAll<SVGTextElement>('svg.near text')].map((t) => t.getBoundingClientRect().height)));
    expect(smallest).toBeGreaterThanOrEqual(9);
    await tab.close();
    expect(problems).toEqual([]);
  });

  it('prints without the menu or the skip link, with the address after each outside link, and each map whole', async () => {
    // A4 less chromium's default margins, at 96 px an inch.
    const tab = await browser.newPage({ viewport: { width: 718, height: 1047 } });
    await tab.emulateMedia({ media: 'print' });
    for (const page of ['map.html', 'calendar.html', 'en/cities/odense.html']) {
      await tab.goto(base + page);
      for (const hidden of ['nav', '.skip', '.ics >> nth=0']) if (await tab.locator(hidden).count()) expect(await tab.locator(hidden).isVisible(), `${page} ${hidden}`).toBe(false);
      expect(await tab.locator('footer').innerText()).toMatch(/2023-11-14/);
      await tab.screenshot({ path: join(ARTIFACTS, `print-${page.replace(/\//g, '_').replace(/\.html$/, '')}.png`), fullPage: true });
    }
    await tab.goto(base + 'map.html');
    const maps = await tab.evaluate(() =>
      [...document.querySelectorAll('svg.map')].map((svg) => {
        const r = svg.getBoundingClientRect();
        return { left: r.left, right: r.right, height: r.height, breaks: getComputedStyle(svg).breakInside };
      }),
    );
    expect(maps).toHaveLength(2);
    for (const m of maps) expect(m.left >= 0 && m.right <= 718 && m.height <= 1047 && m.breaks === 'avoid', JSON.stringify(m)).toBe(true);
    await tab.pdf({ path: join(ARTIFACTS, 'print-map.pdf'), format: 'A4' });
    await tab.goto(addressBase + 'calendar.html');
    const after = (selector: string) => tab.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await after('a[href="https://example.org/besok"]')).toBe('" <https://example.org/besok>"');
    expect(await after('a[href^="webcal:"]')).toBe('" <webcal://example.org/internasjonalt/data/calendar.ics>"');
    expect(await after('a[href="downloads.html"]')).toBe('none');
    await tab.emulateMedia({ media: 'screen' });
    expect(await tab.locator('nav').isVisible()).toBe(true);
    expect(await after('a[href="https://example.org/besok"]')).toBe('none');
    await tab.close();
  });

  it('shows where the keyboard is: a skip link that appears, then a ring of at least 2 px round everything Tab reaches', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const page of ['calendar.html', 'en/map.html']) {
      await tab.goto(base + page);
      const reachable = await tab.locator('a[href], [tabindex="0"]').count();
      const stops: { text: string; ring: string; width: number; inView: boolean }[] = [];
      for (let i = 0; i < reachable; i++) {
        await tab.keyboard.press('Tab');
        stops.push(
          await tab.evaluate(() => {
            const e = document.activeElement as HTMLElement;
            const r = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            return { text: `${e.tagName} ${e.getAttribute('href') ?? e.getAttribute('aria-label')}`, ring: s.outlineStyle, width: parseFloat(s.outlineWidth), inView: r.right > 0 && r.left < innerWidth };
          }),
        );
      }
      expect(stops[0], page).toMatchObject({ text: 'A #main', inView: true });
      expect(new Set(stops.map((s) => s.text)).size, page).toBeGreaterThan(6);
      for (const s of stops) expect(s, `${page} ${s.text}`).toMatchObject({ ring: 'solid', inView: true });
      for (const s of stops) expect(s.width, `${page} ${s.text}`).toBeGreaterThanOrEqual(2);
    }
    await tab.close();
  });
});
