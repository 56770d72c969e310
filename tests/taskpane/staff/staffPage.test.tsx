import "../support/jsdomGaps";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { partsToSerial, todaySerial } from "../../../src/core/cells/excelDates";
import type { CellValue } from "../../../src/core/cells/types";
import { addMonthsToSerial } from "../../../src/core/staff/dates";
import {
  candidates,
  checklists,
  courses,
  discipline,
  equipment,
  staff,
  training,
} from "../../../src/core/registers/definitions";
import { readRegister } from "../../../src/excel/readRegister";
import CandidatesPage from "../../../src/taskpane/pages/candidates/CandidatesPage";
import StaffPage from "../../../src/taskpane/pages/staff/StaffPage";
import { createExcel } from "../../../src/preview/simulator";
import { seedRegister, setup } from "../../excel/support";
import { axeViolations } from "../support/axe";

jest.setTimeout(120_000);

const d = (year: number, month: number, day: number) => partsToSerial({ year, month, day })!;
const today = todaySerial(new Date());
const iso = (serial: number) => {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return date.toISOString().slice(0, 10);
};

const BEN: Record<string, CellValue> = {
  staffId: "STF-0001",
  name: "Ben Cole",
  role: "Warehouse",
  email: "ben@example.com",
  startDate: d(2023, 5, 2),
  status: "Active",
};

function office(cases: Record<string, CellValue>[] = [], people = [BEN]) {
  const { wb } = setup();
  seedRegister(wb, candidates, [
    {
      candidateId: "CAN-0001",
      name: "Maya Chen",
      email: "maya@example.com",
      position: "Receptionist",
      stage: "Hired",
    },
  ]);
  seedRegister(wb, staff, people);
  seedRegister(wb, courses, [
    { course: "First aid", renewMonths: 36, requiredFor: "Receptionist" },
    { course: "Forklift", renewMonths: 12, requiredFor: "Warehouse" },
  ]);
  seedRegister(wb, training, []);
  seedRegister(wb, equipment, [
    { assetTag: "LT-07", type: "Computer", make: "Lenovo", model: "ThinkPad T14", assignedTo: "STF-0001" },
  ]);
  seedRegister(wb, discipline, cases);
  return wb;
}

test("hire → Add to Staff → record training → see it due → written warning → Leaving lists the laptop", async () => {
  const user = userEvent.setup();
  office();
  const candidatesView = render(<CandidatesPage focusHeading={false} />);
  await user.click(await screen.findByRole("button", { name: "Maya Chen" }));
  await user.click(screen.getByRole("button", { name: "Add to Staff" }));
  expect(
    await screen.findByText(
      "Maya Chen is on the Staff register as STF-0002. The Staff page shows the onboarding checklist.",
    ),
  ).toBeInTheDocument();
  candidatesView.unmount();

  render(<StaffPage focusHeading={false} />);
  expect(await screen.findByText(/Hidden or protected sheets are not private/)).toBeInTheDocument();
  // Maya is new: her onboarding checklist books the course her role requires.
  await user.selectOptions(screen.getByRole("combobox", { name: "Show person" }), "STF-0002");
  const onboarding = await screen.findByRole("region", { name: "Onboarding checklist" });
  expect(within(onboarding).getByText("Required training booked: First aid")).toBeInTheDocument();
  // Both never did their required course.
  const due = screen.getByRole("list", { name: "Training due" });
  expect(within(due).getByText("Maya Chen: First aid, never done")).toBeInTheDocument();

  // Ben's forklift certificate from almost a year ago: due within 30 days once recorded.
  const form = screen.getByRole("form", { name: "Record training" });
  await user.selectOptions(within(form).getByRole("combobox", { name: "Person" }), "STF-0001");
  await user.selectOptions(within(form).getByRole("combobox", { name: "Course" }), "Forklift");
  const completed = today - 350;
  await user.type(within(form).getByLabelText(/Completed on/), iso(completed));
  await user.click(within(form).getByRole("button", { name: "Record training" }));
  expect(await within(form).findByText(/Recorded as TRN-0001; it expires on/)).toBeInTheDocument();
  await waitFor(() =>
    expect(
      within(screen.getByRole("list", { name: "Training due" })).getByText(/^Ben Cole: Forklift, due /),
    ).toBeInTheDocument(),
  );

  // A written warning for Ben, with its lapse date (12 months by default).
  await user.click(screen.getByRole("button", { name: "Show discipline cases" }));
  const open = await screen.findByRole("form", { name: "Open a case" });
  await user.selectOptions(within(open).getByRole("combobox", { name: /Person/ }), "STF-0001");
  await user.selectOptions(within(open).getByRole("combobox", { name: /Kind/ }), "Written warning");
  await user.type(within(open).getByRole("textbox", { name: /Reason/ }), "Forklift left running unattended");
  await user.click(within(open).getByRole("button", { name: "Open case" }));
  expect(await screen.findByText(/^DSC-0001 opened\. Warning expires on /)).toBeInTheDocument();
  const cases = await screen.findByRole("list", { name: "Discipline cases" });
  expect(
    within(cases).getByRole("heading", { name: "DSC-0001: Written warning, Ben Cole (STF-0001)" }),
  ).toBeInTheDocument();
  expect((await readRegister(discipline)).rows[0].values).toMatchObject({
    staffId: "STF-0001",
    kind: "Written warning",
  });

  // Ben hands in his notice: the offboarding checklist lists his laptop.
  await user.selectOptions(screen.getByRole("combobox", { name: "Show person" }), "STF-0001");
  const leave = await screen.findByRole("form", { name: "Mark Ben Cole as leaving" });
  await user.type(within(leave).getByLabelText(/Notice given on/), iso(today));
  await user.click(within(leave).getByRole("button", { name: "Mark leaving" }));
  const offboarding = await screen.findByRole("region", { name: "Offboarding checklist" });
  expect(within(offboarding).getByText("Collect Computer Lenovo ThinkPad T14 (LT-07)")).toBeInTheDocument();
  const ben = (await readRegister(staff)).rows.find((r) => r.key === "STF-0001")!;
  expect(ben.values).toMatchObject({ status: "Leaving", leavingDate: today + 28 });
});

