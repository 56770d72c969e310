import { partsToSerial } from "../../../src/core/cells/excelDates";
import { equipment, serviceLog } from "../../../src/core/registers/definitions";
import {
  historyOf,
  loadEquipment,
  logService,
  reportFault,
  setTicketStatus,
  updateMeter,
} from "../../../src/excel/equipment";
import { lastSyncs, seedRegister, setup } from "../support";

const day = (m: number, d: number) => partsToSerial({ year: 2026, month: m, day: d })!;
const col = (def: typeof equipment, key: string) => def.columns.findIndex((c) => c.key === key);
const NOW = new Date(2026, 10, 29, 10, 0);

function seed() {
  const env = setup();
  seedRegister(env.wb, equipment, [
    {
      assetTag: "CP-01",
      type: "Copier",
      make: "Canon",
      model: "imageRUNNER C3226i",
      location: "Copy room",
      status: "Operational",
      serviceVendor: "Contoso Imaging",
      serviceEveryDays: 90,
      serviceEveryPages: 30000,
      lastService: day(9, 2),
      meterNow: 418220,
      meterAtLastService: 392410,
    },
    {
      assetTag: "PR-01",
      type: "Printer",
      status: "Operational",
      serviceEveryDays: 180,
      lastService: day(6, 30),
      meterNow: 88412,
      meterAtLastService: 80120,
    },
  ]);
  seedRegister(env.wb, serviceLog, [
    {
      ticketId: "SR-0007",
      assetTag: "CP-01",
      openedOn: day(9, 2),
      kind: "Preventive",
      status: "Done",
      cost: 145,
      downtimeHours: 2,
      closedOn: day(9, 2),
    },
  ]);
  return env;
}

/** Equipment cells of a machine, by column key, as the sheet holds them. */
function machineCell(wb: ReturnType<typeof setup>["wb"], sheetRow: number, key: string) {
  const j = col(equipment, key);
  const letter = String.fromCharCode(65 + j);
  return wb.getValues(equipment.sheetName, `${letter}${sheetRow}`)[0][0];
}

function logRow(wb: ReturnType<typeof setup>["wb"], sheetRow: number): Record<string, unknown> {
  const last = String.fromCharCode(65 + serviceLog.columns.length - 1);
  const cells = wb.getValues(serviceLog.sheetName, `A${sheetRow}:${last}${sheetRow}`)[0];
  return Object.fromEntries(serviceLog.columns.map((c, j) => [c.key, cells[j]]));
}

describe("the ticket life cycle on the workbook", () => {
  test("report a fault → Needs repair; log the repair → Operational; history shows the ticket", async () => {
    const { wb, excel } = seed();

    const reported = await reportFault({
      assetTag: "cp-01",
      problem: "Paper jams in tray 2",
      reportedBy: "Sam Porter",
      status: "Needs repair",
      openedOn: NOW,
    });
    expect(lastSyncs(excel)).toBe(2);
    expect(reported.ticketId).toBe("SR-0008");
    expect(reported.vendor).toBe("Contoso Imaging");
    expect(reported.address).toBe("'Service log'!A3:L3");
    expect(logRow(wb, 3)).toMatchObject({
      ticketId: "SR-0008",
      assetTag: "CP-01",
      openedOn: day(11, 29),
      kind: "Repair",
      problem: "Paper jams in tray 2",
      reportedBy: "Sam Porter",
      vendor: "Contoso Imaging",
      status: "Open",
    });
    expect(machineCell(wb, 2, "status")).toBe("Needs repair");
    expect(machineCell(wb, 3, "status")).toBe("Operational");

    const view = await loadEquipment(NOW);
    const copier = view.machines.find((m) => m.assetTag === "CP-01")!;
    expect(copier.openTickets.map((t) => t.key)).toEqual(["SR-0008"]);

    const logged = await logService({
      assetTag: "CP-01",
      ticketId: "SR-0008",
      date: NOW,
      meter: 418300,
      actionTaken: "Fuser replaced",
      cost: 210,
      downtimeHours: 26,
    });
    expect(lastSyncs(excel)).toBe(2);
    expect(logged).toMatchObject({ ticketId: "SR-0008", closed: true, notes: [] });
    expect(logRow(wb, 3)).toMatchObject({
      status: "Done",
      closedOn: day(11, 29),
      actionTaken: "Fuser replaced",
      cost: 210,
      downtimeHours: 26,
    });
    expect(machineCell(wb, 2, "status")).toBe("Operational");
    expect(machineCell(wb, 2, "lastService")).toBe(day(11, 29));
    expect(machineCell(wb, 2, "meterAtLastService")).toBe(418300);
    expect(machineCell(wb, 2, "meterNow")).toBe(418300);

    const after = await loadEquipment(NOW);
    const history = historyOf(after, "CP-01");
    expect(history.tickets.map((t) => t.key)).toEqual(["SR-0008", "SR-0007"]);
    expect(history.totalCost).toBe(355);
    expect(history.downtimeHours).toBe(28);
    expect(history.openTickets).toBe(0);
    expect(after.machines.find((m) => m.assetTag === "CP-01")!.schedule.nextDue).toBe(day(11, 29) + 90);
  });

  test("a preventive service without a ticket adds a Done entry below the log", async () => {
    const { wb, excel } = seed();
    const logged = await logService({ assetTag: "PR-01", date: NOW, meter: 90000, actionTaken: "Cleaned" });
    expect(lastSyncs(excel)).toBe(2);
    expect(logged).toMatchObject({ ticketId: "SR-0008", closed: false, address: "'Service log'!A3:L3" });
    expect(logRow(wb, 3)).toMatchObject({
      assetTag: "PR-01",
      kind: "Preventive",
      status: "Done",
      openedOn: day(11, 29),
      closedOn: day(11, 29),
    });
    expect(machineCell(wb, 3, "lastService")).toBe(day(11, 29));
    expect(machineCell(wb, 3, "meterAtLastService")).toBe(90000);
  });

  test("the first ticket goes into a new Service log's blank row; a missing log is created", async () => {
    const { wb } = setup();
    seedRegister(wb, equipment, [
      { assetTag: "FX-01", type: "Fax", status: "Operational", serviceEveryDays: 365 },
    ]);
    const reported = await reportFault({
      assetTag: "FX-01",
      problem: "Faint faxes",
      status: "Out of service",
    });
    expect(reported.createdRegister).toBe(true);
    expect(reported.ticketId).toBe("SR-0001");
    const read = await loadEquipment(NOW);
    expect(read.tickets.map((t) => t.key)).toEqual(["SR-0001"]);
    expect(read.machines[0].values.status).toBe("Out of service");
  });

  test("Open → Waiting on vendor → Done; a move backwards or from Done is refused", async () => {
    const { wb, excel } = seed();
    await reportFault({ assetTag: "PR-01", problem: "Streaks", status: "Needs repair", openedOn: NOW });
    await setTicketStatus("sr-0008", "Waiting on vendor");
    expect(lastSyncs(excel)).toBe(2);
    expect(logRow(wb, 3).status).toBe("Waiting on vendor");
    await expect(setTicketStatus("SR-0008", "Open")).rejects.toMatchObject({
      message: expect.stringMatching(/SR-0008 is Waiting on vendor; it cannot go to Open/),
    });
    await expect(setTicketStatus("SR-0007", "Waiting on vendor")).rejects.toMatchObject({
      message: expect.stringMatching(/SR-0007 is Done/),
    });
    expect(logRow(wb, 2).status).toBe("Done");
    await logService({ assetTag: "PR-01", ticketId: "SR-0008", date: NOW });
    expect(logRow(wb, 3)).toMatchObject({ status: "Done", closedOn: day(11, 29) });
    expect(machineCell(wb, 3, "status")).toBe("Operational");
    // No reading typed: Meter at last service takes Meter now.
    expect(machineCell(wb, 3, "meterAtLastService")).toBe(88412);
  });

  test("update meter writes Meter now and nothing else (2 syncs)", async () => {
    const { wb, excel } = seed();
    await updateMeter("PR-01", 90500);
    expect(lastSyncs(excel)).toBe(2);
    expect(machineCell(wb, 3, "meterNow")).toBe(90500);
    expect(machineCell(wb, 3, "meterAtLastService")).toBe(80120);
  });
});

