// Ticking an item of a person's onboarding or offboarding checklist: kept in the Checklists register so a
// colleague opening the workbook sees it (docs/staff.md, "Checklists"). The first tick of an item appends
// its row; ticking or unticking again writes Done on and Done by of that row alone, found by its Tick ID.
// Other rows are never rewritten. One Excel.run: sync 1 reads the ticks' identifying columns and where new
// rows go; sync 2 writes (a third only to repair an append, rows/append.ts). Unticking an item never
// ticked writes nothing (1 sync).
import { todaySerial } from "../../core/cells/excelDates";
import { checklists } from "../../core/registers/definitions";
import { planAppend } from "../../core/registers/appendPlan";
import { tickKey, type ChecklistKind } from "../../core/staff/checklists";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { queueAppend, queueAppendRead, queueColumns, requireNoTotals } from "../rows";
import { queueTableProbe, requirePlace } from "../tableProbe";
import { queueUpdates } from "../updateRows";

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

export interface TickInput {
  staffId: string;
  checklist: ChecklistKind;
  itemId: string;
  /** The item's text as shown, kept for whoever reads the sheet. */
  item: string;
  done: boolean;
  /** Who ticked it, as typed; blank leaves Done by empty. */
  doneBy: string;
}

export interface TickResult {
  tickId: string | null;
  doneOn: number | null;
  notes: string[];
}

export async function setChecklistTick(input: TickInput, now: Date = new Date()): Promise<TickResult> {
  if (!input.staffId.trim() || !input.itemId.trim())
    throw new ExcelActionError(
      "invalid",
      "The person or the item is missing; nothing was written.",
      "Try again.",
    );
  return runExcel(input.done ? "Ticking the item" : "Unticking the item", async (context) => {
    const probe = queueTableProbe(context, checklists);
    const read = queueAppendRead(probe, checklists, 1);
    const cols = queueColumns(probe.table, checklists, ["tickId", "staffId", "checklist", "itemId"]);
    await context.sync();
    const place = requirePlace(checklists, probe.place());
    const c = cols();
    const want = tickKey(input.staffId, input.checklist, input.itemId);
    const rows = c.tickId
      .map((id, i) => ({
        id: text(id),
        key: tickKey(text(c.staffId[i]), text(c.checklist[i]), text(c.itemId[i])),
      }))
      .filter((r) => r.key === want && r.id !== "");
    const doneOn = input.done ? todaySerial(now) : null;
    const doneBy = input.done ? input.doneBy.trim() || null : null;
    if (rows.length > 0) {
      // Two rows for one item (two people ticked it at the same moment): both follow the latest tick.
      const queued = queueUpdates(
        probe,
        checklists,
        place,
        [c.tickId],
        rows.map((r) => ({ key: r.id, changes: { doneOn, doneBy } })),
      );
      await context.sync();
      const update = await queued.settle(context);
      const notes = update.notFound.map((k) => `${k} was removed by someone meanwhile; tick the item again.`);
      return { tickId: rows[0].id, doneOn, notes };
    }
    if (!input.done) return { tickId: null, doneOn: null, notes: [] };
    requireNoTotals(checklists, place, "the tick", "tick it again");
    const state = read.state(place);
    const values = {
      staffId: input.staffId.trim(),
      checklist: input.checklist,
      itemId: input.itemId.trim(),
      item: input.item,
      doneOn,
      doneBy,
    };
    const plan = planAppend(checklists, [{ values }], state.keys);
    const append = queueAppend(probe, checklists, place, state, plan.toWrite);
    await context.sync();
    const outcome = await append.settle(context);
    return { tickId: String(outcome.rows[0].values.tickId), doneOn, notes: outcome.notes };
  });
}
