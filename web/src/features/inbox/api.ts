import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type { NotificationList } from './types';

const INBOX_KEY = ['inbox'] as const;
/** How often the inbox and its badge ask again, until live delivery comes. */
const REFRESH_MS = 30_000;
const PAGE_SIZE = 100;

/** The agency's notifications, read and unread, newest first; fetched again every 30 seconds. */
export const useNotifications = () =>
  useQuery({
    queryKey: [...INBOX_KEY, 'list'],
    queryFn: ({ signal }) =>
      apiRequest<NotificationList>(`/inbox/notifications?limit=${PAGE_SIZE}`, { signal }),
    refetchInterval: REFRESH_MS,
    select: (list) => ({
      ...list,
      items: [...list.items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    }),
  });

/** The number of unread notifications, for the navigation badge; fetched again every 30 seconds. */
export const useUnreadCount = () =>
  useQuery({
    queryKey: [...INBOX_KEY, 'unread'],
    queryFn: ({ signal }) =>
      apiRequest<NotificationList>('/inbox/notifications?unread=true&limit=1', { signal }),
    refetchInterval: REFRESH_MS,
    select: (list) => list.unread,
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
