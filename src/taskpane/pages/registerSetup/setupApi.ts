// The workbook actions the register setup uses, in one object so a page (or a test) can pass others.
// Every body is a plain async function from src/excel; nothing here calls Excel.run.
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

export type { ConvertResult, CreateResult, FoundRegister, Inspection, SheetSource };

export interface SetupApi {
  findRegister(def: RegisterDef): Promise<FoundRegister | null>;
  listSheets(): Promise<string[]>;
  createRegister(def: RegisterDef): Promise<CreateResult>;
  inspectSheet(def: RegisterDef, source: SheetSource): Promise<Inspection>;
  /** Converts what `inspection` found, with the mapping the person confirmed. */
  convertToRegister(
    def: RegisterDef,
    inspection: Inspection,
    mapping: readonly (string | null)[],
  ): Promise<ConvertResult>;
  /** The register's problems list as it is now ("Check again"). */
  validate(def: RegisterDef): Promise<RowProblem[]>;
  goToCell(address: string): Promise<void>;
}

export const workbookSetupApi: SetupApi = {
  findRegister: async (def) => (await findRegisters()).find((r) => r.registerId === def.id) ?? null,
  listSheets,
  createRegister,
  inspectSheet: (def, source) => inspectSheet(source, def),
  convertToRegister: (def, inspection, mapping) =>
    convertToRegister(def, {
      sheetName: inspection.sheetName,
      headerRow: inspection.headerRow ?? 1,
      firstColumn: inspection.firstColumn,
      lastColumn: inspection.lastColumn,
      lastRow: inspection.lastRow,
      headers: inspection.headers,
      mapping: [...mapping],
    }),
  validate: async (def) => (await readRegister(def)).problems,
  goToCell,
};
