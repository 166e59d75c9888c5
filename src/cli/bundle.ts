// The CLI bundle's entry (dist/cli.cjs, run by launch.ts): the early module first, so the browser the launcher
// started (or, without the launcher, a new one) is taken up before the rest of the program is evaluated.
import './early-browser.js';

export { main } from './main.js';
