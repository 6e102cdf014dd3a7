import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const WEB_ROOT = fileURLToPath(new URL('.', import.meta.url));

// Vite loads its config through a default export; this file is the one exception to the rule.
export default defineConfig({
  root: WEB_ROOT,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // One bundle served from the local network; heavy modules (the map) will be loaded lazily.
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
