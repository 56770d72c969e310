import { escapeHtml } from "./html";

/** A table placed in a message by a placeholder such as `{{items}}`; cells are already formatted text. */
export interface TableValue {
  kind: "table";
  columns: { header: string; align: "left" | "right" }[];
  rows: string[][];
  /** An optional last row (the order total), set apart below a rule. */
  footer?: string[];
}

export function isTableValue(value: unknown): value is TableValue {
  return typeof value === "object" && value !== null && (value as TableValue).kind === "table";
}

// Widths count code points, so "café" is 4 wide; wide East Asian characters and emoji take two cells in
// most fonts and will look a little off in a plain-text table (the HTML table is what most people see).
const width = (s: string) => Array.from(s).length;
const pad = (s: string, w: number, align: "left" | "right") =>
  align === "right" ? " ".repeat(w - width(s)) + s : s + " ".repeat(w - width(s));

/** The table as aligned plain text: two spaces between columns, numbers right-aligned, a rule under the header. */
export function tableToText(table: TableValue): string {
  const all = [table.columns.map((c) => c.header), ...table.rows, ...(table.footer ? [table.footer] : [])];
  const widths = table.columns.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ""))));
  const line = (cells: string[]) =>
    table.columns
      .map((c, i) => pad(oneLine(cells[i] ?? ""), widths[i], c.align))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const out = [line(table.columns.map((c) => c.header)), rule, ...table.rows.map(line)];
  if (table.footer) out.push(rule, line(table.footer));
  return out.join("\n");
}

// Inline styles only: most mail clients drop <style> blocks.
const CELL = "border:1px solid #c8c8c8;padding:4px 8px;";

/** The table as an HTML <table> with escaped cells, on one line (no raw line breaks to be turned into <br>). */
export function tableToHtml(table: TableValue): string {
  const cell = (tag: "th" | "td", text: string, align: "left" | "right") =>
    `<${tag} style="${CELL}text-align:${align}">${escapeHtml(oneLine(text))}</${tag}>`;
  const head = table.columns.map((c) => cell("th", c.header, c.align)).join("");
  const body = table.rows
    .map((row) => `<tr>${table.columns.map((c, i) => cell("td", row[i] ?? "", c.align)).join("")}</tr>`)
    .join("");
  const foot = table.footer
    ? `<tfoot><tr>${table.columns
        .map((c, i) =>
          cell("td", table.footer?.[i] ?? "", c.align).replace('style="', 'style="font-weight:bold;'),
        )
        .join("")}</tr></tfoot>`
    : "";
  return `<table style="border-collapse:collapse"><thead><tr>${head}</tr></thead><tbody>${body}</tbody>${foot}</table>`;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, " ");
}
