// The Overview's sections, as data: which registers each reads, its headline figures and its tables and
// charts. Every figure is a native formula over whole register columns (COUNTIFS, SUMIFS, and array
// arithmetic inside SUMPRODUCT and MEDIAN(IF(…)), as Excel 2021 evaluates it), so it stays live for a
// co-author without the add-in. Adding a section is one more entry in SECTIONS. Nothing here may read the Discipline register: it is kept out of the shared
// workbook, and plan.ts refuses a section that names it.
import { callLog } from "../registers/definitions/callLog";
import { candidates } from "../registers/definitions/candidates";
import { courses } from "../registers/definitions/courses";
import { equipment, EQUIPMENT_STATUSES } from "../registers/definitions/equipment";
import { inventory } from "../registers/definitions/inventory";
import { purchaseOrders } from "../registers/definitions/purchaseOrders";
import { serviceLog } from "../registers/definitions/serviceLog";
import { staff } from "../registers/definitions/staff";
import { training } from "../registers/definitions/training";
import type { ColumnRef, RowContext, SectionDef } from "./types";

const COUNT = "0";
const MONEY = "#,##0.00";
const TODAY = "TODAY()";
const START_OF_YEAR = "DATE(YEAR(TODAY()),1,1)";
// Monday of this week: WEEKDAY(…, 3) is 0 on a Monday.
const MONDAY = "(TODAY()-WEEKDAY(TODAY(),3))";

/**
 * Before today, as a date: "<"&TODAY() with ">0" too. Excel's numeric criteria never match text or
 * blanks anyway; the lower bound says so explicitly, for engines that compare loosely.
 */
const beforeToday = (range: string) => [range, '">0"', range, `"<"&${TODAY}`];

/** COUNTIFS(range, criterion, …) from pairs. */
const countifs = (...pairs: string[]) => `COUNTIFS(${pairs.join(",")})`;

/** Items whose Stock status says to order: Reorder or Out of stock (what the Inventory page lists). */
function toReorder(r: ColumnRef, ...more: string[]): string {
  const status = r(inventory, "stockStatus");
  return `${countifs(status, '"Reorder"', ...more)}+${countifs(status, '"Out of stock"', ...more)}`;
}

/**
 * Open calls as the Calls page counts them: Status Open, or no Status but a Follow-up by day
 * (src/core/calls/followUps.ts isOpenCall).
 */
function openCalls(r: ColumnRef, ...more: string[]): string {
  const status = r(callLog, "status");
  const due = r(callLog, "followUpBy");
  // "=" matches an empty cell only (a "" criterion would also match text that is empty).
  return `${countifs(status, '"Open"', ...more)}+${countifs(status, '"="', due, '">0"', ...more)}`;
}

/**
 * Σ Reorder qty × Unit cost over the items (of one supplier, given a condition such as
 * `Inventory[[Supplier]]="Acme"`). IFERROR drops the rows whose product is no number: a row whose
 * inputs are blank (Reorder qty is "") or broken (text typed in On hand makes it #VALUE!, which the
 * Inventory page's check lists). Plain SUMPRODUCT would be #VALUE! for every supplier if one row were.
 */
function valueOfOrders(r: ColumnRef, condition?: string): string {
  const product = `${r(inventory, "reorderQty")}*${r(inventory, "unitCost")}`;
  return `SUMPRODUCT(IFERROR(${condition ? `(${condition})*` : ""}${product},0))`;
}

/** Received between `fromDaysAgo` and `toDaysAgo` days ago, whole days (0 = today). */
const receivedBetween = (r: ColumnRef, fromDaysAgo: number, toDaysAgo: number | null) => {
  const at = r(callLog, "receivedAt");
  const newest = [at, `"<"&(${TODAY}-${fromDaysAgo}+1)`];
  return toDaysAgo === null ? newest : [...newest, at, `">="&(${TODAY}-${toDaysAgo})`];
};

const AGE_BUCKETS: { label: string; from: number; to: number | null }[] = [
  { label: "Today", from: 0, to: 0 },
  { label: "1–2 days", from: 1, to: 2 },
  { label: "3–7 days", from: 3, to: 7 },
  { label: "Over a week", from: 8, to: null },
];

