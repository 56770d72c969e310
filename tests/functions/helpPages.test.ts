/**
 * @jest-environment jsdom
 */
// The function reference is written from the functions' JSDoc (build/function-reference.cjs) into
// README.md's "Function reference" section and the help page Excel opens from each function's help
// link. The README must be what the generator writes today, both must list every function with its
// syntax, and every example in them must be what the function really returns.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CATALOGUE } from "./catalogue";
import { shown } from "./customFunctionsStandIn";
import { excelDate, parseCall } from "./excelFormula";
import * as fns from "../../src/functions/functions";

const root = path.resolve(__dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const referenceStart = readme.indexOf("\n## Function reference\n");
const referenceEnd = readme.indexOf("\n## ", referenceStart + 1);
const markdown =
  referenceStart < 0 ? "" : readme.slice(referenceStart, referenceEnd < 0 ? undefined : referenceEnd);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build helper
const reference = require("../../build/function-reference.cjs") as {
  referenceMarkdown(): string;
  helpPage(): string;
  readFunctions(source: string): { id: string; fn: string; params: { name: string; optional: boolean }[] }[];
};
const pageSource = reference.helpPage();
const page = new DOMParser().parseFromString(pageSource, "text/html");

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const syntaxOf = (id: string) =>
  `BACKOFFICE.${id}(${CATALOGUE[id].params.map((p) => (CATALOGUE[id].optional.includes(p) ? `[${p}]` : p)).join(", ")})`;

interface Example {
  formula: string;
  result: string;
}

function markdownSection(id: string): string {
  const start = markdown.indexOf(`\n### ${id}\n`);
  const end = markdown.indexOf("\n### ", start + 1);
  return start < 0 ? "" : markdown.slice(start, end < 0 ? undefined : end);
}

function markdownExamples(id: string): Example[] {
  return [...markdownSection(id).matchAll(/^\| `(=BACKOFFICE\.[^`]+)` \| (.+?) \|$/gm)].map((m) => ({
    formula: m[1],
    result: m[2],
  }));
}

function pageExamples(id: string): Example[] {
  const tables = [...(page.getElementById(id.toLowerCase())?.querySelectorAll("table") ?? [])];
  const examples = tables.find((t) => t.caption?.textContent?.includes("Examples"));
  return [...(examples?.tBodies[0].rows ?? [])].map((row) => ({
    formula: squash(row.cells[0].textContent ?? ""),
    result: squash(row.cells[1].textContent ?? ""),
  }));
}

// Does what the function returned match how the reference shows it?
function matches(actual: unknown, documented: string): boolean {
  const error = /^#[A-Z0-9/]+[!?]?$/.exec(documented);
  if (error) return (shown(actual) as { code?: string }).code === documented;
  const text = /^"(.*)"$/.exec(documented);
  if (text) return actual === text[1];
  const number = /^-?\d+(?:\.(\d+))?/.exec(documented);
  if (!number || typeof actual !== "number") return false;
  const decimals = number[1]?.length ?? 0;
  return Math.abs(actual - Number(number[0])) <= 0.5 * 10 ** -decimals;
}

const exported = fns as unknown as Record<string, (...args: unknown[]) => unknown>;
const ids = Object.keys(CATALOGUE);

describe("function reference (README.md)", () => {
  it("README.md has a Function reference section", () => {
    expect(referenceStart).toBeGreaterThan(0);
  });

  it("is what npm run reference writes from the JSDoc (edit the JSDoc, then run it)", () => {
    expect(markdown.trim()).toBe(reference.referenceMarkdown().trim());
  });

  it("documents every exported function, with the signature of the code", () => {
    const source = readFileSync(path.join(root, "src/functions/functions.ts"), "utf8");
    const documented = reference.readFunctions(source).map((f) => ({
      id: f.id,
      fn: f.fn,
      params: f.params.map((p) => p.name),
      optional: f.params.filter((p) => p.optional).map((p) => p.name),
    }));
    expect(documented).toEqual(
      ids.map((id) => ({
        id,
        fn: CATALOGUE[id].fn,
        params: CATALOGUE[id].params,
        optional: CATALOGUE[id].optional,
      })),
    );
  });

  it.each(ids)("%s has a section with its syntax and at least two examples", (id) => {
    const section = markdownSection(id);
    expect(section).toContain(`\`${syntaxOf(id)}\``);
    expect(markdownExamples(id).length).toBeGreaterThanOrEqual(2);
  });

  it.each(ids)("%s: every example gives the documented result", (id) => {
    for (const { formula, result } of markdownExamples(id)) {
      const call = parseCall(formula);
      expect(call.name).toBe(id);
      const actual = exported[CATALOGUE[id].fn](...call.args);
      expect({ formula, actual: shown(actual), ok: matches(actual, result) }).toEqual({
        formula,
        actual: shown(actual),
        ok: true,
      });
    }
  });

  it("reads dates the way Excel does", () => {
    expect(excelDate(2025, 1, 1)).toBe(45658);
    expect(excelDate(1900, 3, 1)).toBe(61);
  });
});

describe("help page (functions-help.html, as the build emits it)", () => {
  it("is a plain, accessible static page", () => {
    expect(page.documentElement.lang).toBe("en");
    expect(page.title).toMatch(/Back Office/);
    expect(page.querySelectorAll("script")).toHaveLength(0);
    expect(pageSource).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(page.querySelectorAll("h1")).toHaveLength(1);
    expect(page.querySelector("main")).not.toBeNull();
    for (const table of page.querySelectorAll("table")) {
      expect(table.caption?.textContent?.trim()).toBeTruthy();
      expect(table.querySelectorAll("th[scope]").length).toBeGreaterThan(0);
    }
  });

  it("links every section from its navigation, and every link lands", () => {
    const targets = [...page.querySelectorAll("nav a")].map((a) => a.getAttribute("href"));
    expect(targets).toEqual(ids.map((id) => `#${id.toLowerCase()}`));
    for (const target of targets) expect(page.getElementById(target!.slice(1))).not.toBeNull();
  });

  it.each(ids)("%s: a section with the same syntax and examples as the markdown", (id) => {
    const section = page.getElementById(id.toLowerCase());
    expect(section?.tagName).toBe("SECTION");
    expect(squash(section?.querySelector("h2")?.textContent ?? "")).toBe(id);
    expect(squash(section?.querySelector(".syntax")?.textContent ?? "")).toBe(syntaxOf(id));
    expect(pageExamples(id)).toEqual(markdownExamples(id));
  });
});
