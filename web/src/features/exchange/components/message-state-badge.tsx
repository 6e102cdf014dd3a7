import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageState } from '../types';

const COLORS: Record<MessageState, string> = {
  sent: 'gray',
  delivered: 'blue',
  read: 'cyan',
  acknowledged: 'teal',
  answered: 'green',
  overdue: 'red',
  closed: 'dark',
  withdrawn: 'orange',
};

/** The state of one copy of a message, coloured. */
export const MessageStateBadge = ({ state }: { state: MessageState }) => {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={COLORS[state]} data-testid="message-state">
      {t(`exchange.state.${state}`)}
    </Badge>
  );
};