/** What became of a call: open (as the Calls page counts it), a Status, or nothing marked at all. */
const OUTCOMES: { header: string; count: (r: ColumnRef, ...criteria: string[]) => string }[] = [
  { header: "Open", count: (r, ...c) => openCalls(r, ...c) },
  { header: "Done", count: (r, ...c) => countifs(r(callLog, "status"), '"Done"', ...c) },
  { header: "No action", count: (r, ...c) => countifs(r(callLog, "status"), '"No action"', ...c) },
  {
    header: "Not marked",
    count: (r, ...c) => countifs(r(callLog, "status"), '"="', r(callLog, "followUpBy"), '"="', ...c),
  },
];
// The funnel: the stages a candidate passes through (Rejected and Withdrawn leave it).
const FUNNEL = ["Applied", "Screening", "Interview", "Offer", "Hired"] as const;
const IN_PROGRESS = ["Applied", "Screening", "Interview", "Offer"] as const;

const supplies: SectionDef = {
  id: "supplies",
  title: "Supplies",
  registers: [inventory, purchaseOrders],
  figures: [
    { label: "Items to reorder", format: COUNT, formula: (r) => `=${toReorder(r)}` },
    {
      label: "Items out of stock",
      format: COUNT,
      formula: (r) => `=${countifs(r(inventory, "stockStatus"), '"Out of stock"')}`,
    },
    {
      label: "Value of suggested orders",
      format: MONEY,
      formula: (r) => `=${valueOfOrders(r)}`,
    },
    {
      label: "Order lines sent, not yet received",
      format: COUNT,
      formula: (r) => `=${countifs(r(purchaseOrders, "status"), '"Sent"')}`,
    },
    {
      label: "Value on order",
      format: MONEY,
      formula: (r) => `=SUMIFS(${r(purchaseOrders, "lineTotal")},${r(purchaseOrders, "status")},"Sent")`,
    },
    {
      label: "Deliveries overdue",
      format: COUNT,
      formula: (r) =>
        `=${countifs(r(purchaseOrders, "status"), '"Sent"', ...beforeToday(r(purchaseOrders, "expectedBy")))}`,
    },
  ],
  blocks: [
    {
      title: "Items to reorder by category",
      labelHeader: "Category",
      rows: { kind: "distinct", register: inventory, column: "category", blankLabel: "(no category)" },
      columns: [
        {
          header: "Items",
          format: COUNT,
          formula: (r, row) => `=${toReorder(r, r(inventory, "category"), row.criterion!)}`,
        },
      ],
      chart: { type: "BarClustered", title: "Items to reorder by category", seriesBy: "Columns" },
      emptyText: "No items in the Inventory register yet.",
    },
    {
      title: "Items to order by supplier",
      labelHeader: "Supplier",
      rows: { kind: "distinct", register: inventory, column: "supplier", blankLabel: "(no supplier)" },
      columns: [
        {
          header: "Items",
          format: COUNT,
          formula: (r, row) => `=${toReorder(r, r(inventory, "supplier"), row.criterion!)}`,
        },
        {
          // The total of the supplier's draft on the Orders page (src/core/orders/suggest.ts), which
          // groups supplier names whatever their case, as = compares them.
          header: "Value",
          format: MONEY,
          formula: (r, row) => `=${valueOfOrders(r, `${r(inventory, "supplier")}=${row.value!}`)}`,
        },
      ],
      emptyText: "No items in the Inventory register yet.",
    },
  ],
};

