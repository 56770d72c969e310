// The workbook actions the Inventory page uses, as one object so tests may pass others. Bodies are
// src/excel functions: rows found by Item ID at the moment of writing, only the named columns written.
import { inventory } from "../../../core/registers/definitions";
import type { RowProblem } from "../../../core/registers/validate";
import {
  applyReorderPoints,
  countStock,
  goToCell,
  readRegister,
  type Unsubscribe,
  type CountResult,
  type ReorderPointChange,
  type StockCount,
} from "../../../excel";
import { readSettings } from "../../../excel/settings";
import { watchRegisters } from "../../components/useWatch";
import { inventoryItems, type InventoryItem } from "./inventoryView";

export type { CountResult, ReorderPointChange, StockCount };

export interface InventoryData {
  items: InventoryItem[];
  /** The register's problems list (with cell addresses). */
  problems: RowProblem[];
  /** The workbook's service level for safety stock (Settings). */
  serviceLevel: number;
}

export interface InventoryApi {
  load(): Promise<InventoryData>;
  countStock(counts: readonly StockCount[], date: number): Promise<CountResult>;
  applyReorderPoints(changes: readonly ReorderPointChange[]): Promise<CountResult>;
  goToCell(address: string): Promise<void>;
  /** Calls `onChange` when a co-author changes the register or anyone changes the settings (service level). */
  watch(onChange: () => void): Promise<Unsubscribe>;
}

export const workbookInventoryApi: InventoryApi = {
  // One read of the register gives the count list, the low list and the problems alike.
  load: async () => {
    const [read, settings] = await Promise.all([readRegister(inventory), readSettings()]);
    return { items: inventoryItems(read.rows), problems: read.problems, serviceLevel: settings.serviceLevel };
  },
  countStock,
  applyReorderPoints,
  goToCell,
  watch: (onChange) => watchRegisters([inventory.tableName], onChange),
};
