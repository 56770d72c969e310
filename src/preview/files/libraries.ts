// The file libraries, loaded on demand: they land in chunks of their own that the browser fetches only
// when a person opens or saves a file (never part of the task pane's or the preview's first load).
// The chunks stay unnamed: names would go into the runtime the task pane's initial load shares.
export type JsZip = typeof import("jszip");

/** JSZip reads and writes the .xlsx package itself (files/package); a constructor, so not probed by a static. */
export async function loadJsZip(): Promise<JsZip> {
  const mod = (await import("jszip")) as unknown as { default?: unknown };
  return (typeof mod.default === "function" ? mod.default : mod) as JsZip;
}
