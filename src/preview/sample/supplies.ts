// The supplies cupboard as an office manager keeps it before the add-in: own headings, a blank row,
// a quantity typed as a word, an #N/A pasted from a lookup, and a count date typed as text.
import { DATE_FORMAT, MONEY_FORMAT, serial } from "./dates";
import type { SampleSheet } from "./types";

const HEADERS = [
  "Item",
  "Category",
  "Qty",
  "Reorder at",
  "Max",
  "Vendor",
  "SKU",
  "Price",
  "Pack",
  "Location",
  "Daily use",
  "Lead time",
  "Last counted",
];

const counted = serial(2026, 11, 2);
const countedEarlier = serial(2026, 10, 19);

// prettier-ignore
const ITEMS: (string | number | null)[][] = [
  ["Copy paper A4 80gsm (ream)", "Paper", 42, 20, 80, "Northwind Office Supply", "NW-PAP-A4-80", 4.95, 5, "Cupboard A, shelf 1", 3, 4, counted],
  ["Copy paper A3 (ream)", "Paper", 6, 2, 10, "Northwind Office Supply", "NW-PAP-A3-80", 9.4, 5, "Cupboard A, shelf 1", 0.2, 4, counted],
  ["Letterhead paper (ream)", "Paper", 3, 2, 8, "Litware Print & Paper", "LW-LH-500", 28.5, 1, "Cupboard A, shelf 2", 0.1, 10, counted],
  ["Envelopes DL, pack of 500", "Paper", 2, 1, 6, "Northwind Office Supply", "NW-ENV-DL", 17.9, 1, "Cupboard A, shelf 2", 0.1, 4, counted],
  ["Sticky notes 76x76, 12 pads", "Desk", 9, 4, 20, "Northwind Office Supply", "NW-STK-76", 6.2, 1, "Cupboard B, drawer 1", 0.3, 4, counted],
  ["Ballpoint pens blue, box of 50", "Desk", 1, 1, 4, "Northwind Office Supply", "NW-PEN-BL50", 11.5, 1, "Cupboard B, drawer 1", 0.05, 4, counted],
  ["Ballpoint pens black, box of 50", "Desk", "twelve", 1, 4, "Northwind Office Supply", "NW-PEN-BK50", 11.5, 1, "Cupboard B, drawer 1", 0.05, 4, counted],
  ["Highlighters, assorted 4", "Desk", 7, 3, 12, "Northwind Office Supply", "NW-HL-4", 3.8, 1, "Cupboard B, drawer 1", 0.1, 4, counted],
  ["Whiteboard markers, 4 colours", "Desk", 2, 3, 10, "Northwind Office Supply", "NW-WBM-4", 5.6, 1, "Cupboard B, drawer 2", 0.15, 4, counted],
  ["Staples 26/6, box of 5000", "Desk", 5, 2, 10, "Northwind Office Supply", "NW-STP-266", 2.1, 1, "Cupboard B, drawer 2", 0.05, 4, counted],
  ["Paper clips, box of 100", "Desk", 14, 5, 20, "Northwind Office Supply", "NW-CLP-100", 0.9, 10, "Cupboard B, drawer 2", 0.1, 4, counted],
  ["Lever arch files A4", "Filing", 11, 6, 30, "Northwind Office Supply", "NW-LAF-A4", 2.75, 10, "Cupboard C", 0.4, 4, countedEarlier],
  ["Suspension files, box of 25", "Filing", 1, 1, 3, "Northwind Office Supply", "NW-SUS-25", 19.9, 1, "Cupboard C", 0.02, 4, countedEarlier],
  ["Toner HP 59A black", "Toner", 2, 2, 6, "Contoso Imaging", "CI-CF259A", 96.0, 1, "Copy room, cabinet", 0.1, 7, counted],
  ["Toner Brother TN-2420", "Toner", 1, 1, 4, "Contoso Imaging", "CI-TN2420", 58.3, 1, "Copy room, cabinet", 0.05, 7, counted],
  ["Drum unit Brother DR-2400", "Toner", 1, 1, 2, "Contoso Imaging", "CI-DR2400", 84.0, 1, "Copy room, cabinet", 0.02, 7, counted],
  ["Copier toner Canon C-EXV 53", "Toner", 0, 1, 3, "Contoso Imaging", "CI-CEXV53", 71.5, 1, "Copy room, cabinet", 0.05, 10, counted],
  ["Fax paper roll 216mm", "Paper", 4, 2, 8, "Litware Print & Paper", "LW-FAX-216", 3.2, 1, "Reception", 0.05, 10, "14/11/2026"],
  [null, null, null, null, null, null, null, null, null, null, null, null, null],
  ["Coffee beans 1 kg", "Kitchen", 3, 4, 12, "Fourth Coffee Roasters", "FC-BEAN-1K", 21.0, 1, "Kitchen, top cupboard", 0.6, 3, counted],
  ["Milk UHT 1 L, pack of 12", "Kitchen", 1, 1, 4, "Wingtip Wholesale", "WW-MLK-12", 13.2, 1, "Kitchen, fridge side", 0.3, 2, counted],
  ["Tea bags, box of 100", "Kitchen", 4, 2, 8, "Wingtip Wholesale", "WW-TEA-100", 4.6, 1, "Kitchen, top cupboard", 0.2, 2, counted],
  ["Sugar sticks, box of 1000", "Kitchen", 1, 1, 3, "Wingtip Wholesale", "WW-SUG-1000", 9.9, 1, "Kitchen, top cupboard", 0.03, 2, counted],
  ["Paper cups 8oz, sleeve of 50", "Kitchen", 6, 4, 20, "Wingtip Wholesale", "WW-CUP-8", 3.4, 1, "Kitchen, bottom cupboard", 0.5, 2, counted],
  ["Dishwasher tablets, 100", "Cleaning", 1, 1, 3, "Wingtip Wholesale", "WW-DWT-100", 18.0, 1, "Kitchen, under sink", 0.04, 2, counted],
  ["Hand soap refill 5 L", "Cleaning", 2, 1, 4, "Wingtip Wholesale", "WW-SOAP-5L", 12.5, 1, "Cleaning cupboard", 0.05, 2, countedEarlier],
  ["Paper towels, case of 24", "Cleaning", 1, 1, 4, "Wingtip Wholesale", "WW-TWL-24", 26.0, 1, "Cleaning cupboard", 0.08, 2, countedEarlier],
  ["AA batteries, pack of 24", "IT", 3, 1, 6, "Northwind Office Supply", "NW-BAT-AA24", 14.0, 1, "IT drawer", "#N/A", 4, counted],
  ["USB-C charging cable 2 m", "IT", 5, 2, 10, "Adatum IT Supplies", "AD-USBC-2M", 8.9, 1, "IT drawer", 0.02, 5, counted],
  ["Wireless mouse", "IT", 2, 2, 6, "Adatum IT Supplies", "AD-MSE-WL", 16.5, 1, "IT drawer", 0.02, 5, counted],
  ["Label tape 12 mm black/white", "IT", 3, 2, 6, "Adatum IT Supplies", "AD-LBL-12", 12.8, 1, "IT drawer", 0.05, 5, counted],
];

export const supplies: SampleSheet = {
  name: "Supplies",
  rows: [HEADERS, ...ITEMS],
  columnFormats: { Price: MONEY_FORMAT, "Last counted": DATE_FORMAT },
};
