// Equipment journey: convert the sample's Machines and Service history sheets (and Vendors, so
// the copier's service vendor has an address), see what is due, report a fault on a copier, draft the
// service request, log the repair, and find the copier Operational and its ticket Done in the workbook.
import { simpleParser, type AddressObject } from "mailparser";
import { SAMPLE_SHEETS } from "../../src/preview/sample";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";
import { confirmConversion, convertAndContinue, startConversion } from "./support/registers";

const sheet = (name: string) => {
  const found = SAMPLE_SHEETS.find((s) => s.name === name);
  if (!found) throw new Error(`The sample has no sheet "${name}"`);
  return found;
};
const machines = sheet("Machines");
const vendors = sheet("Vendors");
const at = (rows: (string | number | boolean | null)[][], header: string) => {
  const i = rows[0].indexOf(header);
  if (i < 0) throw new Error(`No "${header}" column in the sample`);
  return i;
};
const copier = machines.rows.find((r) => r[at(machines.rows, "Kind")] === "Copier");
if (!copier) throw new Error("The sample needs a copier");
const tag = String(copier[at(machines.rows, "Tag")]);
const serviceVendor = String(copier[at(machines.rows, "Serviced by")]);
const vendorRow = vendors.rows.find((r) => r[at(vendors.rows, "Vendor")] === serviceVendor);
const vendorEmail = vendorRow?.[at(vendors.rows, "E-mail")];
if (typeof vendorEmail !== "string") throw new Error(`The sample's ${serviceVendor} needs an email`);

/** Order of the service states on the page: overdue first, then due soon, the rest after. */
const RANK = (text: string) => (text.includes("Overdue") ? 0 : text.includes("Due soon") ? 1 : 2);

