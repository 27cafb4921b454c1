// One canvas with a control in each of its states, side by side (default, filled, in error, disabled), as
// design systems show them: the states story of each control.
import { html, type TemplateResult } from 'lit';

export type State = readonly [caption: string, control: TemplateResult];

export function states(...cells: State[]): TemplateResult {
  return html`<div class="socle-states">
    ${cells.map(([caption, control]) => html`<div class="socle-state"><p class="socle-state-caption">${caption}</p>${control}</div>`)}
  </div>`;
}
