import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgencyLink } from '../../agencies/components/agency-badges';
import { agreementHref } from '../../agreements/components/agreement-badges';
import type { ExplanationView, GrantView } from '../share-types';
import { LevelBadge } from './level-badge';
import { useAccessReasons } from './use-access-reasons';

const GrantLine = ({ grant, text }: { grant: GrantView; text: string }) =>
  grant.rule === 'agreement' ? (
    <Anchor href={agreementHref(grant.agreement.id)} size="sm">
      {text}
    </Anchor>
  ) : (
    <Text size="sm">{text}</Text>
  );

/** Who reads the record now, at what level, and why: each grant (owner, share, agreement) and each block. */
export const AudienceTable = ({ audience }: { audience: ExplanationView[] }) => {
  const { t } = useTranslation();
  const { grantText, blockText } = useAccessReasons();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" data-testid="person-audience">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('persons.sharing.agency')}</Table.Th>
            <Table.Th miw={110}>{t('persons.sharing.level')}</Table.Th>
            <Table.Th>{t('persons.sharing.why')}</Table.Th>
            <Table.Th>{t('persons.sharing.blocks')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {audience.map((entry) => (
            <Table.Tr key={entry.agency.id} data-testid="person-audience-row">
              <Table.Td>
                <AgencyLink agency={entry.agency} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {entry.level === 'none' ? (
                  <Badge size="sm" variant="outline" color="gray">
                    {t('persons.sharing.noAccess')}
                  </Badge>
                ) : (
                  <LevelBadge level={entry.level} />
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {entry.grants.map((grant) => (
                    <GrantLine
                      key={`${grant.rule}-${grantText(grant)}`}
                      grant={grant}
                      text={grantText(grant)}
                    />
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {entry.blocks.map((block) => (
                    <Text key={blockText(block)} size="sm" c="red">
                      {blockText(block)}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
