import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The app is served by the API server itself from dist/web (no CDN, nothing fetched from outside).
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Offices run current browsers; one modern bundle keeps the first load small.
    target: 'es2022',
  },
  server: {
    // `npm run dev:web` next to `npm start`: the API and its WebSocket on the same origin.
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true }, '/exports': 'http://127.0.0.1:4000' },
  },
});
