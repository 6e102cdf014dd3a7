import { Badge } from '@mantine/core';
import { useUnreadCount } from '../api';

/** The unread count beside the inbox's navigation entry; nothing when all is read. */
export const UnreadBadge = () => {
  const unread = useUnreadCount();
  if (!unread.data) {
    return null;
  }
  return (
    <Badge size="sm" color="red" circle={unread.data < 10} data-testid="inbox-unread-badge">
      {unread.data}
    </Badge>
  );
};
