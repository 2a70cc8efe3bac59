/** Tabs: the arrow keys move between them, Home and End go to the first and last (WAI-ARIA's tabs pattern). */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Turns each code group (`remarkCodeGroups`: `.code-group` around code frames) into tabs, one per block, named by the
 * block's title or else its language. Without JavaScript the blocks stay one after another, each with its title.
 */
export function enableCodeGroups() {
  document.querySelectorAll<HTMLElement>('.code-group').forEach((group, number) => {
    const frames = [...group.querySelectorAll<HTMLElement>(':scope > .code')];
    if (frames.length === 0) return;
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
    const select = (chosen: number, focus: boolean) => {
      tabs.forEach((tab, index) => {
        tab.setAttribute('aria-selected', String(index === chosen));
        tab.tabIndex = index === chosen ? 0 : -1;
        frames[index]!.hidden = index !== chosen;
      });
      if (focus) tabs[chosen]!.focus();
    };
    tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => select(index, false));
      tab.addEventListener('keydown', (event) => {
        const move = MOVES[event.key];
        if (!move) return;
        event.preventDefault();
        select(move(index, tabs.length), true);
      });
    });
    list.append(...tabs);
    group.prepend(list);
    group.classList.add('code-group--tabs');
    select(0, false);
  });
}
