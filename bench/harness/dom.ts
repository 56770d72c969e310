// A browser document for cases that render task pane pages in Node: jsdom's window, its globals put
// where React and Fluent UI look for them (once per process), and a ResizeObserver stand-in (jsdom has
// none; Fluent constructs one). jsdom is slower than a browser at layout-free DOM work, so a page that
// shows in time here shows in time in Chromium too.
import { JSDOM } from "jsdom";

let installed: JSDOM | undefined;

export function installDom(): Window {
  if (installed) return installed.window as unknown as Window;
  // The preview ships React's production build; its development build checks every prop on every render.
  process.env.NODE_ENV ??= "production";
  installed = new JSDOM("<!doctype html><html><body></body></html>", {
    url: "https://localhost/taskpane.html",
    pretendToBeVisual: true,
  });
  const win = installed.window as unknown as Record<string, unknown>;
  const g = globalThis as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in g || key.startsWith("_")) continue;
    g[key] = win[key];
  }
  g.window = win;
  g.document = win.document;
  g.navigator = win.navigator;
  g.IS_REACT_ACT_ENVIRONMENT = false;
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  g.ResizeObserver ??= ResizeObserverStub;
  win.ResizeObserver ??= ResizeObserverStub;
  return installed.window as unknown as Window;
}

/** Resolves once `found()` is true, checking after each turn of the event loop. */
export async function until(found: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = performance.now();
  while (!found()) {
    if (performance.now() - start > timeoutMs) throw new Error("the page did not show in time");
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
