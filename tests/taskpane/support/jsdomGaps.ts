// jest's jsdom environment lacks two globals that browsers (and Node) have and the simulator uses:
// TextEncoder (to count request bytes) and structuredClone (to snapshot the workbook for rollback).
// Node's are the same WHATWG algorithms. (Better placed in tests/setup/dom.ts, which is shared.)
import { TextEncoder as NodeTextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";

const g = globalThis as unknown as { TextEncoder?: unknown; structuredClone?: unknown };
g.TextEncoder ??= NodeTextEncoder;
// v8's serializer implements the HTML structured clone algorithm.
g.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;

export {};
