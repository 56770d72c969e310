// Excel 1900-system date serials for the sample data, by the add-in's own date rules (src/core).
import { partsToSerial } from "../../core/cells/excelDates";

/** The serial of a sample date and time (all real dates, so never null). */
export function serial(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  return partsToSerial({ year, month, day, hours, minutes })!;
}

export const DATE_FORMAT = "d mmm yyyy";
export const DATETIME_FORMAT = "d mmm yyyy h:mm";
export const MONEY_FORMAT = "$#,##0.00";
