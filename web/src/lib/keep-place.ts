// Live additions at the top of a list must not move what the reader is looking at: measure the
// first visible row, change the list, then scroll by however far that row moved.
function scroller(el: HTMLElement): HTMLElement | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === "auto" || overflowY === "scroll") && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** Runs `mutate` (which prepends rows to `list`); answers whether the new rows landed out of view. */
export function prependKeepingPlace(list: HTMLElement | undefined, mutate: () => void): boolean {
  if (!list) {
    mutate();
    return false;
  }
  const box = scroller(list);
  const viewTop = box ? box.getBoundingClientRect().top : 0;
  const scrolled = box ? box.scrollTop > 0 : window.scrollY > 0;
  const rows = [...list.children] as HTMLElement[];
  const anchor = rows.find((row) => row.getBoundingClientRect().bottom > viewTop);
  if (!scrolled || !anchor || anchor.getBoundingClientRect().top > viewTop) {
    mutate();
    return false;
  }
  const before = anchor.getBoundingClientRect().top;
  mutate();
  const moved = anchor.getBoundingClientRect().top - before;
  if (moved !== 0) (box ?? window).scrollBy(0, moved);
  return moved > 0;
}
