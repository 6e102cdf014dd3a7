import '@mantine/core/styles.css';
// Lao script ships with the app: a Lao partner's machine on a closed network may have no Lao font installed.
import '@fontsource/noto-sans-lao/400.css';
import '@fontsource/noto-sans-lao/700.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n';
import { App } from './app';
import { createQueryClient } from './query-client';
import { theme } from './theme';

const container = document.getElementById('root');
if (!container) {
  throw new Error('The page has no #root element');
}

const i18n = createI18n();
const queryClient = createQueryClient();

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
