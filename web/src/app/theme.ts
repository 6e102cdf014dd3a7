import { createTheme } from '@mantine/core';

// System fonts, and Noto Sans Lao bundled with the app (main.tsx): nothing is fetched from a font service.
const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Lao", "Phetsarath OT", "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK },
  defaultRadius: 'sm',
});
