// Calls import journey: an Asterisk Master.csv (no header line, ring groups) imported into the Call log
// converted from the sample, then the same file chosen again: the second time nothing is new and the
// log is unchanged. A phone bill without a line of column names, at the narrowest pane: the columns
// chosen by hand, the calls added. Journeys fail on any console error or React warning (the harness).
import { join } from "node:path";
import { SAMPLE_SHEETS } from "../../src/preview/sample";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";
import { convertAndContinue } from "./support/registers";

const MASTER = join(__dirname, "..", "fixtures", "calls", "Master.csv");
const calls = SAMPLE_SHEETS.find((s) => s.name === "Calls");
if (!calls) throw new Error("The sample has no Calls sheet");
// A phone bill's call list: no line of column names, semicolons, day-first dates.
const BILL =
  "27/11/2026 09:14;Tom Baker;0161 496 0000;IN\r\n28/11/2026 16:40;Ana Lima;+55 11 5555 0101;OUT\r\n";
const sampleCalls = calls.rows.slice(1).filter((r) => r.some((v) => v !== null)).length;

describeE2E("call import", ({ journey }) => {
  journey(
    "imports a Master.csv, then the same file again adds 0 calls",
    "journey-calls-import",
    async (ui) => {
      await convertAndContinue(ui, { page: "Calls", sheet: "Calls", register: "Call log" });
      const file = ui.pane.getByLabel("Call export (CSV file)");

      await file.setInputFiles(MASTER);
      await ui.pane.getByText("7 new calls to add.").waitFor();
      await ui.pane
        .getByText("7 new, 0 already in the log, 3 legs merged, 1 line skipped (1 internal call).")
        .waitFor();
      await ui.button("Add 7 calls").click();
      await ui.pane.getByText(/^Added 7 calls from Master\.csv/).waitFor();
      const first = await eventually(
        () => ui.tableRecords("CallLog"),
        (records) => expect(records?.length).toBe(sampleCalls + 7),
      );
      // The ring group's four legs are one call, answered by the phone that picked up.
      const ring = first?.filter((r) => r["Phone system ID"] === "1763284325.17");
      expect(ring?.map((r) => [r.Caller, r.Message])).toEqual([
        ["Ravi Mehta", "Rang 201, 202, 203 and 204. Answered by 202."],
      ]);

      await file.setInputFiles(MASTER);
      await ui.pane.getByText("No new calls in this file.").waitFor();
      await ui.pane
        .getByText("0 new, 7 already in the log, 3 legs merged, 1 line skipped (1 internal call).")
        .waitFor();
      expect(await ui.button("Add 0 calls").isDisabled()).toBe(true);
      expect(await ui.tableRecords("CallLog")).toEqual(first);
      await ui.expectAccessible("Calls after importing the same file twice");
    },
  );

  journey(
    "a headerless phone bill at 320 px: the columns chosen by hand, then added",
    "journey-calls-choose-columns",
    async (ui) => {
      await convertAndContinue(ui, { page: "Calls", sheet: "Calls", register: "Call log" });
      await ui.setPaneWidth(320);
      await ui.pane.getByLabel("Call export (CSV file)").setInputFiles({
        name: "bill.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(BILL),
      });
      await ui.pane.getByRole("heading", { name: "Choose the columns" }).waitFor();
      await ui.pane.getByRole("checkbox", { name: /The first line is a call/ }).check();
      await ui.choose(/^Column A/, "Received at (required)");
      await ui.choose(/^Column B/, "Caller (required)");
      await ui.choose(/^Column C/, "Number");
      await ui.choose(/^Column D/, "Direction");
      expect(await ui.horizontalOverflow()).toEqual([]);
      await ui.expectAccessible("Choosing the columns of a call file at 320 px");
      await ui.button("Read the file with these columns").click();
      await ui.pane.getByText("2 new calls to add.").waitFor();
      await ui.button("Add 2 calls").click();
      await ui.pane.getByText(/^Added 2 calls from bill\.csv/).waitFor();
      const records = await ui.tableRecords("CallLog");
      expect(records?.slice(-2).map((r) => [r.Caller, r.Number, r.Direction])).toEqual([
        ["Tom Baker", "0161 496 0000", "Inbound"],
        ["Ana Lima", "+55 11 5555 0101", "Outbound"],
      ]);
      expect(records?.length).toBe(sampleCalls + 2);
    },
  );
});
