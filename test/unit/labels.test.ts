import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels } from '../../src/site/labels.js';

const overlap = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const distance = (b: ReturnType<typeof labelBox>, x: number, y: number) => Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

describe('map labels', () => {
  it('keeps names of markers 5 px apart (Ramallah and Petah Tikva) from overlapping', () => {
    const labels = placeLabels([{ x: 400, y: 300, text: 'Ramallah' }, { x: 398, y: 296, text: 'Petah Tikva' }, { x: 405, y: 302, text: 'X' }], 800, 600);
    const boxes = labels.map(labelBox);
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  });

  it('puts each name nearer its own marker than any other, off every marker, named or not', () => {
    const marks = [
      { x: 329, y: 114, text: 'Trondheim' },
      { x: 337, y: 104, text: 'Steinkjer' },
      { x: 363, y: 118, text: 'Östersund' },
      { x: 386, y: 131, text: 'Sundsvall' },
    ];
    const dots: [number, number][] = [[300, 114], [329, 130]];
    const labels = placeLabels(marks, 800, 640, dots);
    for (const [i, l] of labels.entries()) {
      const box = labelBox(l);
      const own = distance(box, l.x, l.y);
      for (const [j, m] of marks.entries()) if (j !== i) expect(distance(box, m.x, m.y), `${l.text} by ${m.text}`).toBeGreaterThan(own);
      for (const [x, y] of [...marks.map((m): [number, number] => [m.x, m.y]), ...dots]) expect(distance(box, x, y), `${l.text} on a marker`).toBeGreaterThanOrEqual(x === l.x && y === l.y ? 0 : 5);
    }
  });
});
