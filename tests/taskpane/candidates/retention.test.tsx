import "../support/jsdomGaps";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { candidates } from "../../../src/core/registers/definitions/candidates";
import { readRegister } from "../../../src/excel/readRegister";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import CandidatesPage from "../../../src/taskpane/pages/candidates/CandidatesPage";
import { seedRegister } from "../../excel/support";

jest.setTimeout(60_000);

describe("Candidates page: retention", () => {
  it("lists those past Retain until, removes only after the tick, keeps a row changed meanwhile", async () => {
    const user = userEvent.setup();
    const wb = new SimWorkbook();
    installExcel(wb);
    const row = (n: number, retainUntil: number | null) => ({
      candidateId: `CAN-000${n}`,
      name: `Person ${n}`,
      position: "Clerk",
      stage: "Rejected",
      retainUntil,
    });
    // 45000 is in 2023; 80000 is in 2119.
    seedRegister(wb, candidates, [row(1, 45000), row(2, 80000), row(3, 45001), row(4, null)]);
    render(<CandidatesPage focusHeading={false} />);

    await user.click(await screen.findByRole("button", { name: "List candidates past Retain until" }));
    const list = await screen.findByRole("list", { name: "Past Retain until" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^CAN-0001: Person 1, Clerk \(retain until /),
      expect.stringMatching(/^CAN-0003: Person 3, Clerk \(retain until /),
    ]);
    const remove = screen.getByRole("button", { name: "Remove 2 candidates" });
    expect(remove).toBeDisabled();

    // A co-author edits Person 3 while the list is on screen.
    wb.setValues(candidates.sheetName, "B4", [["Person 3 (keep: reapplied)"]]);
    await user.click(screen.getByRole("checkbox", { name: /I have checked these 2 candidates/ }));
    await user.click(remove);
    expect(
      await screen.findByText("Removed 1: CAN-0001. Kept CAN-0003: changed since the list was shown."),
    ).toBeInTheDocument();
    expect((await readRegister(candidates)).rows.map((r) => r.key)).toEqual([
      "CAN-0002",
      "CAN-0003",
      "CAN-0004",
    ]);
  });
});
