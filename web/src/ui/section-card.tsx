import { Card, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type SectionCardProps = { title: string; action?: ReactNode; testId?: string; children: ReactNode };

/** A bordered section of a detail page: its title, an optional action beside it, then its content. */
export const SectionCard = ({ title, action, testId, children }: SectionCardProps) => (
  <Card withBorder data-testid={testId}>
    <Stack gap="xs">
      {action === undefined ? (
        <Title order={4}>{title}</Title>
      ) : (
        <Group justify="space-between">
          <Title order={4}>{title}</Title>
          {action}
        </Group>
      )}
      {children}
    </Stack>
  </Card>
);
