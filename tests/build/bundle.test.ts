// The production build in dist/: size budgets (docs/performance.md), the functions bundle free of React, each
// page's scripts and Content-Security-Policy.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { distDir, distPath, entrypoints, readDist } from "./support/dist";

const KB = 1024;
const TASKPANE_BUDGET = 120 * KB;
const FUNCTIONS_BUDGET = 10 * KB;

const gzipped = (files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(distPath(file)), { level: 9 }).length, 0);

const scriptsOf = (html: string) =>
  [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);

function cspOf(html: string): Map<string, string[]> {
  const meta = html.match(/<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i)?.[0] ?? "";
  const content = meta.match(/content="([^"]*)"/)?.[1] ?? "";
  return new Map(
    content
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

const report = entrypoints();
const pages = readdirSync(distDir).filter((file) => file.endsWith(".html"));

describe("size budgets (gzipped)", () => {
  test(`the task pane's initial JavaScript is at most ${TASKPANE_BUDGET / KB} KB`, () => {
    const size = gzipped(report.taskpane.files);
    expect(size).toBeLessThanOrEqual(TASKPANE_BUDGET);
  });

  test(`the custom functions entry is at most ${FUNCTIONS_BUDGET / KB} KB`, () => {
    expect(gzipped(report.functions.files)).toBeLessThanOrEqual(FUNCTIONS_BUDGET);
  });
});

describe("the custom functions bundle", () => {
  test("bundles no React, React DOM or Fluent UI", () => {
    const ui = report.functions.packages.filter((name) =>
      /^(react|react-dom|scheduler|@fluentui\/.*|@griffel\/.*)$/.test(name),
    );
    expect(ui).toEqual([]);
  });

  test("contains none of React's runtime markers", () => {
    for (const file of report.functions.files) {
      const code = readDist(file);
      expect(code).not.toMatch(/react\.(transitional\.)?element|__reactFiber|react-dom/);
    }
  });

  test("registers each custom function exactly once (the build adds no registrations of its own)", () => {
    const ids = (
      JSON.parse(readDist("functions.json")) as { functions: Array<{ id: string }> }
    ).functions.map((f) => f.id);
    const code = report.functions.files.map((file) => readDist(file)).join("\n");
    const counts = ids.map((id) => [id, code.split(`associate("${id}"`).length - 1]);
    expect(counts).toEqual(ids.map((id) => [id, 1]));
  });

  test("the check above would see React: the task pane bundle has it", () => {
    expect(report.taskpane.packages).toEqual(expect.arrayContaining(["react", "react-dom"]));
    const code = report.taskpane.files.map((file) => readDist(file)).join("\n");
    expect(code).toMatch(/react\.(transitional\.)?element/);
  });
});

describe("pages", () => {
  const taskpane = readDist("taskpane.html");
  const preview = readDist("preview.html");

  test("taskpane.html hosts the shared runtime: office.js, then the functions, commands and task pane entries", () => {
    const scripts = scriptsOf(taskpane);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const local = scripts.slice(1);
    for (const entry of ["functions", "commands", "taskpane"]) {
      expect(local).toEqual(expect.arrayContaining(report[entry].files));
    }
    const last = (entry: string) => local.indexOf(report[entry].files[report[entry].files.length - 1]);
    expect(last("functions")).toBeLessThan(last("taskpane"));
    expect(scripts.filter((src) => /^(https?:)?\/\//.test(src))).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
  });

  test("preview.html loads only its own scripts, and no office.js", () => {
    const scripts = scriptsOf(preview);
    expect(scripts).toEqual(expect.arrayContaining(report.preview.files));
    expect(scripts.filter((src) => /^(https?:)?\/\/|^data:/.test(src))).toEqual([]);
    expect(preview).not.toMatch(/<script[^>]+office\.js/);
  });

  test("every file a page refers to is in dist/", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const refs = [...readDist(page).matchAll(/\b(?:src|href)=["']?([^"'\s>]+)/g)].map((m) => m[1]);
      for (const ref of refs.filter((r) => !/^([a-z]+:|#|\/\/)/i.test(r))) {
        checked += 1;
        if (!existsSync(join(distDir, ref.split(/[?#]/)[0]))) missing.push(`${page} -> ${ref}`);
      }
    }
    expect(checked).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });

  test("every page has a Content-Security-Policy that allows scripts only from itself (and Office for the task pane)", () => {
    const htmlFiles = [...pages, ...readdirSync(join(distDir, "assets")).filter((f) => f.endsWith(".html"))];
    expect(htmlFiles).toEqual(expect.arrayContaining(["taskpane.html", "preview.html"]));
    for (const file of htmlFiles) {
      const html = readDist(pages.includes(file) ? file : `assets/${file}`);
      const csp = cspOf(html);
      expect({ file, hasCsp: csp.size > 0 }).toEqual({ file, hasCsp: true });
      const scriptSrc = csp.get("script-src") ?? csp.get("default-src") ?? [];
      expect({ file, restrictsScripts: scriptSrc.length > 0 }).toEqual({ file, restrictsScripts: true });
      const allowed =
        file === "taskpane.html" ? ["'self'", "https://appsforoffice.microsoft.com"] : ["'self'", "'none'"];
      expect({ file, extra: scriptSrc.filter((source) => !allowed.includes(source)) }).toEqual({
        file,
        extra: [],
      });
    }
  });

  test("the task pane's policy: styles may be inline (Fluent UI injects them), no eval, no dev socket in production", () => {
    const csp = cspOf(taskpane);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect(cspOf(preview).get("connect-src")).toEqual(["'self'"]);
  });
});
