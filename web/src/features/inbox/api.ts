import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type { NotificationList } from './types';

const INBOX_KEY = ['inbox'] as const;
const PAGE_SIZE = 100;

/** The agency's notifications, read and unread, newest first; the live stream makes it load again. */
export const useNotifications = () =>
  useQuery({
    queryKey: [...INBOX_KEY, 'list'],
    queryFn: ({ signal }) =>
      apiRequest<NotificationList>(`/inbox/notifications?limit=${PAGE_SIZE}`, { signal }),
    select: (list) => ({
      ...list,
      items: [...list.items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    }),
  });

/** Marks a notification read; the list and the badge are fetched again afterwards. */
export const useMarkRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/inbox/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  });
};
