// The workbook actions the register setup uses, in one object so a page (or a test) can pass others.
// Every body is a plain async function from src/excel; nothing here calls Excel.run.
import type { RegisterDef } from "../../../core/registers/types";
import type { RowProblem } from "../../../core/registers/validate";
import {
  createRegister,
  findRegisters,
  goToCell,
  readRegister,
  type CreateResult,
  type FoundRegister,
} from "../../../excel";
import {
  convertToRegister,
  inspectSheet,
  listSheets,
  type ConvertResult,
  type SheetInspection,
  type SheetSource,
} from "../../../excel/registerSetup";

export type { ConvertResult, SheetInspection, SheetSource, CreateResult, FoundRegister };

export interface SetupApi {
  findRegister(def: RegisterDef): Promise<FoundRegister | null>;
  listSheets(): Promise<string[]>;
  createRegister(def: RegisterDef): Promise<CreateResult>;
  inspectSheet(def: RegisterDef, source: SheetSource): Promise<SheetInspection>;
  convertToRegister(
    def: RegisterDef,
    source: SheetSource,
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
  inspectSheet,
  convertToRegister,
  validate: async (def) => (await readRegister(def)).problems,
  goToCell,
};
