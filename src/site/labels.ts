// Greedy label placement: each name takes the first spot beside its marker (then further up or
// down, with a leader line) that overlaps no placed name, no other marker and stays in the frame.

export interface Mark {
  x: number;
  y: number;
  text: string;
}

export interface Label extends Mark {
  lx: number;
  ly: number;
  anchor: 'start' | 'end';
  leader: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A generous width for 12 px text, so that estimated boxes never undershoot the drawn ones. */
const CHAR_PX = 7.4;
const HEIGHT = 13;
const SHIFTS = [0, -15, 15, -30, 30, -45, 45, -60, 60];

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function placeLabels(marks: Mark[], width: number, height: number): Label[] {
  const taken: Box[] = marks.map((m) => ({ x0: m.x - 5, y0: m.y - 5, x1: m.x + 5, y1: m.y + 5 }));
  return marks.map((m, i) => {
    const w = m.text.length * CHAR_PX;
    for (const dy of SHIFTS) {
      for (const anchor of ['start', 'end'] as const) {
        const lx = anchor === 'start' ? m.x + 8 : m.x - 8;
        const ly = m.y + dy + 4;
        const box = { x0: anchor === 'start' ? lx : lx - w, y0: ly - HEIGHT + 2, x1: anchor === 'start' ? lx + w : lx, y1: ly + 3 };
        const inFrame = box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= height;
        if (inFrame && !taken.some((b, j) => j !== i && overlaps(b, box))) {
          taken.push(box);
          return { ...m, lx, ly, anchor, leader: dy !== 0 };
        }
      }
    }
    // No free spot (a very long name): beside the marker all the same, rather than no name.
    return { ...m, lx: m.x + 8, ly: m.y + 4, anchor: 'start', leader: false };
  });
}
