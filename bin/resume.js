#!/usr/bin/env node
// The CLI is one bundle in dist/ (npm run build), run through V8's code cache by launch.js.
const { launch } = await import('../dist/launch.js');
// Exit at once: the browser is already killed, and nothing else needs the event loop.
process.exit(await launch(process.argv.slice(2)));
