// Callers and companies suggested in the quick-entry form, from earlier calls: most recent first, each
// name once (ignoring case), with the company and number last used by that caller.
import type { CellValue } from "../cells/types";
import type { CallRow } from "./followUps";

export interface KnownCaller {
  caller: string;
  company: string;
  number: string;
}

export interface CallSuggestions {
  callers: KnownCaller[];
  companies: string[];
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());
const when = (r: CallRow) => (typeof r.values.receivedAt === "number" ? r.values.receivedAt : -Infinity);

export function callSuggestions(rows: readonly CallRow[]): CallSuggestions {
  const latest = [...rows].sort((a, b) => when(b) - when(a));
  const callers = new Map<string, KnownCaller>();
  const companies = new Map<string, string>();
  for (const r of latest) {
    const caller = text(r.values.caller);
    const company = text(r.values.company);
    if (caller && !callers.has(caller.toLowerCase())) {
      callers.set(caller.toLowerCase(), { caller, company, number: text(r.values.number) });
    }
    if (company && !companies.has(company.toLowerCase())) companies.set(company.toLowerCase(), company);
  }
  return { callers: [...callers.values()], companies: [...companies.values()] };
}

/** Suggestions that contain what was typed (case-insensitive), those starting with it first. */
export function filterSuggestions(options: readonly string[], typed: string, limit = 8): string[] {
  const t = typed.trim().toLowerCase();
  if (t === "") return options.slice(0, limit);
  const starts = options.filter((o) => o.toLowerCase().startsWith(t));
  const contains = options.filter((o) => !o.toLowerCase().startsWith(t) && o.toLowerCase().includes(t));
  return [...starts, ...contains].slice(0, limit);
}
