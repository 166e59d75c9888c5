// The library: what the CLI, the watch loop and the tests call. `import { render } from 'resume'` renders in
// memory; `build` writes too. Both run the same stages as the CLI.
export { type CheckedOutput, type Finding, formatCheck } from './check/index.js';
export { type CheckOptions, checkOutputs } from './check/run.js';
export type { Resume } from './core/resume-types.js';
export type { ViewModel } from './core/view.js';
export { type Diagnostic, formatDiagnostics, RenderError, UsageError, UserError } from './errors.js';
export type { LetterView } from './letter/view.js';
export { type BatchResult, buildMany } from './pipeline/batch.js';
export type { LetterChoice, LetterInput } from './pipeline/letter.js';
export { type Loaded, type LoadInput, load } from './pipeline/load.js';
export { type Manifest, readManifests } from './pipeline/manifest.js';
export { type MatchResult, type MatchRunOptions, match } from './pipeline/match.js';
export type { RenderedOutput } from './pipeline/render.js';
export {
  type BuildOptions,
  type BuildResult,
  build,
  type Explained,
  explain,
  type ProgressEvent,
  type RenderOptions,
  type RenderResult,
  render,
} from './pipeline/run.js';
export { BrowserSession } from './render/pdf/browser.js';
export { discoverBrowser } from './render/pdf/discover.js';
export { formatNames } from './render/registry.js';
