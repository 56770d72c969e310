// Excel stores date-times as serial days since 1899-12-30 (the 1900 date system, as Excel does since serial 61),
// with no time zone: a serial is what the clock on the wall showed.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * The instant a person means by an Excel date-time serial, read as wall-clock time in this computer's time
 * zone (the zone Excel shows it in). Rounded to the second. Undefined for a non-finite or non-positive serial.
 */
export function excelSerialToLocalDate(serial: number): Date | undefined {
  if (!Number.isFinite(serial) || serial <= 0) return undefined;
  const wall = new Date(EXCEL_EPOCH_MS + Math.round(serial * 86_400) * 1000);
  return new Date(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
}

/** The serial Excel would show for this instant in this computer's time zone (inverse of the above). */
export function localDateToExcelSerial(date: Date): number {
  const wallMs = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
  );
  return (wallMs - EXCEL_EPOCH_MS) / DAY_MS;
}
