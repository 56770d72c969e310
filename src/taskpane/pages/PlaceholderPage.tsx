// A page whose register work has not landed yet: says what it is for and what is coming, no fake data.
import { makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../components/Notice";
import type { PageInfo } from "../pages";
import { PageHeading } from "../components/PageHeading";

const useStyles = makeStyles({
  text: { margin: `0 0 ${tokens.spacingVerticalM} 0` },
  list: { margin: `${tokens.spacingVerticalS} 0 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

export function PlaceholderPage({ info, focusHeading }: { info: PageInfo; focusHeading: boolean }) {
  const styles = useStyles();
  return (
    <section aria-labelledby={`${info.id}-heading`}>
      <PageHeading id={`${info.id}-heading`} focusOnMount={focusHeading}>
        {info.label}
      </PageHeading>
      <p className={styles.text}>{info.summary}</p>
      <Notice intent="info">This page is not built yet. Coming here:</Notice>
      <ul className={styles.list}>
        {info.coming.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
