// The Equipment page's markup is what HTML allows: a Fluent Badge is a <div>, and a <div> inside a <p>
// is invalid (React logs an error on every render, and an HTML parser would close the paragraph early).
// The browser journeys run the production build, where React does not check nesting, so it is held here.
import "../support/jsdomGaps";
import { render, screen } from "@testing-library/react";
import { todaySerial } from "../../../src/core/cells/excelDates";
import { equipment, serviceLog } from "../../../src/core/registers/definitions";
import EquipmentPage from "../../../src/taskpane/pages/equipment/EquipmentPage";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { seedRegister } from "../../excel/support";

jest.setTimeout(90_000);

const TODAY = todaySerial(new Date());

/** Elements HTML does not allow inside a <p>, as "<p> holds <div …>". */
function blocksInParagraphs(): string[] {
  const blocks = "div, ul, ol, section, table, p, h1, h2, h3, h4, h5, h6, form, header, footer";
  return Array.from(document.querySelectorAll("p")).flatMap((p) =>
    Array.from(p.querySelectorAll(blocks)).map(
      (el) =>
        `<p> "${(p.textContent ?? "").slice(0, 40)}" holds <${el.tagName.toLowerCase()} class="${el.className}">`,
    ),
  );
}

test("machine entries (status, schedule and warranty badges) put no block inside a paragraph", async () => {
  const wb = new SimWorkbook();
  seedRegister(wb, equipment, [
    {
      assetTag: "PR-01",
      type: "Printer",
      status: "Operational",
      serviceEveryDays: 180,
      lastService: TODAY - 10,
    },
    {
      assetTag: "CP-01",
      type: "Copier",
      status: "Out of service",
      serviceEveryDays: 90,
      lastService: TODAY - 100,
      warrantyUntil: TODAY + 5,
    },
  ]);
  seedRegister(wb, serviceLog, []);
  installExcel(wb);
  const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    render(<EquipmentPage focusHeading={false} />);
    const list = await screen.findByRole("list", { name: "Machines, overdue first" });
    expect(list.querySelectorAll(".fui-Badge").length).toBeGreaterThanOrEqual(5);
    expect(blocksInParagraphs()).toEqual([]);
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
  } finally {
    errors.mockRestore();
  }
});
