import "../support/jsdomGaps";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { weightedScoreFormula } from "../../../src/core/registers/calculatedFormulas";
import { candidates } from "../../../src/core/registers/definitions/candidates";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import CandidatesPage from "../../../src/taskpane/pages/candidates/CandidatesPage";
import { seedRegister } from "../../excel/support";

jest.setTimeout(60_000);

describe("Candidates page: score weights", () => {
  it("saves new weights into the settings and every row's formula; the shown score follows", async () => {
    const user = userEvent.setup();
    const wb = new SimWorkbook();
    installExcel(wb);
    const scored = (n: number, e: number, s: number, f: number) => ({
      candidateId: `CAN-000${n}`,
      name: `Person ${n}`,
      position: "Clerk",
      stage: "Interview",
      scoreExperience: e,
      scoreSkills: s,
      scoreFit: f,
    });
    seedRegister(wb, candidates, [scored(1, 5, 1, 1), scored(2, 2, 4, 5)]);
    render(<CandidatesPage focusHeading={false} />);
    const interview = await screen.findByRole("list", { name: "Interview: 2" });
    // Default weights 0.4 / 0.4 / 0.2: 5·0.4 + 1·0.4 + 1·0.2 = 2.6
    expect(within(interview).getByText(/score 2\.60/)).toBeInTheDocument();

    const form = screen.getByRole("form", { name: "Score weights" });
    const weight = (name: string) => within(form).getByRole("textbox", { name });
    await user.clear(weight("Weight: experience"));
    await user.type(weight("Weight: experience"), "-1");
    await user.click(within(form).getByRole("button", { name: "Save weights" }));
    expect(
      await within(form).findByText("Weight: experience: enter a number of 0 or more."),
    ).toBeInTheDocument();

    await user.clear(weight("Weight: experience"));
    await user.type(weight("Weight: experience"), "1");
    await user.clear(weight("Weight: skills"));
    await user.type(weight("Weight: skills"), "0");
    await user.clear(weight("Weight: fit"));
    await user.type(weight("Weight: fit"), "1");
    await user.click(within(form).getByRole("button", { name: "Save weights" }));
    expect(
      await within(form).findByText("Weights saved; the Weighted score formula is updated in 2 rows."),
    ).toBeInTheDocument();
    const col = candidates.columns.findIndex((c) => c.key === "weightedScore");
    const formula = weightedScoreFormula({ experience: 1, skills: 0, fit: 1 });
    expect(wb.getCell(candidates.sheetName, 1, col).formula).toBe(formula);
    expect(wb.getCell(candidates.sheetName, 2, col).formula).toBe(formula);
    // The preview does not calculate formulas, so the page shows core's rule with the new weights:
    // (5·1 + 1·1) / 2 = 3 and (2 + 5) / 2 = 3.5.
    const after = await screen.findByRole("list", { name: "Interview: 2" });
    expect(await within(after).findByText(/score 3\.00/)).toBeInTheDocument();
    expect(within(after).getByText(/score 3\.50/)).toBeInTheDocument();
  });
});
