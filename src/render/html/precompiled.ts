// The built-in themes as the build checked and precompiled them: empty here, filled with data by scripts/build.mjs
// in the bundle (from the same theme folders and compile options), so a run of the CLI never loads the Handlebars
// compiler, and loads the templates of the one theme it draws with.

export interface PrecompiledTheme {
  /** The sources it was made from, as JSON: a template edited since the build is compiled afresh instead. */
  sources: string;
  /** theme.json as the build read it and found it valid against the theme schema. */
  manifest: string;
  /** Handlebars' template specifications, code objects its runtime runs: a chunk of their own. */
  specs(): Promise<PrecompiledSpecs>;
}

export interface PrecompiledSpecs {
  main: object;
  letter?: object;
  partials: Record<string, object>;
}

export const precompiled: Record<string, PrecompiledTheme> = {};
