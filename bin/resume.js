#!/usr/bin/env node
// CommonJS (see bin/package.json), as is the launcher: Node starts a CommonJS program faster than an ES module. The
// launcher runs the CLI bundle in dist/ (npm run build) through V8's code cache.
const { launch } = require('../dist/launch.cjs');

// Exit at once: the browser is already killed, and nothing else needs the event loop.
launch(process.argv.slice(2)).then((code) => process.exit(code));