describeE2E("equipment", ({ journey }) => {
  journey(
    "reports a fault on a copier, drafts the service request, logs the repair",
    "journey-equipment-repair",
    async (ui) => {
      await convertAndContinue(ui, { page: "Suppliers", sheet: "Vendors", register: "Suppliers" });
      const equipment = { page: "Equipment", sheet: "Machines", register: "Equipment" };
      const mapping = await startConversion(ui, equipment);
      // "Serviced by" is not among Service vendor's recognised headers, so the person maps it by hand.
      const byColumn = `Column ${String.fromCharCode(65 + at(machines.rows, "Serviced by"))}: Serviced by`;
      await mapping.getByRole("combobox", { name: byColumn }).click();
      await ui.page.getByRole("option", { name: "Service vendor", exact: true }).click();
      await ui.page.getByRole("listbox").waitFor({ state: "hidden" });
      expect((await mapping.getByRole("combobox", { name: byColumn }).textContent())?.trim()).toBe(
        "Service vendor",
      );
      await confirmConversion(ui, equipment);
      await ui.button("Continue to Equipment").click();
      // The page then offers the Service log's setup; keep the sample's history by converting it.
      await ui.choose("Sheet to convert", "Service history");
      await ui.button("Convert this sheet").click();
      await ui.pane.getByRole("list", { name: "Column mapping" }).waitFor();
      await confirmConversion(ui, { page: "Equipment", sheet: "Service history", register: "Service log" });
      await ui.button("Continue to Service log").click();

      // What is due: every machine listed, overdue first, then due soon.
      const list = ui.pane.getByRole("list", { name: "Machines, overdue first" });
      await list.waitFor();
      const items = list.locator(":scope > li");
      await eventually(
        () => items.count(),
        (n) => expect(n).toBe(machines.rows.length - 1),
      );
      const ranks = (await items.allTextContents()).map(RANK);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(await ui.pane.getByText(/^\d+ machines: \d+ overdue, \d+ due soon/).textContent()).toContain(
        `${machines.rows.length - 1} machines`,
      );
      const ticketsBefore = (await ui.tableRecords("ServiceLog")) ?? [];

      // Report a fault on the copier.
      const actions = ui.pane.getByRole("group", { name: `Actions for ${tag}` });
      await actions.getByRole("button", { name: "Report a fault" }).click();
      const fault = ui.pane.getByRole("form", { name: `Report a fault on ${tag}` });
      const problem = "Paper jams in the duplex unit";
      await fault.getByLabel("What is wrong").fill(problem);
      await fault.getByLabel("Reported by").fill("Jo");
      await fault
        .getByRole("radiogroup", { name: "Machine status" })
        .getByRole("radio", { name: "Out of service" })
        .check();
      await fault.getByRole("button", { name: "Report the fault" }).click();
      const opened = ui.pane.getByText(new RegExp(`^Ticket (\\S+) opened for ${tag}, now Out of service\\.`));
      await opened.waitFor();
      const ticketId = /^Ticket (\S+) /.exec((await opened.textContent()) ?? "")?.[1];
      expect(ticketId).toBeDefined();

      const afterFault = await eventually(
        () => ui.tableRecords("ServiceLog"),
        (records) => expect(records?.length).toBe(ticketsBefore.length + 1),
      );
      const ticket = afterFault?.find((r) => r["Ticket ID"] === ticketId);
      expect({
        tag: ticket?.["Asset tag"],
        kind: ticket?.Kind,
        problem: ticket?.Problem,
        status: ticket?.Status,
      }).toEqual({ tag, kind: "Repair", problem, status: "Open" });
      const machineAfterFault = (await ui.tableRecords("Equipment"))?.find((r) => r["Asset tag"] === tag);
      expect(machineAfterFault?.Status).toBe("Out of service");

      // Draft the service request to the copier's vendor, with the fault and the ticket.
      await actions.getByRole("button", { name: "Request service" }).click();
      const draftGroup = ui.pane.getByRole("group", { name: `Draft for ${serviceVendor}` });
      const file = await ui.download(() => draftGroup.getByRole("button", { name: "Download .eml" }).click());
      expect(file.name).toMatch(/\.eml$/);
      const mail = await simpleParser(file.text);
      expect((mail.to as AddressObject).value.map((a) => a.address)).toEqual([vendorEmail]);
      expect(mail.subject).toContain(tag);
      expect(mail.text).toContain(problem);
      expect(mail.text).toContain(String(copier[at(machines.rows, "Serial #")]));

      // Log the repair against the open ticket.
      await actions.getByRole("button", { name: "Log service" }).click();
      const service = ui.pane.getByRole("form", { name: `Log service on ${tag}` });
      expect(await service.getByLabel("Ticket").inputValue()).toBe(ticketId);
      const serviceDate = await service.getByLabel("Service date").inputValue();
      expect(serviceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await service.getByLabel("Action taken").fill("Duplex rollers replaced");
      await service.getByLabel("Cost").fill("120");
      await service.getByRole("button", { name: "Save service" }).click();
      await ui.pane.getByText(`Ticket ${ticketId} closed; ${tag} is Operational.`).waitFor();

      const machine = await eventually(
        async () => (await ui.tableRecords("Equipment"))?.find((r) => r["Asset tag"] === tag),
        (row) => expect(row?.Status).toBe("Operational"),
      );
      expect(typeof machine?.["Last service"]).toBe("number");
      const closed = (await ui.tableRecords("ServiceLog"))?.find((r) => r["Ticket ID"] === ticketId);
      expect({
        status: closed?.Status,
        action: closed?.["Action taken"],
        cost: closed?.Cost,
        closedOn: closed?.["Closed on"],
      }).toEqual({
        status: "Done",
        action: "Duplex rollers replaced",
        cost: 120,
        closedOn: machine?.["Last service"],
      });
      // The copier reads Operational on the page too.
      await eventually(
        async () => (await list.locator(":scope > li", { hasText: `${tag} ·` }).textContent()) ?? "",
        (text) => expect(text).toContain("Operational"),
      );
    },
  );
});
