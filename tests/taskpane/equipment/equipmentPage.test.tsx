import "../support/jsdomGaps";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axeViolations as violations } from "../support/axe";
import { todaySerial } from "../../../src/core/cells/excelDates";
import { equipment, serviceLog, suppliers } from "../../../src/core/registers/definitions";
import EquipmentPage from "../../../src/taskpane/pages/equipment/EquipmentPage";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { createSampleWorkbook } from "../../../src/preview/sample";
import { seedRegister } from "../../excel/support";

jest.setTimeout(90_000);

const TODAY = todaySerial(new Date());
const col = (key: string) => String.fromCharCode(65 + equipment.columns.findIndex((c) => c.key === key));

function seeded(): SimWorkbook {
  const wb = new SimWorkbook();
  seedRegister(wb, suppliers, [
    { supplier: "Contoso Imaging", contact: "Ravi Mehta", email: "service@contoso-imaging.example" },
  ]);
  seedRegister(wb, equipment, [
    {
      assetTag: "PR-01",
      type: "Printer",
      make: "HP",
      model: "LaserJet Pro M404dn",
      status: "Operational",
      serviceEveryDays: 180,
      lastService: TODAY - 10,
      meterNow: 88412,
      meterAtLastService: 80120,
      serviceVendor: "Contoso Imaging",
    },
    {
      assetTag: "CP-01",
      type: "Copier",
      make: "Canon",
      model: "imageRUNNER C3226i",
      serialNo: "QXR04412",
      location: "Copy room",
      status: "Operational",
      serviceVendor: "Contoso Imaging",
      serviceEveryDays: 90,
      lastService: TODAY - 100,
      meterNow: 418220,
      meterAtLastService: 392410,
      warrantyUntil: TODAY + 5,
    },
  ]);
  seedRegister(wb, serviceLog, []);
  installExcel(wb);
  return wb;
}

const machine = async (tag: string) => {
  const list = await screen.findByRole("list", { name: "Machines, overdue first" });
  const items = within(list).getAllByRole("listitem");
  return {
    items,
    item: items.find((li) => within(li).queryByRole("heading", { name: new RegExp(`^${tag}`) }))!,
  };
};

