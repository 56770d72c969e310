// The staff rules kept in the workbook's settings, so every co-author computes the same dates: the notice
// period, how long a warning stays live (6 or 12 months), how many years a leaver's record is kept, and how
// many days ahead training counts as due and how many days after the outcome letter an appeal may be made.
// Each stored value is checked and falls back to its default.
import type { NoticePeriod, WarningLapseMonths } from "../../core/staff/dates";
import { runExcel } from "../run";

export const STAFF_RULES_KEY = "BackOffice.staffRules";

export interface StaffRules {
  notice: NoticePeriod;
  warningMonths: WarningLapseMonths;
  retentionYears: number;
  trainingWarnDays: number;
  /** Days after the outcome letter to appeal by (calendar days). */
  appealDays: number;
}

export const DEFAULT_STAFF_RULES: Readonly<StaffRules> = {
  notice: { amount: 4, unit: "weeks" },
  warningMonths: 12,
  retentionYears: 6,
  trainingWarnDays: 30,
  appealDays: 7,
};

const wholeIn = (v: unknown, min: number, max: number): number | null =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : null;

/** A stored value as rules: each part checked on its own, a bad part taking its default. */
export function parseStaffRules(value: unknown): StaffRules {
  const v = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const n = (v.notice && typeof v.notice === "object" ? v.notice : {}) as Record<string, unknown>;
  const unit = n.unit === "weeks" || n.unit === "months" ? n.unit : null;
  const amount = wholeIn(n.amount, 0, 104);
  const d = DEFAULT_STAFF_RULES;
  return {
    notice: unit !== null && amount !== null ? { amount, unit } : d.notice,
    warningMonths: v.warningMonths === 6 || v.warningMonths === 12 ? v.warningMonths : d.warningMonths,
    retentionYears: wholeIn(v.retentionYears, 0, 100) ?? d.retentionYears,
    trainingWarnDays: wholeIn(v.trainingWarnDays, 0, 365) ?? d.trainingWarnDays,
    appealDays: wholeIn(v.appealDays, 0, 365) ?? d.appealDays,
  };
}

/** Queues the read of the rules (no sync); after the sync, the rules. */
export function queueStaffRules(context: Excel.RequestContext): () => StaffRules {
  const item = context.workbook.settings.getItemOrNullObject(STAFF_RULES_KEY).load("value");
  return () => parseStaffRules(item.isNullObject ? undefined : item.value);
}

export async function readStaffRules(): Promise<StaffRules> {
  return runExcel("Reading the staff rules", async (context) => {
    const read = queueStaffRules(context);
    await context.sync();
    return read();
  });
}

/** Stores the rules (1 sync); refuses what a reader would replace by a default. */
export async function writeStaffRules(rules: StaffRules): Promise<void> {
  const stored = { ...rules, notice: { ...rules.notice } };
  if (JSON.stringify(parseStaffRules(stored)) !== JSON.stringify(stored))
    throw new RangeError(
      "Notice: a whole number of weeks or months; warnings 6 or 12 months; whole years and days.",
    );
  await runExcel("Saving the staff rules", async (context) => {
    context.workbook.settings.add(STAFF_RULES_KEY, stored);
    await context.sync();
  });
}
