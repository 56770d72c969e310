// Excel 1900-system date serials for the sample data (all sample dates are after 1900-03-01).

const EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** serial = days since 1899-12-30 (valid from 1900-03-01, where Excel's 1900 leap-year bug no longer matters). */
export function serial(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  return (Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS + (hours * 60 + minutes) / 1440;
}

export const DATE_FORMAT = "d mmm yyyy";
export const DATETIME_FORMAT = "d mmm yyyy h:mm";
export const MONEY_FORMAT = "$#,##0.00";
