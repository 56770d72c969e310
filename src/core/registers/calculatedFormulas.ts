// Native Excel formulas for the calculated columns. They compute exactly what the BACKOFFICE functions
// (src/core/math) compute (and what rowCompute.ts computes in core), and show "" on a row whose inputs are
// blank. No LET/LAMBDA: co-authors may use Excel 2016/2019, where those are #NAME?.
import { anyBlank, escapeColumnSpecifier, orDefault, thisRow } from "./structuredRef";

const H = {
  onHand: "On hand",
  onOrder: "On order",
  reorderPoint: "Reorder point",
  maxStock: "Max stock",
  packSize: "Pack size",
  minOrderQty: "Min order qty",
  unitCost: "Unit cost",
  qty: "Qty",
  lastService: "Last service",
  everyDays: "Service every (days)",
  everyPages: "Service every (pages)",
  meterNow: "Meter now",
  meterAtLast: "Meter at last service",
  nextDue: "Next service due",
  scoreExperience: "Score: experience",
  scoreSkills: "Score: skills",
  scoreFit: "Score: fit",
} as const;

/** Days ahead that count as "Due soon". A workbook name BackOffice_WarnDays could replace it later. */
export const DEFAULT_WARN_DAYS = 14;

/** Default weights for experience, skills and fit (settings may override them). */
export const DEFAULT_SCORE_WEIGHTS = { experience: 0.4, skills: 0.4, fit: 0.2 } as const;
export type ScoreWeights = { experience: number; skills: number; fit: number };

// REORDERQTY: position = onHand + onOrder; position > reorderPoint → 0; else
// max(max(maxStock, reorderPoint) − position, minOrderQty) rounded up to whole packs.
// Defaults: On order 0, Pack size 1, Min order qty 0, blank Max stock = Reorder point.
// ROUND(…/pack, 9) before ROUNDUP keeps 0.30000000000000004 packs from becoming 2 packs.
export function reorderQtyFormula(): string {
  const position = `(${thisRow(H.onHand)}+${orDefault(H.onOrder, 0)})`;
  const rop = thisRow(H.reorderPoint);
  const target = `IF(${thisRow(H.maxStock)}="",${rop},MAX(${thisRow(H.maxStock)},${rop}))`;
  const pack = orDefault(H.packSize, 1);
  const need = `MAX(${target}-${position},${orDefault(H.minOrderQty, 0)})`;
  return (
    `=IF(${anyBlank([H.onHand, H.reorderPoint])},"",` +
    `IF(${position}>${rop},0,ROUNDUP(ROUND(${need}/${pack},9),0)*${pack}))`
  );
}

// STOCKSTATUS: position ≤ reorderPoint → "Out of stock" when onHand ≤ 0 else "Reorder";
// onHand ≤ reorderPoint < position → "On order"; otherwise "OK".
export function stockStatusFormula(): string {
  const onHand = thisRow(H.onHand);
  const rop = thisRow(H.reorderPoint);
  const position = `(${onHand}+${orDefault(H.onOrder, 0)})`;
  return (
    `=IF(${anyBlank([H.onHand, H.reorderPoint])},"",` +
    `IF(${position}<=${rop},IF(${onHand}<=0,"Out of stock","Reorder"),` +
    `IF(${onHand}<=${rop},"On order","OK")))`
  );
}

// Stock value = On hand × Unit cost.
export function stockValueFormula(): string {
  return `=IF(${anyBlank([H.onHand, H.unitCost])},"",${thisRow(H.onHand)}*${thisRow(H.unitCost)})`;
}

// Line total = Qty × Unit cost.
export function lineTotalFormula(): string {
  return `=IF(${anyBlank([H.qty, H.unitCost])},"",${thisRow(H.qty)}*${thisRow(H.unitCost)})`;
}

// Next service due, whichever comes first of:
//   by days:  Last service + Service every (days)          (NEXTSERVICE), when both are filled;
//   by pages: today, when Meter now − Meter at last service ≥ Service every (pages), all three filled
//             (a page count cannot be turned into a future date, so it only ever says "due now").
// Neither rule applicable → "".
export function nextServiceDueFormula(): string {
  const byDays = `IF(${anyBlank([H.lastService, H.everyDays])},"",${thisRow(H.lastService)}+${thisRow(H.everyDays)})`;
  const byPages =
    `IF(${anyBlank([H.meterNow, H.meterAtLast, H.everyPages])},"",` +
    `IF(${thisRow(H.meterNow)}-${thisRow(H.meterAtLast)}>=${thisRow(H.everyPages)},TODAY(),""))`;
  return `=IF(${byDays}="",${byPages},IF(${byPages}="",${byDays},MIN(${byDays},${byPages})))`;
}

// SERVICESTATUS(nextDue, TODAY(), warnDays): "Overdue" when nextDue < today; "Due soon" when
// nextDue ≤ today + warnDays; else "OK".
export function serviceStatusFormula(warnDays: number = DEFAULT_WARN_DAYS): string {
  if (!Number.isFinite(warnDays) || warnDays < 0) throw new RangeError("warnDays must be a number ≥ 0");
  const due = thisRow(H.nextDue);
  return `=IF(${due}="","",IF(${due}<TODAY(),"Overdue",IF(${due}<=TODAY()+${warnDays},"Due soon","OK")))`;
}

// WEIGHTEDSCORE: Σ score × weight ÷ Σ weight over the scores that are numbers; "" when none is.
export function weightedScoreFormula(weights: ScoreWeights = DEFAULT_SCORE_WEIGHTS): string {
  const pairs: [string, number][] = [
    [H.scoreExperience, weights.experience],
    [H.scoreSkills, weights.skills],
    [H.scoreFit, weights.fit],
  ];
  for (const [, w] of pairs) {
    if (!Number.isFinite(w) || w < 0) throw new RangeError("Score weights must be numbers ≥ 0");
  }
  const num = (w: number) => String(Number(w.toPrecision(12)));
  const refs = pairs.map(([h]) => thisRow(h));
  const top = pairs.map(([h, w]) => `IF(ISNUMBER(${thisRow(h)}),${thisRow(h)}*${num(w)},0)`).join("+");
  const bottom = pairs.map(([h, w]) => `IF(ISNUMBER(${thisRow(h)}),${num(w)},0)`).join("+");
  return `=IF(COUNT(${refs.join(",")})=0,"",(${top})/(${bottom}))`;
}

// Training's Expires on = EDATE(Completed on, the course's Renew every (months)), the course looked up in
// the Courses table by name (MATCH is case-insensitive, as findCourse is); "" when Completed on or Course
// is blank, the course is not in Courses, or it has no renewal period (blank, 0 or text), as
// trainingExpiry in src/core/staff/dates.ts. EDATE keeps the day of the month, or the month's last day.
export function trainingExpiresFormula(): string {
  const renew = `INDEX(Courses[${escapeColumnSpecifier("Renew every (months)")}],MATCH(${thisRow("Course")},Courses[Course],0))`;
  return (
    `=IF(${anyBlank(["Completed on", "Course"])},"",` +
    `IFERROR(IF(AND(ISNUMBER(${renew}),${renew}>0),EDATE(${thisRow("Completed on")},${renew}),""),""))`
  );
}
