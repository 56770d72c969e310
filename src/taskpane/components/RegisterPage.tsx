// The frame and styles the register pages share: a landmark named by the page's heading (which takes
// focus on arrival), sections in a grid, section headings one level down.
import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { PageHeading } from "./PageHeading";

export const useRegisterPageStyles = makeStyles({
  page: { display: "grid", gap: tokens.spacingVerticalL },
  section: { display: "grid", gap: tokens.spacingVerticalS },
  // Section headings may take focus after an action (tabIndex -1); the focus moves, no ring is drawn.
  h3: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    outlineStyle: "none",
  },
  text: { margin: 0 },
});

export interface RegisterPageFrameProps {
  /** "calls": the heading's id is "calls-heading". */
  id: string;
  title: string;
  focusHeading?: boolean;
  children: ReactNode;
}

export function RegisterPageFrame({ id, title, focusHeading, children }: RegisterPageFrameProps) {
  const styles = useRegisterPageStyles();
  return (
    <section className={styles.page} aria-labelledby={`${id}-heading`}>
      <PageHeading id={`${id}-heading`} focusOnMount={focusHeading}>
        {title}
      </PageHeading>
      {children}
    </section>
  );
}
