// Proxy objects with Office.js's load/sync bookkeeping: properties are readable only once loaded and
// synced; property writes and method calls are queued and run, in order, at the next sync.
import { invalidArgument, propertyNotLoaded } from "./errors";
import type { SimContext } from "./context";

/** What a load asks for: scalar properties on this object and loads on its navigation objects. */
export interface LoadSpec {
  /** Collections: how many items to skip and return at most ({ skip, top } load options). */
  skip?: number;
  top?: number;
  all: boolean;
  props: Set<string>;
  navs: Map<string, LoadSpec>;
}

const emptySpec = (): LoadSpec => ({ all: false, props: new Set(), navs: new Map() });

function addPath(spec: LoadSpec, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return;
  let cur = spec;
  for (let i = 0; i < parts.length - 1; i++) {
    let next = cur.navs.get(parts[i]);
    if (!next) cur.navs.set(parts[i], (next = emptySpec()));
    cur = next;
  }
  cur.props.add(parts[parts.length - 1]);
}

/** Parses load()'s argument: "a,b/c", ["a","b"], { select, expand } or nothing (everything scalar). */
export function parseLoad(arg?: unknown): LoadSpec {
  const spec = emptySpec();
  if (arg === undefined || arg === null || arg === "") {
    spec.all = true;
    return spec;
  }
  const add = (v: unknown) => {
    const list = typeof v === "string" ? v.split(",") : Array.isArray(v) ? v : [];
    for (const p of list) if (typeof p === "string") addPath(spec, p);
  };
  if (typeof arg === "string" || Array.isArray(arg)) add(arg);
  else if (typeof arg === "object") {
    const o = arg as { select?: unknown; expand?: unknown; top?: unknown; skip?: unknown };
    if (typeof o.top === "number") spec.top = o.top;
    if (typeof o.skip === "number") spec.skip = o.skip;
    if (o.select !== undefined) add(o.select);
    else spec.all = true;
    const expand =
      typeof o.expand === "string" ? o.expand.split(",") : Array.isArray(o.expand) ? o.expand : [];
    for (const e of expand) {
      if (typeof e !== "string" || !e.trim()) continue;
      const parts = e.trim().split("/");
      let cur = spec;
      for (const p of parts) {
        let next = cur.navs.get(p);
        if (!next) cur.navs.set(p, (next = emptySpec()));
        cur = next;
      }
      cur.all = true;
    }
  } else throw invalidArgument("load() takes a string, an array of strings or an options object");
  return spec;
}

/** A result computed during a sync, applied to its proxy only if the whole sync succeeds. */
export interface Pending {
  data: unknown;
  apply(): void;
}

export interface Action {
  /** What would travel in the request (its JSON size counts towards the payload). */
  desc: unknown;
  run(out: Pending[]): void;
}

export interface PropDef<T> {
  get?: (target: T, self: never) => unknown;
  set?: (target: T, value: unknown, self: never) => void;
}

type LooseDef = {
  get?: (target: never, self: never) => unknown;
  set?: (target: never, value: unknown, self: never) => void;
};

const PROPS = Symbol("props");
const NAVS = Symbol("navs");

type WithMeta = { [PROPS]?: Record<string, PropDef<unknown>>; [NAVS]?: string[] };

/**
 * Declares loadable/settable properties on a proxy class: each becomes an accessor that reads the loaded
 * value (or throws PropertyNotLoaded) and queues a write. `navs` are child objects reachable in load paths.
 */
export function defineProps<T>(
  cls: abstract new (...args: never[]) => SimObject<T>,
  props: Record<string, PropDef<T>>,
  navs: string[] = [],
): void {
  const meta = cls as unknown as WithMeta;
  meta[PROPS] = {
    ...(Object.getPrototypeOf(cls) as WithMeta)[PROPS],
    ...(props as Record<string, PropDef<unknown>>),
  };
  meta[NAVS] = [...((Object.getPrototypeOf(cls) as WithMeta)[NAVS] ?? []), ...navs];
  for (const [name, def] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: SimObject<T>) {
        return this._read(name);
      },
      set(this: SimObject<T>, value: unknown) {
        if (!def.set) throw new TypeError(`Cannot set read-only property '${name}'.`);
        this._write(name, value);
      },
    });
  }
}

