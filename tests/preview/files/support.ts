// What a person (or the add-in) can see of a workbook, as plain data to compare before and after a file.
import type { SimWorkbook } from "../../../src/preview/simulator";
import { formatRect } from "../../../src/preview/simulator/address";
import type { ChosenFile } from "../../../src/preview/files/openWorkbookFile";

export function visibleCells(wb: SimWorkbook, sheetName: string) {
  const sheet = wb.requireSheet(sheetName);
  const out: Record<string, unknown> = {};
  for (const [r, c, cell] of sheet.cells.entries()) {
    const numberFormat = cell.numberFormat ?? sheet.columnStyles[c]?.numberFormat;
    const entry: Record<string, unknown> = { value: cell.value };
    if (cell.formula !== undefined) entry.formula = cell.formula;
    if (numberFormat !== undefined && numberFormat !== "General") entry.numberFormat = numberFormat;
    if (cell.error) entry.error = true;
    if (cell.bold) entry.bold = true;
    if (cell.fill) entry.fill = cell.fill;
    if (cell.wrap) entry.wrap = true;
    if (cell.italic) entry.italic = true;
    if (cell.fontColor) entry.fontColor = cell.fontColor;
    if (cell.horizontalAlignment) entry.horizontalAlignment = cell.horizontalAlignment;
    // An empty cell showing only its column's format looks like no cell at all.
    const ownFormat =
      cell.numberFormat !== undefined && cell.numberFormat !== sheet.columnStyles[c]?.numberFormat;
    const styled = Object.keys(entry).some((k) => k !== "value" && k !== "numberFormat");
    if (cell.value === null && cell.formula === undefined && !ownFormat && !styled) continue;
    out[`${formatRect({ r0: r, c0: c, r1: r, c1: c })}`] = entry;
  }
  return out;
}

export function sheetFacts(wb: SimWorkbook, sheetName: string) {
  const sheet = wb.requireSheet(sheetName);
  return {
    visibility: sheet.visibility,
    frozen: [sheet.frozenRows, sheet.frozenCols],
    hidden: { rows: sheet.hiddenRows, cols: sheet.hiddenCols },
    merges: sheet.merges.map(formatRect).sort(),
    widths: Object.fromEntries(Object.entries(sheet.columnWidths).map(([c, w]) => [c, Math.round(w)])),
    validations: sheet.validations
      .map((v) => ({ ...v, rect: formatRect(v.rect) }))
      .sort((a, b) => a.rect.localeCompare(b.rect)),
    conditionalFormats: sheet.conditionalFormats.map(({ id: _id, rect, ...cf }) => ({
      rect: formatRect(rect),
      ...cf,
    })),
    tables: wb.tablesOn(sheet.id).map((t) => ({
      name: t.name,
      rect: formatRect(t.rect),
      style: t.style,
      showTotals: t.showTotals,
      columns: t.columns.map((c) => c.name),
    })),
  };
}

export function everything(wb: SimWorkbook) {
  return {
    sheets: wb.sheetNames(),
    date1904: wb.date1904,
    names: wb.names,
    perSheet: Object.fromEntries(
      wb.sheetNames().map((s) => [s, { cells: visibleCells(wb, s), ...sheetFacts(wb, s) }]),
    ),
  };
}

/** A File-like object over bytes, counting whether its content was read. */
export function chosenFile(
  name: string,
  bytes: Uint8Array | string,
  size?: number,
): ChosenFile & { reads: number } {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  const file = {
    name,
    size: size ?? data.length,
    reads: 0,
    async arrayBuffer() {
      file.reads++;
      return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    },
  };
  return file;
}
