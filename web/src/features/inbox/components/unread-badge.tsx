import { Badge } from '@mantine/core';
import { useUnreadCounts } from '../../exchange/api';

/** The unread count beside the inbox's navigation entry (messages and notifications); nothing when all is read. */
export const UnreadBadge = () => {
  const counts = useUnreadCounts();
  const unread = (counts.data?.messages ?? 0) + (counts.data?.notifications ?? 0);
  if (!unread) {
    return null;
  }
  return (
    <Badge size="sm" color="red" circle={unread < 10} data-testid="inbox-unread-badge">
      {unread}
    </Badge>
  );
};
