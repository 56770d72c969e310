// The requirement-set check (docs/performance.md): the real sources against the real manifest, and small
// fixtures
// that prove the check fails on a newer member and passes once that member is guarded.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  ApiUse,
  checkApiSets,
  collectUses,
  evaluateUses,
  formatReport,
  manifestSets,
  parseRequirements,
  readManifest,
} from "../../tools/apisets";

const rootDir = path.resolve(__dirname, "../..");
const FIXTURE = ".apisets-fixture";
const LONG = 240_000; // building a program over office-js's 200k lines of types takes seconds on 2 cores

const manifest = (excelApi: string, extra = ""): string => `<?xml version="1.0"?>
<OfficeApp>
  <Requirements><Sets DefaultMinVersion="1.1">
    <Set Name="SharedRuntime" MinVersion="1.1"/>
    <Set Name="ExcelApi" MinVersion="${excelApi}"/>${extra}
  </Sets></Requirements>
</OfficeApp>`;

describe("annotations and manifest", () => {
  test("reads the set from office-js's JSDoc spellings", () => {
    expect(parseRequirements("* @remarks\n * [Api set: ExcelApi 1.9]\n")).toEqual([
      { set: "ExcelApi", version: "1.9" },
    ]);
    expect(parseRequirements("[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]")).toEqual([
      {
        set: "ExcelApi",
        version: "1.1",
        writeVersion: "1.2",
        note: "ExcelApi 1.1 for reading visibility; 1.2 for setting it.",
      },
    ]);
    const office = `* @remarks
         *
         * **Requirement sets**:
         *
         * - {@link https://learn.microsoft.com/x | KeyboardShortcuts 1.1}
         *
         * - {@link https://learn.microsoft.com/y | SharedRuntime 1.1}
         *
         * @param shortcuts`;
    expect(parseRequirements(office).map((r) => `${r.set} ${r.version}`)).toEqual([
      "KeyboardShortcuts 1.1",
      "SharedRuntime 1.1",
    ]);
    expect(parseRequirements("No set here. [Api set:  1.1]")).toEqual([]);
  });

  test("takes the top-level minimums, with VersionOverrides' bt:Set apart", () => {
    const xml = `<OfficeApp><!-- <Set Name="ExcelApi" MinVersion="1.99"/> -->
      <Requirements><Sets DefaultMinVersion="1.3"><Set Name="ExcelApi" MinVersion="1.8"/><Set Name="SharedRuntime"/></Sets></Requirements>
      <VersionOverrides><Requirements><bt:Sets><bt:Set Name="ExcelApi" MinVersion="1.10"/></bt:Sets></Requirements></VersionOverrides>
    </OfficeApp>`;
    expect(manifestSets(xml)).toEqual({
      top: { ExcelApi: "1.8", SharedRuntime: "1.3" },
      overrides: { ExcelApi: "1.10" },
    });
  });
});

describe("the real add-in", () => {
  test(
    "every Excel API member src/ uses is covered by manifest.xml's minimum or guarded, and that minimum is the lowest that works",
    () => {
      const report = checkApiSets({ rootDir });
      const summary = formatReport(report);
      // The check must actually see the add-in's Excel calls, or it proves nothing.
      expect(report.uses.filter((u) => u.root === "Excel").length).toBeGreaterThan(0);
      expect({
        violations: report.violations.map((v) => v.message),
        manifest: report.manifestProblems,
      }).toEqual({
        violations: [],
        manifest: [],
      });
      expect(summary).toContain("requirement sets: OK");
    },
    LONG,
  );
});

describe("docs/performance.md", () => {
  test("its Supported Excel versions paragraph names the minimum manifest.xml declares", () => {
    const xml = readManifest(rootDir);
    const declared = xml === undefined ? undefined : manifestSets(xml).top.ExcelApi;
    const docs = readFileSync(path.join(rootDir, "docs", "performance.md"), "utf8");
    const section = /## Supported Excel versions\n([\s\S]*?)\n## /.exec(docs)?.[1] ?? "";
    expect(declared).toBeDefined();
    expect(/declares \*\*ExcelApi (\d+\.\d+)\*\*/.exec(section)?.[1]).toBe(declared);
  });
});

