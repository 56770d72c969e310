// The preview's sample workbook with every sheet converted into its register, for the Overview's tests.
import { REGISTERS } from "../../../src/core/registers/definitions";
import { convertToRegister } from "../../../src/excel/convertToRegister";
import { inspectSheet } from "../../../src/excel/inspectSheet";
import { createSampleWorkbook, SAMPLE_SHEETS } from "../../../src/preview/sample";
import { installExcel, type SimExcel, type SimWorkbook } from "../../../src/preview/simulator";
import type { CellValue } from "../../../src/core/cells/types";
import { courses, staff, training } from "../../../src/core/registers/definitions";
import {
  splitRoles,
  trainingDue,
  type Course,
  type StaffMember,
  type StaffStatus,
  type TrainingRecord,
} from "../../../src/core/staff";
import { formatRect } from "../../../src/preview/simulator/address";

export async function convertedSample(): Promise<{ wb: SimWorkbook; excel: SimExcel }> {
  const wb = createSampleWorkbook();
  const excel = installExcel(wb);
  for (const sheet of SAMPLE_SHEETS) {
    const inspection = await inspectSheet({ sheet: sheet.name });
    const def = REGISTERS.find((r) => r.id === inspection.registerId)!;
    await convertToRegister(def, inspection);
  }
  return { wb, excel };
}

/** Every cell of a sheet (value and formula), to prove a sheet was not touched. */
export function snapshot(wb: SimWorkbook, sheet: string): string {
  const model = wb.sheetByName(sheet)!;
  return JSON.stringify([...model.cells.entries()]);
}

/** A register's rows as the cells hold them, by column key (what the formulas read). */
export function readByKey(wb: SimWorkbook, def: typeof staff): Record<string, CellValue>[] {
  const t = wb.tableByName(def.tableName)!;
  const [headers, ...body] = wb.getValues(wb.sheetById(t.sheetId)!.name, formatRect(t.rect));
  const keys = headers.map((h) => def.columns.find((c) => c.header === h)?.key ?? String(h));
  return body.map((r) => Object.fromEntries(keys.map((k, i) => [k, r[i]])));
}

const text = (v: CellValue) => (v === null ? "" : String(v).trim());
const serial = (v: CellValue) => (typeof v === "number" ? Math.floor(v) : null);

/** What the Training due page (src/core/staff/trainingDue.ts) lists for the registers as they are on a day. */
export function trainingDueNow(wb: SimWorkbook, asOf: number, withinDays: number) {
  const people: StaffMember[] = readByKey(wb, staff).map((r) => ({
    key: text(r.staffId),
    name: text(r.name),
    role: text(r.role),
    department: "",
    manager: "",
    email: "",
    status: (["Active", "On leave", "Leaving", "Left"].find((s) => s === text(r.status)) ??
      null) as StaffStatus | null,
    startDate: null,
    leavingDate: null,
    retainUntil: null,
  }));
  const list: Course[] = readByKey(wb, courses).map((r) => ({
    course: text(r.course),
    renewMonths: typeof r.renewMonths === "number" && r.renewMonths > 0 ? r.renewMonths : null,
    requiredFor: splitRoles(r.requiredFor),
    provider: "",
  }));
  const records: TrainingRecord[] = wb.tableByName("Training")
    ? readByKey(wb, training).map((r) => ({
        key: text(r.recordId),
        staffId: text(r.staffId),
        course: text(r.course),
        completedOn: serial(r.completedOn),
        expiresOn: null,
      }))
    : [];
  const items = trainingDue(people, list, records, { asOf, withinDays });
  const countOf = (status: string, course?: string) =>
    items.filter((i) => i.status === status && (course === undefined || i.course === course)).length;
  return { items, countOf, courses: list.map((c) => c.course) };
}
