import type { CalendarEntry } from '../model/calendar-entry.js';
import { formatWhen } from '../output/dates.js';
import { ownersForPeople } from '../output/owners.js';
import { pagePath, relative, webcalUrl, type Site } from './context.js';
import { html, outLink, type Html, type Part } from './html.js';
import { ALL_FEED, entryFile } from './feeds.js';
import { table, textIn, type Page } from './layout.js';

/** The calendar: what is coming first, then each earlier year, newest first. */
export function calendarPage(site: Site): Page {
  const { m } = site;
  const sorted = [...site.data.calendar].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  const upcoming = sorted.filter((e) => (e.end ?? e.start) >= site.today.slice(0, e.start.length));
  const earlier = sorted.filter((e) => !upcoming.includes(e));
  const years = [...new Set(earlier.map((e) => e.start.slice(0, 4)))].sort().reverse();
  const page = 'calendar.html';
  const from = pagePath(site, site.lang, page);
  const subscribe = webcalUrl(site, ALL_FEED);
  const body = html`<ul class="feeds">${subscribe ? html`<li class="subscribe"><a href="${subscribe}">${m.subscribeAll}</a></li>` : ''}<li><a href="${relative(from, ALL_FEED)}" download>${m.downloadAll}</a></li><li><a href="downloads.html">${m.moreFeeds}</a></li></ul>
<h2 id="upcoming">${m.upcoming}</h2>
${upcoming.length > 0 ? entryTable(site, m.upcoming, upcoming, page) : html`<p>${m.noUpcoming}</p>`}
${years.map((y) => {
  const inYear = earlier.filter((e) => e.start.startsWith(y));
  return html`<h2 id="y${y}">${y}</h2>\n${entryTable(site, y, inYear, page)}`;
})}`;
  return { page, title: m.calendar, body };
}

/** Entries as a table: when, what (with its own .ics link), where, who. */
export function entryTable(site: Site, caption: string, entries: CalendarEntry[], page: string): Html {
  const { m } = site;
  const from = pagePath(site, site.lang, page);
  const row = (e: CalendarEntry): Part[] => {
    const title = textIn(site, e.title, e.title_lang);
    const add = html`<a class="ics" href="${relative(from, entryFile(e))}" download>${m.addToCalendar}<span class="sr"> – ${title}</span></a>`;
    return [formatWhen(e), html`${outLink(e.url, title)}${e.subtitle ? html`<br>${textIn(site, e.subtitle)}` : ''}<br>${add}`, textIn(site, e.location), ownersForPeople(e.owners)];
  };
  return table(caption, [m.when, m.what, m.where, m.who], entries.map(row));
}
