import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { INBOX_KEY } from './api';
import type { UnreadCounts } from './types';

const ACTIVITY = ['pointerdown', 'keydown', 'focus'] as const;

/**
 * Listens to the server's inbox stream while the user is signed in: each `inbox` event carries the unread counts
 * (set at once for the badge) and makes every inbox query load again. The browser reconnects by itself when the
 * connection drops; the stream carries no content, only "look again". When the server ends the stream (`end`: the
 * session ended, or an hour without events), it is not reopened at once: after an idle close, on the user's next
 * activity; after the session ended, the next request leads back to the login page.
 */
export const useLiveInbox = (): void => {
  const queryClient = useQueryClient();
  useEffect(() => {
    let source: EventSource | null = null;
    const onInbox = (event: MessageEvent<string>) => {
      try {
        queryClient.setQueryData<UnreadCounts>([...INBOX_KEY, 'unread'], JSON.parse(event.data));
      } catch {
        // A malformed event only means the counts load through the query below.
      }
      void queryClient.invalidateQueries({ queryKey: INBOX_KEY });
    };
    const reopen = () => {
      for (const name of ACTIVITY) window.removeEventListener(name, reopen);
      connect();
    };
    const onEnd = (event: MessageEvent<string>) => {
      source?.close();
      source = null;
      if (event.data.includes('idle')) {
        for (const name of ACTIVITY) window.addEventListener(name, reopen);
      } else {
        void queryClient.invalidateQueries({ queryKey: INBOX_KEY });
      }
    };
    const connect = () => {
      source = new EventSource('/api/inbox/stream');
      source.addEventListener('inbox', onInbox);
      source.addEventListener('end', onEnd);
    };
    connect();
    return () => {
      for (const name of ACTIVITY) window.removeEventListener(name, reopen);
      source?.close();
    };
  }, [queryClient]);
};