const calls: SectionDef = {
  id: "calls",
  title: "Calls",
  registers: [callLog],
  figures: [
    { label: "Open follow-ups", format: COUNT, formula: (r) => `=${openCalls(r)}` },
    {
      label: "Follow-ups overdue",
      format: COUNT,
      formula: (r) => `=${openCalls(r, ...beforeToday(r(callLog, "followUpBy")))}`,
    },
    {
      // A missed call is a voicemail left for us; it is returned once its row is no longer Open.
      label: "Missed calls not yet returned",
      format: COUNT,
      formula: (r) =>
        `=${countifs(r(callLog, "channel"), '"Voicemail"', r(callLog, "direction"), '"<>Outbound"', r(callLog, "status"), '"Open"')}`,
    },
  ],
  blocks: [
    {
      title: "Calls per day, last 30 days",
      labelHeader: "Day",
      rows: { kind: "days", days: 30 },
      columns: OUTCOMES.map((outcome) => ({
        header: outcome.header,
        format: COUNT,
        formula: (r: ColumnRef, row: { labelCell: string }) => {
          const at = r(callLog, "receivedAt");
          return `=${outcome.count(r, at, `">="&${row.labelCell}`, at, `"<"&(${row.labelCell}+1)`)}`;
        },
      })),
      chart: { type: "ColumnStacked", title: "Calls per day by outcome", seriesBy: "Columns" },
      emptyText: "",
    },
    {
      title: "Open follow-ups by age",
      labelHeader: "Received",
      rows: { kind: "fixed", labels: AGE_BUCKETS.map((b) => b.label) },
      columns: [
        {
          header: "Calls",
          format: COUNT,
          formula: (r, row) => {
            const b = AGE_BUCKETS[row.index];
            return `=${openCalls(r, ...receivedBetween(r, b.from, b.to))}`;
          },
        },
      ],
      emptyText: "",
    },
  ],
};

const machines: SectionDef = {
  id: "equipment",
  title: "Equipment",
  registers: [equipment, serviceLog],
  figures: [
    {
      label: "Machines needing repair or out of service",
      format: COUNT,
      formula: (r) =>
        `=${countifs(r(equipment, "status"), '"Needs repair"')}+${countifs(r(equipment, "status"), '"Out of service"')}`,
    },
    {
      label: "Service overdue",
      format: COUNT,
      formula: (r) =>
        `=${countifs(...beforeToday(r(equipment, "nextServiceDue")), r(equipment, "status"), '"<>Retired"')}`,
    },
    {
      // Next service due already says "today" for a machine past its page interval.
      label: "Service due in the next 30 days",
      format: COUNT,
      formula: (r) => {
        const due = r(equipment, "nextServiceDue");
        return `=${countifs(due, `">="&${TODAY}`, due, `"<="&(${TODAY}+30)`, r(equipment, "status"), '"<>Retired"')}`;
      },
    },
    {
      label: "Open repair tickets",
      format: COUNT,
      formula: (r) => `=${countifs(r(serviceLog, "kind"), '"Repair"', r(serviceLog, "status"), '"<>Done"')}`,
    },
  ],
  blocks: [
    {
      title: "Machines by status",
      labelHeader: "Status",
      rows: { kind: "fixed", labels: EQUIPMENT_STATUSES },
      columns: [
        {
          header: "Machines",
          format: COUNT,
          formula: (r, row) => `=${countifs(r(equipment, "status"), row.criterion!)}`,
        },
      ],
      chart: { type: "Pie", title: "Machines by status", seriesBy: "Columns" },
      emptyText: "",
    },
    {
      title: "Repairs this year by machine",
      labelHeader: "Asset tag",
      rows: { kind: "distinct", register: equipment, column: "assetTag", blankLabel: "(no asset tag)" },
      columns: [
        {
          header: "Repair cost",
          format: MONEY,
          formula: (r, row) =>
            `=SUMIFS(${r(serviceLog, "cost")},${r(serviceLog, "assetTag")},${row.criterion!},${r(serviceLog, "kind")},"Repair",${r(serviceLog, "openedOn")},">="&${START_OF_YEAR})`,
        },
        {
          header: "Downtime (days)",
          format: "0.0",
          formula: (r, row) =>
            `=SUMIFS(${r(serviceLog, "downtimeHours")},${r(serviceLog, "assetTag")},${row.criterion!},${r(serviceLog, "openedOn")},">="&${START_OF_YEAR})/24`,
        },
      ],
      chart: { type: "BarClustered", title: "Repair cost this year", seriesBy: "Columns", valueColumns: 1 },
      emptyText: "No machines in the Equipment register yet.",
    },
  ],
};

