// The library: what the CLI, the watch loop and the tests call. `import { build } from 'resume'`.
export { type BuildOptions, type BuildResult, build, buildTargets, explainBuild } from './build.js';
export { type LoadedResume, type LoadOptions, loadResume } from './core/load.js';
export { prepareResume } from './core/prepare.js';
export type { Resume } from './core/resume-types.js';
export { tailorResume } from './core/tailor.js';
export type { ViewModel } from './core/view.js';
export { type Diagnostic, formatDiagnostics, RenderError, UsageError, UserError } from './errors.js';
export { toJsonResume } from './render/json/index.js';
export { BrowserSession } from './render/pdf/browser.js';
export { discoverBrowser } from './render/pdf/discover.js';
export { formatNames, renderers, selectRenderers } from './render/registry.js';
export type { Renderer } from './render/types.js';
