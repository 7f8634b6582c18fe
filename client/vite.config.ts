// Vite build of the Explorer: root is client/, output dist/client (scripts/build-client.ts relies on both).
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  base: '/',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The server's CSP allows no inline script: keep Vite from injecting its preload polyfill inline.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
});
