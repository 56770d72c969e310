// What a chosen file is, judged by its name first (before a byte is read) and then by its first bytes.
import { OpenFileError } from "./openError";

/** Larger files are refused before they are read: a browser tab would struggle with them. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type FileKind = "xlsx" | "csv";

/** Formats a person may bring that the preview cannot read, and what to do about each. */
const OTHER_FORMATS: Record<string, string> = {
  xls: "an Excel 97-2003 workbook (.xls)",
  xlsb: "an Excel binary workbook (.xlsb)",
  xlsm: "a macro-enabled workbook (.xlsm)",
  ods: "an OpenDocument spreadsheet (.ods)",
  numbers: "an Apple Numbers spreadsheet (.numbers)",
};

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/** The file's name without its extension (a CSV's sheet is named after it, as Excel does). */
export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot <= 0 ? fileName : fileName.slice(0, dot);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Checks name and size only, so a file that cannot be opened is refused before it is read. */
export function kindOf(fileName: string, size: number): FileKind {
  const ext = extensionOf(fileName);
  if (ext !== "xlsx" && ext !== "csv") {
    const what = OTHER_FORMATS[ext];
    throw new OpenFileError(
      what
        ? `"${fileName}" is ${what}, which the preview cannot open. In Excel (or your spreadsheet app), use Save As and choose "Excel Workbook (.xlsx)", then open that copy.`
        : `"${fileName}" is not a workbook the preview can open. Open an Excel workbook (.xlsx) or a CSV file (.csv).`,
    );
  }
  if (size > MAX_FILE_BYTES)
    throw new OpenFileError(
      `"${fileName}" is ${megabytes(size)}; the preview opens files of up to ${megabytes(MAX_FILE_BYTES)}. Open a smaller copy, for example with only the sheets you need.`,
    );
  if (size === 0)
    throw new OpenFileError(
      `"${fileName}" is empty (0 bytes). Choose the file again, or another copy of it.`,
    );
  return ext;
}

/** An encrypted OOXML file is an OLE compound file (MS-OFFCRYPTO), which starts with these bytes. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip file's local file header ("PK\3\4"), which every .xlsx starts with. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** UTF-16LE bytes of an OLE directory entry name. */
function utf16(name: string): number[] {
  return [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

function includes(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * An OLE file holding a "Workbook" stream and no "EncryptedPackage" is a BIFF8 .xls ([MS-XLS] 2.1.2);
 * an encrypted .xlsx holds "EncryptedPackage" instead ([MS-OFFCRYPTO] 2.3.4.4).
 */
function isLegacyWorkbook(bytes: Uint8Array): boolean {
  return includes(bytes, utf16("Workbook")) && !includes(bytes, utf16("EncryptedPackage"));
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Refuses bytes that cannot be an .xlsx, naming the likely reason. */
export function checkXlsxBytes(fileName: string, bytes: Uint8Array): void {
  if (startsWith(bytes, OLE_MAGIC) && isLegacyWorkbook(bytes))
    throw new OpenFileError(
      `"${fileName}" is an Excel 97-2003 workbook renamed to .xlsx, which the preview cannot open. In Excel, use Save As and choose "Excel Workbook (.xlsx)", then open that copy.`,
    );
  if (startsWith(bytes, OLE_MAGIC))
    throw new OpenFileError(
      `"${fileName}" is password-protected (encrypted), so the preview cannot read it. In Excel, open it with its password, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save a copy, then open that copy.`,
    );
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new OpenFileError(
      `"${fileName}" is not a valid .xlsx workbook: the file is damaged or is another kind of file renamed to .xlsx. Open it in Excel and save it again as "Excel Workbook (.xlsx)".`,
    );
}
