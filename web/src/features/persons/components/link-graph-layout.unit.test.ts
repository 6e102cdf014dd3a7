import { describe, expect, it } from 'vitest';
import { layoutEgoGraph, MAX_GRAPH_NODES } from './link-graph-layout';

type Edge = { from: string; to: string };
const size = { width: 600, height: 400 };
const layout = (otherIds: string[], edges: Edge[]) =>
  layoutEgoGraph({ centreId: 'c', otherIds, edges, endsOf: (edge) => edge, size });

describe('layoutEgoGraph', () => {
  it('puts the person in the centre and the others on one circle round it', () => {
    const { nodes } = layout(['a', 'b', 'c2', 'd'], []);
    expect(nodes[0]).toEqual({ id: 'c', isCentre: true, x: 300, y: 200 });
    const distances = nodes.slice(1).map((node) => Math.hypot(node.x - 300, node.y - 200));
    for (const distance of distances) expect(distance).toBeCloseTo(160);
    // The first neighbour sits straight above the centre.
    expect(nodes[1]?.x).toBeCloseTo(300);
    expect(nodes[1]?.y).toBeCloseTo(40);
  });

  it('draws the links among neighbours too, and none to a person left out', () => {
    const others = Array.from({ length: MAX_GRAPH_NODES + 4 }, (_, i) => `p${i}`);
    const last = others.at(-1) ?? '';
    const result = layout(others, [
      { from: 'c', to: 'p0' },
      { from: 'p0', to: 'p1' },
      { from: 'c', to: last },
    ]);
    expect(result.nodes).toHaveLength(MAX_GRAPH_NODES);
    expect(result.hidden).toBe(5);
    expect(result.edges.map((placed) => placed.edge)).toEqual([
      { from: 'c', to: 'p0' },
      { from: 'p0', to: 'p1' },
    ]);
  });

  it('keeps the labels of two links between the same persons apart, either way round', () => {
    const { edges } = layout(
      ['a'],
      [
        { from: 'c', to: 'a' },
        { from: 'a', to: 'c' },
      ],
    );
    const [first, second] = edges.map((placed) => placed.label);
    expect(first && second && Math.hypot(first.x - second.x, first.y - second.y)).toBeCloseTo(16);
  });

  it('does not place the centre twice when it is listed among the others', () => {
    const result = layout(['c', 'a'], []);
    expect(result.nodes.map((node) => node.id)).toEqual(['c', 'a']);
    expect(result.hidden).toBe(0);
  });
});
