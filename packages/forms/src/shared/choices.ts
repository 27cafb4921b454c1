/** The list of native radios or checkboxes of a group, each with its label and optional hint. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChoiceOption } from './options.js';

export interface ChoicesOptions {
  type: 'radio' | 'checkbox';
  choices: readonly ChoiceOption[];
  isChecked(choice: ChoiceOption): boolean;
  disabled: boolean;
  /** Radios of one group share a name (in the shadow root), which gives the native arrow-key behaviour. */
  name?: string;
  onInput?(event: Event): void;
  onChange(event: Event): void;
}

export function renderChoices(options: ChoicesOptions) {
  return options.choices.map(
    (choice, index) => html`<div class="option">
      <input
        id=${`option-${index}`}
        class="box"
        type=${options.type}
        name=${ifDefined(options.name)}
        .value=${choice.value}
        .checked=${options.isChecked(choice)}
        ?disabled=${options.disabled || choice.disabled === true}
        aria-describedby=${ifDefined(choice.hint ? `option-hint-${index}` : undefined)}
        @input=${options.onInput}
        @change=${options.onChange}
      />
      <label class="option-label" for=${`option-${index}`}>${choice.label}</label>
      ${choice.hint ? html`<div id=${`option-hint-${index}`} class="option-hint">${choice.hint}</div>` : nothing}
    </div>`,
  );
}
