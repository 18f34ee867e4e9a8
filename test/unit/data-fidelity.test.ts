import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedDataDir } from '../../src/data/default-data-dir.js';
import { loadDataset } from '../../src/data/load-dataset.js';
import type { Dataset } from '../../src/model/records.js';

// The data must hold every fact of its source page. This reads the page and checks that its
// numbers, names and calendar entries are in data/, so a later edit cannot lose one quietly.
const PAGE = readFileSync(new URL('../fixtures/source-page/internasjonalt-arbeid.txt', import.meta.url), 'utf8');

type Rec = { id: string; note?: string } & Record<string, unknown>;

/** Every text and number inside a value, however deep. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/**
 * The numbers of a text, with digits grouped in thousands (`151 879`, `50.380`) read as one
 * number; the page writes decimals with a comma (`126,3`), the data with a point.
 */
function numbers(texts: string[], decimal: ',' | '.'): Set<string> {
  const pattern = decimal === ',' ? /\d+(?:,\d+)?/g : /\d+(?:\.\d+)?/g;
  return new Set(
    texts.flatMap((t) =>
      [...t.replace(/(\d)[ .](?=\d{3}(?!\d))/g, '$1').matchAll(pattern)].map((m) => String(Number(m[0].replace(',', '.')))),
    ),
  );
}

/** Names as the page writes them, and the spelling the data may use instead (with a note). */
const NAMES: [page: string, data?: string][] = [
  ['Frankfurt am Main'], ['PEN-klubben'], ['Georg Büchner'], ['Mathildenhöhe'], ['Hessen'],
  ['Edinburgh'], ['Fife'], ['Robert Bruce'], ['Andrew Carnegie'],
  ['Steiermark'], ['Mur'], ['Grazer Feld'], ['Alpene'], ['Steyr-Daimler-Puch'], ['UNESCO'],
  ['Klaksvik'], ['Klaksvík'], ['Borðoy'], ['Norðoyar'],
  ['Kopavógur'], ['Kópavogur'], ['Reykjavik', 'Reykjavík'], ['Bessastadir', 'Bessastaðir'],
  ['Kolmården'], ['Fyn'], ['Odense Fjord'], ['Beldringe'], ['Fyns amt'], ['TV2'],
  ['Tel Aviv'], ['Haifa'], ['Jerusalem'], ['Vestbredden'], ['Gaza'], ['Bir Zeit', 'Birzeit'], ['Yasir Arafat'],
  ['Diokletian'], ['Venezia'], ['Salonae'], ['Tammerfors'], ['Gustav III'], ['Dnestr'], ['Transnistria'],
  ['San Francisco'], ['Mare Island'], ['Krakow', 'Kraków'], ['Keren'], ['Vennskap Trondheim - Keren'],
  ['Trøndelags Europakontor'], ['Interreg'], ['Sundsvall - Østersund - Trondheim', 'Sundsvall – Östersund – Trondheim'],
  ['European Cities of Historical Organs'], ['European Cities and Regions Networking for Innovative Transport Solution'],
  ['Si Tous Les Ports du Monde'], ['Nordic City Network'], ['EUniverCities Network'], ['Age-friendly world'],
  ['Aldersvennlige byer'], ['Open and Agile Smart Cities'], ['Internasjonalt forum'], ['Trøndelag fylkeskommune'],
  ['Nordisk plattform'], ['Green Highway'], ['Rahova'], ['Bucuresti', 'București'], ['Phoenix Haga'], ['Bastøy fengsel'],
  ['Senter for psykososiologi'], ['Generalinspektoraret', 'Generalinspektoratet'], ['Politidirektoratet'],
  ['Norway Grants'], ['RO18'], ['Pisek', 'Písek'], ['Steinkjer'], ['Technological Center in Pisek', 'Technological Center in Písek'],
  ['Sintef'], ['Q-Free'], ['FourC'], ['Smart Cities and Communities Lighthouse Project'], ['SCC1'], ['Horisont 2020'],
  ['Norway Welcome'], ['ambassaden i Praha'], ['Miljøpakken'], ['Alba Iulia'],
  ['REMESO'], ['Linköping'], ['Arena Idé'], ['København'], ['Sør-Trøndelag fylkeskommune'], ['Foreningen Norden'],
  ['Fylkestingssalen'], ['Erling Skakkes gt. 14'], ['International Culture Centre'], ['Det lokales logikk'],
  ['Nordenfjeldske kunstindustrimuseum'], ['Stavanger'], ['Lublin'], ['NoTroTam'], ['Student City'], ['Stjørdal'],
  ['Trondheim rådhus'], ['Moholt kirkegård'], ['Aarhus'], ["KS' Brusselkontor"], ['Nordisk ministerråd'],
  ['Smart City Expo World Congress'], ['Barcelona'], ['Magdeburg'], ['2019 - 2022', '2019–2022'], ['Konsulater i Trondheim'],
];

