// The deployment rewrite: `ADDIN_BASE_URL=https://host/path/ npm run build` points the manifest and the
// functions' help links at the host. The rewrite itself is build/base-url.cjs; webpack.config.js wires it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { checkBaseUrl, rewriteBaseUrl } from "../../build/base-url.cjs";
import { root } from "./support/dist";
import { byName, parseXml, type XmlElement } from "./support/manifest";

const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const base = "https://backoffice.example.com/addin/";

interface Plugin {
  constructor: { name: string };
  baseUrl?: string;
  files?: string[];
}
type MakeConfig = (env: object, argv: { mode: string }) => { plugins: Plugin[] };
// webpack.config.js is CommonJS without types; load it the way webpack does.
const load = createRequire(__filename);
const makeConfig = load(join(root, "webpack.config.js")) as MakeConfig;

function withBaseUrl<T>(value: string | undefined, run: () => T): T {
  const before = process.env.ADDIN_BASE_URL;
  if (value === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = value;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = before;
  }
}

describe("rewriteBaseUrl", () => {
  const rewritten = rewriteBaseUrl(manifest, base);
  const app = parseXml(rewritten).documentElement as XmlElement;

  test("leaves no development address in the manifest", () => {
    expect(manifest).toMatch(/localhost:3000/);
    expect(rewritten).not.toMatch(/localhost/);
  });

  test("points every resource URL under the base and the app domain at its origin", () => {
    const values = byName(app, "Url")
      .concat(
        byName(app, "Image"),
        byName(app, "SourceLocation"),
        byName(app, "IconUrl"),
        byName(app, "SupportUrl"),
      )
      .map((element) => element.getAttribute("DefaultValue"))
      .filter((value): value is string => Boolean(value));
    expect(values.length).toBeGreaterThan(15);
    expect(values.filter((value) => !value.startsWith(base))).toEqual([]);
    expect(byName(app, "AppDomain").map((element) => element.textContent)).toEqual([
      "https://backoffice.example.com",
    ]);
    expect(
      byName(app, "Url")
        .find((url) => url.getAttribute("id") === "Taskpane.Url")
        ?.getAttribute("DefaultValue"),
    ).toBe(`${base}taskpane.html`);
  });

  test("changes nothing else", () => {
    const back = rewritten.split(base).join("https://localhost:3000/");
    expect(
      back.replace("<AppDomain>https://backoffice.example.com<", "<AppDomain>https://localhost:3000<"),
    ).toBe(manifest);
  });

  test("rewrites the help links in functions.json text", () => {
    const json = JSON.stringify({
      functions: [{ id: "EOQ", helpUrl: "https://localhost:3000/functions-help.html#eoq" }],
    });
    expect(JSON.parse(rewriteBaseUrl(json, base)).functions[0].helpUrl).toBe(
      `${base}functions-help.html#eoq`,
    );
  });
});

describe("checkBaseUrl", () => {
  test("accepts an https address ending in /", () => {
    expect(checkBaseUrl(base)).toBe(base);
    expect(checkBaseUrl("https://host.example.org/")).toBe("https://host.example.org/");
  });

  test.each([
    ["http://backoffice.example.com/addin/", /https/],
    ["https://backoffice.example.com/addin", /end with "\/"/],
    ["backoffice.example.com/addin/", /not a URL/],
    ["https://backoffice.example.com/addin/?v=2/", /query or fragment/],
  ])("rejects %s with a clear message", (value, message) => {
    expect(() => checkBaseUrl(value)).toThrow(message);
  });
});

describe("webpack.config.js", () => {
  const rewriter = (config: { plugins: Plugin[] }) =>
    config.plugins.find((plugin) => plugin.constructor.name === "RewriteBaseUrlPlugin");

  test("a production build with ADDIN_BASE_URL rewrites manifest.xml and functions.json", () => {
    const plugin = withBaseUrl(base, () => rewriter(makeConfig({}, { mode: "production" })));
    expect(plugin?.baseUrl).toBe(base);
    expect(plugin?.files).toEqual(expect.arrayContaining(["manifest.xml", "functions.json"]));
  });

  test("a bad ADDIN_BASE_URL stops the build with the reason", () => {
    expect(() =>
      withBaseUrl("http://insecure.example.com/", () => makeConfig({}, { mode: "production" })),
    ).toThrow(/ADDIN_BASE_URL must use https/);
  });

  test("development and builds without ADDIN_BASE_URL keep the localhost addresses", () => {
    expect(withBaseUrl(base, () => rewriter(makeConfig({}, { mode: "development" })))).toBeUndefined();
    expect(withBaseUrl(undefined, () => rewriter(makeConfig({}, { mode: "production" })))).toBeUndefined();
  });
});
