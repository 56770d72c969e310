// Round-trip accounting per Excel.run: how many syncs went to "Excel" and how big they were.

export interface RunStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  largestRequestBytes: number;
}

export interface SimStats {
  runs: RunStats[];
  last(): RunStats | undefined;
  reset(): void;
}

/** Excel on the web rejects a request or response over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export function createStats(): SimStats {
  const runs: RunStats[] = [];
  return {
    runs,
    last: () => runs[runs.length - 1],
    reset: () => {
      runs.length = 0;
    },
  };
}

export function newRunStats(): RunStats {
  return { syncs: 0, requestBytes: 0, responseBytes: 0, largestRequestBytes: 0 };
}

/**
 * Splits an object path as the simulator writes it (`workbook.tables.getItem("T").getRange("A1")`) into
 * its steps (`workbook`, `tables`, `getItem("T")`, `getRange("A1")`): dots inside strings, parentheses,
 * brackets or braces do not split.
 */
export function pathSteps(path: string): string[] {
  const steps: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    else if (ch === "." && depth === 0) {
      steps.push(path.slice(start, i));
      start = i + 1;
    }
  }
  steps.push(path.slice(start));
  return steps;
}

/** What the simulator queues for one operation (proxy.ts): a property write, a call, a load or a null probe. */
export interface QueuedDesc {
  path?: string;
  set?: string;
  value?: unknown;
  call?: string;
  args?: unknown[];
  load?: unknown;
  probe?: string;
}

/** A string argument that names another proxy (a Range passed to getIntersection, resize…). */
export const isObjectArg = (a: unknown): a is string => typeof a === "string" && /^workbook(\.|$)/.test(a);

function parseArgs(text: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(`[${text}]`);
    return Array.isArray(parsed) ? parsed : [text];
  } catch {
    return [text];
  }
}

type ArgumentInfoOf = (args: readonly unknown[]) => unknown;

/**
 * One step of an object path as Office.js describes it: the root (`step` null), a property, an indexer
 * (getItem on a collection has no name in Office.js) or a method returning an object.
 */
function objectPathInfo(
  id: number,
  step: string | null,
  parent: number | undefined,
  argumentInfo: ArgumentInfoOf,
): Record<string, unknown> {
  if (step === null) return { Id: id, ObjectPathType: 1, Name: "" };
  const open = step.indexOf("(");
  if (open < 0) return { Id: id, ObjectPathType: 4, Name: step, ParentObjectPathId: parent };
  const name = step.slice(0, open);
  const args = parseArgs(step.slice(open + 1, step.lastIndexOf(")")));
  return name === "getItem"
    ? { Id: id, ObjectPathType: 5, Name: "", ParentObjectPathId: parent, ArgumentInfo: argumentInfo(args) }
    : { Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: parent, ArgumentInfo: argumentInfo(args) };
}

/** The action of one queued operation on its object: a property write, a method call or a load. */
function operationAction(
  d: QueuedDesc,
  Id: number,
  ObjectPathId: number,
  argumentInfo: ArgumentInfoOf,
): unknown {
  if (d.set !== undefined)
    return { Id, ActionType: 4, Name: d.set, ObjectPathId, ArgumentInfo: argumentInfo([d.value]) };
  if (d.call !== undefined)
    return { Id, ActionType: 3, Name: d.call, ObjectPathId, ArgumentInfo: argumentInfo(d.args ?? []) };
  return { Id, ActionType: 2, Name: "", ObjectPathId, QueryInfo: queryInfo(d.load) };
}

/**
 * The body Office.js would send for these operations (OfficeExtension's ClientRequest
 * buildRequestMessageBodyAndRequestFlags): every object path used, with all its parents, is sent once
 * in `ObjectPaths` and instantiated once by an action; each operation is an action that refers to its
 * object by id. Object arguments are sent as references, their paths added like any other.
 */