/** Facts the page gives each record, as words the record must hold (in the data's own wording). */
const FACTS: Record<string, string[]> = {
  darmstadt: ['akademier', 'museer', 'jugendstil', 'uskadd', 'hvert år', 'krigsskadene', 'allsidig', 'velkjent'],
  graz: ['hovedstaden i steiermark', 'fagskoler', 'museer', 'teater', 'opera', 'bryggerier', 'vannkraft'],
  klaksvik: ['sentrum for regionen norðoyar', 'fiskerihavn', 'nest største'],
  kopavogur: ['moderne sportsanlegg', 'svømmeanlegg', 'kultur', 'vokser'],
  norrkoping: ['byplanleggingen på 1600-tallet', 'noen få', 'nest største', 'ny industriell vekst på 1800-tallet'],
  odense: ['handels- og industriby', 'fyns amt', 'eldste byer', 'kulturinstitusjoner', 'opera'],
  'petah-tikva': ['moderne by', 'industri og kulturliv', 'skoler', 'barnesykehus', 'idrettsanlegg'],
  ramallah: ['industri og tjenesteyting', 'midtre', 'gaza by', 'hovedkvarter', 'gravlagt', 'største og best kjente'],
  split: ['halvøy', 'jernbanen', 'havneby', 'kirke siden 800-tallet', 'tidlig 300-tall', 'ødelagt', 'utgravninger', 'badeby'],
  tampere: ['vokser kraftig', 'største industriby', 'industrisentrum', 'forskning', 'april 1918', 'hvite', 'parker', 'grøntarealer'],
  tiraspol: ['elvehavn', 'jernbanebro', 'opprettet 1924', '1991', 'anerkjent'],
  vallejo: ['maritime tradisjoner', 'innbyggerne', 'lett industri', 'et universitet', 'havneområdet', '1996'],
  krakow: ['intensjonsavtale', 'vennskapsbyrelasjon'],
  sot: ['lang sikt', 'hele regionen', 'midt-skandinavia'],
  'romania-justice': ['kapasitet', 'institusjonelt samarbeid', 'lokale og regionale myndigheter', 'konflikt med loven'],
  'smart-city-czech': ['utfordringene', 'energieffektive', 'utslipp', 'flere europeiske byer', 'skal lede', 'Norway Welcome'],
  'strategy-2019-2022': ['samordne'],
  'internasjonalt-arbeid': ['prosjektsamarbeid', '13 vennskapsbyer', 'midt-østen', 'usa'],
};

