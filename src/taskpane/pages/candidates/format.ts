import { formatSerial } from "../../../core/cells/excelDates";

export const dayText = (serial: number | null) => (serial === null ? "" : (formatSerial(serial) ?? ""));
export const dateTimeText = (serial: number | null) =>
  serial === null ? "" : (formatSerial(serial, true) ?? "");
