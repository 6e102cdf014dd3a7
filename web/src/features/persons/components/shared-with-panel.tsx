import { Button, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { isNotOwnerError, usePersonAudience } from '../api';
import { RevokeForm } from '../forms/revoke-form';
import { ShareForm } from '../forms/share-form';
import type { ShareView } from '../share-types';
import { AudienceTable } from './audience-table';
import { ShareHistory } from './share-history';

type SharedWithPanelProps = {
  personId: string;
  /** Only the owner agency may see the panel; for others it is not even asked for. */
  isOwner: boolean;
  /** Writers share and revoke; the other roles of the owner agency only look. */
  canShare: boolean;
};

/** The owner's "shared with" panel: who reads the person now and why, every share made, and share and revoke. */
export const SharedWithPanel = ({ personId, isOwner, canShare }: SharedWithPanelProps) => {
  const { t } = useTranslation();
  const audience = usePersonAudience(personId, isOwner);
  const [isSharing, setSharing] = useState(false);
  const [revoking, setRevoking] = useState<ShareView | null>(null);
  if (!isOwner || isNotOwnerError(audience.error)) {
    return null;
  }
  return (
    <SectionCard
      title={t('persons.sharing.title')}
      testId="person-shared-with"
      action={
        canShare ? (
          <Button size="compact-sm" onClick={() => setSharing(true)} data-testid="person-share-open">
            {t('persons.sharing.share')}
          </Button>
        ) : undefined
      }
    >
      <QueryStatus query={audience} />
      {audience.data && (
        <Stack>
          <AudienceTable audience={audience.data.audience} />
          <Title order={5}>{t('persons.sharing.history')}</Title>
          <ShareHistory shares={audience.data.shares} onRevoke={canShare ? setRevoking : undefined} />
        </Stack>
      )}
      {isSharing && <ShareForm personId={personId} onClose={() => setSharing(false)} />}
      {revoking && <RevokeForm share={revoking} onClose={() => setRevoking(null)} />}
    </SectionCard>
  );
};
