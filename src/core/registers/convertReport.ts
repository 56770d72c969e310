// What a conversion tells the person and remembers in the workbook, from the plan it carried out: the
// choice values that changed, the order slash dates were read in, and each typed cell stored differently
// (with the sheet's name, so the person can go to it).
import type { DayMonthOrder } from "../cells/dateOrder";
import { quoteSheetName } from "../cells/a1";
import type { ConvertPlan } from "./convertPlan";
import type { StoredReading } from "./storedReading";

/** The header a field has in the converted table. */
const headerOf = (p: ConvertPlan, key: string): string => p.layout.find((c) => c.key === key)!.header;

/** Choice columns, by their new header: each value that became another choice, and how many cells held it. */
export function changedValues(
  p: ConvertPlan,
): { header: string; lines: { value: string; to: string; count: number }[] }[] {
  return Object.entries(p.valueMaps)
    .map(([key, lines]) => ({
      header: headerOf(p, key),
      lines: lines.flatMap((l) =>
        l.to === null || l.to === l.value ? [] : [{ value: l.value, to: l.to, count: l.count }],
      ),
    }))
    .filter((m) => m.lines.length > 0);
}

/** Columns of slash dates, by their new header: the order they were read in. */
export function dateOrdersRead(p: ConvertPlan): { header: string; order: DayMonthOrder }[] {
  return Object.entries(p.dateOrders).map(([key, d]) => ({ header: headerOf(p, key), order: d.order }));
}

/** Every typed cell stored differently, with its address on `sheetName` and its column's new header. */
export function readingsOn(
  sheetName: string,
  p: ConvertPlan,
): { address: string; header: string; typed: string; stored: string }[] {
  return p.readings.map((x) => ({
    address: `${quoteSheetName(sheetName)}!${x.address}`,
    header: p.layout[x.column].header,
    typed: x.typed,
    stored: x.stored,
  }));
}

/** Typed cells whose text was kept nowhere, with their addresses on `sheetName`. */
export function typedLostOn(sheetName: string, p: ConvertPlan): string[] {
  return p.typedLost.map((a) => `${quoteSheetName(sheetName)}!${a}`);
}

/** What converting did to the values, as remembered with the sheet's reading. */
export function convertedRecord(p: ConvertPlan): NonNullable<StoredReading["converted"]> {
  return {
    values: Object.fromEntries(
      Object.entries(p.valueMaps).map(([key, lines]) => [
        key,
        lines.flatMap((l) => (l.to === null ? [] : [{ value: l.value, to: l.to }])),
      ]),
    ),
    dateOrders: Object.fromEntries(Object.entries(p.dateOrders).map(([key, d]) => [key, d.order])),
  };
}