export function officeRequestBody(
  descs: readonly unknown[],
  nextId: () => number,
): { Actions: unknown[]; ObjectPaths: Record<string, unknown> } {
  const Actions: unknown[] = [];
  const ObjectPaths: Record<string, unknown> = {};
  const ids = new Map<string, number>();

  const argumentInfo = (args: readonly unknown[]) => {
    const refs: number[] = [];
    const Arguments = args.map((a) => {
      if (!isObjectArg(a)) return a;
      const id = objectId(a);
      refs.push(id);
      return id;
    });
    return refs.length ? { Arguments, ReferencedObjectPathIds: refs } : { Arguments };
  };

  const objectId = (path: string): number => {
    const known = ids.get(path);
    if (known !== undefined) return known;
    const steps = pathSteps(path);
    let parent: number | undefined;
    let prefix = "";
    for (let i = 0; i < steps.length; i++) {
      prefix = i === 0 ? steps[0] : `${prefix}.${steps[i]}`;
      const seen = ids.get(prefix);
      if (seen !== undefined) {
        parent = seen;
        continue;
      }
      const id = nextId();
      const info = objectPathInfo(id, i === 0 ? null : steps[i], parent, argumentInfo);
      ObjectPaths[id] = info;
      Actions.push({ Id: nextId(), ActionType: 1, Name: "", ObjectPathId: id });
      ids.set(prefix, id);
      parent = id;
    }
    return parent!;
  };

  const creations = creatingCalls(descs);
  for (const [index, raw] of descs.entries()) {
    const d = (raw ?? {}) as QueuedDesc;
    if (typeof d.path !== "string") {
      Actions.push(raw);
      continue;
    }
    const created = creations.get(index);
    if (created !== undefined) {
      // A method that returns an object (worksheets.add, conditionalFormats.add…) is sent as that
      // object's path, instantiated; no call of its own. Each call makes a new object, even with the
      // same arguments: what was known under that path is forgotten.
      for (const key of [...ids.keys()])
        if (key === created || key.startsWith(`${created}.`)) ids.delete(key);
      objectId(created);
      continue;
    }
    const ObjectPathId = objectId(d.path);
    // A null probe needs nothing more: the instantiate action's result says whether the object exists.
    if (d.probe !== undefined) continue;
    Actions.push(operationAction(d, nextId(), ObjectPathId, argumentInfo));
  }
  lastUses(Actions, ObjectPaths);
  return { Actions, ObjectPaths };
}

/**
 * The calls among `descs` that return an object, by index, with that object's path: a later operation's
 * path starts with `<path>.<method>(`. (The simulator queues such calls to run them at sync; Office.js
 * sends only the new object's path.)
 */
export function creatingCalls(descs: readonly unknown[]): Map<number, string> {
  const out = new Map<number, string>();
  descs.forEach((raw, i) => {
    const d = (raw ?? {}) as QueuedDesc;
    if (typeof d.path !== "string" || d.call === undefined) return;
    const head = `${d.path}.${d.call}(`;
    for (const later of descs.slice(i + 1)) {
      const p = (later as QueuedDesc | null)?.path;
      if (typeof p !== "string" || !p.startsWith(head)) continue;
      out.set(
        i,
        pathSteps(p)
          .slice(0, pathSteps(d.path).length + 1)
          .join("."),
      );
      return;
    }
  });
  return out;
}

/**
 * Office.js's early dispose: each object path is named in the `L` list of the last operation that uses
 * it (through its own object, a parent or an object argument), so the host can let it go after that.
 */
function lastUses(actions: unknown[], paths: Record<string, unknown>): void {
  type Info = { ParentObjectPathId?: number; ArgumentInfo?: { ReferencedObjectPathIds?: number[] } };
  type Act = {
    ActionType?: number;
    ObjectPathId?: number;
    ArgumentInfo?: Info["ArgumentInfo"];
    L?: number[];
  };
  const last = new Map<number, Act>();
  const markUsed = (id: number | undefined, act: Act): void => {
    while (id !== undefined) {
      last.set(id, act);
      const info = paths[id] as Info | undefined;
      for (const ref of info?.ArgumentInfo?.ReferencedObjectPathIds ?? []) markUsed(ref, act);
      id = info?.ParentObjectPathId;
    }
  };
  for (const raw of actions) {
    const act = raw as Act;
    if (act.ActionType === 1 || act.ObjectPathId === undefined) continue;
    markUsed(act.ObjectPathId, act);
    for (const ref of act.ArgumentInfo?.ReferencedObjectPathIds ?? []) markUsed(ref, act);
  }
  for (const [id, act] of [...last].sort((a, b) => a[0] - b[0])) (act.L ??= []).push(id);
}

/** load()'s argument as Office.js sends it: Select (and Expand, Top, Skip) lists. */
function queryInfo(load: unknown): Record<string, unknown> {
  const list = (v: unknown) =>
    (typeof v === "string" ? v.split(",") : Array.isArray(v) ? v : []).map((s) => String(s).trim());
  if (load === null || load === undefined || load === "") return {};
  if (typeof load === "string" || Array.isArray(load)) return { Select: list(load) };
  const o = load as { select?: unknown; expand?: unknown; top?: unknown; skip?: unknown };
  const q: Record<string, unknown> = {};
  if (o.select !== undefined) q.Select = list(o.select);
  if (o.expand !== undefined) q.Expand = list(o.expand);
  if (typeof o.top === "number") q.Top = o.top;
  if (typeof o.skip === "number") q.Skip = o.skip;
  return q;
}
