// The CLI bundle's entry (dist/cli.cjs, run by launch.ts): the early module first, so that when a PDF is asked for
// the browser starts before the rest of the program has even been evaluated.
import './early-browser.js';

export { main } from './main.js';
