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

/** The `<option>` and `<optgroup>` children of `host`, in order. */
export function optionChildren(host: Element): Element[] {
  return Array.from(host.children).filter((child) => child instanceof HTMLOptionElement || child instanceof HTMLOptGroupElement);
}

/**
 * The `<option>` children of a host, read once and again only after they change. `slotchange` also fires
 * for the children present at the first render: `changed()` tells a real change from that one, which would
 * otherwise cost every list a second build.
 */
export class ChildOptions {
  readonly #host: Element;
  #cache: ChoiceOption[] | undefined;
  #seen: Element[] = [];

  constructor(host: Element) {
    this.#host = host;
  }

  /** The explicit options when given, else the children's. */
  get(explicit: readonly ChoiceOption[] | undefined): readonly ChoiceOption[] {
    if (explicit) return explicit;
    if (!this.#cache) {
      this.#seen = optionChildren(this.#host);
      this.#cache = this.#seen.length > 0 ? readOptions(this.#host) : [];
    }
    return this.#cache;
  }

  /** Records the children in use (`optionChildren`, as the caller found them) without reading them. */
  markSeen(children: Element[]): void {
    this.#seen = children;
  }

  /**
   * Whether the option children differ from those last read (or their content changed); if so, forgets the
   * cached reading.
   */
  changed(contentChanged = false): boolean {
    const now = optionChildren(this.#host);
    const same = !contentChanged && now.length === this.#seen.length && now.every((child, index) => child === this.#seen[index]);
    if (!same) {
      this.#cache = undefined;
      this.#seen = now;
    }
    return !same;
  }
}

// One observer for every choice control of the page (observing many targets with one observer is cheap;
// a hidden <slot> per control to hear about its options cost about 7 % of a long form's first render).
const watchers = new WeakMap<Node, (contentChanged: boolean) => void>();
let observer: MutationObserver | undefined;

function onMutations(records: MutationRecord[]): void {
  const changed = new Map<Node, boolean>();
  for (const record of records) {
    let node: Node | null = record.target;
    while (node && !watchers.has(node)) node = node.parentNode;
    // Anything but the host's own list of children changing is a change of an option's content.
    if (node) changed.set(node, (changed.get(node) ?? false) || record.type !== 'childList' || record.target !== node);
  }
  changed.forEach((contentChanged, host) => watchers.get(host)?.(contentChanged));
}

/**
 * Calls `onChange` when the options of `host` change: children added or removed (`contentChanged` false),
 * or an option's text or attributes (`contentChanged` true). Stops by itself when the host is collected.
 */
export function watchOptions(host: Element, onChange: (contentChanged: boolean) => void): void {
  if (watchers.has(host)) return;
  watchers.set(host, onChange);
  observer ??= new MutationObserver(onMutations);
  observer.observe(host, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value', 'label', 'selected', 'disabled', 'data-hint'],
  });
}
