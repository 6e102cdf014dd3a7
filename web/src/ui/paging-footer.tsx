import { Group, Pagination, Text } from '@mantine/core';

type PagingFooterProps = {
  totalText: string;
  total: number;
  pageSize: number;
  page: number;
  onPage: (page: number) => void;
};

/** Below a paged list: how many there are, and the page picker when there is more than one page. */
export const PagingFooter = ({ totalText, total, pageSize, page, onPage }: PagingFooterProps) => {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {totalText}
      </Text>
      {pageCount > 1 && <Pagination total={pageCount} value={page} onChange={onPage} size="sm" />}
    </Group>
  );
};
