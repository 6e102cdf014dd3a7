/** The most persons the drawn graph holds; the table below it lists every link. */
export const MAX_GRAPH_NODES = 30;

export type GraphSize = { width: number; height: number };
export type Point = { x: number; y: number };
export type PlacedNode = Point & { id: string; isCentre: boolean };
export type PlacedEdge<E> = { edge: E; from: Point; to: Point; label: Point };

type LayoutInput<E> = {
  centreId: string;
  /** The other persons, in the order they go round the circle (clockwise from the top). */
  otherIds: string[];
  edges: E[];
  endsOf: (edge: E) => { from: string; to: string };
  size: GraphSize;
};

// Two links between the same pair (a relative who is also a supplier) get their labels this far apart.
const LABEL_SPACING = 16;

const placeRing = (ids: string[], { width, height }: GraphSize): PlacedNode[] => {
  const radius = Math.min(width, height) / 2 - 40;
  return ids.map((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ids.length;
    return {
      id,
      isCentre: false,
      x: width / 2 + radius * Math.cos(angle),
      y: height / 2 + radius * Math.sin(angle),
    };
  });
};

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The label of the k-th of n links between two points: at the middle, shifted across the line so none overlap. */
const labelAt = (from: Point, to: Point, k: number, n: number): Point => {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const shift = (k - (n - 1) / 2) * LABEL_SPACING;
  return { x: (from.x + to.x) / 2 - (dy / length) * shift, y: (from.y + to.y) / 2 + (dx / length) * shift };
};

/**
 * An ego graph drawn by hand: the person in the centre, the others evenly round a circle, every link between two
 * drawn persons as a straight line with its label in the middle. Past MAX_GRAPH_NODES persons the rest are left
 * out (and counted in `hidden`), with their links.
 */
export const layoutEgoGraph = <E>({ centreId, otherIds, edges, endsOf, size }: LayoutInput<E>) => {
  const others = otherIds.filter((id) => id !== centreId);
  const shown = others.slice(0, MAX_GRAPH_NODES - 1);
  const nodes: PlacedNode[] = [
    { id: centreId, isCentre: true, x: size.width / 2, y: size.height / 2 },
    ...placeRing(shown, size),
  ];
  const at = new Map(nodes.map((node) => [node.id, node]));
  const drawn = edges.filter((edge) => at.has(endsOf(edge).from) && at.has(endsOf(edge).to));
  const perPair = new Map<string, number>();
  for (const edge of drawn) {
    const key = pairKey(endsOf(edge).from, endsOf(edge).to);
    perPair.set(key, (perPair.get(key) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const placed = drawn.flatMap((edge): PlacedEdge<E>[] => {
    const ends = endsOf(edge);
    const from = at.get(ends.from);
    const to = at.get(ends.to);
    if (!from || !to) return [];
    const key = pairKey(ends.from, ends.to);
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    // Measured on the pair's own orientation, so links either way between two persons do not share a spot.
    const [a, b] = ends.from < ends.to ? [from, to] : [to, from];
    return [{ edge, from, to, label: labelAt(a, b, k, perPair.get(key) ?? 1) }];
  });
  return { nodes, edges: placed, hidden: others.length - shown.length };
};
