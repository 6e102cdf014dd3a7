import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { LinkForm } from '../forms/link-form';
import { UnlinkForm } from '../forms/unlink-form';
import type { PersonLinkView } from '../link-types';
import { usePersonLinks } from '../record-api';
import { linkNodeName } from './link-node-name';
import { LinksGraph } from './links-graph';
import { LinksTable } from './links-table';

type LinksCardProps = {
  personId: string;
  ownAgencyId: string;
  /** The user writes persons of its agency: it links this one (if its agency owns it) and removes its links. */
  canWrite: boolean;
  isOwner: boolean;
};

/**
 * "Quan hệ": the person's links to other persons as a small graph and as a table, each person at the level the user
 * reads it; the owner's writers add a link to a person found by search and remove links with a reason.
 */
export const LinksCard = ({ personId, ownAgencyId, canWrite, isOwner }: LinksCardProps) => {
  const { t } = useTranslation();
  const links = usePersonLinks(personId);
  const [isAdding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<PersonLinkView | null>(null);
  const graph = links.data;
  const nodeOf = (id: string) => graph?.nodes.find((node) => node.id === id);
  return (
    <SectionCard
      title={t('persons.links.title')}
      testId="person-links"
      action={
        canWrite && isOwner ? (
          <Button size="compact-sm" onClick={() => setAdding(true)} data-testid="person-link-add">
            {t('persons.links.add')}
          </Button>
        ) : undefined
      }
    >
      {!graph ? (
        <QueryStatus query={links} />
      ) : graph.edges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('persons.links.none')}
        </Text>
      ) : (
        <>
          <LinksGraph centreId={personId} graph={graph} />
          <LinksTable
            graph={graph}
            canRemove={(link) => canWrite && link.ownerAgencyId === ownAgencyId}
            onRemove={setRemoving}
          />
        </>
      )}
      {isAdding && <LinkForm personId={personId} onClose={() => setAdding(false)} />}
      {removing && (
        <UnlinkForm
          link={removing}
          linkedName={linkNodeName(nodeOf(removing.linkedPersonId), t)}
          onClose={() => setRemoving(null)}
        />
      )}
    </SectionCard>
  );
};
