// The built-in themes' templates, precompiled: empty here, filled with data by scripts/build.mjs in the bundle
// (from the same theme folders and compile options), so a run of the CLI never loads the Handlebars compiler.

export interface PrecompiledTheme {
  /** The sources it was made from: a template edited since the build is compiled afresh instead. */
  sources: { main: string; partials: Record<string, string>; letter?: string };
  // Handlebars' template specifications: code objects its runtime runs.
  main: object;
  letter?: object;
  partials: Record<string, object>;
}

export const precompiled: Record<string, PrecompiledTheme> = {};
