// `npm run inspect -- FILE [--json] ...` (scripts/inspect.mjs): what the task pane would propose for each
// sheet of a workbook or export, over the same src/excel and src/core code, for whoever checks a team
// drive's files before roll-out. Exit codes: 0 inspected, 1 a command line that cannot be used,
// 2 a file that cannot be read (an .xls or .ods says how to convert it).
import { parseOptions, USAGE, UsageError } from "./options";
import { UnreadableFileError } from "./readInput";
import { buildReport } from "./report";
import { reportText } from "./text";

export { buildReport, FILE_SECTIONS, SHEET_SECTIONS, type InspectReport, type SheetReport } from "./report";
export { parseOptions, type InspectOptions } from "./options";

export interface InspectRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInspect(argv: readonly string[]): Promise<InspectRun> {
  try {
    const options = parseOptions(argv);
    const report = await buildReport(options);
    return {
      code: 0,
      stdout: options.json ? JSON.stringify(report, null, 2) : reportText(report),
      stderr: "",
    };
  } catch (e) {
    if (e instanceof UsageError)
      return { code: 1, stdout: "", stderr: [e.message, USAGE].filter(Boolean).join("\n\n") };
    if (e instanceof UnreadableFileError) return { code: 2, stdout: "", stderr: e.message };
    throw e;
  }
}
