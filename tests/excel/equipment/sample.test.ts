// The preview's sample workbook, below the UI: convert Machines, Service history
// and Vendors, see what is due, report a fault on a copier, log the repair, see it operational again.
import { equipment, serviceLog, suppliers } from "../../../src/core/registers/definitions";
import { convertToRegister } from "../../../src/excel/convertToRegister";
import { historyOf, loadEquipment, logService, reportFault } from "../../../src/excel/equipment";
import { inspectSheet } from "../../../src/excel/inspectSheet";
import { installExcel } from "../../../src/preview/simulator";
import { createSampleWorkbook } from "../../../src/preview/sample";

const NOW = new Date(2026, 10, 29, 10, 0);

test("the sample machines: convert, due list, fault on CP-01, repair, history", async () => {
  installExcel(createSampleWorkbook());
  for (const [sheet, def] of [
    ["Machines", equipment],
    ["Service history", serviceLog],
    ["Vendors", suppliers],
  ] as const) {
    await convertToRegister(def, await inspectSheet({ sheet }, def));
  }
  const view = await loadEquipment(NOW);
  expect(view.found).toEqual({ equipment: true, serviceLog: true });
  const states = view.machines.map((m) => m.schedule.state);
  // Overdue first, then due soon, never the other way round.
  const rank = { Overdue: 0, "Due soon": 1, OK: 2, "Not scheduled": 3 } as const;
  expect(states.map((s) => rank[s])).toEqual([...states.map((s) => rank[s])].sort((a, b) => a - b));
  expect(states[0]).toBe("Overdue");
  // CP-02 has one open ticket in the sample history (SV-109, waiting on the vendor).
  expect(view.machines.find((m) => m.assetTag === "CP-02")!.openTickets.map((t) => t.key)).toEqual([
    "SV-109",
  ]);
  expect(view.vendors.find((v) => v.supplier === "Contoso Imaging")?.email).toMatch(/@/);

  const fault = await reportFault({
    assetTag: "CP-01",
    problem: "Streaks on copies",
    status: "Needs repair",
    openedOn: NOW,
  });
  await logService({
    assetTag: "CP-01",
    ticketId: fault.ticketId,
    date: NOW,
    meter: 418500,
    actionTaken: "Drum cleaned",
    cost: 90,
  });
  const after = await loadEquipment(NOW);
  const cp01 = after.machines.find((m) => m.assetTag === "CP-01")!;
  expect(cp01.values.status).toBe("Operational");
  expect(cp01.schedule.state).toBe("OK");
  const history = historyOf(after, "CP-01");
  expect(history.tickets[0]).toMatchObject({
    key: fault.ticketId,
    values: expect.objectContaining({ status: "Done", cost: 90 }),
  });
  expect(history.tickets.map((t) => t.key)).toEqual([fault.ticketId, "SV-106", "SV-101"]);
});
