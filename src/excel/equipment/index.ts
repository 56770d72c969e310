// Equipment and service log actions (docs/equipment.md).
export {
  loadEquipment,
  historyOf,
  type EquipmentView,
  type MachineView,
  type VendorContact,
} from "./loadEquipment";
export {
  reportFault,
  faultReportProblems,
  type FaultReport,
  type FaultReported,
  type FaultStatus,
} from "./reportFault";
export { logService, serviceEntryProblems, type ServiceEntry, type ServiceLogged } from "./logService";
export { updateMeter, type MeterUpdated } from "./updateMeter";
export { setTicketStatus } from "./ticketStatus";