describe("bad input: listed with what to fix, nothing overwritten", () => {
  async function unchanged(run: () => Promise<unknown>, message: RegExp) {
    const { wb } = envHolder;
    const before = [wb.getValues(equipment.sheetName, "A1:T4"), wb.getValues(serviceLog.sheetName, "A1:L4")];
    await expect(run()).rejects.toMatchObject({ kind: "invalid", message: expect.stringMatching(message) });
    expect([wb.getValues(equipment.sheetName, "A1:T4"), wb.getValues(serviceLog.sheetName, "A1:L4")]).toEqual(
      before,
    );
  }
  let envHolder: ReturnType<typeof setup>;
  beforeEach(() => {
    envHolder = seed();
  });

  test("a meter reading lower than the last one", async () => {
    await unchanged(() => updateMeter("CP-01", 400000), /lower than the last one for CP-01 \(418,220\)/);
    await unchanged(
      () => logService({ assetTag: "CP-01", date: NOW, meter: 1000 }),
      /lower than the last one/,
    );
  });

  test("a service date in the future", async () => {
    const future = new Date(2999, 0, 1);
    await unchanged(() => logService({ assetTag: "CP-01", date: future }), /in the future/);
    await unchanged(
      () => reportFault({ assetTag: "CP-01", problem: "Jam", status: "Needs repair", openedOn: future }),
      /in the future/,
    );
  });

  test("an unknown asset tag", async () => {
    await unchanged(
      () => reportFault({ assetTag: "ZZ-99", problem: "Jam", status: "Needs repair" }),
      /ZZ-99 is not in the Equipment register/,
    );
  });

  test("closing a ticket of another machine, or one already closed", async () => {
    await unchanged(
      () => logService({ assetTag: "PR-01", ticketId: "SR-0007", date: NOW }),
      /ticket for CP-01/,
    );
    await unchanged(
      () => logService({ assetTag: "CP-01", ticketId: "SR-0007", date: NOW }),
      /already closed/,
    );
  });

  test("unknown tags in the log and missing intervals are listed on load", async () => {
    const { wb } = envHolder;
    wb.setValues(serviceLog.sheetName, "B2", [["XX-1"]]);
    wb.setValues(equipment.sheetName, "K3", [[null]]);
    const view = await loadEquipment(NOW);
    const messages = view.problems.map((p) => p.message);
    expect(messages).toContain("PR-01 has no service interval, so no service will ever fall due.");
    expect(
      messages.some((m) => /SR-0007 \(row 2\) is for XX-1, which is not in the Equipment register/.test(m)),
    ).toBe(true);
  });
});
