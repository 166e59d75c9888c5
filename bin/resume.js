#!/usr/bin/env node
// The CLI lives in dist/ (npm run build bundles src/).
import '../dist/cli.js';
