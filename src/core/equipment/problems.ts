// Bad input for the equipment actions: each problem says what is wrong and what to fix, and
// an action with any problem writes nothing.
import { formatSerial } from "../cells/excelDates";
import type { CellValue } from "../registers/types";
import { normKey } from "../registers/keys";

export interface EquipmentProblem {
  /** What the problem is about: a form field, or a cell's register column. */
  field: "assetTag" | "meter" | "date" | "interval" | "status" | "ticket" | "problem";
  message: string;
  fix: string;
}

const num = (v: CellValue | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

const show = (n: number) => n.toLocaleString("en-US");

/** A new meter reading must be a whole number not below the machine's last known reading. */
export function meterReadingProblems(
  reading: number | null | undefined,
  machine: { assetTag: string; meterNow?: CellValue; meterAtLastService?: CellValue },
): EquipmentProblem[] {
  if (reading === null || reading === undefined || !Number.isFinite(reading)) {
    return [
      {
        field: "meter",
        message: "The meter reading is missing.",
        fix: "Type the page count shown on the machine.",
      },
    ];
  }
  if (!Number.isInteger(reading) || reading < 0) {
    return [
      {
        field: "meter",
        message: `${reading} is not a page count.`,
        fix: "Type the page count as a whole number, without spaces or letters.",
      },
    ];
  }
  const last = Math.max(num(machine.meterNow) ?? -Infinity, num(machine.meterAtLastService) ?? -Infinity);
  if (reading < last) {
    return [
      {
        field: "meter",
        message: `The reading ${show(reading)} is lower than the last one for ${machine.assetTag} (${show(last)}).`,
        fix: "Check the counter on the machine and type it again; a meter never goes back. If the counter was replaced, correct Meter now and Meter at last service in the sheet.",
      },
    ];
  }
  return [];
}

/** A service (or fault) date may be today or earlier, never later. */
export function serviceDateProblems(
  date: number | null | undefined,
  today: number,
  label = "service date",
): EquipmentProblem[] {
  if (date === null || date === undefined || !Number.isFinite(date)) {
    return [{ field: "date", message: `The ${label} is missing.`, fix: "Choose the day it happened." }];
  }
  if (Math.floor(date) > Math.floor(today)) {
    return [
      {
        field: "date",
        message: `The ${label} ${formatSerial(date) ?? date} is in the future.`,
        fix: "Log a service once it has happened; choose today or an earlier day.",
      },
    ];
  }
  return [];
}

/** The asset tag must be a machine of the Equipment register. */
export function assetTagProblems(assetTag: string, knownTags: Iterable<string>): EquipmentProblem[] {
  const tag = assetTag.trim();
  if (tag === "") return [{ field: "assetTag", message: "No machine was chosen.", fix: "Choose a machine." }];
  const wanted = normKey(tag);
  for (const t of knownTags) if (normKey(t) === wanted) return [];
  return [
    {
      field: "assetTag",
      message: `${tag} is not in the Equipment register.`,
      fix: "Add the machine to Equipment first, or correct the asset tag.",
    },
  ];
}

/** A machine in use needs a service interval (days or pages), or no service ever falls due. */
export function intervalProblems(machine: {
  assetTag: string;
  status?: CellValue;
  serviceEveryDays?: CellValue;
  serviceEveryPages?: CellValue;
}): EquipmentProblem[] {
  if (machine.status === "Retired") return [];
  if (num(machine.serviceEveryDays) !== null || num(machine.serviceEveryPages) !== null) return [];
  return [
    {
      field: "interval",
      message: `${machine.assetTag} has no service interval, so no service will ever fall due.`,
      fix: "Fill in Service every (days) or Service every (pages) in the Equipment sheet.",
    },
  ];
}

export interface LogRowRef {
  key: string;
  row: number;
  values: Record<string, CellValue>;
}

/** Service log rows whose Asset tag is not a machine of Equipment (typed by hand, or the machine deleted). */
export function unknownAssetTagRows(
  logRows: readonly LogRowRef[],
  knownTags: Iterable<string>,
): { key: string; row: number; assetTag: string; problem: EquipmentProblem }[] {
  const known = new Set(Array.from(knownTags, normKey));
  return logRows.flatMap((r) => {
    const tag =
      r.values.assetTag === null || r.values.assetTag === undefined ? "" : String(r.values.assetTag).trim();
    if (tag === "" || known.has(normKey(tag))) return [];
    return [
      {
        key: r.key,
        row: r.row,
        assetTag: tag,
        problem: {
          field: "assetTag" as const,
          message: `Ticket ${r.key} (row ${r.row}) is for ${tag}, which is not in the Equipment register.`,
          fix: `Correct the asset tag in row ${r.row} of the Service log, or add ${tag} to Equipment.`,
        },
      },
    ];
  });
}
