#!/usr/bin/env node
// The CLI lives in dist/ (npm run build bundles src/). The small "early" chunk runs first: when a PDF is asked
// for it starts the browser, which then boots while the rest of the program loads.
await import('../dist/early.js');
const { main } = await import('../dist/cli.js');
// Exit at once: the browser is already killed, and nothing else needs the event loop.
process.exit(await main(process.argv.slice(2)));
