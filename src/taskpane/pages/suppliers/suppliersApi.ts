// The workbook actions the Suppliers page uses; bodies are src/excel functions.
import { suppliers } from "../../../core/registers/definitions";
import type { RowProblem } from "../../../core/registers/validate";
import { goToCell, readRegister, type Unsubscribe } from "../../../excel";
import { watchRegisters } from "../../components/useWatch";

export interface SupplierEntry {
  supplier: string;
  contact: string;
  email: string;
  phone: string;
  /** The supplier's row (its first cell), for "go to". */
  address: string;
}

export interface SuppliersData {
  suppliers: SupplierEntry[];
  problems: RowProblem[];
}

export interface SuppliersApi {
  load(): Promise<SuppliersData>;
  goToCell(address: string): Promise<void>;
  /** Calls `onChange` when a co-author changes the register (a new supplier, a corrected email). */
  watch(onChange: () => void): Promise<Unsubscribe>;
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

export const workbookSuppliersApi: SuppliersApi = {
  load: async () => {
    const read = await readRegister(suppliers);
    const sheetPart = read.address?.slice(0, read.address.lastIndexOf("!") + 1) ?? "";
    const firstCol = /!\$?([A-Z]+)/.exec(read.address ?? "")?.[1] ?? "A";
    return {
      suppliers: read.rows.map((r) => ({
        supplier: text(r.values.supplier) || r.key,
        contact: text(r.values.contact),
        email: text(r.values.email),
        phone: text(r.values.phone),
        address: `${sheetPart}${firstCol}${r.row}`,
      })),
      problems: read.problems,
    };
  },
  goToCell,
  watch: (onChange) => watchRegisters([suppliers.tableName], onChange),
};