test("a future completion date is refused with the reason and nothing is written", async () => {
  const user = userEvent.setup();
  office();
  render(<StaffPage focusHeading={false} />);
  const form = await screen.findByRole("form", { name: "Record training" });
  await user.selectOptions(within(form).getByRole("combobox", { name: "Person" }), "STF-0001");
  await user.selectOptions(within(form).getByRole("combobox", { name: "Course" }), "Forklift");
  await user.type(within(form).getByLabelText(/Completed on/), iso(today + 3));
  await user.click(within(form).getByRole("button", { name: "Record training" }));
  expect(
    await within(form).findByText(/is in the future\. Enter the date it was completed\./),
  ).toBeInTheDocument();
  expect((await readRegister(training)).rows).toEqual([]);
});

test("recording a case's outcome: the dates filled in from the rules, a bad appeal date refused, then the letter offered and the step done", async () => {
  const user = userEvent.setup();
  office([
    {
      caseId: "DSC-0001",
      staffId: "STF-0001",
      openedOn: today - 10,
      kind: "Verbal warning",
      step: "Meeting held",
      reason: "Forklift left running",
      companion: "Jo Reid",
    },
  ]);
  render(<StaffPage focusHeading={false} />);
  await user.click(await screen.findByRole("button", { name: "Show discipline cases" }));
  const card = await screen.findByRole("listitem", { name: "Case DSC-0001" });
  expect(within(card).getByText("Record the outcome to draft the outcome letter.")).toBeInTheDocument();
  await user.click(within(card).getByRole("button", { name: "Record the outcome" }));
  const form = within(card).getByRole("form", { name: "Record the outcome of DSC-0001" });
  // The letter dated today: appeal within 7 days, the warning live for 12 months (the default rules).
  expect(within(form).getByLabelText(/Outcome letter dated/)).toHaveValue(iso(today));
  expect(within(form).getByLabelText(/Appeal by/)).toHaveValue(iso(today + 7));
  expect(within(form).getByLabelText(/Warning expires on/)).toHaveValue(iso(addMonthsToSerial(today, 12)!));
  expect(await axeViolations()).toEqual([]);

  await user.type(within(form).getByRole("textbox", { name: /^Outcome/ }), "Verbal warning given");
  const appeal = within(form).getByLabelText(/Appeal by/);
  await user.clear(appeal);
  await user.type(appeal, iso(today - 1));
  await user.click(within(form).getByRole("button", { name: "Record outcome" }));
  expect(await within(form).findByText(/^Appeal by .* is before the outcome letter/)).toBeInTheDocument();
  expect((await readRegister(discipline)).rows[0].values.outcome).toBeNull();

  await user.clear(appeal);
  await user.type(appeal, iso(today + 14));
  await user.click(within(form).getByRole("button", { name: "Record outcome" }));
  expect(await within(card).findByText(/^DSC-0001: outcome recorded \(step: Decided\)/)).toBeInTheDocument();
  const steps = within(card).getByRole("list", { name: "Steps of DSC-0001" });
  expect(within(steps).getByText("Decided: done")).toBeInTheDocument();
  expect(within(steps).getByText("Confirmed in writing: next")).toBeInTheDocument();
  expect(within(card).getByRole("group", { name: "Draft for DSC-0001 outcome" })).toBeInTheDocument();
  expect((await readRegister(discipline)).rows[0].values).toMatchObject({
    outcome: "Verbal warning given",
    outcomeOn: today,
    appealBy: today + 14,
    companion: "Jo Reid",
    step: "Decided",
  });
});

