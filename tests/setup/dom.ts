import "@testing-library/jest-dom";

// jsdom has no ResizeObserver; Fluent UI's MessageBar and overflow components construct one.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// Pages and the page menu load on demand (React.lazy, src/taskpane/pages.ts). Under jest each module is
// transpiled the first time it loads, which on a busy machine takes longer than the default second that
// findBy* waits; what the tests assert is unchanged, only how long they wait for it.
import { configure } from "@testing-library/react";
configure({ asyncUtilTimeout: 10_000 });
