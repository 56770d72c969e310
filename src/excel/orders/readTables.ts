// Reading the registers an orders action needs inside the action's own Excel.run: one sync for where
// each table is (and a sample of rows to size the read), then one sync for all bodies when they fit
// well under Excel on the web's 5 MB limit together, else one sync per chunk of each.
import type { RegisterDef } from "../../core/registers/types";
import { CHUNK_TARGET_BYTES, estimateRowBytes, readRows } from "../chunks";
import { rowsAndProblems, type ReadRow } from "../readRegister";
import { queueTableProbe, type QueuedProbe, type TablePlace } from "../tableProbe";

export interface TableRead {
  def: RegisterDef;
  probe: QueuedProbe;
  /** null when the workbook has no such table. */
  place: TablePlace | null;
  rows: ReadRow[];
  /** The body as read, in sheet order (index i is sheet row place.headerRow + 1 + i, 0-based). */
  values: unknown[][];
}

/** Queues the probes; call `read` after the caller's first sync. */
export function queueTables(context: Excel.RequestContext, defs: readonly RegisterDef[]) {
  const probes = defs.map((def) => ({ def, probe: queueTableProbe(context, def, { sample: true }) }));
  return {
    probes,
    /** Reads every found table's body (1 sync when small; the caller's first sync must have run). */
    async read(): Promise<TableRead[]> {
      const planned = probes.map(({ def, probe }) => {
        const place = probe.place();
        const sample = place ? probe.sample().slice(0, place.bodyRows) : [];
        const perRow = place ? estimateRowBytes(sample, place.columnCount) : 0;
        return { def, probe, place, perRow, bytes: place ? perRow * place.bodyRows : 0 };
      });
      const total = planned.reduce((n, p) => n + p.bytes, 0);
      let bodies: unknown[][][];
      if (total <= CHUNK_TARGET_BYTES) {
        const ranges = planned.map(({ probe, place }) =>
          place && place.bodyRows > 0
            ? probe.sheet
                .getRangeByIndexes(place.headerRow + 1, place.firstColumn, place.bodyRows, place.columnCount)
                .load("values")
            : null,
        );
        if (ranges.some((r) => r !== null)) await context.sync();
        bodies = ranges.map((r) => (r ? (r.values as unknown[][]) : []));
      } else {
        bodies = [];
        for (const { probe, place, perRow } of planned) {
          bodies.push(
            place
              ? await readRows(
                  context,
                  probe.sheet,
                  place.headerRow + 1,
                  place.firstColumn,
                  place.bodyRows,
                  place.columnCount,
                  perRow,
                )
              : [],
          );
        }
      }
      return planned.map(({ def, probe, place }, i) => ({
        def,
        probe,
        place,
        values: bodies[i],
        rows: place ? rowsAndProblems(def, place, bodies[i], place.headerRow + 2, {}).rows : [],
      }));
    },
  };
}
