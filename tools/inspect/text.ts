// The report in words, for a person reading a terminal.
import type { InspectReport, SheetReport } from "./report";

function sheetText(s: SheetReport): string[] {
  const lines = [`Sheet "${s.name}"`];
  if (s.register === null) {
    lines.push("  No register matches it: pick one with --register and map its columns with --map.");
  } else {
    lines.push(`  Register: ${s.register}; headers on row ${s.headerRow}; ${s.rows} row(s) below them.`);
  }
  for (const c of s.columns) {
    const to = c.field ? `${c.field} (${c.confidence})` : "kept as an extra column";
    lines.push(`    ${c.header === "" ? "(no header)" : JSON.stringify(c.header)} -> ${to}`);
  }
  for (const [header, order] of Object.entries(s.dateOrder))
    lines.push(
      `  Dates in ${JSON.stringify(header)} are read ${order === "DMY" ? "day-first" : "month-first"}.`,
    );
  const kinds = Object.entries(s.problems);
  lines.push(
    kinds.length === 0
      ? "  No problems."
      : `  Problems: ${kinds.map(([kind, n]) => `${kind} ${n}`).join(", ")}.`,
  );
  return lines;
}

export function reportText(report: InspectReport): string {
  const lines = [report.file];
  if (report.sheets.length === 0) lines.push("  No sheet to inspect.");
  for (const s of report.sheets) lines.push(...sheetText(s));
  const calls = report.import as { format: string; summary: string } | undefined;
  if (calls) lines.push(`Calls > Import would read it as ${calls.format}: ${calls.summary}.`);
  return lines.join("\n");
}
