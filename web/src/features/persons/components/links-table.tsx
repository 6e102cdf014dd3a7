import { Anchor, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../ui/format';
import type { LinkGraph, PersonLinkView } from '../link-types';
import type { PersonView } from '../types';
import { linkNodeName } from './link-node-name';
import { personHref } from './person-link';

type EndProps = { id: string; person: PersonView | undefined };

const LinkEnd = ({ id, person }: EndProps) => {
  const { t } = useTranslation();
  const name = linkNodeName(person, t);
  return person?.level === 'pointer' ? (
    <Text size="sm" fs="italic">
      {name}
    </Text>
  ) : (
    <Anchor href={personHref(id)} size="sm">
      {name}
    </Anchor>
  );
};

type LinksTableProps = {
  graph: LinkGraph;
  /** Links of the user's agency it may remove (its writers); others have no button. */
  canRemove: (link: PersonLinkView) => boolean;
  onRemove: (link: PersonLinkView) => void;
};

/** Every link of the graph as a sentence in a row, "B · is the supplier · of A", for reading without the drawing. */
export const LinksTable = ({ graph, canRemove, onRemove }: LinksTableProps) => {
  const { t, i18n } = useTranslation();
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} data-testid="person-links-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('persons.links.who')}</Table.Th>
            <Table.Th>{t('persons.links.relation')}</Table.Th>
            <Table.Th>{t('persons.links.ofWhom')}</Table.Th>
            <Table.Th>{t('persons.links.note')}</Table.Th>
            <Table.Th>{t('persons.links.recordedOn')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {graph.edges.map((link) => (
            <Table.Tr key={link.id} data-testid="person-link-row">
              <Table.Td>
                <LinkEnd id={link.linkedPersonId} person={byId.get(link.linkedPersonId)} />
              </Table.Td>
              <Table.Td data-testid="person-link-kind">{t(`persons.links.kind.${link.kind}`)}</Table.Td>
              <Table.Td>
                <LinkEnd id={link.personId} person={byId.get(link.personId)} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {link.note ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(link.createdAt, i18n.language)}</Table.Td>
              <Table.Td>
                {canRemove(link) && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onRemove(link)}
                    data-testid="person-link-remove"
                  >
                    {t('persons.links.remove')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
