/** Tabs: the arrow keys move between them, Home and End go to the first and last (WAI-ARIA's tabs pattern). */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** A kind of tab group on a post page. */
interface Kind {
  /** The groups' class. Their tab list gets `<className>__tabs`, each tab `<className>__tab`, the group `<className>--tabs`. */
  className: string;
  /** The group's panels, one per tab. */
  panels: string;
  /** A panel's tab name. */
  label: (panel: HTMLElement) => string | undefined;
  /** Where the last tab a reader chose is kept, so the next page opens its groups on it too. */
  storageKey: string;
}

const KINDS: Kind[] = [
  // `remarkCodeGroups` (and `remarkTabs`' code tabs): code frames, named by their titles, else their languages.
  {
    className: 'code-group',
    panels: ':scope > .code',
    label: (frame) => frame.querySelector('.code__title')?.textContent || frame.dataset.language,
    storageKey: 'inkstone-code-group',
  },
  // `remarkTabs`: panels, each starting with its name.
  {
    className: 'tabs',
    panels: ':scope > .tabs__panel',
    label: (panel) => panel.querySelector(':scope > .tabs__label')?.textContent ?? undefined,
    storageKey: 'inkstone-tabs',
  },
];

function remembered(kind: Kind): string | null {
  try {
    return localStorage.getItem(kind.storageKey);
  } catch {
    return null;
  }
}

function remember(kind: Kind, label: string) {
  try {
    localStorage.setItem(kind.storageKey, label);
  } catch {
    // Storage may be off; the choice then holds for this page only.
  }
}

/** One group's tabs: what ties each to the tabs of other groups, and how to show one. */
interface Group {
  keys: string[];
  select: (chosen: number, focus: boolean) => void;
}

/**
 * Makes the tabs of one group, shows its remembered panel (else the author's chosen one, else the first), and hands
 * back how to switch it. `chosen` hears of each tab the reader chooses in it.
 */
/**
 * What ties each tab to the tabs of other groups: the values the author gave them (the group's `data-keys`, from
 * VuePress's `@tab 用 npm#npm`), else their names.
 */
function keysOf(group: HTMLElement, names: string[]): string[] {
  let keys: unknown;
  try {
    keys = JSON.parse(group.dataset.keys ?? 'null');
  } catch {
    keys = null;
  }
  return Array.isArray(keys) && keys.length === names.length && keys.every((key) => typeof key === 'string')
    ? (keys as string[])
    : names;
}

function tabsFor(
  kind: Kind,
  group: HTMLElement,
  number: number,
  chosen: (key: string, from: Group) => void,
): Group | undefined {
  const panels = [...group.querySelectorAll<HTMLElement>(kind.panels)];
  if (panels.length === 0) return undefined;
  const list = document.createElement('div');
  list.className = `${kind.className}__tabs`;
  list.setAttribute('role', 'tablist');
  const tabs = panels.map((panel, index) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = `${kind.className}__tab`;
    tab.id = `${kind.className}-${number}-tab-${index}`;
    tab.textContent = kind.label(panel) || String(index + 1);
    tab.setAttribute('role', 'tab');
    panel.id ||= `${kind.className}-${number}-panel-${index}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    tab.setAttribute('aria-controls', panel.id);
    return tab;
  });
  const self: Group = {
    keys: keysOf(
      group,
      tabs.map((tab) => tab.textContent ?? ''),
    ),
    select: (shown, focus) => {
      tabs.forEach((tab, index) => {
        tab.setAttribute('aria-selected', String(index === shown));
        tab.tabIndex = index === shown ? 0 : -1;
        panels[index]!.hidden = index !== shown;
      });
      if (focus) tabs[shown]!.focus();
    },
  };
  const choose = (index: number, focus: boolean) => {
    self.select(index, focus);
    chosen(self.keys[index]!, self);
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => choose(index, false));
    tab.addEventListener('keydown', (event) => {
      const move = MOVES[event.key];
      if (!move) return;
      event.preventDefault();
      choose(move(index, tabs.length), true);
    });
  });
  list.append(...tabs);
  group.prepend(list);
  group.classList.add(`${kind.className}--tabs`);
  const last = self.keys.indexOf(remembered(kind) ?? '');
  // The panel the author chose to show first (`remarkTabs`' `data-active`), if any.
  const active = Number(group.dataset.active ?? 0);
  self.select(last !== -1 ? last : active < panels.length ? active : 0, false);
  return self;
}

/**
 * Turns each group of tabs on the page into tabs: code groups (`remarkCodeGroups`, `.code-group` around code frames),
 * one tab per block named by its title or else its language, and VuePress's tabs (`remarkTabs`, `.tabs` around
 * panels), one tab per panel named by its label. A tab the reader chooses is chosen in every group of its kind that has
 * one of that name or value (`pnpm` everywhere), and remembered for the next page. Without JavaScript the panels stay one after
 * another, each with its name.
 */
export function enableTabs() {
  for (const kind of KINDS) {
    const groups: Group[] = [];
    const chosen = (key: string, from: Group) => {
      remember(kind, key);
      for (const other of groups) {
        if (other !== from && other.keys.includes(key)) other.select(other.keys.indexOf(key), false);
      }
    };
    document.querySelectorAll<HTMLElement>(`.${kind.className}`).forEach((element, number) => {
      const group = tabsFor(kind, element, number, chosen);
      if (group) groups.push(group);
    });
  }
}
