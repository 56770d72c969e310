// The arrival helper (src/taskpane/components/arrival.tsx): when a step replaces the view it was started
// from, the control marked for that step takes focus as it appears, even after a re-read, and only then.
import { useState } from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ArrivalProvider, useArrivalTarget, useArrive } from "../../src/taskpane/components/arrival";

/** A setup that, like RegisterSetup, unmounts its button and shows the register's view after a read. */
function Flow({ onRead }: { onRead: (show: () => void) => void }) {
  const [ready, setReady] = useState(false);
  const arrive = useArrive();
  const target = useArrivalTarget<HTMLInputElement>("register");
  if (!ready) {
    return (
      <button
        onClick={() => {
          arrive("register");
          onRead(() => setReady(true));
        }}
      >
        Continue
      </button>
    );
  }
  return (
    <>
      <button>Refresh</button>
      <input aria-label="First field" ref={target} />
    </>
  );
}

/** The same view drawn on its own, as when a person opens the page later. */
function View() {
  const target = useArrivalTarget<HTMLInputElement>("register");
  return <input aria-label="First field" ref={target} />;
}

describe("arrival", () => {
  test("the marked control takes focus when it appears after the step, not the page body", async () => {
    const user = userEvent.setup();
    let finishRead: () => void = () => undefined;
    render(
      <ArrivalProvider>
        <Flow onRead={(show) => (finishRead = show)} />
      </ArrivalProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Continue" }));
    // The read is still going: nothing is marked yet, focus stays where it was.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Continue" }));
    act(() => finishRead());
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "First field" }));
  });

  test("without the step, the control does not take focus", () => {
    render(
      <ArrivalProvider>
        <View />
      </ArrivalProvider>,
    );
    expect(document.activeElement).toBe(document.body);
  });

  test("a step takes focus once: drawing the view again later leaves focus alone", async () => {
    const user = userEvent.setup();
    let finishRead: () => void = () => undefined;
    const { rerender } = render(
      <ArrivalProvider>
        <Flow onRead={(show) => (finishRead = show)} />
        <button>Elsewhere</button>
      </ArrivalProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Continue" }));
    act(() => finishRead());
    await user.click(screen.getByRole("button", { name: "Elsewhere" }));
    rerender(
      <ArrivalProvider>
        <Flow onRead={(show) => (finishRead = show)} />
        <button>Elsewhere</button>
        <View />
      </ArrivalProvider>,
    );
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Elsewhere" }));
  });

  test("a target already on screen takes focus at once", () => {
    function Shown() {
      const arrive = useArrive();
      const target = useArrivalTarget<HTMLHeadingElement>("log");
      return (
        <>
          <h3 ref={target} tabIndex={-1}>
            Machines
          </h3>
          <button onClick={() => arrive("log")}>Continue</button>
        </>
      );
    }
    render(
      <ArrivalProvider>
        <Shown />
      </ArrivalProvider>,
    );
    act(() => screen.getByRole("button", { name: "Continue" }).click());
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Machines" }));
  });

  test("only the latest step counts: a later step's target wins, an earlier one's is forgotten", () => {
    function Two() {
      const arrive = useArrive();
      const [shown, setShown] = useState<string[]>([]);
      const first = useArrivalTarget<HTMLButtonElement>("first");
      const second = useArrivalTarget<HTMLButtonElement>("second");
      return (
        <>
          <button
            onClick={() => {
              arrive("first");
              arrive("second");
              setShown(["first", "second"]);
            }}
          >
            Go
          </button>
          {shown.includes("first") && <button ref={first}>First</button>}
          {shown.includes("second") && <button ref={second}>Second</button>}
        </>
      );
    }
    render(
      <ArrivalProvider>
        <Two />
      </ArrivalProvider>,
    );
    act(() => screen.getByRole("button", { name: "Go" }).click());
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Second" }));
  });
});
