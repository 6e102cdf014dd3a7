import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LinkGraph, PersonLinkView } from '../link-types';
import { layoutEgoGraph, type PlacedNode } from './link-graph-layout';
import { linkNodeName } from './link-node-name';
import { personHref } from './person-link';

const SIZE = { width: 640, height: 440 };
const NODE_RADIUS = 9;
/** Longer names are cut in the drawing (the full name is the node's tooltip and is in the table). */
const MAX_LABEL = 26;

const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

const endsOf = (link: PersonLinkView) => ({ from: link.personId, to: link.linkedPersonId });

type NodeProps = { node: PlacedNode; name: string; isPointer: boolean };

const GraphNode = ({ node, name, isPointer }: NodeProps) => (
  <a href={personHref(node.id)} data-testid="person-graph-node" aria-label={name}>
    <title>{name}</title>
    <circle
      cx={node.x}
      cy={node.y}
      r={node.isCentre ? NODE_RADIUS + 4 : NODE_RADIUS}
      fill={node.isCentre ? '#1c7ed6' : isPointer ? '#ced4da' : '#74c0fc'}
      stroke="#1864ab"
      strokeDasharray={isPointer ? '3 2' : undefined}
    />
    <text
      x={node.x}
      y={node.y + NODE_RADIUS + 14}
      textAnchor="middle"
      fontSize={12}
      fontWeight={node.isCentre ? 700 : 400}
      fontStyle={isPointer ? 'italic' : undefined}
      fill="#212529"
    >
      {shorten(name)}
    </text>
  </a>
);

/**
 * The person's links as an ego graph drawn in SVG: the person in the centre, linked persons round it, each link an
 * arrow A → B labelled with its kind ("B is A's supplier"), links among the others drawn too; each node opens its
 * person. A pointer is named only by the agency holding it.
 */
export const LinksGraph = ({ centreId, graph }: { centreId: string; graph: LinkGraph }) => {
  const { t } = useTranslation();
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const layout = layoutEgoGraph({
    centreId,
    otherIds: graph.nodes.map((node) => node.id),
    edges: graph.edges,
    endsOf,
    size: SIZE,
  });
  return (
    <>
      <svg
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        width="100%"
        role="img"
        aria-label={t('persons.links.graphLabel')}
        data-testid="person-links-graph"
        style={{ maxHeight: SIZE.height, background: '#f8f9fa', borderRadius: 8 }}
      >
        <defs>
          <marker
            id="link-arrow"
            viewBox="0 0 10 10"
            refX={NODE_RADIUS + 12}
            refY={5}
            markerWidth={7}
            markerHeight={7}
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#868e96" />
          </marker>
        </defs>
        {layout.edges.map(({ edge, from, to }) => (
          <line
            key={edge.id}
            x1={from.x}
            y1={from.y}
            x2={to.x}
            y2={to.y}
            stroke="#868e96"
            strokeWidth={1.5}
            markerEnd="url(#link-arrow)"
          />
        ))}
        {layout.edges.map(({ edge, label }) => (
          <text
            key={edge.id}
            x={label.x}
            y={label.y}
            textAnchor="middle"
            dominantBaseline="middle"
            fontSize={11}
            fill="#495057"
            stroke="#f8f9fa"
            strokeWidth={3}
            paintOrder="stroke"
            data-testid="person-graph-edge"
          >
            {t(`persons.links.kind.${edge.kind}`)}
          </text>
        ))}
        {layout.nodes.map((node) => (
          <GraphNode
            key={node.id}
            node={node}
            name={linkNodeName(byId.get(node.id), t)}
            isPointer={byId.get(node.id)?.level === 'pointer'}
          />
        ))}
      </svg>
      <Text size="xs" c="dimmed">
        {t('persons.links.arrowHint')}
        {layout.hidden > 0 && ` ${t('persons.links.hidden', { count: layout.hidden })}`}
      </Text>
    </>
  );
};
