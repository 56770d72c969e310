// Files the preview refuses, each with a message that says why and what to do.
import JSZip from "jszip";
import { MAX_FILE_BYTES } from "../../../src/preview/files/fileKind";
import { openWorkbookFile } from "../../../src/preview/files/openWorkbookFile";
import { OpenFileError } from "../../../src/preview/files/openError";
import { chosenFile } from "./support";

/** UTF-16LE bytes, as OLE directory entries name their streams. */
const utf16 = (text: string) => [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file's first bytes and, further on, a directory naming the given streams. */
function oleFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(OLE_MAGIC, 0);
  let at = 512;
  for (const s of streams) {
    bytes.set(utf16(s), at);
    at += 128;
  }
  return bytes;
}

async function failure(file: ReturnType<typeof chosenFile>): Promise<string> {
  const error = await openWorkbookFile(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OpenFileError);
  return (error as Error).message;
}

describe("a corrupt .xlsx", () => {
  test("a file that is not a zip at all", async () => {
    const message = await failure(chosenFile("Supplies.xlsx", "Item,Qty\nPens,3\n"));
    expect(message).toContain('"Supplies.xlsx" is not a valid .xlsx workbook');
    expect(message).toContain('save it again as "Excel Workbook (.xlsx)"');
  });

  test("a zip without a workbook in it", async () => {
    const zip = new JSZip();
    zip.file("notes.txt", "not a workbook");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const message = await failure(chosenFile("Holiday photos.xlsx", bytes));
    expect(message).toContain('"Holiday photos.xlsx" could not be read as an .xlsx workbook');
    expect(message).toContain("damaged");
  });

  test("a zip cut short (a download that stopped half-way)", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>".repeat(500));
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const message = await failure(chosenFile("Half.xlsx", bytes.slice(0, Math.floor(bytes.length / 2))));
    expect(message).toContain('"Half.xlsx" could not be read as an .xlsx workbook');
  });
});

describe("a password-protected .xlsx", () => {
  test("an encrypted workbook (an OLE file holding EncryptedPackage) is named as such", async () => {
    const message = await failure(chosenFile("Budget.xlsx", oleFile(["EncryptionInfo", "EncryptedPackage"])));
    expect(message).toContain('"Budget.xlsx" is password-protected');
    expect(message).toContain("save a copy");
  });

  test("the OLE signature alone is taken as password protection", async () => {
    const message = await failure(chosenFile("Locked.xlsx", new Uint8Array(OLE_MAGIC)));
    expect(message).toContain("password-protected");
  });

  test("an old .xls renamed to .xlsx is told apart from an encrypted one", async () => {
    const message = await failure(chosenFile("Old.xlsx", oleFile(["Workbook", "SummaryInformation"])));
    expect(message).toContain("Excel 97-2003 workbook renamed to .xlsx");
    expect(message).not.toContain("password");
  });
});

describe("files refused before they are read", () => {
  test("over 50 MB", async () => {
    const file = chosenFile("Everything.xlsx", new Uint8Array(4), MAX_FILE_BYTES + 1);
    const message = await failure(file);
    expect(message).toContain("50.0 MB");
    expect(message).toContain("Everything.xlsx");
    expect(file.reads).toBe(0);
  });

  test("exactly 50 MB is still read", async () => {
    const file = chosenFile("Big.xlsx", new Uint8Array(4), MAX_FILE_BYTES);
    await failure(file);
    expect(file.reads).toBe(1);
  });

  test.each([
    ["Stock.xls", "Excel 97-2003 workbook (.xls)"],
    ["Stock.ods", "OpenDocument spreadsheet (.ods)"],
    ["Stock.numbers", "Apple Numbers spreadsheet (.numbers)"],
  ])("%s: says to save it as .xlsx", async (name, what) => {
    const file = chosenFile(name, new Uint8Array([1, 2, 3]));
    const message = await failure(file);
    expect(message).toContain(what);
    expect(message).toContain('"Excel Workbook (.xlsx)"');
    expect(file.reads).toBe(0);
  });

  test("a file of another kind altogether", async () => {
    const message = await failure(chosenFile("photo.jpg", new Uint8Array([0xff, 0xd8])));
    expect(message).toContain("Open an Excel workbook (.xlsx) or a CSV file (.csv)");
  });

  test.each(["Empty.xlsx", "Empty.csv"])("an empty file: %s", async (name) => {
    const file = chosenFile(name, new Uint8Array(0));
    expect(await failure(file)).toContain(`"${name}" is empty`);
    expect(file.reads).toBe(0);
  });

  test("a CSV of empty lines only", async () => {
    expect(await failure(chosenFile("Blank.csv", "\n\n,,\n"))).toContain("holds only empty lines");
  });
});

describe("a CSV not in UTF-8", () => {
  test("Windows-1252 (Excel's plain CSV on Windows): names the encoding, the line, and CSV UTF-8", async () => {
    // "Café au lait" and "£" in Windows-1252: E9 and A3; "…" is 85, printable only in Windows-1252.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("Item,Cost\nPens,2\n"),
      ...[0x43, 0x61, 0x66, 0xe9, 0x20, 0x85, 0x2c, 0xa3, 0x33],
      0x0a,
    ]);
    const message = await failure(chosenFile("Kitchen.csv", bytes));
    expect(message).toContain('"Kitchen.csv" is not UTF-8 text');
    expect(message).toContain("Windows-1252");
    expect(message).toContain('line 3 ("Café …,£3")');
    expect(message).toContain('"CSV UTF-8 (Comma delimited) (*.csv)"');
  });

  test("UTF-16 without a byte-order mark", async () => {
    const bytes = new Uint8Array(utf16("Item,Qty\r\nPens,3\r\n"));
    const message = await failure(chosenFile("Export.csv", bytes));
    expect(message).toContain("UTF-16");
    expect(message).toContain("CSV UTF-8");
  });
});