describe("Equipment page", () => {
  it("overdue first with warranty flag; report a fault, request service, log the repair, see history", async () => {
    const user = userEvent.setup();
    const wb = seeded();
    render(<EquipmentPage focusHeading={false} />);

    const { items, item } = await machine("CP-01");
    expect(items[0]).toBe(item); // overdue by 10 days: listed first
    expect(within(item).getByText(/Overdue by 10 days/)).toBeInTheDocument();
    expect(within(item).getByText("Warranty ending")).toBeInTheDocument();
    expect(within(items[1]).getByText(/Due in 170 days/)).toBeInTheDocument();

    await user.click(within(item).getByRole("button", { name: "Report a fault" }));
    await user.type(within(item).getByRole("textbox", { name: /What is wrong/ }), "Paper jams in tray 2");
    await user.type(within(item).getByRole("textbox", { name: "Reported by" }), "Sam Porter");
    await user.click(within(item).getByRole("radio", { name: "Out of service" }));
    await user.click(within(item).getByRole("button", { name: "Report the fault" }));
    await screen.findByText("Ticket SR-0001 opened for CP-01, now Out of service.");
    expect(wb.getValues(equipment.sheetName, `${col("status")}3`)[0][0]).toBe("Out of service");

    let copier = (await machine("CP-01")).item;
    const open = await within(copier).findByRole("list", { name: "Open tickets of CP-01" });
    expect(within(open).getByText("SR-0001 (Open): Paper jams in tray 2")).toBeInTheDocument();
    expect(await violations()).toEqual([]);
    await user.click(within(open).getByRole("button", { name: "Mark SR-0001 waiting on vendor" }));
    await screen.findByText("Ticket SR-0001 is waiting on the vendor.");
    copier = (await machine("CP-01")).item;
    await within(copier).findByText("SR-0001 (Waiting on vendor): Paper jams in tray 2");
    await user.click(within(copier).getByRole("button", { name: "Request service" }));
    expect(within(copier).getByRole("textbox", { name: "Fault to describe" })).toHaveValue(
      "Paper jams in tray 2",
    );
    const subject = (within(copier).getByRole("textbox", { name: "Subject" }) as HTMLInputElement).value;
    expect(subject).toMatch(/CP-01/);
    expect(within(copier).getByRole("group", { name: "Draft for Contoso Imaging" })).toBeInTheDocument();
    expect(within(copier).getByRole("button", { name: "Open in mail app" })).toBeEnabled();
    expect(await violations()).toEqual([]);

    await user.click(within(copier).getByRole("button", { name: "Log service" }));
    expect(within(copier).getByRole("combobox", { name: "Ticket" })).toHaveValue("SR-0001");
    await user.type(within(copier).getByRole("textbox", { name: /Meter reading at the service/ }), "418,300");
    await user.type(within(copier).getByRole("textbox", { name: "Action taken" }), "Fuser replaced");
    await user.type(within(copier).getByRole("textbox", { name: "Cost" }), "210");
    await user.type(within(copier).getByRole("textbox", { name: "Downtime (hours)" }), "26");
    await user.click(within(copier).getByRole("button", { name: "Save service" }));
    await screen.findByText("Ticket SR-0001 closed; CP-01 is Operational.");
    expect(wb.getValues(equipment.sheetName, `${col("status")}3`)[0][0]).toBe("Operational");
    expect(wb.getValues(equipment.sheetName, `${col("meterAtLastService")}3`)[0][0]).toBe(418300);

    copier = (await machine("CP-01")).item;
    await waitFor(() => expect(within(copier).queryByText(/Overdue/)).not.toBeInTheDocument());
    await user.click(within(copier).getByRole("button", { name: "History" }));
    expect(
      within(copier).getByText("1 ticket, total cost 210.00, downtime 26 hours, 0 open."),
    ).toBeInTheDocument();
    expect(await violations()).toEqual([]);
    const history = within(copier).getByRole("table", { name: "Service history of CP-01" });
    expect(within(history).getByText("Paper jams in tray 2 → Fuser replaced")).toBeInTheDocument();
  });

  it("refuses a meter reading lower than the last one and writes nothing", async () => {
    const user = userEvent.setup();
    const wb = seeded();
    render(<EquipmentPage focusHeading={false} />);
    const { item } = await machine("PR-01");
    await user.click(within(item).getByRole("button", { name: "Update meter" }));
    expect(within(item).getByText("Last reading: 88,412")).toBeInTheDocument();
    await user.type(within(item).getByRole("textbox", { name: /Meter reading/ }), "80000");
    await user.click(within(item).getByRole("button", { name: "Save reading" }));
    expect(await within(item).findByText(/lower than the last one for PR-01 \(88,412\)/)).toBeInTheDocument();
    expect(wb.getValues(equipment.sheetName, `${col("meterNow")}2`)[0][0]).toBe(88412);

    await user.clear(within(item).getByRole("textbox", { name: /Meter reading/ }));
    await user.type(within(item).getByRole("textbox", { name: /Meter reading/ }), "90000");
    await user.click(within(item).getByRole("button", { name: "Save reading" }));
    await screen.findByText("Meter of PR-01 is now 90,000.");
    expect(wb.getValues(equipment.sheetName, `${col("meterNow")}2`)[0][0]).toBe(90000);
  });

  it("refuses a service date in the future and leaves the machine as it was", async () => {
    const user = userEvent.setup();
    const wb = seeded();
    render(<EquipmentPage focusHeading={false} />);
    const { item } = await machine("PR-01");
    await user.click(within(item).getByRole("button", { name: "Log service" }));
    expect(within(item).getByRole("combobox", { name: "Ticket" })).toHaveValue("");
    const date = within(item).getByLabelText(/Service date/);
    await user.clear(date);
    await user.type(date, "2999-01-01");
    await user.click(within(item).getByRole("button", { name: "Save service" }));
    expect(await within(item).findByText(/in the future/)).toBeInTheDocument();
    expect(wb.getValues(equipment.sheetName, `${col("lastService")}2`)[0][0]).toBe(TODAY - 10);
    expect(wb.getValues(serviceLog.sheetName, "A2")[0][0]).toBe("");
  });

  it("converts the sample Machines sheet and lists the machines with a missing interval to fix", async () => {
    const user = userEvent.setup();
    installExcel(createSampleWorkbook());
    render(<EquipmentPage focusHeading={false} />);
    const picker = (await screen.findAllByRole("combobox", { name: "Sheet to convert" }))[0];
    await waitFor(() => expect(picker).not.toBeDisabled());
    await user.click(picker);
    await user.click(await screen.findByRole("option", { name: "Machines" }));
    await user.click(screen.getByRole("button", { name: "Convert this sheet" }));
    await screen.findByRole("list", { name: "Column mapping" });
    await user.click(screen.getByRole("button", { name: "Convert to Equipment register" }));
    await user.click(await screen.findByRole("button", { name: "Continue to Equipment" }));
    const { items } = await machine("CP-01");
    expect(items).toHaveLength(8);
    // Every machine has an interval in the sample; the Service log is still to be set up.
    expect(screen.getByRole("heading", { name: "Service log" })).toBeInTheDocument();
  });

  it("keeps the Service log setup and its message on screen after the page re-reads, until Continue", async () => {
    const user = userEvent.setup();
    installExcel(createSampleWorkbook());
    render(<EquipmentPage focusHeading={false} />);
    const convert = async (sheet: string, register: string) => {
      const picker = (await screen.findAllByRole("combobox", { name: "Sheet to convert" }))[0];
      await waitFor(() => expect(picker).not.toBeDisabled());
      await user.click(picker);
      await user.click(await screen.findByRole("option", { name: sheet }));
      await user.click(screen.getByRole("button", { name: "Convert this sheet" }));
      await screen.findByRole("list", { name: "Column mapping" });
      await user.click(screen.getByRole("button", { name: `Convert to ${register} register` }));
    };
    await convert("Machines", "Equipment");
    await user.click(await screen.findByRole("button", { name: "Continue to Equipment" }));
    await screen.findByText(/^There is no Service log yet/);
    await convert("Service history", "Service log");
    const message = `"Service history" is now the Service log register`;
    await screen.findByText(new RegExp(`^${message}`));
    // The conversion saves its reading as a setting, which re-reads the page: the page now knows the
    // log exists (its "no Service log yet" line goes), and the result stays for the person to read.
    await waitFor(() => expect(screen.queryByText(/^There is no Service log yet/)).toBeNull());
    expect(screen.getByText(new RegExp(`^${message}`))).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue to Service log" }));
    await waitFor(() => expect(screen.queryByRole("heading", { name: "Service log" })).toBeNull());
    expect(screen.queryByText(new RegExp(`^${message}`))).toBeNull();
  });
});
