// A minimal `Office` for the preview page, which does not load office.js: just enough for the task pane
// code to run unchanged (Office.onReady, openBrowserWindow, showAsTaskpane, enum objects).

export interface OfficeStandInOptions {
  /** Opens a URL in a new browser window; defaults to window.open. */
  openWindow?: (url: string) => void;
}

const HOST_TYPE = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

const PLATFORM_TYPE = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

/** Requirement sets the simulator stands in for; the rest are reported as missing. */
const SUPPORTED_SETS: Record<string, string> = { ExcelApi: "1.12", SharedRuntime: "1.1" };

function versionAtMost(wanted: string | undefined, available: string): boolean {
  if (!wanted) return true;
  const [wMajor = 0, wMinor = 0] = wanted.split(".").map(Number);
  const [aMajor = 0, aMinor = 0] = available.split(".").map(Number);
  return wMajor < aMajor || (wMajor === aMajor && wMinor <= aMinor);
}

export function createOfficeStandIn(options: OfficeStandInOptions = {}) {
  const openWindow =
    options.openWindow ??
    ((url: string) => {
      globalThis.open?.(url, "_blank", "noopener");
    });
  const info = { host: HOST_TYPE.Excel, platform: null };
  return {
    HostType: HOST_TYPE,
    PlatformType: PLATFORM_TYPE,
    onReady(callback?: (info: { host: string; platform: null }) => void) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: HOST_TYPE.Excel,
      platform: null,
      /** Undefined, as in hosts without themes: the task pane then uses its light theme. */
      officeTheme: undefined,
      ui: {
        openBrowserWindow(url: string) {
          openWindow(url);
        },
      },
      requirements: {
        isSetSupported(name: string, version?: string) {
          const available = SUPPORTED_SETS[name];
          return available !== undefined && versionAtMost(version, available);
        },
      },
    },
    addin: {
      showAsTaskpane: () => Promise.resolve(),
      hide: () => Promise.resolve(),
    },
    actions: {
      // Ribbon commands register handlers with associate(); the preview has no ribbon.
      associate(_name: string, _handler: unknown) {},
    },
  };
}

export type OfficeStandIn = ReturnType<typeof createOfficeStandIn>;

/** Sets globalThis.Office to the stand-in and returns it. */
export function installOfficeStandIn(options?: OfficeStandInOptions): OfficeStandIn {
  const office = createOfficeStandIn(options);
  (globalThis as unknown as { Office: unknown }).Office = office;
  return office;
}
