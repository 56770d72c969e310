// The preview's File > Open and the Calls page's import read a file with the same parser, so they agree
// on every line of every phone-system export: no line swallowed or split in either, the same lines
// repaired (to the same values) and the same lines reported as unreadable (kept whole in the sheet).
import { planCallImport } from "../../../src/core/calls";
import { openWorkbookFile } from "../../../src/preview/files/openWorkbookFile";
import { CALL_FIXTURES, callFixture, callFixtureBytes } from "../../fixtures/calls";
import { chosenFile } from "./support";

const linesOf = (text: string) =>
  text.split(/\r\n|\r|\n/).filter((l, i, all) => l !== "" || i < all.length - 1);

/** "Line 7 …«a», «b»" → [7, ["a", "b"]] for every note about a repaired line. */
function repairedIn(notes: readonly string[]): [number, string[]][] {
  return notes.flatMap((n) => {
    const m = /^Line (\d+)\b.*?(«.*»)\.?$/.exec(n);
    return m && !n.includes("kept whole")
      ? [[Number(m[1]), [...m[2].matchAll(/«(.*?)»/g)].map((x) => x[1])]]
      : [];
  }) as [number, string[]][];
}

describe.each(CALL_FIXTURES)("%s", (name) => {
  test("opened in the preview and planned for import, the file reads the same", async () => {
    const text = callFixture(name);
    const { workbook, notes } = await openWorkbookFile(chosenFile(name, callFixtureBytes(name)));
    const sheet = workbook.sheetNames()[0];
    const plan = planCallImport(text, []);

    // One row per line: nothing swallowed, nothing split.
    const lines = linesOf(text);
    expect(workbook.usedSize(sheet).rows).toBe(lines.length);

    // The same lines repaired, to the same values.
    expect(repairedIn(notes)).toEqual(repairedIn(plan.notes));

    // The same lines unreadable: reported by the import with their text, kept whole in column A.
    const unreadable = plan.skipped.filter((s) => s.kind === "unreadable");
    for (const s of unreadable) {
      expect(notes).toContainEqual(
        expect.stringMatching(
          new RegExp(`^Line ${s.line} \\(row ${s.line}\\): .*kept whole in A${s.line}\\.$`),
        ),
      );
      expect(workbook.getCell(sheet, s.line - 1, 0).value).toBe(s.raw);
    }
    expect(notes.filter((n) => n.includes("kept whole"))).toHaveLength(unreadable.length);

    // Each call the import found is on the preview's row of its line (its caller's name is there).
    for (const row of plan.toAdd) {
      const caller = String(row.values.caller);
      if (!/[a-z]/i.test(caller) || caller === "Withheld number") continue;
      const cells = workbook.getValues(sheet, `A${row.line}:AD${row.line}`)[0].map(String).join("\u0001");
      expect(cells).toContain(caller);
    }
  });
});

test("the MySQL dump's broken lines are in the preview's notes, the unreadable one whole in its row", async () => {
  const name = "cdr-mysql-dump.csv";
  const { workbook, notes } = await openWorkbookFile(chosenFile(name, callFixtureBytes(name)));
  expect(repairedIn(notes).map(([line]) => line)).toEqual([2, 3, 4, 6, 7]);
  expect(notes).toContain("Line 5 (row 5): a quote opened on it is never closed; kept whole in A5.");
  expect(workbook.getValues("cdr-mysql-dump", "A5:C6")).toEqual([
    ['2026-11-20 09:25:00,"Ann Lee <02079460', "", ""],
    // A number with its leading zero stays text (core/cells/textFields), as the import reads it.
    [46346.395833333336, 'Accounts, "Litware, Ltd" <02079460090>', "02079460090"],
  ]);
});
