import "../support/jsdomGaps";
import "../support/layout";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axeViolations as violations } from "../support/axe";
import { candidates } from "../../../src/core/registers/definitions/candidates";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import CandidatesPage from "../../../src/taskpane/pages/candidates/CandidatesPage";
import { seedRegister } from "../../excel/support";

jest.setTimeout(120_000);

it("the Candidates page with a chosen candidate, a rejection draft and the retention list has no axe violations", async () => {
  const user = userEvent.setup({ delay: null });
  const wb = new SimWorkbook();
  installExcel(wb);
  seedRegister(wb, candidates, [
    {
      candidateId: "CAN-0001",
      name: "Priya Raman",
      email: "priya.raman@example.com",
      position: "Receptionist",
      stage: "Interview",
      cvLink: "https://files.example.com/cv.pdf",
      scoreExperience: 4,
    },
    {
      candidateId: "CAN-0002",
      name: "Lucas Moreau",
      position: "Receptionist",
      stage: "Rejected",
      retainUntil: 45000,
    },
    {
      candidateId: "CAN-0003",
      name: "Lucas M.",
      email: "PRIYA.raman@example.com",
      position: "Clerk",
      stage: "Applied",
    },
  ]);
  render(<CandidatesPage focusHeading={false} />);
  await user.click(await screen.findByRole("button", { name: "Priya Raman" }));
  await user.click(screen.getByRole("button", { name: "Draft rejection" }));
  await user.click(screen.getByRole("button", { name: "List candidates past Retain until" }));
  const list = await screen.findByRole("list", { name: "Past Retain until" });
  expect(within(list).getAllByRole("listitem")).toHaveLength(1);
  expect(
    screen.getByText(
      /Some emails are used by more than one candidate: priya\.raman@example\.com \(CAN-0001, CAN-0003\)/,
    ),
  ).toBeInTheDocument();
  expect(await violations()).toEqual([]);
});
