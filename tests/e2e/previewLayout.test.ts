// The preview at any window width: below the width a grid and the pane need side by side, the pane goes
// below the workbook at the window's width instead of being cut off; nothing scrolls sideways; nothing
// of the workbook (the formula bar above all) is drawn over the pane's header; and the grid, once
// reached with Tab, shows a focus ring that nothing covers.
import type { Locator, Page } from "playwright-core";
import { describeE2E } from "./support/harness";
import type { PreviewUi } from "./support/previewUi";

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

async function boxOf(target: Locator): Promise<Box> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    // Page coordinates, so boxes compare however far the page is scrolled.
    return {
      left: r.left + scrollX,
      top: r.top + scrollY,
      right: r.right + scrollX,
      bottom: r.bottom + scrollY,
    };
  });
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** How far the page scrolls sideways (0 when it does not). */
function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * What is drawn on top at points across the pane's header (scrolled into view): anything that is not
 * the header or inside it covers it.
 */
async function headerCoveredBy(ui: PreviewUi): Promise<string[]> {
  const header = ui.pane.locator("header").first();
  await header.scrollIntoViewIfNeeded();
  return header.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const found = new Set<string>();
    for (const fx of [0.05, 0.25, 0.5, 0.75, 0.95]) {
      for (const fy of [0.25, 0.5, 0.75]) {
        const top = document.elementFromPoint(r.left + r.width * fx, r.top + r.height * fy);
        if (top && !el.contains(top)) {
          const name = top.getAttribute("aria-label") ?? (top.textContent ?? "").trim().slice(0, 30);
          found.add(`<${top.tagName.toLowerCase()}> "${name}"`);
        }
      }
    }
    return [...found];
  });
}

/**
 * With focus in the grid: the grid or an ancestor inside the workbook that draws a ring (an outline of at
 * least 2 px), and whether the ring is what shows at a point on its left edge, halfway down.
 */
async function gridFocusRing(ui: PreviewUi) {
  return ui.grid.evaluate((grid) => {
    const workbook = grid.closest("[aria-label=Workbook]");
    for (let el: Element | null = grid; el && el !== workbook; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2) continue;
      const r = el.getBoundingClientRect();
      const offset = parseFloat(style.outlineOffset);
      const x = r.left - offset - parseFloat(style.outlineWidth) / 2;
      const atRing = document.elementFromPoint(x, r.top + r.height / 2);
      return {
        outline: `${style.outlineWidth} ${style.outlineStyle}`,
        shows: atRing === el,
        coveredBy:
          atRing === el
            ? ""
            : atRing
              ? `<${atRing.tagName.toLowerCase()}> ${atRing.className}`
              : "nothing: the ring is off screen",
      };
    }
    return { outline: "none", shows: false, coveredBy: "" };
  });
}

describeE2E("preview layout", ({ journey }) => {
  journey(
    "in a 320 px window the pane is below the workbook, at the window's width, its header uncovered",
    "preview-320",
    async (ui) => {
      const width = 320;
      const workbook = await boxOf(ui.workbook);
      const pane = await boxOf(ui.pane);
      expect({
        paneBelowWorkbook: pane.top >= workbook.bottom - 0.5,
        overlap: overlaps(pane, workbook),
        paneInWindow: pane.left >= 0 && pane.right <= width + 0.5,
        paneWidth: Math.round(pane.right - pane.left),
        sideways: await sideways(ui.page),
      }).toEqual({
        paneBelowWorkbook: true,
        overlap: false,
        paneInWindow: true,
        paneWidth: width,
        sideways: 0,
      });
      expect(overlaps(await boxOf(ui.formulaBar), await boxOf(ui.pane.locator("header").first()))).toBe(
        false,
      );
      expect(await headerCoveredBy(ui)).toEqual([]);
      expect(await ui.horizontalOverflow()).toEqual([]);
      // The closing picture (docs/screenshots/preview-320.png) shows the workbook with the pane below.
      await ui.page.evaluate(() => scrollTo(0, 0));
    },
    { viewport: { width: 320, height: 800 } },
  );

  journey(
    "in a wide window the pane is beside the workbook, its header uncovered",
    "preview-wide",
    async (ui) => {
      const workbook = await boxOf(ui.workbook);
      const pane = await boxOf(ui.pane);
      expect({
        paneBesideWorkbook: pane.left >= workbook.right - 0.5 && Math.abs(pane.top - workbook.top) < 1,
        overlap: overlaps(pane, workbook),
        paneWidth: Math.round(pane.right - pane.left),
        sideways: await sideways(ui.page),
      }).toEqual({ paneBesideWorkbook: true, overlap: false, paneWidth: 341, sideways: 0 });
      expect(await headerCoveredBy(ui)).toEqual([]);
    },
    { viewport: { width: 1280, height: 800 } },
  );

  journey(
    "the grid shows a focus ring when Tab reaches it, at 320 px as wide",
    "preview-grid-focus",
    async (ui) => {
      for (const width of [320, 1280]) {
        await ui.page.setViewportSize({ width, height: 800 });
        await ui.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        expect({ width, before: (await gridFocusRing(ui)).outline }).toEqual({ width, before: "none" });
        await ui.formulaBar.focus();
        await ui.tabTo(ui.grid, { max: 10 });
        expect({ width, ring: await gridFocusRing(ui) }).toEqual({
          width,
          ring: { outline: "2px solid", shows: true, coveredBy: "" },
        });
      }
    },
  );
});
