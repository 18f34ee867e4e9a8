// Greedy label placement: each name takes the nearest spot around its marker (beside it, above or
// below, then further out with a leader line) that overlaps no placed name and no marker, stays in
// the frame, and lies nearer its own marker than any other, so that no name reads as another's.

export interface Mark {
  x: number;
  y: number;
  text: string;
}

export interface Label extends Mark {
  lx: number;
  ly: number;
  anchor: 'start' | 'middle' | 'end';
  /** Where a line from the marker meets its name, when the name stands off from it. */
  leader?: [number, number];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A generous width for 12 px text, so that estimated boxes never undershoot the drawn ones. */
const CHAR_PX = 7.4;
const HEIGHT = 13;
type Spot = [dx: number, dy: number, anchor: Label['anchor'], ring: number];
/** Spots around a marker, nearest first: where the text's anchor point goes, and how it anchors. */
const SPOTS: Spot[] = [0, 1, 2, 3, 4].flatMap((ring) => {
  const d = ring * 15;
  const beside = (dy: number): Spot[] => [[8, dy + 4, 'start', ring], [-8, dy + 4, 'end', ring]];
  const around: Spot[] = [[0, -9 - d, 'middle', ring], [0, 17 + d, 'middle', ring]];
  return ring === 0 ? [...beside(0), ...around] : [...beside(-d), ...beside(d), ...around];
});

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** How far a point lies from a box (0 inside it). */
const gap = (b: Box, x: number, y: number) => Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

/** The box a label's text takes, by its estimated width. */
export function labelBox(l: Pick<Label, 'lx' | 'ly' | 'anchor' | 'text'>): Box {
  const w = l.text.length * CHAR_PX;
  const x0 = l.anchor === 'start' ? l.lx : l.anchor === 'end' ? l.lx - w : l.lx - w / 2;
  return { x0, y0: l.ly - HEIGHT + 2, x1: x0 + w, y1: l.ly + 3 };
}

/** Names for `marks`; `dots` are unnamed markers that names keep off as well. */
export function placeLabels(marks: Mark[], width: number, height: number, dots: [number, number][] = []): Label[] {
  const taken: Box[] = [...marks.map((m): [number, number] => [m.x, m.y]), ...dots].map(([x, y]) => ({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 }));
  return marks.map((m, i) => {
    for (const [dx, dy, anchor, ring] of SPOTS) {
      const label: Label = { ...m, lx: m.x + dx, ly: m.y + dy, anchor };
      const box = labelBox(label);
      if (ring > 0) label.leader = [Math.min(Math.max(m.x, box.x0), box.x1), Math.min(Math.max(m.y, box.y0), box.y1)];
      const inFrame = box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= height;
      const own = gap(box, m.x, m.y);
      const nearest = marks.every((o, j) => j === i || gap(box, o.x, o.y) > own);
      if (inFrame && nearest && !taken.some((b, j) => j !== i && overlaps(b, box))) {
        taken.push(box);
        return label;
      }
    }
    // No free spot (a very long name): beside the marker all the same, rather than no name.
    return { ...m, lx: m.x + 8, ly: m.y + 4, anchor: 'start' };
  });
}
