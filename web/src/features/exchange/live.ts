import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { INBOX_KEY } from './api';
import type { UnreadCounts } from './types';

/**
 * Listens to the server's inbox stream while the user is signed in: each `inbox` event carries the unread counts
 * (set at once for the badge) and makes every inbox query load again. The browser reconnects by itself when the
 * connection drops; the stream carries no content, only "look again".
 */
export const useLiveInbox = (): void => {
  const queryClient = useQueryClient();
  useEffect(() => {
    const source = new EventSource('/api/inbox/stream');
    const onInbox = (event: MessageEvent<string>) => {
      try {
        queryClient.setQueryData<UnreadCounts>([...INBOX_KEY, 'unread'], JSON.parse(event.data));
      } catch {
        // A malformed event only means the counts load through the query below.
      }
      void queryClient.invalidateQueries({ queryKey: INBOX_KEY });
    };
    source.addEventListener('inbox', onInbox);
    return () => {
      source.removeEventListener('inbox', onInbox);
      source.close();
    };
  }, [queryClient]);
};
