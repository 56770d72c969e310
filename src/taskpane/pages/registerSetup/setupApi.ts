// The workbook actions the register setup uses, in one object so a page (or a test) can pass others.
// Every body is a plain async function from src/excel; nothing here calls Excel.run.
import type { ReadingChoices } from "../../../core/registers/convertPlan";
import type { RegisterDef } from "../../../core/registers/types";
import type { RowProblem } from "../../../core/registers/validate";
import {
  convertToRegister,
  createRegister,
  findRegisters,
  goToCell,
  inspectSheet,
  readRegister,
  type ConvertResult,
  type CreateResult,
  type FoundRegister,
  type Inspection,
  type SheetSource,
} from "../../../excel";
import { listSheets } from "../../../excel/registerSetup";
import { rememberReading } from "../../../excel/sheetReadings";

export type { ConvertResult, CreateResult, FoundRegister, Inspection, SheetSource };

export interface SetupApi {
  findRegister(def: RegisterDef): Promise<FoundRegister | null>;
  listSheets(): Promise<string[]>;
  createRegister(def: RegisterDef): Promise<CreateResult>;
  /** Looks at a sheet; with `choices`, as the person chose (else as remembered for the sheet, or proposed). */
  inspectSheet(def: RegisterDef, source: SheetSource, choices?: ReadingChoices): Promise<Inspection>;
  /** Converts the area `inspection` found, read as the person confirmed (header row, columns, choices). */
  convertToRegister(
    def: RegisterDef,
    inspection: Inspection,
    reading: ConfirmedReading,
  ): Promise<ConvertResult>;
  /** Keeps the person's choices for a sheet in the workbook, so re-opening the setup starts from them. */
  rememberReading(
    def: RegisterDef,
    sheetName: string,
    reading: { headers: string[]; choices: ReadingChoices },
  ): Promise<void>;
  /** The register's problems list as it is now ("Check again"). */
  validate(def: RegisterDef): Promise<RowProblem[]>;
  goToCell(address: string): Promise<void>;
}

/** What the person confirmed: the header row and columns as the plan shows them, and their choices. */
export interface ConfirmedReading {
  headerRow: number;
  headers: string[];
  mapping: (string | null)[];
  choices: ReadingChoices;
  locale?: string;
}

export const workbookSetupApi: SetupApi = {
  findRegister: async (def) => (await findRegisters()).find((r) => r.registerId === def.id) ?? null,
  listSheets,
  createRegister,
  inspectSheet: (def, source, choices) =>
    inspectSheet(source, def, {
      choices,
      locale: typeof navigator === "undefined" ? undefined : navigator.language,
    }),
  convertToRegister: (def, inspection, reading) =>
    convertToRegister(def, {
      sheetName: inspection.sheetName,
      headerRow: reading.headerRow,
      firstColumn: inspection.firstColumn,
      lastColumn: inspection.lastColumn,
      lastRow: inspection.lastRow,
      headers: reading.headers,
      mapping: reading.mapping,
      choices: reading.choices,
      locale: reading.locale,
    }),
  rememberReading: (def, sheetName, reading) =>
    rememberReading(sheetName, { registerId: def.id, ...reading, savedAt: new Date().toISOString() }),
  validate: async (def) => (await readRegister(def)).problems,
  goToCell,
};
