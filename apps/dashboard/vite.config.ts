import { defineConfig } from 'vite';

/** JSX through Vite's built-in Oxc transform (no React fast refresh needed); the API serves dist/ at `/`. */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    rolldownOptions: {
      // MUI, react-router and react-query mark their modules "use client"; meaningless in an SPA bundle (hundreds of lines).
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
});
