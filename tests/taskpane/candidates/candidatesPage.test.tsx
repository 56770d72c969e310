import "../support/jsdomGaps";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ICAL from "ical.js";
import { localDateToExcelSerial } from "../../../src/core/calendar/excelTime";
import { candidates } from "../../../src/core/registers/definitions/candidates";
import { readRegister } from "../../../src/excel/readRegister";
import { createSampleWorkbook } from "../../../src/preview/sample";
import { installExcel } from "../../../src/preview/simulator";
import CandidatesPage from "../../../src/taskpane/pages/candidates/CandidatesPage";

jest.setTimeout(120_000);
type User = ReturnType<typeof userEvent.setup>;

async function chooseOption(user: User, combobox: HTMLElement, name: string) {
  await user.click(combobox);
  await user.click(await screen.findByRole("option", { name }));
}

async function convertSample(user: User) {
  const wb = createSampleWorkbook();
  installExcel(wb);
  render(<CandidatesPage focusHeading={false} />);
  const picker = await screen.findByRole("combobox", { name: "Sheet to convert" });
  await waitFor(() => expect(picker).not.toBeDisabled());
  await chooseOption(user, picker, "Applicants");
  await user.click(screen.getByRole("button", { name: "Convert this sheet" }));
  await screen.findByRole("list", { name: "Column mapping" });
  // The sample's score headers say "(1-5)"; the person points them at the score columns.
  await chooseOption(user, screen.getByRole("combobox", { name: /Experience \(1-5\)/ }), "Score: experience");
  await chooseOption(user, screen.getByRole("combobox", { name: /Skills \(1-5\)/ }), "Score: skills");
  await chooseOption(user, screen.getByRole("combobox", { name: /Fit \(1-5\)/ }), "Score: fit");
  await user.click(screen.getByRole("button", { name: "Convert to Candidates register" }));
  await user.click(await screen.findByRole("button", { name: "Continue to Candidates" }));
  await screen.findByRole("list", { name: "Pipeline" });
  return wb;
}

const rowOf = async (name: string) =>
  (await readRegister(candidates)).rows.find((r) => r.values.name === name)!.values;

function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  URL.createObjectURL = jest.fn((b: Blob) => {
    files.push({ name: "", blob: b });
    return "blob:x";
  });
  URL.revokeObjectURL = jest.fn();
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files[files.length - 1].name = this.download;
  });
  return { files, restore: () => click.mockRestore() };
}

const blobText = (b: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(b);
  });

