// A table's part (ECMA-376 Part 1, 18.5.1.2 table) from the simulator's model: the header row with its
// filter buttons, each column with its calculated-column formula (so Excel fills it into rows a person
// adds) and its totals-row function, label or formula, and the table style.
import type { Cell } from "../../simulator/cells";
import type { TableModel } from "../../simulator/model";
import { toFileFormula } from "../structuredRefs";
import { fileRange } from "./rulesXml";
import { attr, escapeXml } from "./xml";

export const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

/** SUBTOTAL's function numbers (the 100s skip hidden rows) and the totals-row functions they are. */
const SUBTOTALS: Record<string, string> = {
  "101": "average",
  "102": "countNums",
  "103": "count",
  "104": "max",
  "105": "min",
  "107": "stdDev",
  "109": "sum",
  "110": "var",
};

type CellAt = (r: number, c: number) => Cell | undefined;

/** The formula every body row of a column holds, if they all hold the same one. */
function calculatedFormula(table: TableModel, c: number, cellAt: CellAt): string | undefined {
  const first = table.rect.r0 + (table.showHeaders ? 1 : 0);
  const last = table.rect.r1 - (table.showTotals ? 1 : 0);
  let formula: string | undefined;
  for (let r = first; r <= last; r++) {
    const f = cellAt(r, c)?.formula;
    if (f === undefined || (formula !== undefined && f !== formula)) return undefined;
    formula = f;
  }
  return formula;
}

function totalsOf(table: TableModel, i: number, cellAt: CellAt): string {
  if (!table.showTotals) return "";
  const cell = cellAt(table.rect.r1, table.rect.c0 + i);
  const name = table.columns[i].name;
  if (cell?.formula !== undefined) {
    const body = toFileFormula(cell.formula.replace(/^=/, ""), table.name);
    const m = /^SUBTOTAL\((\d+),\s*(.+)\[(.+)\]\)$/i.exec(body);
    const own = m && m[2].toLowerCase() === table.name.toLowerCase() && m[3].replace(/^\[|\]$/g, "") === name;
    if (m && own && SUBTOTALS[m[1]]) return ` totalsRowFunction="${SUBTOTALS[m[1]]}"`;
    return ` totalsRowFunction="custom"\u0000${escapeXml(body)}`;
  }
  if (typeof cell?.value === "string") return ` totalsRowLabel="${escapeXml(cell.value)}"`;
  return "";
}

/**
 * The table's part. `raw` is the part as the file had it: its id and its columns' other settings
 * (formats, for instance) are kept; `id` is used for a new table.
 */
export function tableXml(table: TableModel, cellAt: CellAt, id: number, raw?: string): string {
  const rawColumns = new Map<string, string>();
  for (const m of (raw ?? "").matchAll(/<tableColumn\b[^>]*?(?=\/?>)/g))
    rawColumns.set((attr(m[0], "name") ?? "").toLowerCase(), m[0]);
  const usedIds = new Set([...rawColumns.values()].map((t) => Number(attr(t, "id"))));
  let nextId = Math.max(0, ...usedIds) + 1;
  const columns = table.columns.map((col, i) => {
    const kept = rawColumns.get(col.name.toLowerCase());
    const colId = kept ? Number(attr(kept, "id")) : nextId++;
    const others = (kept ?? "")
      .replace(/^<tableColumn\b/, "")
      .replace(/\s(id|name|totalsRowFunction|totalsRowLabel|uniqueName|queryTableFieldId)="[^"]*"/g, "");
    const [totalsAttr, totalsFormula] = totalsOf(table, i, cellAt).split("\u0000");
    const calc = calculatedFormula(table, table.rect.c0 + i, cellAt);
    const children =
      (calc === undefined
        ? ""
        : `<calculatedColumnFormula>${escapeXml(toFileFormula(calc.replace(/^=/, ""), table.name))}</calculatedColumnFormula>`) +
      (totalsFormula === undefined ? "" : `<totalsRowFormula>${totalsFormula}</totalsRowFormula>`);
    const head = `<tableColumn id="${colId}" name="${escapeXml(col.name)}"${totalsAttr}${others}`;
    return children ? `${head}>${children}</tableColumn>` : `${head}/>`;
  });
  const tableId = Number(attr(/<table\b[^>]*>/.exec(raw ?? "")?.[0] ?? "", "id") ?? id);
  const body = { ...table.rect, r1: table.rect.r1 - (table.showTotals ? 1 : 0) };
  const style =
    raw && attr(/<tableStyleInfo\b[^>]*>/.exec(raw)?.[0] ?? "", "name") === table.style
      ? (/<tableStyleInfo\b[^>]*?\/>/.exec(raw)?.[0] ?? "")
      : table.style
        ? `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>`
        : "";
  // Filter buttons show for every column of a table with a header row; the file names the range only
  // (a <filterColumn> per column is written only for a filter in use or a hidden button).
  const filter = table.showHeaders ? `<autoFilter ref="${fileRange(body)}"/>` : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${tableId}" ` +
    `name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${fileRange(table.rect)}"` +
    (table.showHeaders ? "" : ' headerRowCount="0"') +
    (table.showTotals ? ' totalsRowCount="1"' : ' totalsRowShown="0"') +
    `>${filter}<tableColumns count="${columns.length}">${columns.join("")}</tableColumns>${style}</table>`
  );
}
