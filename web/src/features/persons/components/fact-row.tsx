import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled fact of a record card: the label on the left, the value on the right. */
export const FactRow = ({ label, children }: { label: string; children: ReactNode }) => (
  <Table.Tr>
    <Table.Th w={200} fw={500}>
      {label}
    </Table.Th>
    <Table.Td>{children}</Table.Td>
  </Table.Tr>
);
