#!/usr/bin/env node
// The CLI lives in dist/ (npm run build bundles src/). The small "early" chunk runs first: when a PDF is asked
// for it starts the browser, which then boots while the rest of the program loads.
await import('../dist/early.js');
await import('../dist/cli.js');
