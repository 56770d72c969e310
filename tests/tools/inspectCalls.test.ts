// `npm run inspect -- FILE --register callLog --json`: the "import" section says what Calls > Import would
// make of a phone system's export, with the same counts the import shows.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runInspect } from "../../tools/inspect";

const fixtures = path.resolve(__dirname, "../fixtures/calls");

jest.setTimeout(60_000);

async function importOf(name: string, ...more: string[]) {
  const run = await runInspect([path.join(fixtures, name), "--json", ...more]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { import?: unknown }).import;
}

describe("inspect's import section", () => {
  test.each([
    ["Master.csv", { format: "asterisk-master", calls: 8, mergedLegs: 3, skipped: 1, duplicates: 0 }],
    ["ring-group.csv", { format: "asterisk-master", calls: 1, mergedLegs: 3, skipped: 0, duplicates: 0 }],
    ["cdr-mysql-dump.csv", { format: "asterisk-db", calls: 6, mergedLegs: 0, skipped: 2, duplicates: 0 }],
    [
      "freeswitch-Master.csv",
      { format: "freeswitch-csv", calls: 5, mergedLegs: 0, skipped: 1, duplicates: 0 },
    ],
    ["3cx-cdr.csv", { format: "3cx-cdr", calls: 4, mergedLegs: 0, skipped: 1, duplicates: 0 }],
  ])("%s", async (name, expected) => {
    expect(await importOf(name, "--register", "callLog")).toMatchObject(expected);
  });

  test("a line repeated in the file is a duplicate; the summary is the one the Calls page shows", async () => {
    // Two exports run together: the last four lines of Master.csv appear twice.
    const lines = readFileSync(path.join(fixtures, "Master.csv"), "utf8").trimEnd().split("\n");
    const dir = mkdtempSync(path.join(tmpdir(), "inspect-calls-"));
    const file = path.join(dir, "Master-twice.csv");
    writeFileSync(file, [...lines, ...lines.slice(-4)].join("\n") + "\n");
    const run = await runInspect([file, "--json", "--register", "callLog"]);
    expect(JSON.parse(run.stdout).import).toEqual({
      format: "asterisk-master",
      calls: 8,
      mergedLegs: 3,
      skipped: 1,
      duplicates: 4,
      summary: "7 new, 0 already in the log, 3 legs merged, 5 lines skipped (1 internal call, 4 repeated)",
    });
  });

  test("only with --register callLog", async () => {
    expect(await importOf("Master.csv")).toBeUndefined();
    expect(await importOf("Master.csv", "--register", "inventory")).toBeUndefined();
  });
});
