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
 * Known false positives, set aside by rule and element, never by rule alone. Each says why.
 * - aria-hidden-focus on Fluent's tabster "dummy" elements: Fluent UI v9 puts focusable, aria-hidden
 *   <i data-tabster-dummy> guards around menus and focus zones that hand focus on at once; tabster's
 *   maintainers say they are intentional and Accessibility Insights suppresses them the same way
 *   (microsoft/tabster#288, microsoft/accessibility-insights-web#7605).
 */
const FALSE_POSITIVES: { rule: string; attribute: string; reason: string }[] = [
  {
    rule: "aria-hidden-focus",
    attribute: "data-tabster-dummy",
    reason: "Fluent/tabster focus guard, intentionally focusable and hidden (microsoft/tabster#288)",
  },
];

export interface AxeReport {
  violations: AxeViolationSummary[];
  /** Nodes left out as known false positives, with the reason, so nothing is dropped silently. */
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
    async ({ include, falsePositives }) => {
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
      const violations = results.violations
        .map((v) => {
          const kept = v.nodes.filter((n) => {
            const known = falsePositives.find(
              (f) => f.rule === v.id && n.element instanceof Element && n.element.hasAttribute(f.attribute),
            );
            if (known) setAside.push(`${v.id} on ${n.target.map(String).join(" ")}: ${known.reason}`);
            return !known;
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
    { include: selectors, falsePositives: FALSE_POSITIVES },
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

/** Fails with a readable list when axe finds serious or critical problems in the given region. */
export async function expectAccessible(page: Page, where: string, selectors: string[]): Promise<void> {
  const { violations, setAside } = await runAxeReport(page, selectors);
  const failing = failingViolations(violations);
  if (failing.length > 0) {
    const note = setAside.length > 0 ? `\nSet aside as known false positives:\n${setAside.join("\n")}` : "";
    throw new Error(formatViolations(where, failing) + note);
  }
}
