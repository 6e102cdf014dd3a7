import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, ROUTES } from '../../../app/router';
import { formatDay, todayDay } from '../../../ui/format';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { useGroup } from '../api';
import { AgencyLink } from '../components/agency-badges';
import { DayControls } from '../components/day-controls';
import { periodText } from '../components/period-text';
import { AddMemberForm, ChairHandoverForm } from '../forms/group-forms';
import { MembershipPeriodForm } from '../forms/membership-period-form';
import type { ChairTerm, GroupDetail, Membership } from '../types';

type GroupPageProps = { groupId: string };

type OpenForm = 'member' | 'chair' | null;

const ChairHistory = ({ terms }: { terms: ChairTerm[] }) => {
  const { t, i18n } = useTranslation();
  if (terms.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('agencies.groups.noChair')}
      </Text>
    );
  }
  const last = terms.length - 1;
  return (
    <Timeline active={last} bulletSize={14} lineWidth={2} data-testid="chair-history">
      {terms.map((term) => (
        <Timeline.Item key={term.id} title={<AgencyLink agency={term.agency} />}>
          <Text size="xs" c="dimmed">
            {term.endsOn
              ? t('agencies.groups.termClosed', {
                  from: formatDay(term.startsOn, i18n.language),
                  to: formatDay(term.endsOn, i18n.language),
                })
              : t('agencies.groups.termOpen', { from: formatDay(term.startsOn, i18n.language) })}
          </Text>
          {term.handover && (
            <Text size="sm" mt={2}>
              {t('agencies.groups.handedOverAt', {
                conference: term.handover.conferenceName,
                place: term.handover.conferencePlace ?? '—',
              })}
            </Text>
          )}
          {term.note && (
            <Text size="xs" c="dimmed" fs="italic">
              {term.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
};

const Members = ({
  group,
  onEditPeriod,
}: {
  group: GroupDetail;
  onEditPeriod: (membership: Membership) => void;
}) => {
  const { t, i18n } = useTranslation();
  const canEdit = group.abilities.canEditRegistry;
  const current = new Set(group.members.map((member) => member.id));
  return (
    <Table verticalSpacing={4} data-testid="group-members">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('agencies.groups.member')}</Table.Th>
          <Table.Th>{t('agencies.detail.period')}</Table.Th>
          <Table.Th>{t('agencies.list.status')}</Table.Th>
          {canEdit && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {group.memberships.map((membership) => (
          <Table.Tr key={membership.id} opacity={current.has(membership.id) ? 1 : 0.55}>
            <Table.Td>
              <AgencyLink agency={membership.agency} />
            </Table.Td>
            <Table.Td>{periodText(membership, t, i18n.language)}</Table.Td>
            <Table.Td>
              {current.has(membership.id) ? (
                <Badge size="sm" variant="light" color="green">
                  {t('agencies.groups.memberOnDay')}
                </Badge>
              ) : (
                <Text size="xs" c="dimmed">
                  {membership.agency.status === 'dissolved'
                    ? t('agencies.status.dissolved')
                    : t('agencies.groups.notMemberOnDay')}
                </Text>
              )}
            </Table.Td>
            {canEdit && (
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => onEditPeriod(membership)}
                  data-testid={`membership-edit-${membership.id}`}
                >
                  {t('agencies.membershipForm.open')}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};

/** A cluster or route: the members on a chosen day, every membership, and the chair history. */
export const GroupPage = ({ groupId }: GroupPageProps) => {
  const { t } = useTranslation();
  const [at, setAt] = useState(todayDay);
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const [editing, setEditing] = useState<Membership | null>(null);
  const group = useGroup(groupId, at);
  if (!group.isSuccess) {
    return <QueryStatus query={group} />;
  }
  const detail = group.data;
  const canEdit = detail.abilities.canEditRegistry;
  return (
    <Stack>
      <Anchor href={hrefOf(ROUTES.groups)} size="sm">
        {t('agencies.groups.back')}
      </Anchor>
      <div>
        <Group gap="sm">
          <Title order={2} data-testid="group-name">
            {detail.nameVi}
          </Title>
          <Badge variant="light" color={detail.kind === 'cluster' ? 'grape' : 'teal'}>
            {t(`agencies.groupKind.${detail.kind}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {[detail.code, detail.agreementRef].filter(Boolean).join(' · ')}
        </Text>
        {detail.description && (
          <Text size="sm" mt="xs" maw={900}>
            {detail.description}
          </Text>
        )}
      </div>
      <DayControls at={at} onAt={setAt} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <SectionCard
          title={t('agencies.groups.members', { count: detail.members.length })}
          action={
            canEdit && (
              <Button size="compact-sm" variant="light" onClick={() => setOpenForm('member')}>
                {t('agencies.groups.addMember')}
              </Button>
            )
          }
        >
          <Members group={detail} onEditPeriod={setEditing} />
        </SectionCard>
        {detail.kind === 'cluster' && (
          <SectionCard
            title={t('agencies.groups.chairHistory')}
            action={
              canEdit && (
                <Button size="compact-sm" variant="light" onClick={() => setOpenForm('chair')}>
                  {t('agencies.groups.handover')}
                </Button>
              )
            }
          >
            <Text size="sm">
              {detail.currentChair
                ? t('agencies.groups.chairOnDay', { agency: detail.currentChair.agency.nameVi })
                : t('agencies.groups.noChairOnDay')}
            </Text>
            <ChairHistory terms={detail.chairTerms} />
          </SectionCard>
        )}
      </SimpleGrid>
      {openForm === 'member' && <AddMemberForm group={detail} onClose={() => setOpenForm(null)} />}
      {openForm === 'chair' && <ChairHandoverForm group={detail} onClose={() => setOpenForm(null)} />}
      {editing && canEdit && (
        <MembershipPeriodForm group={detail} membership={editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
};
