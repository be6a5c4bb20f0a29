import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      // One build of the Node side: the desktop app's main process (out/main/index.js), the import
      // worker beside it, and the CLI and browser-mode host as compiled tools (out/cli/index.js,
      // out/node-host/index.js) that start without transpiling anything.
      outDir: 'out',
      emptyOutDir: true,
      // The small pure-JS libraries every start needs are bundled: resolving and loading their
      // hundreds of files cost the CLI more than all its own work. The big ones (Word, Excel,
      // Chromium's driver) stay external and load only when a file of theirs is made.
      externalizeDeps: {
        exclude: ['zod', 'date-fns', '@date-fns/tz', 'lowdb', 'iuliia', 'petrovich'],
      },
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Imports run in a worker thread with a time and memory budget: its own entry.
          'import-worker': resolve(__dirname, 'electron/services/import-worker.ts'),
          cli: resolve(__dirname, 'electron/cli/main.ts'),
          'node-host': resolve(__dirname, 'electron/node-host/main.ts'),
          // The host's printer runs in a child process (Chromium's driver stays out of the host).
          'print-process': resolve(__dirname, 'electron/node-host/print-process.ts'),
        },
        output: {
          // The CLI is a command of its own (package.json `bin`).
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
          entryFileNames: (chunk) =>
            chunk.name === 'cli'
              ? 'cli/index.js'
              : chunk.name === 'node-host'
                ? 'node-host/index.js'
                : chunk.name === 'print-process'
                  ? 'node-host/print-process.js'
                  : 'main/[name].js',
          chunkFileNames: 'main/chunks/[name]-[hash].js',
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules: emit one CommonJS file.
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})
