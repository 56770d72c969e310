// Excel.SettingCollection and Setting: key → JSON value, stored in the workbook for every co-author.
import type { SimContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { SimEventSource } from "./events";
import { callForResult, defineProps, SimCollection, SimObject } from "./proxy";
import type { SimWorkbook } from "./workbook";

interface SettingRef {
  wb: SimWorkbook;
  key: string;
}

/** Settings keep only what JSON keeps (as Office stores them). */
function toJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw invalidArgument("a setting value must be JSON-serialisable");
  return text;
}

function changed(wb: SimWorkbook): void {
  wb.record({ changeType: "SettingsChanged" });
}

export class SimSetting extends SimObject<SettingRef> {
  declare key: string;
  declare value: unknown;

  constructor(
    context: SimContext,
    path: string,
    private readonly _key: () => string | null,
  ) {
    super(context, path);
  }

  override _target(): SettingRef | null {
    const key = this._key();
    return key === null ? null : { wb: this.context._workbook, key };
  }

  delete(): void {
    this._call("delete", [], ({ wb, key }) => {
      wb.settings.delete(key);
      changed(wb);
    });
  }
}

defineProps<SettingRef>(SimSetting, {
  key: { get: ({ key }) => key },
  value: {
    get: ({ wb, key }) => {
      const raw = wb.settings.get(key);
      if (raw === undefined) throw itemNotFound(`setting "${key}"`);
      return JSON.parse(raw);
    },
    set: ({ wb, key }, v) => {
      wb.settings.set(key, toJson(v));
      changed(wb);
    },
  },
});

export class SimSettingCollection extends SimCollection<SimWorkbook, SimSetting> {
  override _target(): SimWorkbook {
    return this.context._workbook;
  }

  override _list(wb: SimWorkbook): SimSetting[] {
    return [...wb.settings.keys()].map(
      (k) => new SimSetting(this.context, `${this._path}.getItem(${JSON.stringify(k)})`, () => k),
    );
  }

  private _item(method: string, key: string, nullable: boolean): SimSetting {
    const s = new SimSetting(this.context, `${this._path}.${method}(${JSON.stringify(key)})`, () => {
      if (this.context._workbook.settings.has(key)) return key;
      if (nullable) return null;
      throw itemNotFound(`setting "${key}"`);
    });
    return nullable ? s._probeNull() : s;
  }

  /** Adds or replaces a setting. */
  add(key: string, value: unknown): SimSetting {
    if (typeof key !== "string" || key === "")
      throw invalidArgument("a setting key must be a non-empty string");
    const json = toJson(value);
    this._call("add", [key, value], (wb) => {
      wb.settings.set(key, json);
      changed(wb);
    });
    return this._item("getItem", key, false);
  }

  getItem(key: string): SimSetting {
    return this._item("getItem", key, false);
  }

  getItemOrNullObject(key: string): SimSetting {
    return this._item("getItemOrNullObject", key, true);
  }

  getCount(): { value: number } {
    return callForResult(this, "getCount", [], (wb) => wb.settings.size);
  }

  get onSettingsChanged(): SimEventSource {
    return new SimEventSource(
      this.context,
      "SettingsChanged",
      () => undefined,
      `${this._path}.onSettingsChanged`,
    );
  }
}

defineProps<SimWorkbook>(SimSettingCollection, {});
