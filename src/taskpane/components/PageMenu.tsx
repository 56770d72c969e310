// The Pages menu: every page of the list, the current one checked. Loaded just after the shell (Header),
// so Fluent's menu, positioning and focus machinery stay out of the task pane's first load.
import { useEffect, useRef, useState } from "react";
import {
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from "@fluentui/react-components";
import { isPageId, type NavigationStore, type PageId } from "../navigation";
import { PAGES } from "../pages";

export interface PageMenuProps {
  store: NavigationStore;
  page: PageId;
  /** The trigger's accessible name ("Pages, current page Orders"). */
  label: string;
  className?: string;
  /** Open at once: the person chose Pages before the menu's code had arrived. */
  openAtOnce?: boolean;
}

export default function PageMenu({ store, page, label, className, openAtOnce = false }: PageMenuProps) {
  const onCheckedValueChange: MenuProps["onCheckedValueChange"] = (_event, data) => {
    const chosen = data.checkedItems[0];
    if (isPageId(chosen)) store.navigate(chosen);
  };
  const [open, setOpen] = useState(openAtOnce);
  const currentItem = useRef<HTMLDivElement>(null);
  // The menu opens on the current page, so the arrow keys start from where the person is. Fluent's Menu
  // focuses its first item as it opens; this effect runs after the Menu's own (a parent's effects run
  // after its children's), so the current page's item ends up with focus.
  useEffect(() => {
    if (open) currentItem.current?.focus();
  }, [open]);

  return (
    <Menu
      open={open}
      onOpenChange={(_event, data) => setOpen(data.open)}
      checkedValues={{ page: [page] }}
      onCheckedValueChange={onCheckedValueChange}
    >
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="secondary" className={className} aria-label={label}>
          Pages
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {PAGES.map((p) => (
            <MenuItemRadio key={p.id} ref={p.id === page ? currentItem : undefined} name="page" value={p.id}>
              {p.label}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
