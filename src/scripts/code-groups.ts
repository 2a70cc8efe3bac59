/** Tabs: the arrow keys move between them, Home and End go to the first and last (WAI-ARIA's tabs pattern). */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** Where the last tab a reader chose is kept, so the next page opens its groups on it too. */
const STORAGE_KEY = 'inkstone-code-group';

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(label: string) {
  try {
    localStorage.setItem(STORAGE_KEY, label);
  } catch {
    // Storage may be off; the choice then holds for this page only.
  }
}

/** One group's tabs: their labels, and how to show one. */
interface Group {
  labels: string[];
  select: (chosen: number, focus: boolean) => void;
}

/**
 * Makes the tabs of one group, shows its first (or the remembered) block, and hands back how to switch it. `chosen` hears
 * of each tab the reader chooses in it.
 */
function tabsFor(group: HTMLElement, number: number, chosen: (label: string, from: Group) => void): Group | undefined {
  const frames = [...group.querySelectorAll<HTMLElement>(':scope > .code')];
  if (frames.length === 0) return undefined;
  const list = document.createElement('div');
  list.className = 'code-group__tabs';
  list.setAttribute('role', 'tablist');
  const tabs = frames.map((frame, index) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'code-group__tab';
    tab.id = `code-group-${number}-tab-${index}`;
    tab.textContent = frame.querySelector('.code__title')?.textContent || frame.dataset.language || String(index + 1);
    tab.setAttribute('role', 'tab');
    frame.id ||= `code-group-${number}-panel-${index}`;
    frame.setAttribute('role', 'tabpanel');
    frame.setAttribute('aria-labelledby', tab.id);
    tab.setAttribute('aria-controls', frame.id);
    return tab;
  });
  const self: Group = {
    labels: tabs.map((tab) => tab.textContent ?? ''),
    select: (shown, focus) => {
      tabs.forEach((tab, index) => {
        tab.setAttribute('aria-selected', String(index === shown));
        tab.tabIndex = index === shown ? 0 : -1;
        frames[index]!.hidden = index !== shown;
      });
      if (focus) tabs[shown]!.focus();
    },
  };
  const choose = (index: number, focus: boolean) => {
    self.select(index, focus);
    chosen(self.labels[index]!, self);
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
  group.classList.add('code-group--tabs');
  self.select(Math.max(0, self.labels.indexOf(remembered() ?? '')), false);
  return self;
}

/**
 * Turns each code group (`remarkCodeGroups`: `.code-group` around code frames) into tabs, one per block, named by the
 * block's title or else its language. A tab the reader chooses is chosen in every group that has one of that name
 * (`pnpm` everywhere), and remembered for the next page. Without JavaScript the blocks stay one after another, each
 * with its title.
 */
export function enableCodeGroups() {
  const groups: Group[] = [];
  const chosen = (label: string, from: Group) => {
    remember(label);
    for (const other of groups) {
      if (other !== from && other.labels.includes(label)) other.select(other.labels.indexOf(label), false);
    }
  };
  document.querySelectorAll<HTMLElement>('.code-group').forEach((element, number) => {
    const group = tabsFor(element, number, chosen);
    if (group) groups.push(group);
  });
}
