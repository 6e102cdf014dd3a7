import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type PageHeaderProps = { title: string; subtitle: string; action?: ReactNode };

/** A page's title and dimmed subtitle, with its main action (if any) on the right. */
export const PageHeader = ({ title, subtitle, action }: PageHeaderProps) => {
  const heading = (
    <div>
      <Title order={2}>{title}</Title>
      <Text c="dimmed" size="sm">
        {subtitle}
      </Text>
    </div>
  );
  if (action === undefined) {
    return heading;
  }
  return (
    <Group justify="space-between" align="flex-end">
      {heading}
      {action}
    </Group>
  );
};
