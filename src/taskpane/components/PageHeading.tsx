// A page's heading. It takes focus when the page changes so keyboard and screen-reader users land on
// the new page instead of staying on the menu that opened it.
import { useEffect, useRef } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  heading: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    outlineStyle: "none",
  },
});

export interface PageHeadingProps {
  children: string;
  id?: string;
  focusOnMount?: boolean;
}

export function PageHeading({ children, id, focusOnMount = true }: PageHeadingProps) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className={styles.heading}>
      {children}
    </h2>
  );
}
