import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonRole } from '../types';

/** A person's roles (suspect, wanted…) as small badges, or a dash when none is recorded. */
export const RoleBadges = ({ roles }: { roles: readonly PersonRole[] }) => {
  const { t } = useTranslation();
  if (roles.length === 0) {
    return <Text size="sm">—</Text>;
  }
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} size="sm" variant="light" color="red">
          {t(`persons.role.${role}`)}
        </Badge>
      ))}
    </Group>
  );
};
