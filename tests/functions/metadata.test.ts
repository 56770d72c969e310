import path from "node:path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";
import { CATALOGUE } from "./catalogue";
import { shown } from "./customFunctionsStandIn";
import * as fns from "../../src/functions/functions";
import { todaySerial } from "../../src/core/cells/excelDates";

// The same generator the webpack plugin runs to write functions.json, on the same file.
const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

// Arguments that give an ordinary answer, for checking the documented defaults against the code.
const SAMPLE_ARGS: Record<string, unknown[]> = {
  REORDERQTY: [2, 10, 40, 7, 2, 33],
  REORDERPOINT: [3, 9, 4],
  SAFETYSTOCK: [3, 9, 0.95, 10, 2],
  STOCKSTATUS: [5, 10, 6],
  DAILYUSAGE: [[[45600], [45650], [45680]], [[5], [7], [11]], 45688, 60],
  SERVICESTATUS: [45700, 45688, 10],
  TRAININGSTATUS: [45688, 12, 10, 46040],
};

type Callable = (...args: unknown[]) => unknown;
const exported = fns as unknown as Record<string, Callable>;

let functions: IFunction[];
let errors: string[];
let associate: Array<{ functionName: string; id: string }>;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  errors = result.errors;
  associate = result.associate;
  functions = result.metadataJson
    ? (JSON.parse(result.metadataJson) as { functions: IFunction[] }).functions
    : [];
});

const byId = (id: string) => functions.find((f) => f.id === id);

describe("generated functions.json", () => {
  it("has no errors and exactly the catalogue's functions", () => {
    expect(errors).toEqual([]);
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(CATALOGUE).sort());
  });

  it.each(Object.entries(CATALOGUE))("%s: name, help page, description", (id) => {
    const f = byId(id)!;
    expect(f.name).toBe(id);
    expect(f.helpUrl).toBe(`https://localhost:3000/functions-help.html#${id.toLowerCase()}`);
    expect(f.description?.length).toBeGreaterThan(20);
    expect(f.options).toBeUndefined(); // not volatile, streaming or cancelable
  });

  it.each(Object.entries(CATALOGUE))(
    "%s: parameters in order, optional flags, types, descriptions",
    (id, spec) => {
      const f = byId(id)!;
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params);
      for (const p of f.parameters) {
        expect({ name: p.name, optional: p.optional ?? false }).toEqual({
          name: p.name,
          optional: spec.optional.includes(p.name),
        });
        // "any" lets blanks and text reach the function, which answers #VALUE! with a message.
        expect(p.type).toBe("any");
        expect(p.dimensionality ?? "scalar").toBe(spec.ranges?.includes(p.name) ? "matrix" : "scalar");
        expect(p.description?.length).toBeGreaterThan(5);
      }
    },
  );

  it.each(Object.entries(CATALOGUE))(
    "%s is associated with the exported %p function of the same arity",
    (id, spec) => {
      expect(associate).toContainEqual(expect.objectContaining({ id, functionName: spec.fn }));
      expect(typeof exported[spec.fn]).toBe("function");
      expect(exported[spec.fn].length).toBe(spec.params.length);
    },
  );

  it.each(Object.entries(SAMPLE_ARGS))(
    "%s: each documented default is the value a blank argument takes",
    (id, args) => {
      const spec = CATALOGUE[id];
      const fn = exported[spec.fn];
      for (const p of byId(id)!.parameters.filter((q) => q.optional)) {
        const documented = /Default (-?[\d.]+|today)\./.exec(p.description ?? "");
        expect(documented).not.toBeNull();
        const index = spec.params.indexOf(p.name);
        const withDefault = [...args];
        withDefault[index] = documented![1] === "today" ? todaySerial(new Date()) : Number(documented![1]);
        const withBlank = [...args];
        withBlank[index] = null;
        expect(shown(fn(...withBlank))).toEqual(shown(fn(...withDefault)));
        // and the sample value actually matters, so the comparison above can fail
        expect(fn(...withBlank)).not.toEqual(fn(...args));
      }
    },
  );
});
