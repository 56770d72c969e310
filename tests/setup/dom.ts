import "@testing-library/jest-dom";

// jsdom has no ResizeObserver; Fluent UI's MessageBar and overflow components construct one.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;
