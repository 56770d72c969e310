// Suppliers as a plain list; Wingtip Wholesale has no email address on file (orders go by phone).
import type { SampleSheet } from "./types";

// prettier-ignore
export const vendors: SampleSheet = {
  name: "Vendors",
  rows: [
    ["Vendor", "Contact person", "E-mail", "Phone", "Fax", "Website", "Account #", "Lead time", "Notes"],
    ["Northwind Office Supply", "Dana Whitfield", "orders@northwind-office.example.com", "(212) 555-0142", "(212) 555-0143", "https://northwind-office.example.com", "NW-88213", 4, "Free delivery over $150"],
    ["Contoso Imaging", "Ravi Mehta", "service@contoso-imaging.example.com", "(212) 555-0178", null, "https://contoso-imaging.example.com", "CI-20931", 7, "Also services the copiers"],
    ["Litware Print & Paper", "Helen Ocampo", "sales@litware-print.example.com", "(646) 555-0109", "(646) 555-0110", "https://litware-print.example.com", "LW-5521", 10, "Letterhead printed to order"],
    ["Fourth Coffee Roasters", "Tomasz Nowak", "office@fourthcoffee.example.com", "(718) 555-0166", null, "https://fourthcoffee.example.com", "FC-0417", 3, null],
    ["Wingtip Wholesale", "Maria Santos", null, "(917) 555-0131", "(917) 555-0132", null, "WW-77120", 2, "Order by phone before noon"],
    ["Adatum IT Supplies", "Kevin Liu", "orders@adatum-it.example.com", "(212) 555-0195", null, "https://adatum-it.example.com", "AD-3008", 5, null],
  ],
  columnFormats: {},
};