const MONTHS = ['Januar', 'Februar', 'Mars', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Desember'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The page's calendar lines with the start each must have and the people named as owners. */
function pageCalendar(): { line: string; start: string; owners: string[] }[] {
  const section = PAGE.slice(PAGE.indexOf('Aktivitetskalender'), PAGE.indexOf('Strategi og planer'));
  const out: { line: string; start: string; owners: string[] }[] = [];
  let month = 0;
  let lastDay = 0;
  for (const line of section.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (MONTHS.includes(line)) [month, lastDay] = [MONTHS.indexOf(line) + 1, 0];
    if (MONTHS.includes(line) || month === 0) continue;
    const day = Number(/^(\d+)\./.exec(line)?.[1] ?? 0);
    // "4.-6." stands under September after "29. sept. - 2. oktober": the page has no October heading.
    const m = day > 0 && day < lastDay ? month + 1 : month;
    lastDay = Math.max(lastDay, day);
    const owners = [...line.matchAll(/v\/ ?([^,)]+)/g)].flatMap((o) => o[1]!.split('/'));
    out.push({ line, start: `2017-${pad(m)}${day ? `-${pad(day)}` : ''}`, owners: owners.map((o) => o.replace(/^(vara)?ordfører /, '').trim()) });
  }
  return out;
}

describe('the data holds every fact of its source page', () => {
  let data: Dataset;
  let records: Rec[];
  let all: string[];
  beforeAll(async () => {
    data = (await loadDataset(embeddedDataDir())).dataset;
    records = Object.values(data).flat() as Rec[];
    all = records.flatMap(leaves);
  });

  it('has every number the page gives: populations, years, areas, dates, distances', () => {
    const have = numbers(all, '.');
    expect([...numbers([PAGE], ',')].filter((n) => !have.has(n))).toEqual([]);
  });

  it('has every name the page gives, and a note on each record that spells one otherwise', () => {
    for (const [page, spelt = page] of NAMES) {
      expect(PAGE, `the page writes ${page}`).toContain(page);
      const holders = records.filter((r) => leaves(r).some((t) => t.includes(spelt)));
      expect(holders.length, `the data holds ${spelt}`).toBeGreaterThan(0);
      if (spelt === page) continue;
      for (const r of holders.filter(({ note, ...rest }) => !leaves(rest).some((t) => t.includes(page)))) {
        expect(r.note ?? '', `${r.id} notes the page's "${page}"`).toContain(page);
      }
    }
  });

  it.each(Object.entries(FACTS))('has the facts of %s', (id, words) => {
    const text = leaves(records.find((r) => r.id === id)).join('\n').toLowerCase();
    expect(words.filter((w) => !text.includes(w.toLowerCase()))).toEqual([]);
  });

  it('has an entry for every line of the calendar, on its day, with the owners it names', () => {
    const lines = pageCalendar();
    expect(lines).toHaveLength(data.calendar.length);
    for (const { line, start, owners } of lines) {
      const names = (e: Dataset['calendar'][number]) => (e.owners ?? []).map((o) => o.name?.toLowerCase());
      const match = data.calendar.filter((e) => e.start === start && owners.every((o) => names(e).includes(o.toLowerCase())));
      expect(match.length, line).toBeGreaterThan(0);
    }
  });

  it('says when the page was last updated', () => {
    expect(PAGE).toContain('Sist oppdatert: 12.01.2023');
    expect(data.sources).toEqual([expect.objectContaining({ title: 'Internasjonalt arbeid', updated: '2023-01-12' })]);
  });

  it('keeps readings the page does not support out of the facts', () => {
    const owners = data.calendar.flatMap((e) => e.owners ?? []);
    expect(owners.filter((o) => o.role === 'pol' && o.name === 'Gerhard Dalen')).toEqual([]);
    const smart = data.projects.find((p) => p.id === 'smart-city-czech')!;
    expect(smart.funding).toBeUndefined();
    expect(smart.milestones?.find((m) => m.start === '2016-10-05')?.funding).toContain('Den norske ambassaden i Praha');
    expect(all.filter((t) => /bombing|Technische Universität|(rundt|omkring|ca\.?) 200 /i.test(t))).toEqual([]);
    expect(data.cities.find((c) => c.id === 'split')?.founded).toBeUndefined();
  });
});
