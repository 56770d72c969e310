// A large workbook in the preview: a 400,000-cell recruitment tracker (a table with a calculated column,
// a dashboard of lookups and aggregates over it, a chart, a pivot table, shared formulas; the bench's
// bench/harness/trackerFile.ts) opened through the page's Open control. It shows Excel's saved values,
// and a score typed into the grid is followed by its row's calculated column and the dashboard.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trackerFile } from "../../bench/harness/trackerFile";
import { candidates } from "../preview/files/fidelity/recruitmentTracker";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";

const FILE_NAME = "Recruitment tracker.xlsx";
const CELLS = 400_000;
/** The candidate rows trackerFile makes for CELLS cells (7 cells a row, beside 2 × CELLS / 50 on Calc). */
const CANDIDATES = Math.round((CELLS - 2 * Math.round(CELLS / 50)) / 7);
let filePath = "";

beforeAll(async () => {
  filePath = join(mkdtempSync(join(tmpdir(), "back-office-large-")), FILE_NAME);
  writeFileSync(filePath, await trackerFile(CELLS));
});

describeE2E("large file", ({ journey }) => {
  journey(
    "opens a 400,000-cell workbook, and an edited score updates the formulas that read it",
    "preview-large-file",
    async (ui) => {
      await ui.openFile(filePath);
      await ui.page.getByText(`Opened "${FILE_NAME}"`).first().waitFor({ timeout: 60_000 });
      await ui.selectSheet("Candidates");
      // Every candidate is there: the last one's ID, and nothing below it.
      const last = candidates(CANDIDATES)[CANDIDATES - 1];
      expect(await ui.workbookValues("Candidates", `A${CANDIDATES + 1}:A${CANDIDATES + 2}`)).toEqual([
        [last.id],
        [""],
      ]);

      // Bob (row 3) applied with a score of 6 and a fit of 9: Weighted is 0.6 × score + 0.4 × fit.
      const bob = candidates(2)[1];
      expect(await ui.workbookValues("Candidates", "A3:G3")).toEqual([
        [bob.id, bob.name, bob.stage, bob.applied, bob.score, bob.fit, bob.weighted],
      ]);
      const [[scoreTimesFit]] = await ui.workbookValues("Dashboard", "B22");
      expect(typeof scoreTimesFit).toBe("number");

      await ui.typeInCell("E3", "10");
      await eventually(
        async () => (await ui.cell("G3").textContent())?.trim(),
        (shown) => expect(shown).toBe("9.6"),
      );
      expect(await ui.workbookValues("Candidates", "G3")).toEqual([[10 * 0.6 + 9 * 0.4]]);
      // SUMPRODUCT(tblCandidates[Score],tblCandidates[Fit]) on the dashboard follows the edit.
      expect(await ui.workbookValues("Dashboard", "B22")).toEqual([[(scoreTimesFit as number) + 4 * 9]]);
    },
  );
});
