import "../support/jsdomGaps";
import "../support/layout";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { NewCall } from "../../../src/core/calls/newCall";
import { QuickEntryForm } from "../../../src/taskpane/pages/calls/QuickEntryForm";

jest.setTimeout(60_000);

function renderForm() {
  const saved: NewCall[] = [];
  const onSave = async (call: NewCall) => {
    saved.push(call);
    return { callId: `CALL-000${saved.length}`, notes: [] };
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <QuickEntryForm
        suggestions={{
          callers: [{ caller: "Anna Lee", company: "Wingtip", number: "555 0100" }],
          companies: ["Wingtip"],
        }}
        onSave={onSave}
      />
    </FluentProvider>,
  );
  return saved;
}

describe("caller suggestions never overwrite a new caller", () => {
  it("typing the start of an earlier caller's name, then Tab or Enter, keeps what was typed", async () => {
    const user = userEvent.setup({ delay: null });
    const saved = renderForm();
    const caller = screen.getByRole("combobox", { name: /Caller/ });
    await user.tab();
    expect(caller).toHaveFocus();
    await user.keyboard("Ann");
    expect(await screen.findByRole("option", { name: "Anna Lee" })).toBeInTheDocument();
    await user.tab();
    expect(caller).toHaveValue("Ann");
    expect(screen.getByRole("combobox", { name: "Company" })).toHaveValue("");

    await user.keyboard("{Shift>}{Tab}{/Shift}");
    expect(caller).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByText("Saved CALL-0001: Ann. Ready for the next call.");
    expect(saved.map((c) => c.caller)).toEqual(["Ann"]);
  });

  it("an arrow key into the list, then Enter, picks the suggestion without saving", async () => {
    const user = userEvent.setup({ delay: null });
    const saved = renderForm();
    await user.tab();
    await user.keyboard("ann");
    await screen.findByRole("option", { name: "Anna Lee" });
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByRole("combobox", { name: /Caller/ })).toHaveValue("Anna Lee");
    expect(screen.getByRole("combobox", { name: "Company" })).toHaveValue("Wingtip");
    expect(saved).toEqual([]);
  });
});
