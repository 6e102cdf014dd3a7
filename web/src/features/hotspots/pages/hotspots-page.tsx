import { Anchor, Button, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, todayDay } from '../../../ui/format';
import { PageHeader } from '../../../ui/page-header';
import { PagingFooter } from '../../../ui/paging-footer';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { HOTSPOT_PAGE_SIZE, useHotspots, useRechecksDue } from '../api';
import { type HotspotFilter, HotspotFilters } from '../components/hotspot-filters';
import { hotspotHref } from '../components/hotspot-link';
import { HotspotsTable } from '../components/hotspots-table';
import { HotspotFormModal } from '../forms/hotspot-form';

const NO_FILTER: HotspotFilter = {
  q: '',
  kind: null,
  status: null,
  drug: null,
  province: null,
  from: null,
  to: null,
};

/** The re-emergence checks the user's agency has due today or earlier. */
const RechecksDue = () => {
  const { t, i18n } = useTranslation();
  const due = useRechecksDue(todayDay());
  const items = due.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <SectionCard title={t('hotspots.rechecks.title')} testId="hotspots-rechecks">
      <List size="sm">
        {items.map((item) => (
          <List.Item key={item.id}>
            <Anchor href={hotspotHref(item.id)} size="sm">
              {item.name}
            </Anchor>{' '}
            — {t('hotspots.rechecks.due', { day: formatDay(item.recheckDueOn, i18n.language) })}
          </List.Item>
        ))}
      </List>
    </SectionCard>
  );
};

/** The registry of drug points and hotspots the user's agency reads, with filters and its re-checks due. */
export const HotspotsPage = ({ canRecord }: { canRecord: boolean }) => {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<HotspotFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(filter.q, 300);
  const [isCreating, createModal] = useDisclosure(false);
  const hotspots = useHotspots({ ...filter, q, offset: (page - 1) * HOTSPOT_PAGE_SIZE });
  const items = hotspots.data?.items;
  return (
    <Stack>
      <PageHeader
        title={t('hotspots.list.title')}
        subtitle={t('hotspots.list.subtitle')}
        action={
          canRecord && (
            <Button onClick={createModal.open} data-testid="hotspots-create">
              {t('hotspots.list.create')}
            </Button>
          )
        }
      />
      {canRecord && <RechecksDue />}
      <Group align="flex-end" justify="space-between">
        <HotspotFilters
          value={filter}
          facets={hotspots.data?.facets}
          onChange={(next) => {
            setFilter(next);
            setPage(1);
          }}
        />
        {hotspots.isFetching && <Loader size="xs" />}
      </Group>
      <QueryStatus query={hotspots} />
      {items?.length === 0 && <Text c="dimmed">{t('hotspots.list.empty')}</Text>}
      {items && items.length > 0 && <HotspotsTable hotspots={items} />}
      {hotspots.data && (
        <PagingFooter
          totalText={t('hotspots.list.total', { count: hotspots.data.total })}
          total={hotspots.data.total}
          pageSize={HOTSPOT_PAGE_SIZE}
          page={page}
          onPage={setPage}
        />
      )}
      <HotspotFormModal
        opened={isCreating}
        onClose={createModal.close}
        onSaved={(saved) => {
          window.location.hash = hotspotHref(saved.id);
        }}
      />
    </Stack>
  );
};
