// Finding the header row of a 200-column sheet and matching it to the Inventory register (core only):
// what inspecting a wide export does before the mapping review. Rows don't apply (the width does), so
// the case runs at the harness's default size.
import { inventory } from "../../src/core/registers/definitions";
import { detectHeaderRow } from "../../src/core/registers/detectHeaderRow";
import { jsonBytes, seededRandom, type BenchCase, type CaseContext } from "../harness";

interface Ctx extends CaseContext {
  rows: unknown[][];
}

const WIDTH = 200;

// The register's fields as people write them: exact, aliases, other case and spacing, and typos that
// only the fuzzy pass can place.
const FIELD_HEADERS = [
  "Item code",
  "Description",
  "category",
  "UOM",
  "Shelf",
  "Vendor",
  "Part no.",
  "Unit  Price",
  "Qty on hand",
  "On-order",
  "Daily usage",
  "Lead time",
  "Safety stok",
  "Reorder levle",
  "Max stock",
  "Pack size",
  "MOQ",
  "Reorder qty",
  "Last counted",
  "Remarks",
];

// The other 180 columns of a wide export: weekly counts, numbered extras, long descriptive headers,
// near-misses of field names ("Notes 2", "Pack size (old)") and a few blanks.
function otherHeaders(count: number): unknown[] {
  const random = seededRandom(9);
  const out: unknown[] = [];
  for (let i = 0; out.length < count; i++) {
    switch (i % 6) {
      case 0:
        out.push(`Count week ${1 + (i % 52)}`);
        break;
      case 1:
        out.push(`Custom field ${i}`);
        break;
      case 2:
        out.push(
          `Quantity consumed by department ${i} during the quarter before the last stock take (${Math.floor(random() * 1000)})`,
        );
        break;
      case 3:
        out.push(["Notes 2", "Pack size (old)", "Supplier 2", "Price 2024", "Cost centre"][i % 5]);
        break;
      case 4:
        out.push(i % 24 === 4 ? "" : `Attr${Math.floor(random() * 10_000)}`);
        break;
      default:
        out.push(`Spalte ${i} – Lagerort`);
    }
  }
  return out;
}

const benchCase: BenchCase<Ctx> = {
  name: "match headers, 200 columns",
  setup: () => {
    const random = seededRandom(8);
    const headers = otherHeaders(WIDTH - FIELD_HEADERS.length);
    // Spread the field columns through the sheet rather than at its start.
    FIELD_HEADERS.forEach((h, i) => headers.splice(i * 10, 0, h));
    // Values fit their columns (names under Description, UOM and Vendor, numbers elsewhere): matching
    // checks a header against the values under it.
    const words = new Set(["Description", "UOM", "Vendor"]);
    const data = Array.from({ length: 12 }, () =>
      headers.map((h, c) =>
        c % 10 === 1 || words.has(h as string) ? `Item ${c}` : Math.floor(random() * 100),
      ),
    );
    // A title and a notes row above the headers, as exports often have.
    const title: unknown[] = ["Stock export 2026 – all sites", ...Array(WIDTH - 1).fill("")];
    const notes: unknown[] = ["Counts in units; prices in EUR", ...Array(WIDTH - 1).fill("")];
    const rows = [title, notes, headers, ...data];
    return { rows, dataBytes: jsonBytes(rows.slice(0, 10)) };
  },
  run: ({ rows }) => {
    const result = detectHeaderRow(rows, inventory);
    if (result.headerRow !== 2 || !result.match)
      throw new Error(`header row found at ${result.headerRow}, not 2`);
    const matched = result.match.matches.length;
    if (matched < FIELD_HEADERS.length - 2)
      throw new Error(`only ${matched} of ${FIELD_HEADERS.length} field headers matched`);
    return { checksum: matched };
  },
};
export default benchCase;
