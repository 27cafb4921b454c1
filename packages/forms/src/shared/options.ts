/**
 * The options of the choice controls (select, radio group, checkbox group) come from the same markup —
 * `<option>` children (optionally in `<optgroup>`), as in a native `<select>` — or from the `options`
 * property. A developer switching from a list to radio buttons changes the tag only.
 */

/** One choice. `hint` is shown under the option's label in radio and checkbox groups. */
export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
  disabled?: boolean;
  /** Chosen by default (the `selected` attribute of an `<option>`). */
  selected?: boolean;
  /** The `<optgroup>` label, in a select. */
  group?: string;
}

function fromOption(option: HTMLOptionElement, group?: string): ChoiceOption {
  const choice: ChoiceOption = { value: option.value, label: option.label || option.text };
  const hint = option.dataset.hint;
  if (hint) choice.hint = hint;
  if (option.disabled) choice.disabled = true;
  if (option.defaultSelected) choice.selected = true;
  if (group !== undefined) choice.group = group;
  return choice;
}

/** The choices described by the `<option>` and `<optgroup>` children of `host`. */
export function readOptions(host: Element): ChoiceOption[] {
  const choices: ChoiceOption[] = [];
  for (const child of host.children) {
    if (child instanceof HTMLOptionElement) choices.push(fromOption(child));
    else if (child instanceof HTMLOptGroupElement) {
      for (const option of child.querySelectorAll('option')) choices.push(fromOption(option, child.label));
    }
  }
  return choices;
}

/** Whether `host` has `<option>`/`<optgroup>` children (cheap test before reading them). */
export function hasOptionChildren(host: Element): boolean {
  const first = host.firstElementChild;
  return first !== null && host.querySelector(':scope > option, :scope > optgroup') !== null;
}

/** The `<option>` children of a host, read once and again only after they change (call `invalidate`). */
export class ChildOptions {
  readonly #host: Element;
  #cache: ChoiceOption[] | undefined;

  constructor(host: Element) {
    this.#host = host;
  }

  /** The explicit options when given, else the children's. */
  get(explicit: readonly ChoiceOption[] | undefined): readonly ChoiceOption[] {
    if (explicit) return explicit;
    this.#cache ??= hasOptionChildren(this.#host) ? readOptions(this.#host) : [];
    return this.#cache;
  }

  invalidate(): void {
    this.#cache = undefined;
  }
}
