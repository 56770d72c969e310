// The offline manifest check: what Office and Microsoft's validator would reject, checked without the
// network (`npm run validate` asks the online service). Rules cited from Microsoft's add-in only manifest
// reference (learn.microsoft.com/javascript/api/manifest) and the TaskPaneAppVersionOverrides V1_0 schema.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodePng, pngSize } from "./support/png";
import { readDist, root } from "./support/dist";
import {
  NS,
  allElements,
  byName,
  child,
  childElements,
  parseXml,
  xsiType,
  type XmlElement,
} from "./support/manifest";

const source = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = parseXml(source);
const app = doc.documentElement as XmlElement;

const text = (element: XmlElement | undefined) => (element?.textContent ?? "").trim();
const defaultValue = (name: string) => byName(app, name)[0]?.getAttribute("DefaultValue") ?? "";

// Resources by kind: resid -> value.
function resources(kind: "Images" | "Urls" | "ShortStrings" | "LongStrings"): Map<string, string> {
  const section = byName(app, "Resources")[0];
  const group = section ? child(section, kind) : undefined;
  const map = new Map<string, string>();
  for (const item of group ? childElements(group) : []) {
    map.set(item.getAttribute("id") ?? "", item.getAttribute("DefaultValue") ?? "");
  }
  return map;
}
const images = resources("Images");
const urls = resources("Urls");
const shortStrings = resources("ShortStrings");
const longStrings = resources("LongStrings");

// Which resource kind each resid-carrying element refers to.
function kindOf(element: XmlElement): Map<string, string> {
  const parent = element.parentNode as XmlElement | null;
  switch (element.localName) {
    case "Image":
      return images;
    case "SourceLocation":
    case "FunctionFile":
    case "Runtime":
    case "LearnMoreUrl":
      return urls;
    case "Description":
      return longStrings;
    case "Label":
    case "Namespace":
      return shortStrings;
    case "Title":
      return shortStrings;
    default:
      throw new Error(`unexpected resid on <${element.localName}> in <${parent?.localName}>`);
  }
}
const referencing = allElements(app).filter((element) => element.hasAttribute("resid"));

