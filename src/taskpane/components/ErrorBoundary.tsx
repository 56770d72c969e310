// Around each page of the task pane: a page that fails while rendering shows what happened
// and what to do instead of leaving the pane blank, and "Try again" mounts the page afresh (its state
// and its reads of the workbook start over). Workbook errors (ExcelActionError) bring their own
// "what to do"; anything else gets a general one.
import { Component, type ErrorInfo, type ReactNode } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { errorText } from "./ActionError";

const GENERAL_WHAT_TO_DO =
  "Choose Try again. If it happens again, close and reopen the task pane; your workbook has not been changed by this.";

export interface ErrorBoundaryProps {
  /** The page's name, for the message ("Inventory stopped working"). */
  pageLabel: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
  /** Bumped by Try again so the page below is a new instance. */
  attempt: number;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: undefined, failed: false, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever maintains the add-in; the person sees the message below.
    console.error("Back Office page failed", error, info.componentStack);
  }

  private retry = (): void => {
    this.setState((s) => ({ error: undefined, failed: false, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    const { failed, error, attempt } = this.state;
    if (!failed) return <PageInstance key={attempt}>{this.props.children}</PageInstance>;
    const { message, whatToDo } = errorText(error);
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{`${this.props.pageLabel} stopped working.`}</MessageBarTitle>
          <p>{message}</p>
          <p>{whatToDo ?? GENERAL_WHAT_TO_DO}</p>
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={this.retry}>
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

/** A keyed wrapper: a new key unmounts the old page and mounts a new one. */
function PageInstance({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
