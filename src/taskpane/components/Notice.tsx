// A message in the task pane: Fluent's MessageBar and its body in one, named for screen readers.
// MessageBar labels itself by its title's id whether or not it has a title, so a message without one was
// named by an id that names nothing; here it is named by its own text instead. It takes a ref and
// tabIndex={-1} so an action can move focus to its result, which a screen reader then reads out.
import { Children, isValidElement, useId, type ReactNode, type Ref } from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarProps,
} from "@fluentui/react-components";

export interface NoticeProps extends Omit<MessageBarProps, "children"> {
  /** The message; a <MessageBarTitle> among it names the message, else the whole text does. */
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}

const hasTitle = (children: ReactNode) =>
  Children.toArray(children).some((child) => isValidElement(child) && child.type === MessageBarTitle);

export function Notice({ children, layout = "multiline", ...props }: NoticeProps) {
  const bodyId = useId();
  const named = hasTitle(children) ? {} : { "aria-labelledby": bodyId };
  return (
    <MessageBar layout={layout} {...named} {...props}>
      <MessageBarBody id={bodyId}>{children}</MessageBarBody>
    </MessageBar>
  );
}
