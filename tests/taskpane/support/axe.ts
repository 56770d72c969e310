// The one axe check of the jsdom tests: every rule but colour contrast, which needs real layout and is
// left to the browser journeys (tests/e2e/support/axe.ts).
import axe from "axe-core";

/** axe's rule violations on the document, one line each: rule, help and the offending elements. */
export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(" ")} ${n.html}`).join(", ")})`,
  );
}