const hiring: SectionDef = {
  id: "hiring",
  title: "Hiring",
  registers: [candidates],
  figures: [
    {
      label: "Candidates in progress",
      format: COUNT,
      formula: (r) => `=${IN_PROGRESS.map((s) => countifs(r(candidates, "stage"), `"${s}"`)).join("+")}`,
    },
    {
      label: "Interviews this week",
      format: COUNT,
      formula: (r) => {
        const at = r(candidates, "interviewAt");
        return `=${countifs(at, `">="&${MONDAY}`, at, `"<"&(${MONDAY}+7)`)}`;
      },
    },
    {
      label: "Offers out",
      format: COUNT,
      formula: (r) => `=${countifs(r(candidates, "stage"), '"Offer"')}`,
    },
    {
      // A hired candidate's Stage since is the day they were hired; rows whose dates are not numbers
      // are skipped. The count guards MEDIAN, which is #NUM! with no value.
      label: "Median days from Applied to Hired",
      format: "0",
      formula: (r) => {
        const since = r(candidates, "stageSince");
        const applied = r(candidates, "appliedOn");
        const hired = `(${r(candidates, "stage")}="Hired")*ISNUMBER(${since})*ISNUMBER(${applied})`;
        const n = `SUMPRODUCT(${hired})`;
        return `=IF(${n}=0,"",MEDIAN(IF(${hired},${since}-${applied})))`;
      },
    },
  ],
  blocks: [
    {
      title: "Candidates by stage and position",
      labelHeader: "Position",
      rows: { kind: "distinct", register: candidates, column: "position", blankLabel: "(no position)" },
      columns: FUNNEL.map((stage) => ({
        header: stage,
        format: COUNT,
        formula: (r: ColumnRef, row: { criterion?: string }) =>
          `=${countifs(r(candidates, "position"), row.criterion!, r(candidates, "stage"), `"${stage}"`)}`,
      })),
      chart: { type: "BarStacked", title: "Hiring funnel", seriesBy: "Rows", reverseCategories: true },
      emptyText: "No candidates in the Candidates register yet.",
    },
  ],
};

/** People on Staff as the Training due page takes them: a Staff ID, and a Status other than Left. */
const onStaff = (r: ColumnRef) => `(${r(staff, "status")}<>"Left")*(TRIM(${r(staff, "staffId")})<>"")`;

/** One course (its name as a literal, and its Courses row's values) or every course, as a row. */
interface CourseRef {
  name: string;
  renewMonths: string;
  requiredFor: string;
  /** 1, or whether each course of the row has a name. */
  named: string;
}

const oneCourse = (r: ColumnRef, row: RowContext): CourseRef => ({
  name: row.value!,
  renewMonths: `SUMIFS(${r(courses, "renewMonths")},${r(courses, "course")},${row.criterion!})`,
  requiredFor: `IFERROR(INDEX(${r(courses, "requiredFor")},MATCH(${row.value!},${r(courses, "course")},0)),"")`,
  named: "1",
});

const everyCourse = (r: ColumnRef): CourseRef => ({
  name: `TRANSPOSE(${r(courses, "course")})`,
  renewMonths: `TRANSPOSE(${r(courses, "renewMonths")})`,
  requiredFor: `TRANSPOSE(${r(courses, "requiredFor")})`,
  named: `(TRANSPOSE(${r(courses, "course")})<>"")`,
});

/**
 * People × courses whose latest completion expires in a window: what the Training due page lists
 * (src/core/staff/trainingDue.ts), for one course or, with every course as a row, a table of people ×
 * courses added up.
 * - Latest: MAXIFS of Completed on over the person's records of the course, so a renewal supersedes
 *   the old expired record (0 when there is none: never done, counted apart).
 * - The course's Renew every (months) must be a whole number above 0; a course without one never
 *   lapses (the page skips it too).
 * - The expiry is the completion plus those months, on the same day of the month or the month's last
 *   day (src/core/staff/dates.ts), as EDATE gives it; over an array it is the smaller of DATE(y, m+n, d)
 *   (which runs over into the next month) and DATE(y, m+n+1, 0) (the month's last day), so "expires
 *   before X" is "either is before X", with nothing but DATE and the date parts, which Excel evaluates
 *   element by element.
 * IFERROR drops the courses whose months are text (INT of text is #VALUE!).
 */