export abstract class SimObject<T = unknown> {
  readonly context: SimContext;
  /** Where the object comes from, e.g. `worksheets.getItem("Sheet1").getRange("A1")`. */
  readonly _path: string;
  readonly _loaded = new Map<string, unknown>();
  /** Navigation children (format, font, tables…), made once per proxy. */
  readonly _children = new Map<string, SimObject>();
  _isNull: boolean | undefined;

  constructor(context: SimContext, path: string) {
    this.context = context;
    this._path = path;
  }

  /** Finds the object in the workbook (at sync time); null for a null object; throws if it must exist. */
  abstract _target(): T | null;

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  /** Property definitions, typed loosely so SimObject<X> stays assignable to SimObject<unknown>. */
  private get _defs(): Record<string, LooseDef> {
    return ((this.constructor as unknown as WithMeta)[PROPS] ?? {}) as Record<string, LooseDef>;
  }

  private get _navNames(): string[] {
    return (this.constructor as unknown as WithMeta)[NAVS] ?? [];
  }

  _read(name: string): unknown {
    if (this._loaded.has(name)) return this._loaded.get(name);
    throw propertyNotLoaded(name);
  }

  _write(name: string, value: unknown): void {
    const def = this._defs[name];
    this.context._assertAlive(this._path);
    this._loaded.set(name, value);
    this._queue({ path: this._path, set: name, value }, () => {
      const t = this._target();
      if (t !== null) def.set?.(t as never, value, this as never);
    });
  }

  /** Queues an operation; `fn` runs at sync against the live workbook and may add results. */
  _queue(desc: unknown, fn: (out: Pending[]) => void): void {
    this.context._assertAlive(this._path);
    this.context._enqueue({ desc, run: fn });
  }

  /** Queues a method call on this object; a null object ignores it. */
  _call(method: string, args: unknown[], fn: (target: T, out: Pending[]) => void): void {
    this._queue({ path: this._path, call: method, args }, (out) => {
      const t = this._target();
      if (t !== null) fn(t, out);
    });
  }

  /** For *OrNullObject results: isNullObject becomes readable after the next sync. */
  _probeNull(): this {
    this._queue({ path: this._path, probe: "isNullObject" }, (out) => {
      const isNull = this._target() === null;
      out.push({ data: isNull, apply: () => (this._isNull = isNull) });
    });
    return this;
  }

  load(arg?: unknown): this {
    const spec = parseLoad(arg);
    this._queue({ path: this._path, load: arg ?? null }, (out) => this._collect(spec, out));
    return this;
  }

  /** Reads what `spec` asks for now (during a sync) into pending results. */
  _collect(spec: LoadSpec, out: Pending[]): void {
    this.context._workbook.recalculate();
    const t = this._target();
    const defs = this._defs;
    const names = spec.all ? Object.keys(defs).filter((k) => defs[k].get) : [...spec.props];
    for (const n of names) {
      if (!defs[n]?.get && !this._navNames.includes(n)) {
        throw invalidArgument(`there is no property '${n}' to load`, this._path);
      }
    }
    const scalar = names.filter((n) => defs[n]?.get);
    const data: Record<string, unknown> = {};
    if (t !== null) for (const n of scalar) data[n] = defs[n].get?.(t as never, this as never);
    out.push({
      data,
      apply: () => {
        this._isNull = t === null;
        for (const n of scalar) this._loaded.set(n, t === null ? null : data[n]);
      },
    });
    if (t === null) return;
    // Loading a navigation property by name (e.g. "format") loads its scalar properties.
    for (const n of names.filter((x) => !defs[x]?.get)) this._nav(n)._collect(parseLoad(), out);
    for (const [nav, sub] of spec.navs) this._nav(nav)._collect(sub, out);
  }

