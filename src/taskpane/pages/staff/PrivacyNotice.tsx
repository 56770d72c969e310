// Staff records are personal data: said plainly where they are worked on.
import { Notice } from "../../components/Notice";

export function PrivacyNotice() {
  return (
    <Notice intent="warning">
      Anyone who can open this workbook can read every sheet in it. Hidden or protected sheets are not
      private: hiding or protecting a sheet only stops mistakes. Keep the Discipline register in a separate
      workbook that only managers can open.
    </Notice>
  );
}
