// The command line of `npm run inspect`: a file and the manual choices the task pane also offers.
import { REGISTERS } from "../../src/core/registers/definitions";
import type { RegisterId } from "../../src/core/registers/types";

export const USAGE = `Usage: npm run inspect -- FILE [--json] [--sheet NAME] [--register ID] [--header-row N]
                            [--map "Header=fieldKey"]... [--date-order "Header=DMY|MDY"]...
                            [--fill "fieldKey=value"]... [--locale TAG] [--save-copy OUT.xlsx]

Shows, for each sheet of FILE (.xlsx, .xlsm, .csv, .txt), the register it would become, its header row,
each column's field and how sure the match is, the problems counted by kind, and each date column's
day/month order. Nothing is written.

  --json              print the report as JSON
  --sheet NAME        only this sheet (repeatable)
  --register ID       read the sheets as this register: ${REGISTERS.map((r) => r.id).join(", ")}
  --header-row N      the headers are on row N (1-based), as chosen in the task pane
  --map "H=key"       the column headed H feeds the field "key"; "H=" keeps it as an extra column
  --date-order "H=DMY" read the column headed H day-first (DMY) or month-first (MDY)
  --fill "key=value"  every row gets this value in the register column "key" the sheet lacks
  --locale TAG        the locale whose date order settles dates no value decides (default: the system's)
  --save-copy OUT     write OUT.xlsx: exactly what the preview's Save would write after opening FILE`;

export interface InspectOptions {
  file: string;
  json: boolean;
  sheets: string[];
  register?: RegisterId;
  /** 1-based sheet row. */
  headerRow?: number;
  /** Sheet header text → field key, or null for "keep as an extra column". */
  map: Record<string, string | null>;
  dateOrder: Record<string, "DMY" | "MDY">;
  /** Field key → the value every row gets, for a register column the sheet lacks. */
  fill: Record<string, string>;
  locale?: string;
  /** Where to write what Save would write after opening the file, with no edit. */
  saveCopy?: string;
}

/** A command line that cannot be used: the message and the usage go to stderr (exit code 1). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

function pair(flag: string, text: string): [string, string] {
  const at = text.lastIndexOf("=");
  if (at <= 0) throw new UsageError(`${flag} takes "Header=value", not "${text}".`);
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

export function parseOptions(argv: readonly string[]): InspectOptions {
  const out: InspectOptions = { file: "", json: false, sheets: [], map: {}, dateOrder: {}, fill: {} };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value.`);
      return v;
    };
    switch (arg) {
      case "--json":
        out.json = true;
        break;
      case "--sheet":
        out.sheets.push(value());
        break;
      case "--register": {
        const id = value();
        const def = REGISTERS.find((r) => r.id.toLowerCase() === id.toLowerCase());
        if (!def)
          throw new UsageError(
            `There is no register "${id}". Use one of: ${REGISTERS.map((r) => r.id).join(", ")}.`,
          );
        out.register = def.id;
        break;
      }
      case "--header-row": {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError("--header-row takes a row number from 1 up.");
        out.headerRow = n;
        break;
      }
      case "--map": {
        const [header, key] = pair(arg, value());
        out.map[header] = key === "" ? null : key;
        break;
      }
      case "--date-order": {
        const [header, order] = pair(arg, value());
        const o = order.toUpperCase();
        if (o !== "DMY" && o !== "MDY")
          throw new UsageError(`--date-order takes DMY or MDY, not "${order}".`);
        out.dateOrder[header] = o;
        break;
      }
      case "--fill": {
        const [key, v] = pair(arg, value());
        out.fill[key] = v;
        break;
      }
      case "--locale":
        out.locale = value();
        break;
      case "--save-copy":
        out.saveCopy = value();
        break;
      case "--help":
      case "-h":
        throw new UsageError("");
      default:
        if (arg.startsWith("--")) throw new UsageError(`Unknown option ${arg}.`);
        files.push(arg);
    }
  }
  if (files.length !== 1)
    throw new UsageError(files.length === 0 ? "Name a file to inspect." : "Name one file.");
  out.file = files[0];
  return out;
}
