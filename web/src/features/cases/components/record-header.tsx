import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyLink } from '../../agencies/components/agency-badges';
import type { AgencySummary } from '../../agencies/types';
import { GradingBadge } from '../../persons/components/grading-badge';
import { HandlingBadges } from '../../persons/components/handling-badges';
import { HandlingWarnings } from '../../persons/components/handling-warnings';
import { LevelBadge } from '../../persons/components/level-badge';
import type { Grading, Handling } from '../../persons/types';

type Readable = { level: 'summary' | 'full'; grading: Grading; handling: Handling };

/** The top of a case, operation or seizure page: back link, level, grade and handling marks, the title. */
export const RecordHeader = ({
  backHref,
  backLabel,
  record,
  title,
}: {
  backHref: string;
  backLabel: string;
  record: Readable;
  title: ReactNode;
}) => (
  <Stack gap="xs">
    <Anchor href={backHref} size="sm">
      {backLabel}
    </Anchor>
    <Group gap="sm">
      <LevelBadge level={record.level} />
      <GradingBadge grading={record.grading} />
      <HandlingBadges handling={record.handling} />
    </Group>
    <Title order={2} data-testid="record-title">
      {title}
    </Title>
    <HandlingWarnings handling={record.handling} />
  </Stack>
);

/** What a pointer tells: the lead force holds the record, and whom to ask. */
export const PointerText = ({
  backHref,
  backLabel,
  owner,
}: {
  backHref: string;
  backLabel: string;
  owner: AgencySummary;
}) => {
  const { t } = useTranslation();
  return (
    <Stack>
      <Anchor href={backHref} size="sm">
        {backLabel}
      </Anchor>
      <LevelBadge level="pointer" />
      <Text>
        {t('cases.detail.pointer')} <AgencyLink agency={owner} />
      </Text>
    </Stack>
  );
};
