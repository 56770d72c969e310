// The file libraries, loaded on demand: they land in chunks of their own that the browser fetches only
// when a person opens or saves a file (never part of the task pane's or the preview's first load).
// The chunks stay unnamed: names would go into the runtime the task pane's initial load shares.
export type ExcelJs = typeof import("exceljs");
export type JsZip = typeof import("jszip");

/** A CommonJS module imported dynamically: bundlers put it on `default`, Node's interop on the namespace. */
function commonJs<T>(mod: unknown, probe: string): T {
  const m = mod as Record<string, unknown> & { default?: unknown };
  return (probe in m ? m : m.default) as T;
}

export async function loadExcelJs(): Promise<ExcelJs> {
  return commonJs<ExcelJs>(await import("exceljs"), "Workbook");
}

/** JSZip reads and writes the .xlsx package itself (files/package); a constructor, so not probed by a static. */
export async function loadJsZip(): Promise<JsZip> {
  const mod = (await import("jszip")) as unknown as { default?: unknown };
  return (typeof mod.default === "function" ? mod.default : mod) as JsZip;
}
