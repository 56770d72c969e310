// The template editor's message: which placeholders a draft cannot fill, and the likely intended one.
import Fuse from "fuse.js";
import { unknownPlaceholders, type EmailTemplate } from "./template";

export interface PlaceholderIssue {
  name: string;
  /** The known placeholder it most resembles, when one is close ("poNumbr" → "poNumber"). */
  suggestion?: string;
  message: string;
}

export function checkPlaceholders(
  template: string | EmailTemplate,
  known: readonly string[],
): PlaceholderIssue[] {
  const fuse = new Fuse([...known], { includeScore: true, threshold: 0.4, ignoreLocation: true });
  return unknownPlaceholders(template, known).map((name) => {
    const suggestion = fuse.search(name)[0]?.item;
    const message = suggestion
      ? `{{${name}}} is not a placeholder this draft knows. Did you mean {{${suggestion}}}?`
      : `{{${name}}} is not a placeholder this draft knows. Known: ${known.map((k) => `{{${k}}}`).join(", ")}.`;
    return suggestion ? { name, suggestion, message } : { name, message };
  });
}
