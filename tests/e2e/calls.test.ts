// Calls journey: convert the sample's call sheet into the Call log, log a call with the quick form, and
// find it in the workbook, with text that looks like a formula kept as text.
import { SAMPLE_SHEETS } from "../../src/preview/sample";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";
import { convertAndContinue } from "./support/registers";

const calls = SAMPLE_SHEETS.find((s) => s.name === "Calls");
if (!calls) throw new Error("The sample has no Calls sheet");
const sampleCalls = calls.rows.slice(1).filter((r) => r.some((v) => v !== null)).length;

describeE2E("calls", ({ journey }) => {
  journey("logs a call with the quick form; typed text stays text", "journey-calls-log", async (ui) => {
    await convertAndContinue(ui, { page: "Calls", sheet: "Calls", register: "Call log" });
    const before = await ui.tableRecords("CallLog");
    expect(before?.length).toBe(sampleCalls);

    const call = {
      caller: "Quentin Abara",
      company: "Tailspin Toys",
      // A person's text that starts with "=" must reach the cell as text, never as a formula.
      subject: '=HYPERLINK("https://example.com","click")',
    };
    // Someone not in the sample, so the new row is the only one with this caller.
    expect(calls.rows.flat()).not.toContain(call.caller);
    await ui.pane.getByRole("combobox", { name: /^Caller/ }).fill(call.caller);
    await ui.pane.getByRole("combobox", { name: /^Company/ }).fill(call.company);
    await ui.fill("Subject", call.subject);
    await ui.button("Save call").click();

    const after = await eventually(
      () => ui.tableRecords("CallLog"),
      (records) => expect(records?.length).toBe(sampleCalls + 1),
    );
    const logged = after?.filter((r) => r.Caller === call.caller);
    expect(logged).toHaveLength(1);
    expect({ company: logged?.[0].Company, subject: logged?.[0].Subject }).toEqual({
      company: call.company,
      subject: call.subject,
    });
    await ui.expectAccessible("Calls after logging a call");
  });
});
