// Preview entry: a simulated workbook stands in for Excel and a stand-in for Office, so the task pane
// runs unchanged beside a grid view of the workbook. No office.js is loaded.
import { createRoot } from "react-dom/client";
import { installExcel } from "./simulator";
import { attachFormulaEngine } from "./formulas/engine";
import { installOfficeStandIn } from "./officeStandIn";
import { createPersonEdits } from "./personEdits";
import { PreviewApp } from "./PreviewApp";
import { createBlankWorkbook, createSampleWorkbook } from "./sample";

const sample =
  new URLSearchParams(globalThis.location?.search ?? "").get("sample") === "blank" ? "blank" : "sample";
const workbook = sample === "blank" ? createBlankWorkbook() : createSampleWorkbook();
// Live formulas: every formula computed now, and again as the cells it reads change.
attachFormulaEngine(workbook);
installExcel(workbook);
installOfficeStandIn();
// Browser tests (tests/e2e) inspect the simulated workbook through this handle.
(globalThis as unknown as { backOfficePreview: unknown }).backOfficePreview = { workbook };

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root)
    createRoot(root).render(
      <PreviewApp workbook={workbook} edits={createPersonEdits(workbook)} sample={sample} />,
    );
});
