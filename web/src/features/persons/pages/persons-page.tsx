import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { PagingFooter } from '../../../ui/paging-footer';
import { QueryStatus } from '../../../ui/query-status';
import { PERSON_PAGE_SIZE, usePersonSearch, usePersons } from '../api';
import { NO_YEARS, parseBirthYears } from '../components/birth-years';
import { type PersonFilter, PersonFilters } from '../components/person-filters';
import { personHref } from '../components/person-link';
import { PersonsTable } from '../components/persons-table';
import { SearchResults } from '../components/search-results';
import { PersonFormModal } from '../forms/person-form';

const NO_FILTER: PersonFilter = { search: '', role: null, province: null, sex: null, birthYears: '' };

type PersonsPageProps = {
  /** Writers (administrator, commander, liaison officer, investigator) record persons; the API answers 403 otherwise. */
  canRecord: boolean;
};

/**
 * The persons of interest the user's agency reads, filtered by role and province; with text in the search box, the
 * ranked fuzzy search instead (as you type), which also says which forces hold a record the user may not read.
 */
export const PersonsPage = ({ canRecord }: PersonsPageProps) => {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<PersonFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  const [search] = useDebouncedValue(filter.search, 300);
  const [birthYears] = useDebouncedValue(filter.birthYears, 300);
  const [isCreating, createModal] = useDisclosure(false);
  const isSearching = search.trim() !== '';
  const persons = usePersons(
    { q: '', role: filter.role, province: filter.province, offset: (page - 1) * PERSON_PAGE_SIZE },
    !isSearching,
  );
  const hits = usePersonSearch({
    q: search,
    sex: filter.sex,
    province: filter.province,
    ...(parseBirthYears(birthYears) ?? NO_YEARS),
  });
  const changeFilter = (next: PersonFilter) => {
    setFilter(next);
    setPage(1);
  };
  const items = persons.data?.items;
  return (
    <Stack>
      <PageHeader
        title={t('persons.list.title')}
        subtitle={t('persons.list.subtitle')}
        action={
          canRecord && (
            <Button onClick={createModal.open} data-testid="persons-create">
              {t('persons.list.create')}
            </Button>
          )
        }
      />
      <Group align="flex-end" justify="space-between">
        <PersonFilters value={filter} facets={persons.data?.facets} onChange={changeFilter} />
        {(isSearching ? hits : persons).isFetching && <Loader size="xs" />}
      </Group>
      {isSearching ? <SearchSection hits={hits} /> : <QueryStatus query={persons} />}
      {!isSearching && items?.length === 0 && <Text c="dimmed">{t('persons.list.empty')}</Text>}
      {!isSearching && items && items.length > 0 && <PersonsTable persons={items} />}
      {!isSearching && persons.data && (
        <PagingFooter
          totalText={t('persons.list.total', { count: persons.data.total })}
          total={persons.data.total}
          pageSize={PERSON_PAGE_SIZE}
          page={page}
          onPage={setPage}
        />
      )}
      <PersonFormModal
        opened={isCreating}
        onClose={createModal.close}
        onSaved={(saved) => {
          window.location.hash = personHref(saved.id);
        }}
      />
    </Stack>
  );
};

const SearchSection = ({ hits }: { hits: ReturnType<typeof usePersonSearch> }) => {
  const { t } = useTranslation();
  const items = hits.data?.items;
  return (
    <>
      <QueryStatus query={hits} />
      {items?.length === 0 && <Text c="dimmed">{t('persons.list.empty')}</Text>}
      {items && items.length > 0 && <SearchResults hits={items} />}
    </>
  );
};
