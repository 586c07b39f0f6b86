import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

// The console is served by the function app under /console, from the app's web root.
export default defineConfig({
  base: '/console/',
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL('../Functions/wwwroot/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // The build prints what a user needs; rolldown's timing report about slow plugins is noise on a busy machine.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': 'http://localhost:7071',
      '/health': 'http://localhost:7071',
      '/dev': 'http://localhost:7071',
    },
  },
});
