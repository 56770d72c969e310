// What the Equipment page calls: plain async functions of src/excel (the page never calls Excel.run).
export {
  historyOf,
  loadEquipment,
  logService,
  reportFault,
  updateMeter,
  type EquipmentView,
  type FaultStatus,
  type MachineView,
  type VendorContact,
} from "../../../excel/equipment";
export { setTicketStatus } from "../../../excel/equipment";
export { goToCell } from "../../../excel/goToCell";