  _nav(name: string): SimObject {
    if (!this._navNames.includes(name))
      throw invalidArgument(`there is no property '${name}' to load`, this._path);
    return (this as unknown as Record<string, SimObject>)[name];
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = v;
    for (const [n, child] of this._children) {
      const json = child.toJSON();
      if (Object.keys(json).length) out[n] = json;
    }
    return out;
  }

  /** The navigation child `name`, created on first use. */
  _child<C extends SimObject>(name: string, make: () => C): C {
    let c = this._children.get(name) as C | undefined;
    if (!c) this._children.set(name, (c = make()));
    return c;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A part of another object (a chart's legend, a sheet's page layout), found through its owner at sync. */
export abstract class SimPart<T> extends SimObject<T> {
  constructor(
    context: SimContext,
    path: string,
    protected readonly _locate: () => T | null,
  ) {
    super(context, path);
  }

  override _target(): T | null {
    return this._locate();
  }
}

/** A collection proxy: `items` (and `count` where Excel has it) become readable once loaded. */
export abstract class SimCollection<T, Item extends SimObject> extends SimObject<T> {
  private _items: Item[] | undefined;

  /** The current members, as item proxies bound to them (called at sync time). */
  abstract _list(target: T): Item[];

  get items(): Item[] {
    if (!this._items) throw propertyNotLoaded("items");
    return this._items;
  }

  override load(arg?: unknown): this {
    return super.load(arg);
  }

  override _collect(spec: LoadSpec, out: Pending[]): void {
    this.context._workbook.recalculate();
    const t = this._target();
    const all = t === null ? [] : this._list(t);
    const from = spec.skip ?? 0;
    const list = all.slice(from, spec.top === undefined ? undefined : from + spec.top);
    // On a collection, load("name") means items/name; "items" alone (or nothing) means every property.
    const itemSpec: LoadSpec = { all: spec.all, props: new Set(), navs: new Map() };
    let wantCount = false;
    for (const p of spec.props) {
      if (p === "count") wantCount = true;
      else if (p === "items") itemSpec.all = true;
      else itemSpec.props.add(p);
    }
    for (const [nav, sub] of spec.navs) {
      if (nav === "items") {
        for (const p of sub.props) itemSpec.props.add(p);
        for (const [n2, s2] of sub.navs) itemSpec.navs.set(n2, s2);
        if (sub.all) itemSpec.all = true;
      } else itemSpec.navs.set(nav, sub);
    }
    const wantItems = itemSpec.all || itemSpec.props.size > 0 || itemSpec.navs.size > 0 || !wantCount;
    if (wantItems) for (const item of list) item._collect(itemSpec, out);
    out.push({
      data: { count: all.length },
      apply: () => {
        this._isNull = t === null;
        if (wantItems) this._items = list;
        this._loaded.set("count", all.length);
      },
    });
  }

  get count(): number {
    return this._read("count") as number;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), items: this._items?.map((i) => i.toJSON()) };
  }
}

/** OfficeExtension.ClientResult: `value` is readable after the sync that computes it. */
export class SimClientResult<V> {
  private _set = false;
  private _value: V | undefined;

  get value(): V {
    if (!this._set) throw propertyNotLoaded("value");
    return this._value as V;
  }

  _resolve(v: V): void {
    this._value = v;
    this._set = true;
  }
}

/** Queues a method whose result arrives at sync (getCount() and the like). */
export function callForResult<T, V>(
  obj: SimObject<T>,
  method: string,
  args: unknown[],
  fn: (t: T) => V,
): SimClientResult<V> {
  const result = new SimClientResult<V>();
  obj._queue({ path: obj._path, call: method, args }, (out) => {
    const t = obj._target();
    const v = t === null ? (null as V) : fn(t);
    out.push({ data: v, apply: () => result._resolve(v) });
  });
  return result;
}
