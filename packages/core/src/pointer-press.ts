/**
 * A pointer press in progress on the page. An error that appears when a person leaves a field pushes down
 * what is under it: shown on the `mousedown` that moved the focus, it moves the button being pressed, and
 * the `click` lands on nothing. So while a press is under way, what would move the page waits until its
 * click has been delivered (or the press is cancelled, or released with no click). Keyboard focus moves are
 * not presses: Tab shows errors at once.
 */

let pressing = false;
let fallback: ReturnType<typeof setTimeout> | undefined;
let watching = false;
const waiting = new Set<() => void>();

/** How long a released press may wait for its click: a touch's compatibility click comes after `pointerup`. */
const CLICK_WAIT_MS = 600;

function flush(): void {
  pressing = false;
  clearTimeout(fallback);
  const callbacks = [...waiting];
  waiting.clear();
  for (const callback of callbacks) callback();
}

/** Starts watching presses (once per page; listeners in the capture phase, so no handler can hide them). */
export function watchPointerPresses(): void {
  if (watching) return;
  watching = true;
  const early = { capture: true, passive: true };
  addEventListener(
    'pointerdown',
    () => {
      pressing = true;
      clearTimeout(fallback);
    },
    early,
  );
  addEventListener(
    'pointerup',
    () => {
      if (pressing) {
        clearTimeout(fallback);
        fallback = setTimeout(flush, CLICK_WAIT_MS);
      }
    },
    early,
  );
  addEventListener('pointercancel', flush, early);
  // The bubble phase on window: the click has reached its target and every handler on the way.
  addEventListener('click', () => pressing && flush(), { passive: true });
}

/** Runs `callback` now, or, during a pointer press, once its click has been delivered. */
export function afterPointerPress(callback: () => void): void {
  if (pressing) waiting.add(callback);
  else callback();
}

/** Whether a pointer press is under way (for tests and for components that move content themselves). */
export function isPointerPressing(): boolean {
  return pressing;
}