describe("Candidates page", () => {
  it("converts Applicants, moves Daniel Screening → Interview, schedules with an .ics, scores and hires", async () => {
    const user = userEvent.setup();
    await convertSample(user);
    expect(screen.getByRole("heading", { name: "Screening: 2" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Interview: 3" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Daniel Okafor" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Move to stage" }), "Interview");
    await user.click(screen.getByRole("button", { name: "Move" }));
    expect(await screen.findByText("Daniel Okafor is now at Interview.")).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Interview: 4" })).toBeInTheDocument();
    expect((await rowOf("Daniel Okafor")).stage).toBe("Interview");

    // Schedule: a past time is refused first, nothing written.
    const form = screen.getByRole("form", { name: "Schedule interview" });
    const set = (label: string | RegExp, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    set(/^Date/, "2020-03-04");
    set(/^Time/, "14:30");
    set(/^Place/, "Front office, 2nd floor");
    set(/^Interviewer/, "Alex Kim");
    set(/^Your email/, "office@example.com");
    await user.click(within(form).getByRole("button", { name: "Schedule and draft invitation" }));
    expect(
      await within(form).findByText(/The interview time is in the past\. Choose a future date and time\./),
    ).toBeInTheDocument();
    expect((await rowOf("Daniel Okafor")).interviewAt).toBeNull();

    set(/^Date/, "2030-03-04");
    await user.click(within(form).getByRole("button", { name: "Schedule and draft invitation" }));
    expect(await screen.findByText("Interview set for Daniel Okafor.")).toBeInTheDocument();
    const row = await rowOf("Daniel Okafor");
    expect(row.interviewAt).toBeCloseTo(localDateToExcelSerial(new Date(2030, 2, 4, 14, 30))!, 6);
    expect(row.interviewer).toBe("Alex Kim");

    const draft = screen.getByRole("region", { name: "Invitation draft" });
    const dl = captureDownloads();
    try {
      await user.click(within(draft).getByRole("button", { name: "Download .ics" }));
      await user.click(within(draft).getByRole("button", { name: "Download .eml" }));
    } finally {
      dl.restore();
    }
    expect(dl.files.map((f) => f.name)).toEqual(["invitation.ics", expect.stringMatching(/\.eml$/)]);
    const ics = await blobText(dl.files[0].blob);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toJSDate().getTime()).toBe(new Date(2030, 2, 4, 14, 30).getTime());
    expect(event.endDate.toJSDate().getTime()).toBe(new Date(2030, 2, 4, 15, 15).getTime());
    expect(event.location).toBe("Front office, 2nd floor");
    expect(String(vevent.getFirstPropertyValue("attendee")).toLowerCase()).toBe(
      "mailto:d.okafor@example.net",
    );
    const eml = await blobText(dl.files[1].blob);
    expect(eml).toMatch(/^To: .*d\.okafor@example\.net/m);
    expect(eml).toMatch(/invitation\.ics/);

    // Scores: out of range refused, then saved; the weighted score follows (weights 0.4, 0.4, 0.2).
    const scores = screen.getByRole("form", { name: "Scores" });
    const score = (label: string) => within(scores).getByRole("textbox", { name: label });
    await user.type(score("Experience (1–5)"), "4");
    await user.type(score("Skills (1–5)"), "7");
    await user.type(score("Fit (1–5)"), "3");
    await user.click(within(scores).getByRole("button", { name: "Save scores" }));
    expect(
      await within(scores).findByText("Skills: 7 is outside 1–5. Enter a number from 1 to 5."),
    ).toBeInTheDocument();
    expect((await rowOf("Daniel Okafor")).scoreExperience).toBeNull();
    await user.clear(score("Skills (1–5)"));
    await user.type(score("Skills (1–5)"), "5");
    await user.click(within(scores).getByRole("button", { name: "Save scores" }));
    expect(await screen.findByText("Scores saved for Daniel Okafor.")).toBeInTheDocument();
    expect(
      await within(scores).findByText(`Weighted score: ${(4 * 0.4 + 5 * 0.4 + 3 * 0.2).toFixed(2)}`),
    ).toBeInTheDocument();
    expect(await rowOf("Daniel Okafor")).toMatchObject({ scoreExperience: 4, scoreSkills: 5, scoreFit: 3 });

    // Offer, then Hired; Hired is final: only Reopen is offered.
    const move = screen.getByRole("form", { name: "Move to stage" });
    await user.selectOptions(within(move).getByRole("combobox", { name: "Move to stage" }), "Offer");
    await user.click(within(move).getByRole("button", { name: "Move" }));
    expect(await screen.findByText("Daniel Okafor is now at Offer.")).toBeInTheDocument();
    await waitFor(() =>
      expect(within(move).getByRole("combobox", { name: "Move to stage" })).toHaveValue("Hired"),
    );
    await user.click(within(move).getByRole("button", { name: "Move" }));
    expect(await screen.findByText("Daniel Okafor is now at Hired.")).toBeInTheDocument();
    expect((await rowOf("Daniel Okafor")).stage).toBe("Hired");
    expect(await screen.findByRole("heading", { name: "Hired: 2" })).toBeInTheDocument();
    expect(within(move).queryByRole("combobox", { name: "Move to stage" })).toBeNull();
    expect(within(move).getByRole("checkbox", { name: /Reopen: Hired is final/ })).not.toBeChecked();
  });

  it("flags a duplicate email before adding, and drafts the rejection; the CV opens in the browser", async () => {
    const user = userEvent.setup();
    await convertSample(user);
    const add = screen.getByRole("form", { name: "Add a candidate" });
    await user.type(within(add).getByRole("textbox", { name: /^Name/ }), "Priya R.");
    await user.type(within(add).getByRole("textbox", { name: "Email" }), "Priya.Raman@example.com");
    await user.type(within(add).getByRole("textbox", { name: /^Position/ }), "Receptionist");
    await user.click(within(add).getByRole("button", { name: "Add candidate" }));
    expect(await within(add).findByText(/Nothing was added/)).toHaveTextContent(
      "Priya.Raman@example.com is already in the register: Priya Raman (CAN-0001). Nothing was added.",
    );
    expect((await readRegister(candidates)).rows).toHaveLength(12);

    const openBrowserWindow = jest.fn();
    (globalThis as { Office?: unknown }).Office = { context: { ui: { openBrowserWindow } } };
    try {
      await user.click(screen.getByRole("button", { name: "Lucas Moreau" }));
      await user.click(screen.getByRole("button", { name: "Open CV" }));
      expect(openBrowserWindow).toHaveBeenCalledWith("https://files.example.com/hiring/cv-moreau.pdf");
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
    await user.click(screen.getByRole("button", { name: "Draft rejection" }));
    const rejection = screen.getByRole("region", { name: "Rejection draft" });
    expect(within(rejection).getByText(/^Subject: /)).toHaveTextContent(/Receptionist/);
  });
});
