// Moving a ticket along its life cycle (Open → Waiting on vendor → Done) without closing it: found by
// Ticket ID when the request runs; a move the life cycle does not allow is refused. 1 Excel.run, 2 syncs.
// Closing (Done) goes through logService, which also updates the machine.
import { canMoveTicket, type TicketStatus } from "../../core/equipment/tickets";
import { serviceLog } from "../../core/registers/definitions";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { problemsError } from "./reportFault";
import { queueChangesByKey } from "../rows";
import { queueEquipmentRead, ticketsWithId } from "./inRun";

export async function setTicketStatus(
  ticketId: string,
  status: Exclude<TicketStatus, "Done">,
): Promise<{ ticketId: string; status: TicketStatus }> {
  return runExcel(`Updating ticket ${ticketId}`, async (context) => {
    const read = queueEquipmentRead(context);
    await context.sync();
    const t = read.tickets();
    if (!t.place) {
      throw new ExcelActionError(
        "notFound",
        "There is no Service log in this workbook.",
        "Report a fault first.",
      );
    }
    const found = ticketsWithId(t, ticketId);
    if (found.length !== 1) {
      throw problemsError([
        {
          field: "ticket",
          message:
            found.length === 0
              ? `${ticketId} is not in the Service log.`
              : `${ticketId} is on ${found.length} rows of the Service log.`,
          fix: found.length === 0 ? "Refresh the page." : "Give each ticket its own Ticket ID.",
        },
      ]);
    }
    if (!canMoveTicket(found[0].status, status)) {
      throw problemsError([
        {
          field: "ticket",
          message: `${ticketId} is ${found[0].status || "Open"}; it cannot go to ${status}.`,
          fix: "Tickets go Open → Waiting on vendor → Done.",
        },
      ]);
    }
    const [row] = queueChangesByKey(read.log.table, serviceLog, t.place, [
      { key: found[0].key, changes: { status } },
    ]);
    await context.sync();
    if (row.found.isNullObject) {
      throw new ExcelActionError("notFound", `${ticketId} was deleted meanwhile.`, "Refresh the page.");
    }
    return { ticketId: found[0].key, status };
  });
}