describe("fixtures", () => {
  const file = (name: string): string => path.join(rootDir, FIXTURE, "src", name);
  const fixtures: Record<string, string> = {
    "excel/unguarded.ts": `
      export async function countBlanks(): Promise<number> {
        return Excel.run(async (context) => {
          const range = context.workbook.getSelectedRange();
          const blanks = range.getSpecialCells("Blanks");
          await context.sync();
          return blanks.areaCount;
        });
      }`,
    "excel/guarded.ts": `
      export function blanks(range: Excel.Range): Excel.RangeAreas | undefined {
        if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
          return range.getSpecialCells("Blanks");
        }
        return undefined;
      }`,
    "excel/guardedTooLow.ts": `
      export function blanks(range: Excel.Range): Excel.RangeAreas | undefined {
        return Office.context.requirements.isSetSupported("ExcelApi", "1.8") ? range.getSpecialCells("Blanks") : undefined;
      }`,
    "excel/earlyReturn.ts": `
      const SPECIAL_CELLS = "1.9";
      export function blanks(range: Excel.Range): Excel.RangeAreas | null {
        if (!Office.context.requirements.isSetSupported("ExcelApi", SPECIAL_CELLS)) return null;
        return range.getSpecialCells("Blanks");
      }`,
    "excel/marked.ts": `
      /** Blank cells of a range. @requiresApiSet ExcelApi 1.9 */
      export function blanksOf(range: Excel.Range): Excel.RangeAreas {
        return range.getSpecialCells("Blanks");
      }
      export function guardedCaller(range: Excel.Range): Excel.RangeAreas | undefined {
        const canFind = Office.context.requirements.isSetSupported("ExcelApi", "1.9");
        return canFind ? blanksOf(range) : undefined;
      }`,
    "excel/markedCaller.ts": `
      import { blanksOf } from "./marked";
      export const unguardedCaller = (range: Excel.Range) => blanksOf(range);`,
    "excel/helper.ts": `
      /** Runs \`run\` only where Excel has ExcelApi \`version\`. @apiSetGuard */
      export function whenSupported<T>(version: string, run: () => T): T | undefined {
        return Office.context.requirements.isSetSupported("ExcelApi", version) ? run() : undefined;
      }
      export const blanks = (range: Excel.Range) => whenSupported("1.9", () => range.getSpecialCells("Blanks"));`,
    "excel/fakeHelper.ts": `
      /** Claims to guard but never asks Office. @apiSetGuard */
      export function pretend<T>(_version: string, run: () => T): T {
        return run();
      }
      export const blanks = (range: Excel.Range) => pretend("1.9", () => range.getSpecialCells("Blanks"));`,
    "excel/readWrite.ts": `
      export function hide(sheet: Excel.Worksheet): string {
        const before = sheet.visibility;
        sheet.visibility = "Hidden";
        return before;
      }`,
    "excel/indirect.ts": `
      export function load(range: Excel.Range, tables: Excel.TableCollection): void {
        range.load("address, numberFormatLocal");
        tables.load(["items/name", "items/legacyId"]);
        const { values } = range;
        range.set({ formulas: values });
        range.load({ format: { rowHeight: true } });
      }`,
    "excel/chain.ts": `
      export async function openInventory(): Promise<void> {
        await Excel.run(async (ctx) => {
          const sheet = ctx.workbook.worksheets.getItemOrNullObject("Inventory");
          await ctx.sync();
          sheet.tables.add("A1:B2", true);
          sheet.onChanged.add(async () => undefined);
          await Office.addin.showAsTaskpane();
        });
      }
      export function command(event: Office.AddinCommands.Event): void {
        event.completed();
      }`,
    "excel/platformOnly.ts": `
      export function breakAll(links: Excel.LinkedWorkbook[]): void {
        for (const link of links) link.breakLinks();
        if (Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")) links[0]?.breakLinks();
        Office.context.ui.openBrowserWindow("https://outlook.office.com/mail/deeplink/compose");
      }`,
    "excel/office2024.ts": `
      export function watchRenames(sheet: Excel.Worksheet): void {
        sheet.onNameChanged.add(async () => undefined);
      }`,
    "excel/tooNew.ts": `
      export function reset(range: Excel.Range): void {
        range.clearOrResetContents();
      }`,
    "preview/simulator.ts": `
      export function simulate(range: Excel.Range) {
        return range.getSpecialCells("Blanks");
      }`,
  };
  let uses: ApiUse[] = [];
  beforeAll(() => {
    uses = collectUses({
      rootDir,
      srcDir: `${FIXTURE}/src`,
      virtualFiles: Object.fromEntries(Object.entries(fixtures).map(([name, text]) => [file(name), text])),
    });
  }, LONG);
  const usesIn = (name: string): ApiUse[] => uses.filter((u) => u.file === `${FIXTURE}/src/${name}`);
  const check = (name: string, excelApi: string) => evaluateUses(usesIn(name), manifest(excelApi));

  test("a member newer than the declared minimum fails, naming the member, the set and the place", () => {
    const report = check("excel/unguarded.ts", "1.8");
    expect(report.violations.map((v) => v.message)).toEqual([
      expect.stringMatching(
        /^\.apisets-fixture\/src\/excel\/unguarded\.ts:5:\d+ Excel\.Range\.getSpecialCells needs ExcelApi 1\.9 but manifest\.xml declares 1\.8/,
      ),
      expect.stringMatching(/unguarded\.ts:7:\d+ Excel\.RangeAreas\.areaCount needs ExcelApi 1\.9/),
    ]);
    expect(report.floor).toBe("1.9");
    expect(report.floorMembers).toEqual(["Excel.Range.getSpecialCells", "Excel.RangeAreas.areaCount"]);
    expect(formatReport(report)).toMatch(/ExcelApi 1\.9\s+Excel\.Range\.getSpecialCells\s+1\s+0/);
  });

  test("the same member passes when the manifest declares its set", () => {
    const report = check("excel/unguarded.ts", "1.9");
    expect(report.violations).toEqual([]);
    expect(report.manifestProblems).toEqual([]);
  });

  test("a minimum declared higher than the code needs is reported", () => {
    expect(check("excel/unguarded.ts", "1.12").manifestProblems).toEqual([
      "manifest.xml declares ExcelApi 1.12 but the code needs only 1.9: declare 1.9",
    ]);
  });

  test("behind isSetSupported(ExcelApi, 1.9) the same member passes and does not raise the minimum", () => {
    const report = check("excel/guarded.ts", "1.8");
    expect(usesIn("excel/guarded.ts").map((u) => u.member)).toContain("Excel.Range.getSpecialCells");
    expect(report.violations).toEqual([]);
    expect(report.floor).toBe("1.1");
  });

  test("a guard for an older version than the member needs does not count", () => {
    expect(check("excel/guardedTooLow.ts", "1.8").violations.map((v) => v.use.member)).toEqual([
      "Excel.Range.getSpecialCells",
    ]);
  });

  test("an early return when the set is missing guards the rest of the block", () => {
    expect(check("excel/earlyReturn.ts", "1.8").violations).toEqual([]);
  });

  test("@requiresApiSet: the body may use the set, its callers must be guarded", () => {
    expect(check("excel/marked.ts", "1.8").violations).toEqual([]);
    expect(check("excel/markedCaller.ts", "1.8").violations.map((v) => v.message)).toEqual([
      expect.stringContaining("blanksOf (@requiresApiSet) needs ExcelApi 1.9"),
    ]);
  });

  test("@apiSetGuard helpers guard their callbacks only if they call isSetSupported", () => {
    expect(check("excel/helper.ts", "1.8").violations).toEqual([]);
    expect(check("excel/fakeHelper.ts", "1.8").violations.map((v) => v.use.member)).toEqual([
      "Excel.Range.getSpecialCells",
    ]);
  });

  test("writing a property can need a newer set than reading it", () => {
    const found = usesIn("excel/readWrite.ts").filter((u) => u.member === "Excel.Worksheet.visibility");
    expect(found.map((u) => [u.access, u.needs[0].version])).toEqual([
      ["read", "1.1"],
      ["write", "1.2"],
    ]);
    expect(check("excel/readWrite.ts", "1.1").violations.map((v) => v.use.line)).toEqual([4]);
  });

  test("members named in load strings, destructuring and set({...}) are found", () => {
    const members = usesIn("excel/indirect.ts").map((u) => `${u.member} ${u.needs[0]?.version}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "Excel.Range.numberFormatLocal 1.7",
        "Excel.TableCollection.items 1.1",
        "Excel.Table.legacyId 1.8",
        "Excel.Range.values 1.1",
        "Excel.Range.formulas 1.1",
        "Excel.RangeFormat.rowHeight 1.2",
      ]),
    );
    expect(check("excel/indirect.ts", "1.7").violations.map((v) => v.use.member)).toEqual([
      "Excel.Table.legacyId",
    ]);
  });

  test("members are found through chains of calls and properties, with their own set", () => {
    const found = usesIn("excel/chain.ts").map(
      (u) => `${u.member} ${u.needs.map((n) => `${n.set} ${n.version}`).join(" ")}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "Excel.run ExcelApi 1.1",
        "Excel.RequestContext.workbook ExcelApi 1.1",
        "Excel.Workbook.worksheets ExcelApi 1.1",
        "Excel.WorksheetCollection.getItemOrNullObject ExcelApi 1.4",
        "Excel.Worksheet.tables ExcelApi 1.1",
        "Excel.TableCollection.add ExcelApi 1.1",
        "Excel.Worksheet.onChanged ExcelApi 1.7",
        "Office.Addin.showAsTaskpane SharedRuntime 1.1",
        // Its JSDoc names Outlook's Mailbox 1.3, which does not apply in Excel.
        "Office.AddinCommands.Event.completed ",
      ]),
    );
    const report = check("excel/chain.ts", "1.4");
    expect(report.floor).toBe("1.7");
    expect(report.violations.map((v) => v.use.member)).toEqual(["Excel.Worksheet.onChanged"]);
    expect(report.warnings).toEqual([]); // SharedRuntime 1.1 is declared
  });

  test("web-only sets must always be guarded; other undeclared sets are warnings", () => {
    const report = check("excel/platformOnly.ts", "1.17");
    expect(report.violations.map((v) => v.message)).toEqual([
      expect.stringMatching(
        /platformOnly\.ts:3:\d+ Excel\.LinkedWorkbook\.breakLinks needs ExcelApiOnline 1\.1, which only some Excel platforms have/,
      ),
    ]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /Office\.UI\.openBrowserWindow needs OpenBrowserWindowApi 1\.1, which manifest\.xml does not declare/,
      ),
    ]);
    const declared = manifest("1.1", '\n    <Set Name="OpenBrowserWindowApi" MinVersion="1.1"/>');
    expect(evaluateUses(usesIn("excel/platformOnly.ts"), declared).warnings).toEqual([]);
  });

  test("an ExcelApi 1.17 member is allowed as the minimum (Office 2024) when the manifest declares it", () => {
    expect(check("excel/office2024.ts", "1.17")).toMatchObject({
      floor: "1.17",
      floorMembers: ["Excel.Worksheet.onNameChanged"],
      violations: [],
      manifestProblems: [],
    });
    expect(check("excel/office2024.ts", "1.16").violations).toHaveLength(1);
  });

  test("an unguarded member newer than ExcelApi 1.17 can't be fixed by raising the minimum", () => {
    const report = check("excel/tooNew.ts", "1.18");
    expect(report.floor).toBe("1.18");
    expect(report.manifestProblems).toEqual([
      "manifest.xml declares ExcelApi 1.18, above 1.17 (Office 2024)",
      expect.stringContaining("unguarded code needs ExcelApi 1.18 (Excel.Range.clearOrResetContents)"),
    ]);
  });

  test("the simulator under src/preview is not checked", () => {
    expect(usesIn("preview/simulator.ts")).toEqual([]);
  });
});
