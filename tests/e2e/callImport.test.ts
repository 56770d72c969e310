// Calls import journey: an Asterisk Master.csv (no header line, ring groups) imported into the Call log
// converted from the sample, then the same file chosen again: the second time nothing is new and the
// log is unchanged. The journey fails on any console error or React warning (the harness).
import { join } from "node:path";
import { SAMPLE_SHEETS } from "../../src/preview/sample";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";
import { convertAndContinue } from "./support/registers";

const MASTER = join(__dirname, "..", "fixtures", "calls", "Master.csv");
const calls = SAMPLE_SHEETS.find((s) => s.name === "Calls");
if (!calls) throw new Error("The sample has no Calls sheet");
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
});
