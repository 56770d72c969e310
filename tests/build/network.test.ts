// The add-in makes no network calls of its own. Two checks:
// 1. the source in src/, read with the TypeScript AST, never uses a network API (fetch, XMLHttpRequest,
//    WebSocket, EventSource, sendBeacon, importScripts, dynamic import of a URL);
// 2. the production bundles in dist/ contain no network call except the library code named below, and
//    no absolute URL outside a short list, each with the reason it is there.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import * as ts from "typescript";
import { distDir, readDist, root } from "./support/dist";

const NETWORK_APIS = new Set([
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "EventSource",
  "sendBeacon",
  "importScripts",
]);
// Objects through which those are reached as properties: window.fetch, navigator.sendBeacon, ...
const GLOBALS = new Set(["window", "globalThis", "self", "navigator", "document"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** "./x", "../x", "exceljs", "@scope/pkg/sub": bundled by webpack. A scheme or "//" is a URL. */
const isBundledSpecifier = (text: string) =>
  text.startsWith(".") || /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w.-]+)*$/i.test(text);

/** Uses of a network API in one file: "file:line name". */
function networkUses(path: string, text = readFileSync(path, "utf8")): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && NETWORK_APIS.has(node.text)) {
      const parent = node.parent;
      // A name of something else (Excel.EventSource, an object key, an enum member, a type's member) is
      // not a use of the global.
      const isMemberName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) ||
          ts.isPropertyDeclaration(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isMethodSignature(parent) ||
          ts.isEnumMember(parent) ||
          // The simulator's own Excel.EventSource enum is declared under that name.
          ts.isVariableDeclaration(parent)) &&
          parent.name === node) ||
        ts.isExportSpecifier(parent) ||
        ts.isQualifiedName(parent);
      if (!isMemberName) out.push(`${where(node)} ${node.text}`);
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      NETWORK_APIS.has(node.name.text) &&
      ts.isIdentifier(node.expression) &&
      GLOBALS.has(node.expression.text)
    ) {
      out.push(`${where(node)} ${node.expression.text}.${node.name.text}`);
    }
    // import("https://...") would load code from the network. A relative path or a package name is
    // resolved by webpack at build time into a chunk served with the add-in (the preview's exceljs).
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      !(ts.isStringLiteral(node.arguments[0]) && isBundledSpecifier(node.arguments[0].text))
    ) {
      out.push(`${where(node)} import(${node.arguments[0].getText(file)})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

describe("the source has no network calls of the add-in's own", () => {
  const files = sourceFiles(join(root, "src"));

  test("src/ is read (the check looks at real files)", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(join("excel", "run.ts")))).toBe(true);
  });

  test("no fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, importScripts or import of a URL", () => {
    expect(files.flatMap((f) => networkUses(f))).toEqual([]);
  });

  test("the check finds each kind of use (it can fail)", () => {
    const probe = [
      'const r = await fetch("/x");',
      "const x = new XMLHttpRequest();",
      'navigator.sendBeacon("/log", "");',
      "const ws = new WebSocket(url);",
      'window.fetch("/y");',
      'await import("https://cdn.example.com/x.js");',
      'await import("//cdn.example.com/y.js");',
      "await import(someUrl);",
      // Not uses: names of other things.
      "const e = Excel.EventSource.local; const o = { fetch: 1 }; obj.fetch(); interface I { fetch(): void }",
      "export const EventSource = { local: 'Local' };",
      'await import("exceljs"); await import("@scope/pkg/sub"); await import("./page");',
    ].join("\n");
    const uses = networkUses(join(root, "src", "probe.ts"), probe).map((u) => u.replace(/^.*:\d+ /, ""));
    expect(uses).toEqual([
      "fetch",
      "XMLHttpRequest",
      "navigator.sendBeacon",
      "WebSocket",
      "window.fetch",
      'import("https://cdn.example.com/x.js")',
      'import("//cdn.example.com/y.js")',
      "import(someUrl)",
    ]);
  });
});

// What the built files may contain, by what it is and why it is not a call of the add-in's own.
// (None since the CSV reader became the project's own: core/csv, docs/calls.md "Reading CSV files".)
const ALLOWED_CALLS: { pattern: RegExp; why: string }[] = [];

const CALL_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: "fetch(", pattern: /(?<![\w$])fetch\s*\(/g },
  { name: "XMLHttpRequest", pattern: /new XMLHttpRequest[^;]{0,60}/g },
  { name: "WebSocket", pattern: /new WebSocket\b/g },
  { name: "EventSource", pattern: /new EventSource\b/g },
  { name: "sendBeacon", pattern: /sendBeacon/g },
  // webpack's runtime only tests `typeof importScripts` to find its public path; a call would load code.
  { name: "importScripts(", pattern: /(?<![\w$])importScripts\s*\(/g },
];

const ALLOWED_HOSTS: Record<string, string> = {
  "appsforoffice.microsoft.com": "office.js, loaded by taskpane.html as every Office add-in must",
  "outlook.office.com": "the Outlook on the web compose link the person opens (a link, not a request)",
  "www.w3.org": "SVG and XML namespace names in icons and React DOM",
  "react.dev": "React's error-decoder links in its error messages",
  "github.com": "licence and docs links inside library messages",
  "docs.microsoft.com": "the simulator's copy of Excel's 5 MB error text (preview only)",
  localhost: "the dev server",
  // The preview's libraries (tests/build/isolation.test.ts keeps them out of the add-in's entries):
  "schemas.openxmlformats.org":
    "XML namespace names the preview writes into a saved .xlsx (names, not requests)",
  "stuk.github.io": "JSZip's documentation links in its error messages",
  "chevrotain.io": "documentation links in the formula parser's grammar error messages",
  "en.wikipedia.org": "a link in the formula parser's grammar error messages",
  "unpkg.com": "chevrotain's syntax-diagram page generator, a debugging aid the preview never calls",
  "gionkunz.github.com":
    "chartist's XML namespace name (the ct: attributes on the preview's chart SVG): a string, not a request",
};
// RFC 2606 reserved names: sample data in the preview workbook and help, never reachable.
const isReservedExample = (host: string) => host === "example.com" || host.endsWith(".example.com");

const builtFiles = (): string[] =>
  readdirSync(distDir).filter((f) => /\.(js|html)$/.test(f) && !f.endsWith(".LICENSE.txt"));

describe("the production bundles have no network calls of the add-in's own", () => {
  test("dist/ holds the built pages and scripts", () => {
    const files = builtFiles();
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "preview.html"]));
    expect(files.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(3);
  });

  test("no network call except the library code listed, with its reason", () => {
    const found: string[] = [];
    for (const file of builtFiles()) {
      const text = readDist(file);
      for (const { name, pattern } of CALL_PATTERNS) {
        for (const m of text.matchAll(pattern)) {
          const around = text.slice(Math.max(0, m.index - 80), m.index + 120);
          if (!ALLOWED_CALLS.some((a) => a.pattern.test(around))) found.push(`${file}: ${name} …${m[0]}…`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  test("absolute URLs only to the hosts listed, each with its reason", () => {
    const hosts = new Map<string, Set<string>>();
    for (const file of builtFiles()) {
      for (const m of readDist(file).matchAll(/https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)/gi)) {
        const host = m[1].toLowerCase();
        if (host in ALLOWED_HOSTS || isReservedExample(host)) continue;
        hosts.set(host, (hosts.get(host) ?? new Set()).add(file));
      }
    }
    expect([...hosts].map(([host, files]) => `${host} in ${[...files].join(", ")}`)).toEqual([]);
  });

  test("scripts and styles of every page come from the add-in itself (office.js aside)", () => {
    for (const page of builtFiles().filter((f) => f.endsWith(".html"))) {
      const html = readDist(page);
      const external = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']?([^"'\s>]+)/g)]
        .map((m) => m[1])
        .filter((url) => /^(https?:)?\/\//i.test(url));
      expect({ page, external }).toEqual({
        page,
        external:
          page === "taskpane.html" ? ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"] : [],
      });
    }
  });
});
