// Accessibility check with axe-core inside the real page. axe.source is evaluated through the DevTools
// protocol rather than added as a <script>, so the page's Content-Security-Policy (script-src 'self')
// stays exactly as shipped.
import axe from "axe-core";
import type { Page } from "playwright-core";

export interface AxeViolationSummary {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

const FAILING_IMPACTS = new Set(["serious", "critical"]);

/**
 * Fluent UI v9 (through tabster) puts focusable, aria-hidden `<i data-tabster-dummy>` guards around menus
 * and focus zones (microsoft/tabster#288, microsoft/accessibility-insights-web#7605). axe's
 * aria-hidden-focus flags them by their markup. What matters is what a keyboard or screen-reader user
 * meets: a guard that hands focus on the moment it gets it is never rested on, so it is set aside; a guard
 * (or anything else) that keeps focus while hidden is reported. Judging by behaviour, not by the
 * attribute, keeps the rule biting on a hidden control that really does take focus.
 */
const FOCUS_GUARD = { rule: "aria-hidden-focus", attribute: "data-tabster-dummy" };

export interface AxeReport {
  violations: AxeViolationSummary[];
  /** Nodes left out (focus guards that hand focus on), with the reason, so nothing is dropped silently. */
  setAside: string[];
}

/**
 * Runs axe on the elements matching `selectors` (all of them together). The WCAG 2.x A/AA rules and
 * axe's best practices run; the caller decides which impacts fail.
 */
export async function runAxeReport(page: Page, selectors: string[]): Promise<AxeReport> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ include, guard }) => {
      const axeInPage = (window as unknown as { axe: typeof axe }).axe;
      const present = include.filter((s) => document.querySelector(s));
      if (present.length === 0) throw new Error(`axe: nothing on the page matches ${include.join(", ")}`);
      const results = await axeInPage.run(
        { include: present.map((s) => [s]) },
        {
          elementRef: true,
          resultTypes: ["violations"],
          runOnly: {
            type: "tag",
            values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
          },
        },
      );
      const setAside: string[] = [];
      /** Focuses `el` as Tab would and says whether focus moved on at once; focus is then put back. */
      const handsFocusOn = (el: Element) => {
        if (!(el instanceof HTMLElement)) return false;
        const before = document.activeElement;
        el.focus();
        const movedOn = document.activeElement !== el && document.activeElement !== document.body;
        if (before instanceof HTMLElement) before.focus();
        return movedOn;
      };
      const violations = results.violations
        .map((v) => {
          const kept = v.nodes.filter((n) => {
            const el = n.element;
            const isGuard = v.id === guard.rule && el instanceof Element && el.hasAttribute(guard.attribute);
            if (isGuard && handsFocusOn(el)) {
              setAside.push(
                `${v.id} on ${n.target.map(String).join(" ")}: a Fluent focus guard that hands focus on at once, ` +
                  "so no keyboard or screen-reader user rests on it",
              );
              return false;
            }
            return true;
          });
          return {
            id: v.id,
            impact: v.impact ?? "unknown",
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: kept.map((n) => ({
              target: n.target.map(String).join(" "),
              summary: (n.failureSummary ?? "").replace(/\s+/g, " ").trim(),
            })),
          };
        })
        .filter((v) => v.nodes.length > 0);
      return { violations, setAside };
    },
    { include: selectors, guard: FOCUS_GUARD },
  );
}

export async function runAxe(page: Page, selectors: string[]): Promise<AxeViolationSummary[]> {
  return (await runAxeReport(page, selectors)).violations;
}

/** The violations that fail a journey: serious or critical. */
export function failingViolations(violations: AxeViolationSummary[]): AxeViolationSummary[] {
  return violations.filter((v) => FAILING_IMPACTS.has(v.impact));
}

/** A report a person can act on: rule, impact, what to do, and where. */
export function formatViolations(where: string, violations: AxeViolationSummary[]): string {
  if (violations.length === 0) return `${where}: no accessibility violations`;
  const lines = [`${where}: ${violations.length} accessibility violation(s)`];
  for (const v of violations) {
    lines.push(`- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 5)) lines.push(`    element ${n.target}: ${n.summary}`);
    if (v.nodes.length > 5) lines.push(`    … and ${v.nodes.length - 5} more`);
  }
  return lines.join("\n");
}

/**
 * Fails with a readable list when axe finds problems in the given region: serious or critical ones, or
 * with `every` any violation at all (the narrow-pane journey holds every page to that).
 */
export async function expectAccessible(
  page: Page,
  where: string,
  selectors: string[],
  { every = false } = {},
): Promise<void> {
  const { violations, setAside } = await runAxeReport(page, selectors);
  const failing = every ? violations : failingViolations(violations);
  if (failing.length > 0) {
    const note = setAside.length > 0 ? `\nSet aside:\n${setAside.join("\n")}` : "";
    throw new Error(formatViolations(where, failing) + note);
  }
}
