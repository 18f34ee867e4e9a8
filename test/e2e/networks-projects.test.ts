import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/run-cli.js';

interface Named {
  id: string;
  name: string;
  type?: string;
  cities?: string[];
  start?: string;
  end?: string;
  since?: number;
  renewed?: string;
  secretariat?: string;
}

describe('intl networks', () => {
  const networks = runJson<Named[]>(['networks']);

  it('holds the eight listed networks, SØT among them', () => {
    const listed = networks.filter((n) => n.type === 'network').map((n) => n.name);
    expect(listed).toHaveLength(8);
    expect(listed).toEqual(
      expect.arrayContaining(['SØT-samarbeidet', 'ECHO', 'POLIS', 'Si Tous Les Ports du Monde', 'Nordic City Network']),
    );
  });

  it('holds Internasjonalt forum with its secretariat and Nordisk plattform with its five cities', () => {
    expect(networks.find((n) => n.id === 'internasjonalt-forum')).toMatchObject({ secretariat: 'Trøndelag fylkeskommune' });
    expect(networks.find((n) => n.id === 'nordisk-plattform')).toMatchObject({
      since: 1995,
      renewed: '2013-10',
      cities: ['klaksvik', 'kopavogur', 'norrkoping', 'odense', 'tampere'],
    });
  });

  it('come by name in Norwegian order (Ø after Z), in every format', () => {
    const names = networks.map((n) => n.name);
    expect(names[0]).toBe('Age-friendly world');
    expect(names.indexOf('SØT-samarbeidet')).toBeGreaterThan(names.indexOf('Si Tous Les Ports du Monde'));
    expect(names.at(-1)).toBe('Trøndelags Europakontor');
    expect(runCli(['networks']).stdout.split('\n')[0]).toMatch(/^age-friendly\t/);
  });

  it('filters by type and searches names', () => {
    expect(runJson<Named[]>(['networks', '--type', 'platform']).map((n) => n.id)).toEqual(['nordisk-plattform']);
    expect(runJson<Named[]>(['networks', '--search', 'sot']).map((n) => n.id)).toEqual(['sot']);
  });

  it('shows member cities by name in the piped listing', () => {
    expect(runCli(['networks', '--type', 'platform']).stdout).toContain('Klaksvík, Kópavogur, Norrköping, Odense, Tampere');
  });
});

describe('intl projects', () => {
  it('lists the three projects by name, with their dates', () => {
    const projects = runJson<Named[]>(['projects']);
    expect(projects.map((p) => p.id)).toEqual(['miljopakke-alba-iulia', 'romania-justice', 'smart-city-czech']);
    expect(projects[1]).toMatchObject({ start: '2016-09-20', end: '2016-12-31' });
    expect(projects[2]).toMatchObject({ start: '2015', cities: ['pisek', 'steinkjer'] });
  });

  it('searches names, goals and cities', () => {
    expect(runJson<Named[]>(['projects', '--search', 'alba iulia']).map((p) => p.id)).toEqual(['miljopakke-alba-iulia']);
    expect(runJson<Named[]>(['projects', '--search', 'pisek']).map((p) => p.id)).toEqual(['smart-city-czech']);
  });
});
