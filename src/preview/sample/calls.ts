// A fortnight of the front desk's call sheet.
import { DATE_FORMAT, DATETIME_FORMAT, serial } from "./dates";
import type { SampleSheet } from "./types";

const at = (day: number, h: number, m: number) => serial(2026, 11, day, h, m);

// prettier-ignore
export const calls: SampleSheet = {
  name: "Calls",
  rows: [
    ["When", "Type", "In/Out", "Caller", "Company", "Number", "For", "About", "Message", "Urgent?", "Call back by", "Done?", "Taken by"],
    [at(16, 9, 12), "Phone", "In", "Ravi Mehta", "Contoso Imaging", "(212) 555-0178", "Sam Porter", "Copier service visit", "Technician can come Thursday morning", "No", serial(2026, 11, 18), "Yes", "Jo"],
    [at(16, 10, 40), "Fax", "In", "Accounts", "Litware Print & Paper", "(646) 555-0110", "Accounts", "Invoice LW-2291", "Invoice for letterhead, due in 30 days", "No", null, "Yes", "Jo"],
    [at(16, 14, 5), "Voicemail", "In", "Priya Raman", null, "(347) 555-0120", "Alex Kim", "Interview time", "Asks to move interview to the afternoon", "Yes", serial(2026, 11, 17), "Yes", "Jo"],
    [at(17, 8, 55), "Phone", "In", "Maria Santos", "Wingtip Wholesale", "(917) 555-0131", "Jo", "Delivery", "Milk delivery delayed a day", "No", null, "Yes", "Jo"],
    [at(17, 11, 20), "Walk-in", "In", "Courier", "Blue Yonder Couriers", null, "Reception", "Parcel", "Parcel for IT left at reception", "No", null, "Yes", "Chris"],
    [at(18, 9, 30), "Phone", "Out", "Dana Whitfield", "Northwind Office Supply", "(212) 555-0142", "Jo", "Paper order", "Confirmed paper order for Friday", "No", null, "Yes", "Jo"],
    [at(18, 15, 45), "Phone", "In", "Omar Haddad", "Tailspin Property", "(212) 555-0187", "Facilities", "Lift maintenance", "Lift out of service Saturday 8–12", "No", serial(2026, 11, 20), "No", "Chris"],
    [at(19, 10, 2), "Email", "In", "Kevin Liu", "Adatum IT Supplies", "(212) 555-0195", "IT", "Cable back-order", "USB-C cables back-ordered two weeks", "No", null, "Yes", "Jo"],
    [at(19, 16, 30), "Phone", "In", "Unknown", null, "(800) 555-0199", "Sam Porter", "Sales call", "Energy broker, no message left", "No", null, "No action", "Chris"],
    [at(20, 9, 15), "Phone", "In", "Lena Fischer", "Fabrikam Legal", "(212) 555-0158", "Director", "Contract", "Please call back about the lease renewal", "Yes", serial(2026, 11, 20), "No", "Jo"],
    [at(23, 11, 0), "Voicemail", "In", "Ravi Mehta", "Contoso Imaging", "(212) 555-0178", "Sam Porter", "Parts ordered", "Fuser unit for copier 2 arriving Wednesday", "No", null, "Yes", "Jo"],
    [at(24, 13, 25), "Fax", "In", "Front office", "Northwind Office Supply", "(212) 555-0143", "Accounts", "Price list", "New price list from 1 January", "No", serial(2026, 12, 1), "No", "Chris"],
    [at(25, 9, 50), "Phone", "In", "Grace Adeyemi", null, "(646) 555-0174", "Alex Kim", "Application", "Asks whether the receptionist job is still open", "No", serial(2026, 11, 27), "No", "Jo"],
    [at(26, 14, 10), "Walk-in", "In", "Building security", "Tailspin Property", null, "Everyone", "Fire drill", "Fire drill next Tuesday at 10:00", "No", null, "Yes", "Chris"],
    [at(27, 8, 40), "Phone", "In", "Tomasz Nowak", "Fourth Coffee Roasters", "(718) 555-0166", "Jo", "Coffee order", "Holiday blend available, asks if we want some", "No", serial(2026, 12, 2), "No", "Jo"],
  ],
  columnFormats: { When: DATETIME_FORMAT, "Call back by": DATE_FORMAT },
};
