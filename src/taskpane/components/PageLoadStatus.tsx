// A page's reading state: a spinner while the first read runs, the error with "Try again" when it
// failed; nothing once the data is there (the page shows it).
import type { ReactElement } from "react";
import { Button, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { ActionError, errorSentence } from "./ActionError";
import { Notice } from "./Notice";
import type { PageLoad } from "./usePageData";

export interface PageLoadStatusProps<D> {
  load: PageLoad<D>;
  /** The spinner's words: "Reading the Call log…". */
  reading: string;
  /** A title for the failure ("Could not read the settings"); without one, the error is the title. */
  failed?: string;
  onRetry: () => void;
}

export function PageLoadStatus<D>({
  load,
  reading,
  failed,
  onRetry,
}: PageLoadStatusProps<D>): ReactElement | null {
  if (load.status === "loading") return <Spinner size="small" label={reading} />;
  if (load.status === "ready") return null;
  return (
    <>
      {failed ? (
        <Notice intent="error">
          <MessageBarTitle>{failed}</MessageBarTitle>
          {errorSentence(load.error)}
        </Notice>
      ) : (
        <ActionError error={load.error} />
      )}
      <div>
        <Button onClick={onRetry}>Try again</Button>
      </div>
    </>
  );
}