test("a leaver's reference letter is drafted from their row, names as typed kept as text", async () => {
  const user = userEvent.setup();
  office([], [{ ...BEN, name: "Ben <b>Cole</b> &amp; Co", status: "Leaving", leavingDate: d(2026, 11, 30) }]);
  render(<StaffPage focusHeading={false} />);
  await user.selectOptions(await screen.findByRole("combobox", { name: "Show person" }), "STF-0001");
  const reference = await screen.findByRole("region", { name: "Reference letter" });
  await user.click(within(reference).getByRole("button", { name: "Draft the reference letter" }));
  const text = within(reference).getByRole("textbox", { name: /Reference letter text/ });
  expect((text as HTMLTextAreaElement).value).toContain(
    "Ben <b>Cole</b> &amp; Co worked at our company as Warehouse from Tue 2 May 2023 to Mon 30 Nov 2026.",
  );
  await user.type(within(reference).getByRole("textbox", { name: /Send to/ }), "hr@newjob.example");
  expect(
    within(reference).getByRole("group", { name: "Draft for the reference for Ben <b>Cole</b> &amp; Co" }),
  ).toBeInTheDocument();
  expect(await axeViolations()).toEqual([]);
});

test("checklist ticks are saved in the Checklists register, and a co-author's tick shows after the re-read", async () => {
  const user = userEvent.setup();
  const wb = office([], [{ ...BEN, status: "Leaving", leavingDate: today + 20 }]);
  seedRegister(wb, checklists, []);
  render(<StaffPage focusHeading={false} />);
  await user.selectOptions(await screen.findByRole("combobox", { name: "Show person" }), "STF-0001");
  const list = await screen.findByRole("region", { name: "Offboarding checklist" });
  await user.type(screen.getByRole("textbox", { name: "Your name (saved as Done by)" }), "Ana");
  await user.click(
    within(list).getByRole("checkbox", { name: "Collect Computer Lenovo ThinkPad T14 (LT-07)" }),
  );
  expect(
    await within(list).findByRole("checkbox", {
      name: `Collect Computer Lenovo ThinkPad T14 (LT-07) (done ${iso(today)} by Ana)`,
    }),
  ).toBeChecked();
  expect((await readRegister(checklists)).rows.map((r) => r.values)).toEqual([
    expect.objectContaining({
      staffId: "STF-0001",
      checklist: "Offboarding",
      itemId: "equipment:LT-07",
      doneOn: today,
      doneBy: "Ana",
    }),
  ]);
  expect(await axeViolations()).toEqual([]);

  // A colleague ticks "Exit conversation" in the workbook itself: the page shows it without a click.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const coAuthor = createExcel(wb, { clientName: "colleague" });
  // The page's re-read follows the co-author's change event, a moment after their sync.
  await act(async () => {
    await coAuthor.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Checklists");
      sheet.getRange("A3:G3").values = [
        ["CHK-0002", "STF-0001", "Offboarding", "exit", "Exit conversation", today, "Lee"],
      ];
      sheet.tables.getItem("Checklists").resize("A1:G3");
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  expect(
    await within(list).findByRole(
      "checkbox",
      { name: `Exit conversation (done ${iso(today)} by Lee)` },
      { timeout: 10_000 },
    ),
  ).toBeChecked();
});

test("while a sheet is converted into Courses, Record training waits: its section and setup show only after Continue", async () => {
  const user = userEvent.setup();
  const { wb } = setup();
  // A new receptionist: her onboarding checklist lists a booking for each course her role requires.
  seedRegister(wb, staff, [{ ...BEN, role: "Receptionist", startDate: today - 10 }]);
  seedRegister(wb, checklists, []);
  wb.addSheet("Training courses");
  wb.setValues("Training courses", "A1", [
    ["Course", "Renew every (months)", "Required for", "Provider"],
    ["First aid at work", 36, "Receptionist", "St John Ambulance"],
  ]);
  render(<StaffPage focusHeading={false} />);
  await user.selectOptions(await screen.findByRole("combobox", { name: "Show person" }), "STF-0001");
  const onboarding = await screen.findByRole("region", { name: "Onboarding checklist" });
  expect(within(onboarding).queryByText(/^Required training booked/)).toBeNull();

  const due = screen.getByRole("region", { name: "Training due" });
  const picker = within(due).getByRole("combobox", { name: "Sheet to convert" });
  await waitFor(() => expect(picker).not.toBeDisabled());
  await user.click(picker);
  await user.click(await screen.findByRole("option", { name: "Training courses" }));
  await user.click(within(due).getByRole("button", { name: "Convert this sheet" }));
  await within(due).findByRole("list", { name: "Column mapping" });
  await user.click(within(due).getByRole("button", { name: "Convert to Courses register" }));
  const message = /^"Training courses" is now the Courses register/;
  expect(await within(due).findByText(message)).toBeInTheDocument();
  // The page has re-read and found Courses (the booking appears in the checklist), yet the conversion's
  // result stays, and nothing of Record training is shown underneath it.
  expect(
    await within(onboarding).findByText("Required training booked: First aid at work"),
  ).toBeInTheDocument();
  expect(within(due).getByText(message)).toBeInTheDocument();
  expect(screen.queryByRole("heading", { name: "Record training" })).toBeNull();
  expect(screen.queryByRole("heading", { name: "Set up the Training register" })).toBeNull();

  await user.click(within(due).getByRole("button", { name: "Continue to Courses" }));
  expect(await screen.findByRole("heading", { name: "Record training" })).toBeInTheDocument();
  expect(screen.getByRole("heading", { name: "Set up the Training register" })).toBeInTheDocument();
  expect(within(due).queryByText(message)).toBeNull();
});

test("the name saved as Done by is typed once: it stays when another person's checklist is shown", async () => {
  const user = userEvent.setup();
  const wb = office(
    [],
    [
      { ...BEN, status: "Leaving", leavingDate: today + 20 },
      { ...BEN, staffId: "STF-0002", name: "Cara Diaz", status: "Leaving", leavingDate: today + 30 },
    ],
  );
  seedRegister(wb, checklists, []);
  render(<StaffPage focusHeading={false} />);
  const show = await screen.findByRole("combobox", { name: "Show person" });
  await user.selectOptions(show, "STF-0001");
  await user.type(await screen.findByRole("textbox", { name: "Your name (saved as Done by)" }), "Ana");
  await user.selectOptions(show, "STF-0002");
  expect(screen.getByRole("textbox", { name: "Your name (saved as Done by)" })).toHaveValue("Ana");
  const list = await screen.findByRole("region", { name: "Offboarding checklist" });
  await user.click(within(list).getByRole("checkbox", { name: "Exit conversation" }));
  expect(
    await within(list).findByRole("checkbox", { name: `Exit conversation (done ${iso(today)} by Ana)` }),
  ).toBeChecked();
  expect((await readRegister(checklists)).rows.map((r) => r.values)).toEqual([
    expect.objectContaining({ staffId: "STF-0002", itemId: "exit", doneBy: "Ana" }),
  ]);
});

test("Training due: two people ticked for one course get one invitation draft; a missing session time is refused", async () => {
  const user = userEvent.setup();
  office([], [BEN, { ...BEN, staffId: "STF-0002", name: "Cara Diaz", email: "cara@example.com" }]);
  render(<StaffPage focusHeading={false} />);
  const due = await screen.findByRole("list", { name: "Training due" });
  await user.click(within(due).getByRole("checkbox", { name: "Ben Cole: Forklift, never done" }));
  await user.click(within(due).getByRole("checkbox", { name: "Cara Diaz: Forklift, never done" }));
  const form = screen.getByRole("form", { name: "Draft a training invitation" });
  await user.type(within(form).getByLabelText(/Session date/), iso(today + 14));
  await user.type(within(form).getByLabelText(/Your email/), "ana@example.com");
  await user.click(within(form).getByRole("button", { name: "Draft invitation" }));
  expect(within(form).getByText("Enter the session's date and time.")).toBeInTheDocument();
  expect(screen.queryByRole("region", { name: "Training invitation draft" })).toBeNull();

  await user.type(within(form).getByLabelText(/Session time/), "09:30");
  await user.click(within(form).getByRole("button", { name: "Draft invitation" }));
  const draft = await screen.findByRole("region", { name: "Training invitation draft" });
  expect(within(draft).getByRole("group", { name: "Draft for Forklift" })).toBeInTheDocument();
  expect(within(draft).getByRole("button", { name: "Download .ics" })).toBeInTheDocument();
  expect(within(form).queryByText("Enter the session's date and time.")).toBeNull();
});
