// exceljs turns date-formatted cells into JS Dates; the simulator keeps Excel's serials.
// serial = 25569 + ms / 86 400 000 (25569 is 1970-01-01 in the 1900 system), less 1462 in the 1904 system:
// the inverse of exceljs's own utils.excelToDate, so a serial read back is the one written.
const UNIX_EPOCH_SERIAL = 25569;
const SYSTEM_1904_OFFSET = 1462;
const MS_PER_DAY = 86_400_000;

export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? SYSTEM_1904_OFFSET : 0);
  // exceljs rounds to the millisecond; 1e-10 of a day (9 µs) keeps whole days and times exact.
  return Math.round(serial * 1e10) / 1e10;
}