function trainingCount(
  r: ColumnRef,
  window: (expiresBefore: (day: string) => string) => string,
  course: CourseRef,
): string {
  const months = course.renewMonths;
  const last = `MAXIFS(${r(training, "completedOn")},${r(training, "staffId")},${r(staff, "staffId")},${r(training, "course")},${course.name})`;
  const expiresBefore = (day: string) =>
    `((DATE(YEAR(${last}),MONTH(${last})+${months},DAY(${last}))<${day})+(DATE(YEAR(${last}),MONTH(${last})+${months}+1,0)<${day})>0)`;
  const renews = `ISNUMBER(${months})*(${months}>0)*(INT(${months})=${months})`;
  const parts = [onStaff(r), course.named, `(${last}>0)`, renews, window(expiresBefore)];
  return `SUMPRODUCT(IFERROR(${parts.join("*")},0))`;
}

const overdue = (before: (day: string) => string) => before(TODAY);
/** Expiring today or within `days` days: before the day after, and not before today. */
const dueWithin = (days: number) => (before: (day: string) => string) =>
  `(${before(`(${TODAY}+${days + 1})`)}-${before(TODAY)})`;

/**
 * People on Staff, not Left, whose role a course requires (its Required for roles lists the role, any
 * case, or says All) and who have no completion of it at all (src/core/staff/trainingDue.ts "Never").
 * Spaces are dropped from both sides before comparing, so "Office manager, Driver" lists "Office manager".
 */
function neverDone(r: ColumnRef, course: CourseRef): string {
  const list = `","&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER(${course.requiredFor})," ",""),";",","),CHAR(10),",")&","`;
  const role = `","&SUBSTITUTE(UPPER(${r(staff, "role")})," ","")&","`;
  const required = `((ISNUMBER(FIND(",ALL,",${list}))+(TRIM(${r(staff, "role")})<>"")*ISNUMBER(FIND(${role},${list})))>0)`;
  const completions = `COUNTIFS(${r(training, "staffId")},${r(staff, "staffId")},${r(training, "course")},${course.name},${r(training, "completedOn")},">0")`;
  return `SUMPRODUCT(${onStaff(r)}*${course.named}*${required}*(${completions}=0))`;
}

const staffSection: SectionDef = {
  id: "staff",
  title: "Staff",
  registers: [staff],
  alsoReads: [courses, training],
  figures: [
    {
      label: "Training overdue",
      format: COUNT,
      formula: (r) => `=${trainingCount(r, overdue, everyCourse(r))}`,
    },
    {
      label: (s) => `Training due in the next ${s.trainingWarnDays} days`,
      format: COUNT,
      formula: (r, s) => `=${trainingCount(r, dueWithin(s.trainingWarnDays), everyCourse(r))}`,
    },
    {
      label: "Required training never done",
      format: COUNT,
      formula: (r) => `=${neverDone(r, everyCourse(r))}`,
    },
  ],
  blocks: [
    {
      title: "Training by course",
      labelHeader: "Course",
      rows: { kind: "distinct", register: courses, column: "course", blankLabel: "(no course name)" },
      columns: [
        {
          header: "Overdue",
          format: COUNT,
          formula: (r, row) => `=${trainingCount(r, overdue, oneCourse(r, row))}`,
        },
        {
          header: "Due soon",
          format: COUNT,
          formula: (r, row, s) => `=${trainingCount(r, dueWithin(s.trainingWarnDays), oneCourse(r, row))}`,
        },
        {
          header: "Never done",
          format: COUNT,
          formula: (r, row) => `=${neverDone(r, oneCourse(r, row))}`,
        },
      ],
      chart: { type: "BarStacked", title: "Training to do by course", seriesBy: "Columns" },
      emptyText: "No courses in the Courses register yet.",
    },
  ],
};

/** In the order they appear on the sheet. */
export const SECTIONS: readonly SectionDef[] = [supplies, calls, machines, hiring, staffSection];

/** Registers no Overview figure may read (kept out of the shared workbook). */
export const NEVER_READ: readonly string[] = ["Discipline"];