// Expected child order per schema, for the parts this manifest uses.
const ORDER: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "EquivalentAddins",
    "WebApplicationInfo",
  ],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  CustomFunctions: ["Script", "Page", "Metadata", "Namespace"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  ShowTaskpane: ["TaskpaneId", "SourceLocation", "Title"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

function orderProblems(element: XmlElement, expected: string[]): string[] {
  const names = childElements(element).map((c) => c.localName ?? "");
  const problems: string[] = [];
  let last = -1;
  for (const name of names) {
    const at = expected.indexOf(name);
    if (at < 0) problems.push(`<${element.localName}> has unexpected child <${name}>`);
    else if (at < last)
      problems.push(`<${name}> comes too late in <${element.localName}>: ${names.join(", ")}`);
    else last = at;
  }
  return problems;
}

describe("manifest.xml is well-formed and complete", () => {
  test("parses as XML with the add-in manifest namespaces", () => {
    expect(app.localName).toBe("OfficeApp");
    expect(app.namespaceURI).toBe(NS.app);
    expect(xsiType(app)).toBe("TaskPaneApp");
    const overrides = byName(app, "VersionOverrides")[0];
    expect(overrides.namespaceURI).toBe(NS.ov);
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
  });

  test("the parser used here rejects a broken manifest", () => {
    expect(() => parseXml(source.replace("</Hosts>", ""))).toThrow(/well-formed/);
  });

  test("Id is a GUID, version has one to four numeric parts, Workbook is the host", () => {
    expect(text(child(app, "Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(child(app, "Id"))).not.toBe("00000000-0000-0000-0000-000000000000");
    expect(text(child(app, "Version"))).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(defaultValue("DisplayName")).toBe("Back Office");
    expect(text(child(app, "ProviderName"))).not.toBe("");
    expect(defaultValue("Description").length).toBeGreaterThan(0);
    expect(defaultValue("Description").length).toBeLessThanOrEqual(250);
    const hosts = child(app, "Hosts");
    expect(hosts && childElements(hosts).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(text(child(app, "Permissions"))).toBe("ReadWriteDocument");
  });

  test("elements come in the order Microsoft's schemas require", () => {
    const problems: string[] = [];
    for (const element of allElements(app)) {
      const key =
        element.localName === "ExtensionPoint" || element.localName === "Action"
          ? (xsiType(element) ?? "")
          : (element.localName ?? "");
      if (ORDER[key]) problems.push(...orderProblems(element, ORDER[key]));
    }
    expect(problems).toEqual([]);
  });

  test("the order check notices a misplaced element", () => {
    const swapped = parseXml(source.replace(/(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, "$3$2$1"));
    expect(orderProblems(swapped.documentElement as XmlElement, ORDER.OfficeApp)).toEqual([
      expect.stringContaining("<Id> comes too late"),
    ]);
  });

  test("every resid is defined, under the right kind of resource, and every resource is used", () => {
    const undefinedRefs = referencing
      .filter((element) => !kindOf(element).has(element.getAttribute("resid") ?? ""))
      .map((element) => `<${element.localName} resid="${element.getAttribute("resid")}">`);
    expect(undefinedRefs).toEqual([]);
    const used = new Set(referencing.map((element) => element.getAttribute("resid")));
    const unused = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()].filter(
      (id) => !used.has(id),
    );
    expect(unused).toEqual([]);
  });

  test("resource ids and resid references are at most 32 characters", () => {
    const ids = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    const long = [...ids, ...referencing.map((element) => element.getAttribute("resid") ?? "")].filter(
      (id) => id.length === 0 || id.length > 32,
    );
    expect(long).toEqual([]);
  });

  test("short strings are at most 125 characters and long strings at most 250", () => {
    expect([...shortStrings.values()].filter((s) => s.length === 0 || s.length > 125)).toEqual([]);
    expect([...longStrings.values()].filter((s) => s.length === 0 || s.length > 250)).toEqual([]);
  });

  test("every URL is https", () => {
    const values = allElements(app).flatMap((element) => {
      const value = element.getAttribute("DefaultValue") ?? "";
      return /^[a-z]+:\/\//i.test(value) ? [value] : [];
    });
    const domains = byName(app, "AppDomain").map((element) => text(element));
    expect(values.length).toBeGreaterThan(10);
    expect([...values, ...domains].filter((url) => !url.startsWith("https://"))).toEqual([]);
    expect([...urls.values(), ...images.values()].filter((url) => !url.startsWith("https://"))).toEqual([]);
  });
});

describe("the shared runtime and the custom functions", () => {
  const requirementSets = (requirements: XmlElement | undefined) => {
    const sets = requirements ? byName(requirements, "Set") : [];
    return new Map(sets.map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")]));
  };
  const base = requirementSets(child(app, "Requirements"));
  const overrides = requirementSets(child(byName(app, "VersionOverrides")[0], "Requirements"));

  test("SharedRuntime 1.1 and the same ExcelApi minimum are required in the base manifest and in VersionOverrides", () => {
    expect(base.get("SharedRuntime")).toBe("1.1");
    expect(overrides.get("SharedRuntime")).toBe("1.1");
    expect(base.get("ExcelApi")).toMatch(/^1\.\d+$/);
    expect(overrides.get("ExcelApi")).toBe(base.get("ExcelApi"));
  });

  test("one long-lived runtime on the task pane page serves the task pane, the commands and the functions", () => {
    const runtimes = byName(app, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const shared = runtimes[0].getAttribute("resid");
    // Microsoft: the shared runtime doesn't load if these use different resids.
    const page = byName(app, "Page")[0];
    const script = byName(app, "Script")[0];
    const showTaskpane = byName(app, "Action").find((action) => xsiType(action) === "ShowTaskpane");
    expect(child(page, "SourceLocation")?.getAttribute("resid")).toBe(shared);
    expect(child(script, "SourceLocation")?.getAttribute("resid")).toBe(shared);
    expect(byName(app, "FunctionFile")[0].getAttribute("resid")).toBe(shared);
    expect(showTaskpane && child(showTaskpane, "SourceLocation")?.getAttribute("resid")).toBe(shared);
    expect(urls.get(shared ?? "")).toMatch(/\/taskpane\.html$/);
    expect(defaultValue("SourceLocation")).toBe(urls.get(shared ?? ""));
  });

  test("the CustomFunctions extension point uses namespace BACKOFFICE and functions.json", () => {
    const point = byName(app, "ExtensionPoint").find((element) => xsiType(element) === "CustomFunctions");
    expect(point).toBeDefined();
    expect(point?.parentNode && (point.parentNode as XmlElement).localName).toBe("AllFormFactors");
    const namespace = shortStrings.get(child(point as XmlElement, "Namespace")?.getAttribute("resid") ?? "");
    expect(namespace).toBe("BACKOFFICE");
    const metadata = child(child(point as XmlElement, "Metadata") as XmlElement, "SourceLocation");
    expect(urls.get(metadata?.getAttribute("resid") ?? "")).toMatch(/\/functions\.json$/);
  });
});

describe("the ribbon", () => {
  const tab = byName(app, "OfficeTab")[0];
  const group = child(tab, "Group") as XmlElement;
  const controls = group ? childElements(group).filter((c) => c.localName === "Control") : [];
  const label = (element: XmlElement) =>
    shortStrings.get(child(element, "Label")?.getAttribute("resid") ?? "");
  const action = (control: XmlElement) => child(control, "Action") as XmlElement;

  test("a Back Office group on the Home tab with the four buttons", () => {
    expect(tab.getAttribute("id")).toBe("TabHome");
    expect(label(group)).toBe("Back Office");
    expect(controls.map(label)).toEqual([
      "Open Back Office",
      "Draft supplier emails",
      "Log a call",
      "Report a fault",
    ]);
    expect(new Set(controls.map((c) => c.getAttribute("id"))).size).toBe(controls.length);
  });

  test("Open Back Office shows the task pane; the others run functions", () => {
    const [open, ...commands] = controls;
    expect(xsiType(action(open))).toBe("ShowTaskpane");
    expect(text(child(action(open), "TaskpaneId"))).toBe("ButtonId1");
    expect(commands.map((c) => [xsiType(action(c)), text(child(action(c), "FunctionName"))])).toEqual([
      ["ExecuteFunction", "draftSupplierEmails"],
      ["ExecuteFunction", "logCall"],
      ["ExecuteFunction", "reportFault"],
    ]);
  });

  test("every button has a supertip and 16, 32 and 80 px icons", () => {
    for (const control of controls) {
      const tip = child(control, "Supertip") as XmlElement;
      expect(shortStrings.get(child(tip, "Title")?.getAttribute("resid") ?? "")).toBeTruthy();
      expect(longStrings.get(child(tip, "Description")?.getAttribute("resid") ?? "")).toBeTruthy();
      const sizes = childElements(child(control, "Icon") as XmlElement).map((image) =>
        image.getAttribute("size"),
      );
      expect(sizes).toEqual(["16", "32", "80"]);
    }
  });

  test("the ExecuteFunction names are the ones src/commands/commands.ts associates", () => {
    const commandsSource = readFileSync(join(root, "src/commands/commands.ts"), "utf8");
    const associated = [
      ...commandsSource.matchAll(/Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g),
    ].map((match) => match[1]);
    const executed = byName(app, "FunctionName").map((element) => text(element));
    expect(executed.filter((name) => !associated.includes(name))).toEqual([]);
  });
});

describe("icons", () => {
  const assetFile = (url: string) => join(root, url.replace(/^https:\/\/localhost:3000\//, ""));

  test("every icon the manifest names exists, at the size it is declared at", () => {
    const declared: Array<[string, number]> = [
      [defaultValue("IconUrl"), 32],
      [defaultValue("HighResolutionIconUrl"), 64],
    ];
    for (const image of allElements(app).filter((e) => e.localName === "Image" && e.hasAttribute("size"))) {
      declared.push([
        images.get(image.getAttribute("resid") ?? "") ?? "",
        Number(image.getAttribute("size")),
      ]);
    }
    for (const [url, size] of declared) {
      const file = assetFile(url);
      expect(existsSync(file)).toBe(true);
      expect({ file: url, ...pngSize(readFileSync(file)) }).toEqual({ file: url, width: size, height: size });
    }
  });

  test("the app icon exists at 16, 32, 64, 80 and 128 px and is a drawing, not a blank square", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = decodePng(readFileSync(join(root, `assets/icon-${size}.png`)));
      expect([png.width, png.height]).toEqual([size, size]);
      const colours = new Set<string>();
      let transparent = 0;
      for (let i = 0; i < png.rgba.length; i += 4) {
        if (png.rgba[i + 3] < 16) transparent += 1;
        else colours.add(`${png.rgba[i] >> 4},${png.rgba[i + 1] >> 4},${png.rgba[i + 2] >> 4}`);
      }
      // Several distinct colours, and a shape (some pixels see-through, most not).
      expect(colours.size).toBeGreaterThanOrEqual(4);
      expect(transparent).toBeGreaterThan(0);
      expect(transparent).toBeLessThan((size * size) / 2);
    }
  });
});

describe("functions.json from the build", () => {
  const metadata = JSON.parse(readDist("functions.json")) as {
    functions: Array<{ id: string; name: string; helpUrl?: string }>;
  };
  const ids = metadata.functions.map((f) => f.id);

  // JSDoc blocks tagged @customfunction: the explicit id, or the function's name upper-cased.
  function declaredIds(): string[] {
    const code = readFileSync(join(root, "src/functions/functions.ts"), "utf8");
    const pattern =
      /\/\*\*((?:(?!\*\/)[\s\S])*?@customfunction\b[ \t]*([A-Za-z0-9_.]*)[\s\S]*?)\*\/\s*export\s+(?:async\s+)?function\s+(\w+)/g;
    return [...code.matchAll(pattern)].map((match) => (match[2] || match[3]).toUpperCase());
  }

  test("ids are upper-case and unique", () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => id !== id.toUpperCase() || !/^[A-Z][A-Z0-9_.]*$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(metadata.functions.filter((f) => f.name !== f.name.toUpperCase())).toEqual([]);
  });

  test("they are exactly the @customfunction names in src/functions/functions.ts", () => {
    expect([...ids].sort()).toEqual(declaredIds().sort());
  });

  test("src/functions/functions.ts registers each of them with CustomFunctions.associate", () => {
    const code = readFileSync(join(root, "src/functions/functions.ts"), "utf8");
    const associated = [...code.matchAll(/CustomFunctions\.associate\(\s*["'`]([^"'`]+)["'`]/g)].map(
      (m) => m[1],
    );
    expect([...associated].sort()).toEqual([...ids].sort());
  });

  test("help links, where present, are https", () => {
    expect(metadata.functions.filter((f) => f.helpUrl && !f.helpUrl.startsWith("https://"))).toEqual([]);
  });
});
