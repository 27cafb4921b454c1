/**
 * The error live region every control and fieldset shows its message in (`#error`): always in the page, so
 * that filling it is announced, the message read after a hidden « Erreur : ». HTML-first markup writes the
 * same content into the author's element with `writeError`.
 */
import { html, nothing } from 'lit';

/** What the region holds: the hidden prefix and the message; nothing when there is no message. */
export function errorText(prefix: string, message: string | undefined) {
  return message ? html`<span class="visually-hidden">${prefix} </span>${message}` : nothing;
}

/** The region itself, `#error`, part `error`. */
export function errorRegion(prefix: string, message: string | undefined) {
  return html`<div id="error" class="error" part="error-text" aria-live="polite">${errorText(prefix, message)}</div>`;
}
