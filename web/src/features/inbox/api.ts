import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type { NotificationList, SharedGroup, SharedGroupList, SharedItemList } from './types';

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

/** The records newly shared with the agency, one line per granting agency and day; the live stream refreshes it. */
export const useSharedGroups = () =>
  useQuery({
    queryKey: [...INBOX_KEY, 'shared'],
    queryFn: ({ signal }) => apiRequest<SharedGroupList>('/sharing/received?limit=100', { signal }),
  });

/** The records of one line of "shared with you", loaded when the line is opened. */
export const useSharedItems = (group: SharedGroup) =>
  useQuery({
    queryKey: [...INBOX_KEY, 'shared', group.grantedByAgency.id, group.day],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ grantedByAgencyId: group.grantedByAgency.id, day: group.day });
      return apiRequest<SharedItemList>(`/sharing/received/items?${search.toString()}&limit=200`, { signal });
    },
  });
