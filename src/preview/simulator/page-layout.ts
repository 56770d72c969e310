// Excel.PageLayout (ExcelApi 1.9) and its headers and footers: print settings kept on the sheet model.
import { parseAddress, type Rect } from "./address";
import { invalidArgument, itemNotFound } from "./errors";
import type { SheetModel } from "./model";
import { defineProps, SimPart } from "./proxy";
import type { SimRange } from "./range";
import { SimRangeAreas } from "./range";

abstract class SheetPart extends SimPart<SheetModel> {}

const POSITIONS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
/** Excel keeps at most 255 characters in a header or footer section. */
const MAX_HEADER_LENGTH = 255;

export class SimHeaderFooter extends SheetPart {
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;
}

defineProps<SheetModel>(
  SimHeaderFooter,
  Object.fromEntries(
    POSITIONS.map((p) => [
      p,
      {
        get: (s: SheetModel) => s.pageLayout.headerFooter[p] ?? "",
        set: (s: SheetModel, v: unknown) => {
          if (typeof v !== "string") throw invalidArgument(`${p} is text`);
          if (v.length > MAX_HEADER_LENGTH) throw invalidArgument(`${p} is longer than 255 characters`);
          s.pageLayout.headerFooter[p] = v;
        },
      },
    ]),
  ),
);

export class SimHeaderFooterGroup extends SheetPart {
  get defaultForAllPages(): SimHeaderFooter {
    return this._child(
      "defaultForAllPages",
      () => new SimHeaderFooter(this.context, `${this._path}.defaultForAllPages`, this._locate),
    );
  }
}

defineProps<SheetModel>(SimHeaderFooterGroup, {}, ["defaultForAllPages"]);

const whole = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 0;

/** Excel.PageLayoutZoomOptions: a scale of 10–400 %, or fit to a number of pages wide and tall (0 = any). */
function checkZoom(v: unknown): SheetModel["pageLayout"]["zoom"] {
  if (typeof v !== "object" || v === null) throw invalidArgument("zoom is an object");
  const z = v as { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown };
  if (z.scale !== undefined) {
    if (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400)
      throw invalidArgument("zoom scale is 10 to 400");
    return { scale: z.scale };
  }
  if (!whole(z.horizontalFitToPages ?? 0) || !whole(z.verticalFitToPages ?? 0))
    throw invalidArgument("pages to fit to are whole numbers");
  return {
    horizontalFitToPages: (z.horizontalFitToPages as number | undefined) ?? 0,
    verticalFitToPages: (z.verticalFitToPages as number | undefined) ?? 0,
  };
}

export class SimPageLayout extends SheetPart {
  declare orientation: string;
  declare zoom: Excel.PageLayoutZoomOptions;
  declare centerHorizontally: boolean;
  declare printGridlines: boolean;

  get headersFooters(): SimHeaderFooterGroup {
    return this._child(
      "headersFooters",
      () => new SimHeaderFooterGroup(this.context, `${this._path}.headersFooters`, this._locate),
    );
  }

  setPrintArea(printArea: SimRange | string): void {
    const arg = typeof printArea === "string" ? printArea : printArea._path;
    this._call("setPrintArea", [arg], (s) => {
      let rect: Rect | undefined;
      if (typeof printArea === "string") {
        const p = parseAddress(printArea);
        if (!p || (p.sheet !== undefined && p.sheet.toLowerCase() !== s.name.toLowerCase()))
          throw invalidArgument(`"${printArea}" is not an address on this sheet`);
        rect = p.rect;
      } else {
        const ref = printArea._target();
        if (!ref) throw itemNotFound(printArea._path);
        if (ref.sheet.id !== s.id) throw invalidArgument("the print area is on another sheet");
        rect = ref.rect;
      }
      s.pageLayout.printArea = rect;
    });
  }

  getPrintAreaOrNullObject(): SimRangeAreas {
    return new SimRangeAreas(this.context, `${this._path}.getPrintAreaOrNullObject()`, () => {
      const s = this._target();
      return s?.pageLayout.printArea ? { sheet: s, rects: [s.pageLayout.printArea] } : null;
    })._probeNull();
  }
}

const asBool = (name: string) => (v: unknown) => {
  if (typeof v !== "boolean") throw invalidArgument(`${name} is true or false`);
  return v;
};

defineProps<SheetModel>(
  SimPageLayout,
  {
    orientation: {
      get: (s) => s.pageLayout.orientation,
      set: (s, v) => {
        if (v !== "Portrait" && v !== "Landscape")
          throw invalidArgument(`"${String(v)}" is not an orientation`);
        s.pageLayout.orientation = v;
      },
    },
    zoom: {
      get: (s) => ({ ...s.pageLayout.zoom }),
      set: (s, v) => {
        s.pageLayout.zoom = checkZoom(v);
      },
    },
    centerHorizontally: {
      get: (s) => s.pageLayout.centerHorizontally,
      set: (s, v) => {
        s.pageLayout.centerHorizontally = asBool("centerHorizontally")(v);
      },
    },
    printGridlines: {
      get: (s) => s.pageLayout.printGridlines,
      set: (s, v) => {
        s.pageLayout.printGridlines = asBool("printGridlines")(v);
      },
    },
  },
  ["headersFooters"],
);
