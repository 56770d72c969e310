// The Inventory page of the task pane showing a 2,000-row register in the preview: from the page being
// put on screen to its lists drawn (the low list, the stock count, the problems), with the register
// read through the simulator (formula engine plugged in, as in the preview) and React rendering into a
// jsdom document (bench/harness/dom.ts).
import { installDom, until } from "../harness/dom";
import { perSize, type BenchCase, type CaseContext } from "../harness";
import { inventoryWorkbook } from "./register-read";

interface Ctx extends CaseContext {
  show(): Promise<number>;
}

const setupFor = perSize((rows: number) => {
  installDom();
  // Loaded after the document exists: React DOM and Fluent read it when first imported.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createElement } = require("react") as typeof import("react");
  const { createRoot } = require("react-dom/client") as typeof import("react-dom/client");
  const { FluentProvider, webLightTheme } =
    require("@fluentui/react-components") as typeof import("@fluentui/react-components");
  const { installExcel } =
    require("../../src/preview/simulator") as typeof import("../../src/preview/simulator");
  const { attachFormulaEngine } =
    require("../../src/preview/formulas/engine") as typeof import("../../src/preview/formulas/engine");
  const InventoryPage = (
    require("../../src/taskpane/pages/inventory/InventoryPage") as typeof import("../../src/taskpane/pages/inventory/InventoryPage")
  ).default;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const { wb } = inventoryWorkbook(rows);
  attachFormulaEngine(wb);
  const excel = installExcel(wb);
  return {
    excel,
    dataBytes: rows,
    async show(): Promise<number> {
      const container = document.createElement("div");
      document.body.appendChild(container);
      const root = createRoot(container);
      root.render(
        createElement(
          FluentProvider,
          { theme: webLightTheme },
          createElement(InventoryPage, { focusHeading: false }),
        ),
      );
      await until(() => container.querySelector('[aria-label="Items to count"]') !== null);
      const items = container.querySelectorAll("li").length;
      root.unmount();
      container.remove();
      return items;
    },
  };
});

const benchCase: BenchCase<Ctx> = {
  name: "inventory page, 2,000 rows",
  sizes: [2_000],
  smokeSize: 100,
  runs: 5,
  targets: {
    maxMs: 300,
    label: "preview: show a 2,000-row Inventory page",
    maxRequestRatio: Infinity,
    syncsConstant: false,
  },
  setup: (rows) => setupFor(rows),
  run: async ({ show }) => ({ checksum: await show() }),
};
export default benchCase;
