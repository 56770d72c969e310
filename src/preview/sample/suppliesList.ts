// A supplies list as an office manager might bring it from their own files: one plain sheet, their own
// headings, a supplier typed with a trailing space, a count written in words, a pack size as text,
// a cost with its unit, a blank row, the same item twice and a note at the bottom.
import { MONEY_FORMAT } from "./dates";
import type { SampleSheet } from "./types";

// prettier-ignore
export const suppliesList: SampleSheet = {
  name: "Supplies list",
  rows: [
    ["Item", "Supplier", "Qty in stock", "Min level", "Pack", "Cost"],
    ["Copy paper A4, box of 5 reams", "Northwind Office Supply", 8, 4, 1, 24.75],
    ["Copy paper A3, ream", "Northwind Office Supply", 3, 2, 5, 9.4],
    ["Envelopes C5, box of 250", "Northwind Office Supply ", 1, 1, 1, 14.2],
    ["Ballpoint pens, blue, box of 50", "Northwind Office Supply", 2, 1, 1, 11.5],
    ["Sticky notes 76x76", "Northwind Office Supply", "about 10", 6, 12, 0.55],
    ["Toner HP 59A", "Contoso Imaging", 0, 1, 1, 96],
    ["Toner Brother TN-2420", "Contoso Imaging", 2, 1, 1, 58.3],
    ["Staples 26/6", "Northwind Office Supply", 6, 2, "box of 10", 2.1],
    [null, null, null, null, null, null],
    ["Coffee beans 1 kg", "Fourth Coffee Roasters", 2, 3, 1, 21],
    ["Tea bags, box of 100", "Wingtip Wholesale", 5, 2, 1, "4.60 each"],
    ["Milk UHT 1 L", "Wingtip Wholesale", 12, 6, 12, 1.1],
    ["Paper cups 8oz, sleeve of 50", "Wingtip Wholesale", 4, 4, 1, 3.4],
    ["Hand soap refill 5 L", "Wingtip Wholesale", 1, 1, 1, 12.5],
    ["Toner HP 59A", "Contoso Imaging", 1, 1, 1, 96],
    ["AA batteries, pack of 24", "Adatum IT Supplies", 3, 1, 1, 14],
    [null, null, null, null, null, null],
    ["Prices without VAT, checked October", null, null, null, null, null],
  ],
  columnFormats: { Cost: MONEY_FORMAT },
};
