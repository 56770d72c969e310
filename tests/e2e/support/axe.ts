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
 * Runs axe on the elements matching `selectors` (all of them together) and returns its violations.
 * The WCAG 2.x A/AA rules and axe's best practices run; the caller decides which impacts fail.
 */
export async function runAxe(page: Page, selectors: string[]): Promise<AxeViolationSummary[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async (include) => {
    const axeInPage = (window as unknown as { axe: typeof axe }).axe;
    const present = include.filter((s) => document.querySelector(s));
    if (present.length === 0) throw new Error(`axe: nothing on the page matches ${include.join(", ")}`);
    const results = await axeInPage.run(
      { include: present.map((s) => [s]) },
      {
        resultTypes: ["violations"],
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
      },
    );
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(" "),
        summary: (n.failureSummary ?? "").replace(/\s+/g, " ").trim(),
      })),
    }));
  }, selectors);
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
    for (const n of v.nodes.slice(0, 5)) lines.push(`    at ${n.target}: ${n.summary}`);
    if (v.nodes.length > 5) lines.push(`    … and ${v.nodes.length - 5} more`);
  }
  return lines.join("\n");
}

/** Fails with a readable list when axe finds serious or critical problems in the given region. */
export async function expectAccessible(page: Page, where: string, selectors: string[]): Promise<void> {
  const all = await runAxe(page, selectors);
  const failing = failingViolations(all);
  if (failing.length > 0) throw new Error(formatViolations(where, failing));
}
