// Excel.NamedItemCollection and NamedItem: workbook-scoped defined names (ranges or constants).
import { formatAbsolute, parseAddress } from "./address";
import type { SimContext } from "./context";
import { invalidArgument, itemNotFound, SimError } from "./errors";
import type { NameModel } from "./model";
import { callForResult, defineProps, SimCollection, SimObject } from "./proxy";
import { SimRange, type RangeRef } from "./range";
import type { SimWorkbook } from "./workbook";

interface NameRef {
  wb: SimWorkbook;
  item: NameModel;
}

/** The range a name refers to, when its formula is a plain reference to one sheet. */
function rangeOf(wb: SimWorkbook, item: NameModel): RangeRef | null {
  const p = parseAddress(item.formula.replace(/^=/, ""));
  const sheet = p?.sheet !== undefined ? wb.sheetByName(p.sheet) : undefined;
  return p && sheet ? { sheet, rect: p.rect } : null;
}

function typeOf(wb: SimWorkbook, item: NameModel): string {
  if (rangeOf(wb, item)) return "Range";
  const body = item.formula.replace(/^=/, "");
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (body !== "" && Number.isFinite(Number(body)))
    return Number.isInteger(Number(body)) ? "Integer" : "Double";
  if (/^#/.test(body)) return "Error";
  return "String";
}

/** Names follow table-name rules and share their namespace with tables. */
function checkName(wb: SimWorkbook, name: string): void {
  if (
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
    /^[RrCc]$/.test(name)
  ) {
    throw invalidArgument(`"${name}" is not a valid name`);
  }
  const low = name.toLowerCase();
  if (wb.names.some((n) => n.name.toLowerCase() === low) || wb.tableByName(name)) {
    throw new SimError(
      "ItemAlreadyExists",
      `A resource with the same name or identifier already exists. (${name})`,
    );
  }
}

export class SimNamedItem extends SimObject<NameRef> {
  declare name: string;
  declare type: string;
  declare value: unknown;
  declare formula: string;
  declare visible: boolean;
  declare comment: string;

  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => NameModel | null,
  ) {
    super(context, path);
  }

  override _target(): NameRef | null {
    const item = this._locate();
    return item ? { wb: this.context._workbook, item } : null;
  }

  private _range(nullable: boolean): SimRange {
    const name = nullable ? "getRangeOrNullObject" : "getRange";
    const r = this.context.workbook._rangeFrom(`${this._path}.${name}()`, () => {
      const t = this._target();
      if (!t) return null;
      const ref = rangeOf(t.wb, t.item);
      if (!ref && !nullable) throw invalidArgument(`the name ${t.item.name} does not refer to a range`);
      return ref;
    });
    return nullable ? r._probeNull() : r;
  }

  getRange(): SimRange {
    return this._range(false);
  }

  getRangeOrNullObject(): SimRange {
    return this._range(true);
  }

  delete(): void {
    this._call("delete", [], ({ wb, item }) => {
      wb.names = wb.names.filter((n) => n !== item);
    });
  }
}

defineProps<NameRef>(SimNamedItem, {
  name: { get: ({ item }) => item.name },
  type: { get: ({ wb, item }) => typeOf(wb, item) },
  value: {
    get: ({ wb, item }) => {
      const ref = rangeOf(wb, item);
      if (ref) return formatAbsolute(ref.sheet.name, ref.rect);
      const body = item.formula.replace(/^=/, "");
      const t = typeOf(wb, item);
      return t === "Integer" || t === "Double"
        ? Number(body)
        : t === "Boolean"
          ? /^TRUE$/i.test(body)
          : body.replace(/^"(.*)"$/, "$1");
    },
  },
  formula: {
    get: ({ item }) => item.formula,
    set: ({ item }, v) => {
      if (typeof v !== "string") throw invalidArgument("a name's formula is text");
      item.formula = v.startsWith("=") ? v : `=${v}`;
    },
  },
  visible: {
    get: ({ item }) => item.visible,
    set: ({ item }, v) => {
      item.visible = v === true;
    },
  },
  comment: {
    get: ({ item }) => item.comment,
    set: ({ item }, v) => {
      item.comment = String(v ?? "");
    },
  },
});

export class SimNamedItemCollection extends SimCollection<SimWorkbook, SimNamedItem> {
  override _target(): SimWorkbook {
    return this.context._workbook;
  }

  private _item(path: string, name: string, nullable: boolean): SimNamedItem {
    const item = new SimNamedItem(this.context, path, () => {
      const found = this.context._workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (found) return found;
      if (nullable) return null;
      throw itemNotFound(`name "${name}"`);
    });
    return nullable ? item._probeNull() : item;
  }

  override _list(wb: SimWorkbook): SimNamedItem[] {
    return wb.names.map((n) => this._item(`${this._path}.getItem(${JSON.stringify(n.name)})`, n.name, false));
  }

  getItem(name: string): SimNamedItem {
    return this._item(`${this._path}.getItem(${JSON.stringify(name)})`, name, false);
  }

  getItemOrNullObject(name: string): SimNamedItem {
    return this._item(`${this._path}.getItemOrNullObject(${JSON.stringify(name)})`, name, true);
  }

  getCount(): { value: number } {
    return callForResult(this, "getCount", [], (wb) => wb.names.length);
  }

  /** Adds a name for a range (a Range or "=Sheet1!A1:B4") or a formula/constant ("=0.95"). */
  add(name: string, reference: SimRange | string, comment?: string): SimNamedItem {
    const desc = typeof reference === "string" ? reference : reference._path;
    this._call("add", [name, desc, comment ?? null], (wb) => {
      checkName(wb, name);
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const ref = reference._target();
        if (!ref) throw itemNotFound(reference._path);
        formula = `=${formatAbsolute(ref.sheet.name, ref.rect)}`;
      }
      wb.names.push({ name, formula, comment: comment ?? "", visible: true });
    });
    return this.getItem(name);
  }
}

defineProps<SimWorkbook>(SimNamedItemCollection, {});
