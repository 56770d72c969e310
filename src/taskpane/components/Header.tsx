// Product name, Back, and the page menu: one row that fits 320 px and works from the keyboard.
import { useEffect, useRef, useState } from "react";
import {
  Button,
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
  type MenuProps,
} from "@fluentui/react-components";
import { isPageId, type NavigationStore, type PageId } from "../navigation";
import { PAGES } from "../pages";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // Fluent buttons are at least 96 px wide; at 320 px that would squeeze the product name.
  compact: { minWidth: "auto" },
  title: {
    margin: 0,
    flexGrow: 1,
    minWidth: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
});

export interface HeaderProps {
  store: NavigationStore;
  page: PageId;
}

export function Header({ store, page }: HeaderProps) {
  const styles = useStyles();
  const onCheckedValueChange: MenuProps["onCheckedValueChange"] = (_event, data) => {
    const chosen = data.checkedItems[0];
    if (isPageId(chosen)) store.navigate(chosen);
  };
  const current = PAGES.find((p) => p.id === page);
  const [open, setOpen] = useState(false);
  const currentItem = useRef<HTMLDivElement>(null);
  // The menu opens on the current page, so the arrow keys start from where the person is. Fluent's Menu
  // focuses its first item as it opens; this effect runs after the Menu's own (a parent's effects run
  // after its children's), so the current page's item ends up with focus.
  useEffect(() => {
    if (open) currentItem.current?.focus();
  }, [open]);

  return (
    <header className={styles.header}>
      <h1 className={styles.title}>Back Office</h1>
      {page !== "home" && (
        <Button appearance="subtle" className={styles.compact} onClick={() => store.back()}>
          Back
        </Button>
      )}
      <Menu
        open={open}
        onOpenChange={(_event, data) => setOpen(data.open)}
        checkedValues={{ page: [page] }}
        onCheckedValueChange={onCheckedValueChange}
      >
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
            appearance="secondary"
            className={styles.compact}
            aria-label={`Pages, current page ${current?.label ?? page}`}
          >
            Pages
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {PAGES.map((p) => (
              <MenuItemRadio
                key={p.id}
                ref={p.id === page ? currentItem : undefined}
                name="page"
                value={p.id}
              >
                {p.label}
              </MenuItemRadio>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
    </header>
  );
}
