// The committed corpus files are what tools/corpus/files.ts describes: regenerating them (npm run corpus)
// gives the same cells, so a change to the descriptions cannot go untested with stale files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readCsv } from "../../src/preview/files/readCsv";
import { readXlsx } from "../../src/preview/files/readXlsx";
import type { SimWorkbook } from "../../src/preview/simulator";
import { CORPUS } from "../../tools/corpus/files";
import { corpusBytes, corpusReadme } from "../../tools/corpus/write";

const dir = path.resolve(__dirname, "../fixtures/sheets");

async function open(name: string, bytes: Uint8Array): Promise<SimWorkbook> {
  return (/\.(csv|txt)$/.test(name) ? await readCsv(name, bytes) : await readXlsx(name, bytes)).workbook;
}

function cells(wb: SimWorkbook) {
  return wb.sheetNames().map((name) => {
    const { rows, cols } = wb.usedSize(name);
    return {
      name,
      merges: wb.requireSheet(name).merges,
      values: rows && cols ? wb.getValues(name, `A1:${String.fromCharCode(64 + cols)}${rows}`) : [],
    };
  });
}

test.each(CORPUS.map((f) => f.file))("%s matches its description", async (name) => {
  const file = CORPUS.find((f) => f.file === name)!;
  const committed = await open(name, new Uint8Array(readFileSync(path.join(dir, name))));
  const fresh = await open(name, await corpusBytes(file));
  expect(cells(committed)).toEqual(cells(fresh));
});

test("the README lists every file", () => {
  expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(corpusReadme());
});
