import type { RegisterDef, RegisterId } from "../types";
import { callLog } from "./callLog";
import { candidates } from "./candidates";
import { checklists } from "./checklists";
import { courses } from "./courses";
import { discipline } from "./discipline";
import { equipment } from "./equipment";
import { inventory } from "./inventory";
import { purchaseOrders } from "./purchaseOrders";
import { serviceLog } from "./serviceLog";
import { staff } from "./staff";
import { suppliers } from "./suppliers";
import { training } from "./training";

export {
  callLog,
  candidates,
  checklists,
  courses,
  discipline,
  equipment,
  inventory,
  purchaseOrders,
  serviceLog,
  staff,
  suppliers,
  training,
};

/** Every register, in the order the task pane lists them. */
export const REGISTERS: readonly RegisterDef[] = [
  inventory,
  suppliers,
  purchaseOrders,
  callLog,
  equipment,
  serviceLog,
  candidates,
  staff,
  courses,
  training,
  checklists,
  discipline,
];

export const REGISTERS_BY_ID: Readonly<Record<RegisterId, RegisterDef>> = {
  inventory,
  suppliers,
  purchaseOrders,
  callLog,
  equipment,
  serviceLog,
  candidates,
  staff,
  courses,
  training,
  checklists,
  discipline,
};

export function registerById(id: RegisterId): RegisterDef {
  return REGISTERS_BY_ID[id];
}

/** The register whose Excel table has this name (case-insensitive, as Excel compares table names). */
export function registerByTableName(tableName: string): RegisterDef | undefined {
  const lower = tableName.toLowerCase();
  return REGISTERS.find((r) => r.tableName.toLowerCase() === lower);
}
