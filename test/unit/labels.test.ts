import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/site/labels.js';

describe('map labels', () => {
  it('keeps names of markers 5 px apart (Ramallah and Petah Tikva) from overlapping', () => {
    const labels = placeLabels([{ x: 400, y: 300, text: 'Ramallah' }, { x: 398, y: 296, text: 'Petah Tikva' }, { x: 405, y: 302, text: 'X' }], 800, 600);
    const boxes = labels.map((l) => ({ x0: l.anchor === 'start' ? l.lx : l.lx - l.text.length * 7.4, x1: l.anchor === 'start' ? l.lx + l.text.length * 7.4 : l.lx, y0: l.ly - 11, y1: l.ly + 3 }));
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
  });
});
