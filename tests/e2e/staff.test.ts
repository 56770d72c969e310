// Staff journey in the preview: set up Staff (the sample's Team sheet), Courses (Training courses),
// Training and Equipment; hire → Add to Staff from Candidates → record a training → see it due → open a
// written warning and its recorded outcome → mark Leaving → the offboarding checklist lists the laptop
// assigned to that person, and ticking it is kept in the Checklists register.
import { equipment } from "../../src/core/registers/definitions";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";
import { convertAndContinue } from "./support/registers";
import type { PreviewUi } from "./support/previewUi";

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const now = new Date();
// First aid is renewed every 36 months: done three years ago less ten days, it is due in ten days.
const firstAidDone = new Date(now.getFullYear() - 3, now.getMonth(), now.getDate() + 10);
const letter = (key: string) => String.fromCharCode(65 + equipment.columns.findIndex((c) => c.key === key));

/** The sample's Team sheet lists STF-0001…0005, so the hire becomes STF-0006. */
const HIRE = { name: "Oliver Grant", staffId: "STF-0006" };

async function convertHere(ui: PreviewUi, sheet: string, register: string) {
  await ui.choose("Sheet to convert", sheet);
  await ui.button("Convert this sheet").click();
  await ui.pane.getByRole("list", { name: "Column mapping" }).waitFor();
  await ui.button(`Convert to ${register} register`).click();
  await ui.pane.getByText(`"${sheet}" is now the ${register} register`).waitFor();
  await ui.button(`Continue to ${register}`).click();
}

describeE2E("staff", ({ journey }) => {
  journey(
    "hires a candidate onto Staff, records training, opens a warning and lists the laptop to collect",
    "journey-staff-leaving",
    async (ui) => {
      // Equipment: an empty register with the laptop issued to the person about to be hired.
      await ui.goToPage("Equipment");
      await ui.button("Create empty register").click();
      await eventually(
        () => ui.tableNames(),
        (names) => expect(names).toContain("Equipment"),
      );
      await ui.selectSheet("Equipment");
      await ui.typeInCell("A2", "LT-07");
      await ui.typeInCell("B2", "Computer");
      await ui.typeInCell("C2", "Lenovo");
      await ui.typeInCell("D2", "ThinkPad T14");
      await ui.typeInCell(`${letter("assignedTo")}2`, HIRE.staffId);

      // Staff, Courses and Training.
      await convertAndContinue(ui, { page: "Staff", sheet: "Team", register: "Staff" });
      await ui.pane.getByText(/Hidden or protected sheets are not private/).waitFor();
      await convertHere(ui, "Training courses", "Courses");
      await ui.button("Create empty register").click();
      const record = ui.pane.getByRole("form", { name: "Record training" });
      await record.waitFor();

      // Hire: Oliver Grant is Hired in the sample's Applicants; Add to Staff fills his Staff row.
      await convertAndContinue(ui, { page: "Candidates", sheet: "Applicants", register: "Candidates" });
      await ui.pane.getByRole("button", { name: HIRE.name, exact: true }).click();
      await ui.button("Add to Staff").click();
      await ui.pane
        .getByText(
          `${HIRE.name} is on the Staff register as ${HIRE.staffId}. The Staff page shows the onboarding checklist.`,
        )
        .waitFor();
      const staffRow = await eventually(
        async () => (await ui.tableRecords("Staff"))?.find((r) => r["Staff ID"] === HIRE.staffId),
        (row) => expect(row).toMatchObject({ Name: HIRE.name, Role: "Receptionist", Status: "Active" }),
      );
      expect(staffRow?.Email).toBe("oliver.grant@example.com");

      // Record his first-aid certificate; it shows as due.
      await ui.goToPage("Staff");
      await record.getByLabel("Person").selectOption(HIRE.staffId);
      await record.getByLabel("Course").selectOption("First aid at work");
      await record.getByLabel("Completed on").fill(isoDay(firstAidDone));
      await record.getByRole("button", { name: "Record training" }).click();
      await record.getByText(/^Recorded as TRN-0001; it expires on /).waitFor();
      await ui.pane
        .getByRole("list", { name: "Training due" })
        .getByText(new RegExp(`^${HIRE.name}: First aid at work, due `))
        .waitFor();

      // A written warning.
      await ui.button("Show discipline cases").click();
      await ui.button("Create empty register").click();
      const open = ui.pane.getByRole("form", { name: "Open a case" });
      await open.waitFor();
      await open.getByLabel("Person (Staff ID)").selectOption(HIRE.staffId);
      await open.getByLabel("Kind").selectOption("Written warning");
      await open.getByLabel("Reason").fill("Left the front desk unattended twice");
      await open.getByRole("button", { name: "Open case" }).click();
      await ui.pane.getByText(/^DSC-0001 opened\. Warning expires on /).waitFor();

      // The decision: the outcome recorded with its appeal date filled in, the case at Decided.
      const card = ui.pane.getByRole("listitem", { name: "Case DSC-0001" });
      await card.getByRole("button", { name: "Record the outcome" }).click();
      const decision = card.getByRole("form", { name: "Record the outcome of DSC-0001" });
      await decision
        .getByRole("textbox", { name: "Outcome", exact: true })
        .fill("Written warning; desk cover agreed");
      await decision.getByRole("button", { name: "Record outcome" }).click();
      await card.getByText(/^DSC-0001: outcome recorded \(step: Decided\)/).waitFor();
      await card.getByRole("list", { name: "Steps of DSC-0001" }).getByText("Decided: done").waitFor();
      await card.getByRole("group", { name: "Draft for DSC-0001 outcome" }).waitFor();
      await eventually(
        async () => (await ui.tableRecords("Discipline"))?.find((r) => r["Case ID"] === "DSC-0001"),
        (row) =>
          expect(row).toMatchObject({ Outcome: "Written warning; desk cover agreed", Step: "Decided" }),
      );

      // He hands in his notice: the checklist lists his laptop.
      await ui.pane.getByLabel("Show person").selectOption(HIRE.staffId);
      const leave = ui.pane.getByRole("form", { name: `Mark ${HIRE.name} as leaving` });
      await leave.getByLabel("Notice given on").fill(isoDay(now));
      await leave.getByRole("button", { name: "Mark leaving" }).click();
      const checklist = ui.pane.getByRole("region", { name: "Offboarding checklist" });
      await checklist.getByText("Collect Computer Lenovo ThinkPad T14 (LT-07)").waitFor();
      await eventually(
        async () => (await ui.tableRecords("Staff"))?.find((r) => r["Staff ID"] === HIRE.staffId)?.Status,
        (status) => expect(status).toBe("Leaving"),
      );

      // The laptop ticked as collected: kept in the Checklists register, created from the checklist.
      await checklist.getByRole("button", { name: "Create empty register" }).click();
      await checklist
        .getByRole("checkbox", { name: "Collect Computer Lenovo ThinkPad T14 (LT-07)", exact: true })
        .click();
      await checklist
        .getByRole("checkbox", { name: /^Collect Computer Lenovo ThinkPad T14 \(LT-07\) \(done / })
        .waitFor();
      await eventually(
        async () => (await ui.tableRecords("Checklists"))?.filter((r) => r["Tick ID"]),
        (rows) =>
          expect(rows).toEqual([
            expect.objectContaining({
              "Staff ID": HIRE.staffId,
              Checklist: "Offboarding",
              "Item ID": "equipment:LT-07",
            }),
          ]),
      );
    },
  );
});
