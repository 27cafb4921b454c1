/**
 * Sizes that do not follow the page's root font size. Many CMS themes set `html { font-size: 62.5% }`, which
 * would shrink every `rem` of Socle to 10 px. Socle's sizes are multiples of `--socle-u` instead: a
 * registered length whose initial value is the person's default font size (what `medium` is, 16 px unless
 * they chose larger), measured once. An authority that wants Socle to follow its page sets
 * `:root { --socle-u: 1rem }`.
 */
import { type CSSResult, unsafeCSS } from 'lit';

/** `n` units: `calc(n * var(--socle-u, 1rem))` (a plain `rem` where the unit is not registered). */
export function rem(n: number): CSSResult {
  return unsafeCSS(remText(n));
}

/** The same, as text (for style sheets written as strings). */
export function remText(n: number): string {
  return `calc(${String(n)}*var(--socle-u,1rem))`;
}

/** Registers `--socle-u` once per page (any copy of Socle); the person's default font size is its initial value. */
export function registerUnit(): void {
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  const probe = document.createElement('div');
  probe.style.fontSize = 'medium';
  probe.style.position = 'absolute';
  document.documentElement.append(probe);
  const medium = getComputedStyle(probe).fontSize || '16px';
  probe.remove();
  try {
    CSS.registerProperty({ name: '--socle-u', syntax: '<length>', inherits: true, initialValue: medium });
  } catch {
    // Already registered (another copy of Socle): the same unit.
  }
}
