// Events: handlers registered by any client are told about changes applied by any client's sync,
// with source "Local" for the client that made them and "Remote" for the others (co-authors).
import { formatRect, intersect } from "./address";
import type { SimContext } from "./context";
import type { ChangeRecord } from "./model";
import type { EventKind, SimWorkbook } from "./workbook";

/** Change kinds Excel reports through onChanged (format and structure changes have their own events). */
const DATA_CHANGES = new Set([
  "RangeEdited",
  "RowInserted",
  "RowDeleted",
  "ColumnInserted",
  "ColumnDeleted",
  "CellInserted",
  "CellDeleted",
]);

function rangeGetter(sheetId: string, address: string, nullable: boolean) {
  return (ctx: SimContext) => {
    const sheets = ctx.workbook.worksheets;
    const sheet = nullable ? sheets.getItemOrNullObject(sheetId) : sheets.getItem(sheetId);
    const range = sheet.getRange(address);
    return nullable ? range._probeNull() : range;
  };
}

function call(handler: (args: unknown) => unknown, args: unknown): void {
  // Excel calls handlers asynchronously; a failing handler does not affect the sync that caused it.
  queueMicrotask(() => {
    try {
      const r = handler(args);
      if (r && typeof (r as Promise<unknown>).then === "function")
        (r as Promise<unknown>).catch(() => undefined);
    } catch {
      // ignored, like an exception in a real event handler
    }
  });
}

/** Tells grid listeners and event handlers about the changes one client's sync applied. */
export function dispatchChanges(wb: SimWorkbook, changes: ChangeRecord[], sourceClient: string): void {
  if (changes.length === 0) return;
  wb.notifyListeners(changes);
  for (const reg of [...wb.registrations]) {
    const source = reg.clientId === sourceClient ? "Local" : "Remote";
    for (const ch of changes) {
      if (reg.kind === "SettingsChanged" && ch.changeType === "SettingsChanged") {
        call(reg.handler, { type: "SettingsChanged", source });
        continue;
      }
      if (!ch.sheetId || !ch.rect || !DATA_CHANGES.has(ch.changeType)) continue;
      const address = formatRect(ch.rect);
      const base = {
        address,
        changeType: ch.changeType,
        source,
        worksheetId: ch.sheetId,
        triggerSource: "Unknown",
        // As on Excel's event args: the changed range, in a context of the handler's choosing.
        getRange: rangeGetter(ch.sheetId, address, false),
        getRangeOrNullObject: rangeGetter(ch.sheetId, address, true),
      };
      if (reg.kind === "WorksheetChanged" && reg.targetId === ch.sheetId) {
        call(reg.handler, { ...base, type: "WorksheetChanged" });
      } else if (reg.kind === "WorksheetCollectionChanged") {
        call(reg.handler, { ...base, type: "WorksheetChanged" });
      } else if (reg.kind === "TableChanged") {
        const table = wb.tableById(reg.targetId ?? "");
        const hit = table && table.sheetId === ch.sheetId ? intersect(table.rect, ch.rect) : null;
        if (table && hit) {
          const inTable = formatRect(hit);
          call(reg.handler, {
            ...base,
            address: inTable,
            getRange: rangeGetter(ch.sheetId, inTable, false),
            getRangeOrNullObject: rangeGetter(ch.sheetId, inTable, true),
            tableId: table.id,
            type: "TableChanged",
          });
        }
      }
    }
  }
}

export function dispatchSelection(wb: SimWorkbook, sourceClient: string): void {
  const sel = wb.selections.get(sourceClient);
  if (sel) wb.notifySelectionChanged(sel.sheetId);
  for (const reg of wb.registrations) {
    if (reg.kind === "SelectionChanged" && reg.clientId === sourceClient)
      call(reg.handler, { type: "SelectionChanged" });
  }
}

/** OfficeExtension.EventHandlers: add() registers at the next sync; the result's remove() unregisters. */
export class SimEventSource {
  constructor(
    private readonly context: SimContext,
    private readonly kind: EventKind,
    private readonly targetId: () => string | undefined,
    private readonly path: string,
  ) {}

  add(handler: (args: unknown) => unknown): { context: SimContext; remove(): void } {
    const context = this.context;
    context._assertAlive(this.path);
    let id: number | undefined;
    let removed = false;
    context._enqueue({
      desc: { path: this.path, call: "add" },
      run: () => {
        if (removed) return;
        id = context._workbook.register({
          clientId: context._clientName,
          kind: this.kind,
          targetId: this.targetId(),
          handler,
        }).id;
      },
    });
    return {
      context,
      // Takes effect at once: the handler stops being called even if no later sync happens.
      remove: () => {
        removed = true;
        if (id !== undefined) context._workbook.unregister(id);
      },
    };
  }

  remove(handler: (args: unknown) => unknown): void {
    const regs = this.context._workbook.registrations.filter(
      (r) => r.handler === handler && r.kind === this.kind,
    );
    for (const r of regs) this.context._workbook.unregister(r.id);
  }
}
