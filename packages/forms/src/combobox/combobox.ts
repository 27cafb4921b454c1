/**
 * Base of the look-up fields: an ARIA 1.2 combobox (an editable input with a listbox popup and
 * `aria-activedescendant`), form-associated. The person types, picks an option with the mouse or the
 * keyboard (Up/Down/Home/End/Enter/Escape), and the field submits the option's value (a code), not the
 * typed text. Subclasses say how to search and how to label a value.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DefaultValue, type DraftState, type FormValue, SocleFormControl, isDraftRecord, type ValidationIssue, controlStyles, ensureId, fieldStyles, token, useMessages, rem } from '@socle/core';
import { messages } from './messages.js';

/** One proposal of the list. */
export interface ComboboxOption<T = unknown> {
  /** What the field submits when this option is chosen (a code). */
  value: string;
  /** The option's text, put in the input when chosen. */
  label: string;
  /** A second line (département, postal codes…), read after the label. */
  description?: string;
  /** The whole object the option stands for (a commune, a country…). */
  data: T;
}

// Case, accents, ligatures, spaces and punctuation aside, as the platform's French collation compares.
const sameText = new Intl.Collator('fr', { sensitivity: 'base', ignorePunctuation: true, usage: 'search' });

/** How long the count of results waits for the person to pause before it is announced. */
const ANNOUNCE_DELAY = 400;

export abstract class SocleCombobox<T = unknown> extends SocleFormControl {
  protected static override submitsOnEnter = true;
  static override styles = [
    ...SocleFormControl.styles,
    fieldStyles,
    controlStyles,
    css`
      .wrapper {
        position: relative;
      }
      [role='listbox'] {
        position: absolute;
        z-index: 10;
        inset-inline: 0;
        margin: 0;
        padding: 0;
        list-style: none;
        max-height: ${rem(20)};
        overflow-y: auto;
        background: ${token('color-background')};
        border: 1px solid ${token('color-border')};
        border-top: none;
        box-shadow: 0 4px 8px rgb(0 0 0 / 0.15);
      }
      [role='option'] {
        padding: ${rem(0.5)} ${rem(0.75)};
        min-height: ${rem(2.75)};
        cursor: pointer;
        border-bottom: 1px solid ${token('color-background-alt')};
      }
      [role='option'][aria-selected='true'] {
        background: ${token('color-primary')};
        color: ${token('color-on-primary')};
        outline: 2px solid transparent;
      }
      .description {
        display: block;
        font-size: 0.875em;
      }
      [role='option']:not([aria-selected='true']) .description {
        color: ${token('color-text-muted')};
      }
      .empty {
        padding: ${rem(0.5)} ${rem(0.75)};
        color: ${token('color-text-muted')};
      }
      @media (forced-colors: active) {
        [role='option'][aria-selected='true'] {
          outline: 2px solid Highlight;
          outline-offset: -2px;
          forced-color-adjust: none;
          background: Highlight;
          color: HighlightText;
        }
      }
    `,
  ];

  /** Nombre maximal de propositions affichées. / Most proposals shown. */
  @property({ type: Number }) limit = 10;
  /** Nombre de caractères à taper avant de chercher. / Characters typed before searching. */
  @property({ type: Number, attribute: 'min-chars' }) minChars = 1;
  /** Texte indicatif dans le champ. / Placeholder. */
  @property() placeholder?: string;

  /** The text in the input. */
  @state() protected text = '';
  @state() protected options: ComboboxOption<T>[] = [];
  @state() protected expanded = false;
  @state() protected active = -1;
  /** Whether a search for the current text has answered (so "no result" can be told from "not searched"). */
  @state() protected searched = false;
  /** Whether the last search failed to load its data (its list is then empty for that reason). */
  @state() private loadFailed = false;
  /** The polite announcement (count of results). */
  @state() protected status = '';

  #value = '';
  readonly #default = new DefaultValue((value) => this.#setValue(value));
  #selected: ComboboxOption<T> | undefined;
  #searchRun = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #labelRun = 0;
  /** Set when Down (or Up) opened the list before its proposals came: the first (last) becomes active then. */
  #activateOnResults: 'first' | 'last' | undefined;

  @query('#input') private renderedInput!: HTMLInputElement | null;

  /** The combobox input: the author's (HTML-first markup) or the rendered one. */
  protected get input(): HTMLInputElement | null {
    return (this.native as HTMLInputElement | null) ?? this.renderedInput;
  }

  constructor() {
    super();
    useMessages(messages);
  }

  // ----- For subclasses -------------------------------------------------------------------------------

  /** The options for a text (already trimmed, at least `minChars` long unless `searchEmpty`). */
  protected abstract search(text: string): Promise<ComboboxOption<T>[]>;
  /** The option a value (code) stands for, to show the text of a value set by script, restored or reset. */
  protected abstract optionFor(value: string): Promise<ComboboxOption<T> | undefined>;
  /** Message key of the "no result" state; its text gets `{text}`. */
  protected noResultKey = 'combobox-no-result';
  /** Whether an empty text lists proposals (a country list opens on France; communes of a postal code). */
  protected get searchEmpty(): boolean {
    return false;
  }
  /** Called when a value set by script, reset or restored has been looked up. */
  protected optionRestored(): void {}
  /** Extra form entries submitted with the value (e.g. the postal code of the chosen commune). */
  protected extraFormEntries(): [string, string][] {
    return [];
  }

  /** The chosen option. */
  protected get selectedOption(): ComboboxOption<T> | undefined {
    return this.#selected;
  }

  // ----- HTML-first markup: the author's `<label>` + text `<input>` becomes the combobox ----------------

  /**
   * HTML-first: the input becomes the combobox (its name moves to the field, which submits the code). A
   * name typed before the script (or sent back by the server) is kept, and chosen if exactly one matches.
   */
  protected override adoptNative(native: HTMLElement): void {
    super.adoptNative(native);
    const input = native as HTMLInputElement;
    ensureId(input);
    if (input.placeholder && !this.placeholder) this.placeholder = input.placeholder;
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.#listboxId);
    input.addEventListener('input', () => this.onInput());
    input.addEventListener('keydown', (event) => this.onKeyDown(event));
    input.addEventListener('focus', () => this.onFocus());
    input.addEventListener('blur', (event) => this.onBlur(event));
    const typed = input.value.trim();
    if (typed && !this.hasAttribute('value')) {
      this.text = input.value;
      this.userChangedValue();
      void this.#resolveTyped(typed);
    }
  }

  /** The only option whose name is exactly the text typed before the script, chosen as if picked. */
  async #resolveTyped(typed: string): Promise<void> {
    let options: ComboboxOption<T>[];
    try {
      options = await this.search(typed);
    } catch {
      return; // kept as typed: the field asks to choose once the data is there
    }
    if (this.text.trim() !== typed || this.#value) return;
    const exact = this.#exactMatches(options, typed);
    if (exact.length === 1) this.choose(exact[0]!, { silent: true });
  }

  get #listboxId(): string {
    return this.native ? `${this.native.id}-liste` : 'listbox';
  }

  /** The id of the option at `index` (unique in the page in HTML-first markup). */
  protected optionId(index: number): string {
    return this.native ? `${this.native.id}-option-${index}` : `option-${index}`;
  }

  /** A class of the rendered parts (prefixed in the light DOM, where the page's own classes live). */
  protected cls(name: string): string {
    return this.native ? `socle-${name}` : name;
  }

  protected override syncNative(): void {
    super.syncNative();
    const input = this.native as HTMLInputElement | null;
    if (!input) return;
    if (input.value !== this.text) input.value = this.text;
    const open = this.expanded && this.searched && this.options.length > 0;
    input.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open && this.active >= 0) input.setAttribute('aria-activedescendant', this.optionId(this.active));
    else input.removeAttribute('aria-activedescendant');
    input.readOnly = this.readonly;
    if (this.placeholder) input.placeholder = this.placeholder;
  }

  // ----- Public API -----------------------------------------------------------------------------------

  /** Code choisi (envoyé avec le formulaire). / The chosen option's value (submitted). */
  @property({ attribute: false })
  get value(): string {
    return this.#value;
  }
  set value(value: string | null | undefined) {
    this.#default.setValue(value);
  }

  /** Code choisi au départ (attribut `value`), rétabli par `form.reset()`. / Default value. */
  @property({ attribute: 'value' })
  get defaultValue(): string {
    return this.#default.value;
  }
  set defaultValue(value: string | null | undefined) {
    this.#default.setDefault(value);
  }

  /**
   * Ce qui a été tapé et ce qui a été choisi, pour un brouillon : un nom tapé sans être choisi est gardé
   * aussi. / The typed text and the chosen value, for drafts.
   */
  get typedParts(): Record<string, string> {
    return { text: this.text, value: this.#value, ...(this.#value && this.#selected ? this.draftParts(this.#selected) : {}) };
  }

  /** A draft keeps the text typed and the choice, with what shows the choice again without a look-up. */
  override draftState(): DraftState {
    return this.typedParts;
  }

  override restoreDraftState(state: DraftState): void {
    if (isDraftRecord(state)) this.setTypedParts(state);
  }

  /** Rétablit un brouillon (voir `typedParts`). / Restores a draft. */
  setTypedParts(parts: Readonly<Record<string, string>>): void {
    const value = parts.value ?? '';
    this.#default.markDirty();
    const option = value ? this.optionFromDraft(parts) : undefined;
    if (option?.value === value) {
      // The draft holds what was shown: no look-up, no request, offline too.
      this.#value = value;
      ++this.#labelRun;
      this.#showRestored(option, option.label);
      this.requestUpdate('value');
    } else if (value) this.#setValue(value);
    else {
      this.#setValue('');
      this.text = parts.text ?? '';
      this.valueChanged();
    }
  }

  /**
   * What a draft keeps of the chosen option besides its value and label (a company's name and address, a
   * commune's chosen postal code), so that restoring it needs no request.
   */
  protected draftParts(_option: ComboboxOption<T>): Record<string, string> {
    return {};
  }

  /** The option a draft describes by itself ({@link draftParts}), or `undefined` to look the value up. */
  protected optionFromDraft(_parts: Readonly<Record<string, string>>): ComboboxOption<T> | undefined {
    return undefined;
  }

  /**
   * Shows a better label for the chosen value (a company's name found after its number): only while it is
   * still the value and its text has not been edited since.
   */
  protected relabel(option: ComboboxOption<T>): void {
    const selected = this.#selected;
    if (this.#value !== option.value || !selected || selected.value !== option.value || this.text !== selected.label) return;
    this.#selected = option;
    this.text = option.label;
    this.requestUpdate('value');
  }

  /** L’objet choisi (commune, pays…), ou `undefined`. / The chosen option's object. */
  get selectedData(): T | undefined {
    return this.#selected?.data;
  }

  override get displayValue(): string {
    return this.#selected?.label ?? '';
  }

  // ----- Form control ---------------------------------------------------------------------------------

  protected get anchor(): HTMLElement | null {
    return this.input;
  }

  protected checkConstraints(): ValidationIssue | null {
    if (!this.#value && this.text.trim()) return { key: 'combobox-choose' };
    if (this.required && !this.#value) return { key: 'required' };
    return null;
  }

  protected toFormValue(): FormValue {
    const extra = this.extraFormEntries();
    if (!this.name || extra.length === 0 || !this.#value) return this.#value;
    const data = new FormData();
    data.append(this.name, this.#value);
    for (const [name, value] of extra) data.append(name, value);
    return data;
  }

  protected override syncFormValue(): void {
    // The state stays the code: a FormData of extra entries is rebuilt from it on restore.
    this.internals.setFormValue(this.toFormValue(), this.#value);
  }

  protected resetValue(): void {
    this.#setValue(this.#default.reset(), false);
  }

  protected restoreValue(state: FormValue): void {
    if (typeof state === 'string') this.#setValue(state, false);
  }

  /** Sets the value and shows its label (looked up asynchronously). */
  #setValue(value: string, notify = false): void {
    this.#value = value;
    if (this.#selected?.value !== value) this.#selected = undefined;
    if (!value) {
      if (!notify) this.text = '';
    } else if (!this.#selected) {
      const run = ++this.#labelRun;
      // When the data cannot be fetched, the value is kept and shown as it is (a code) rather than hidden.
      void this.optionFor(value).then(
        (option) => ({ option, text: option?.label ?? '' }),
        () => ({ option: undefined, text: value }),
      ).then(({ option, text }) => {
        if (run !== this.#labelRun || this.#value !== value) return;
        this.#showRestored(option, text);
      });
    }
    this.valueChanged();
    this.requestUpdate('value');
  }

  /** Shows the option of a value that was not chosen in the list (a default, a draft, a script). */
  #showRestored(option: ComboboxOption<T> | undefined, text: string): void {
    this.#selected = option;
    this.text = text;
    this.optionRestored();
    this.valueChanged();
  }

  /**
   * Takes a value built by the field itself (an address typed by hand), as the person's change: no label
   * look-up, the text stays as it is.
   */
  protected setOwnValue(option: ComboboxOption<T> | undefined): void {
    this.#selected = option;
    this.#value = option?.value ?? '';
    this.#default.markDirty();
    ++this.#labelRun;
    this.userChangedValue();
    this.requestUpdate('value');
  }

  /** Chooses an option, as the person does. */
  protected choose(option: ComboboxOption<T>, { silent = false } = {}): void {
    this.#selected = option;
    this.#value = option.value;
    this.#default.markDirty();
    ++this.#labelRun;
    this.text = option.label;
    this.close();
    this.userChangedValue();
    this.requestUpdate('value');
    if (silent) return;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ----- Searching ------------------------------------------------------------------------------------

  /** Searches for the current text; replies to older searches are dropped (they may come back last). */
  protected async runSearch(): Promise<void> {
    const text = this.text.trim();
    const run = ++this.#searchRun;
    if (text.length < this.minChars && !(text === '' && this.searchEmpty)) {
      this.options = [];
      this.searched = false;
      this.expanded = false;
      this.#announce('');
      return;
    }
    let options: ComboboxOption<T>[];
    let failed = false;
    try {
      options = await this.search(text);
    } catch {
      // The embedded data could not be fetched (the connection dropped): said as such, not as "no result";
      // the next key tries again.
      options = [];
      failed = true;
    }
    if (run !== this.#searchRun) return;
    this.loadFailed = failed;
    // The proposal the person moved to stays the active one when the refreshed list still holds it: Enter
    // then picks what they heard, not nothing because a reply came in between.
    const current = this.expanded ? this.options[this.active] : undefined;
    this.options = options.slice(0, this.limit);
    this.searched = true;
    const activate = this.#activateOnResults;
    this.#activateOnResults = undefined;
    if (!this.options.length) this.active = -1;
    else if (activate) this.active = activate === 'first' ? 0 : this.options.length - 1;
    else this.active = current ? this.options.findIndex((option) => option.value === current.value && option.label === current.label) : -1;
    this.expanded = this.matches(':focus-within');
    this.#announce(
      this.options.length === 0
        ? this.#emptyText()
        : this.localize(this.options.length === 1 ? 'combobox-count-one' : 'combobox-count', { count: this.options.length }),
    );
  }

  /** Why the list is empty: nothing matches, or the data could not be loaded. */
  #emptyText(): string {
    return this.loadFailed ? this.localize('combobox-load-failed') : this.localize(this.noResultKey, { text: this.text.trim() });
  }

  #announce(text: string): void {
    clearTimeout(this.#announceTimer);
    if (!text) {
      this.status = '';
      return;
    }
    this.#announceTimer = setTimeout(() => (this.status = text), ANNOUNCE_DELAY);
  }

  /** Closes the list; a search still running must not open it again (the person chose, or pressed Escape). */
  protected close(): void {
    this.expanded = false;
    this.active = -1;
    ++this.#searchRun;
  }

  // ----- Events ---------------------------------------------------------------------------------------

  protected onInput(): void {
    this.#activateOnResults = undefined;
    this.#textEdited(this.input?.value ?? '');
  }

  /** The person changed the text: the choice is dropped (what is submitted is always what the list offered), and the new text searched. */
  #textEdited(text: string): void {
    this.text = text;
    if (this.#value) {
      this.#value = '';
      this.#selected = undefined;
    }
    this.userChangedValue();
    this.requestUpdate('value');
    void this.runSearch();
  }

  protected onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.expanded) {
          this.expanded = true;
          if (event.altKey) return;
          if (!this.searched) {
            this.#activateOnResults = 'first';
            void this.runSearch();
            return;
          }
        }
        if (count) this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.expanded) {
          this.expanded = true;
          if (!this.searched) {
            this.#activateOnResults = 'last';
            void this.runSearch();
            return;
          }
        }
        if (count) this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Home':
      case 'End':
        if (!this.expanded || !count) return;
        event.preventDefault();
        this.active = event.key === 'Home' ? 0 : count - 1;
        break;
      case 'Enter': {
        const option = this.expanded ? this.options[this.active] : undefined;
        if (option) {
          event.preventDefault();
          this.choose(option);
        } else if (this.expanded) {
          event.preventDefault();
          this.#chooseExactMatch();
          this.close();
        }
        // Closed: the base class submits the form, as from a native field.
        break;
      }
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.close();
        } else if (this.text) {
          // As in the ARIA practices: Escape on a closed list clears the field.
          event.preventDefault();
          this.#textEdited('');
        }
        break;
      default:
    }
  }

  /** On leaving (or Enter without an active option), the only proposal whose name is exactly what was typed is chosen. */
  #chooseExactMatch(): void {
    if (this.#value || !this.text.trim()) return;
    const exact = this.#exactMatches(this.options, this.text);
    if (exact.length === 1) this.choose(exact[0]!);
  }

  /**
   * The texts that, typed exactly, name an option (the label by default): a subclass adds shorter ones,
   * e.g. a commune's name without its département.
   */
  protected namesOf(option: ComboboxOption<T>): readonly string[] {
    return [option.label];
  }

  /** The options one of whose names is exactly `text`, case, accents and punctuation aside. */
  #exactMatches(options: readonly ComboboxOption<T>[], text: string): ComboboxOption<T>[] {
    const typed = text.trim();
    return options.filter((option) => this.namesOf(option).some((name) => sameText.compare(name, typed) === 0));
  }

  protected onFocus(): void {
    this.prepare();
  }

  /** Called when the field is focused: loads what the search needs (data chunks) before the first key. */
  protected prepare(): void {}

  protected onBlur(event: FocusEvent): void {
    const related = event.relatedTarget as Node | null;
    if (related !== this.input && (this.shadowRoot ?? this).contains(related)) return;
    this.#chooseExactMatch();
    this.close();
  }

  protected onOptionPointerDown(event: PointerEvent): void {
    // Keep the focus in the input: a click on an option must not blur the field first.
    event.preventDefault();
  }

  protected onOptionClick(option: ComboboxOption<T>): void {
    this.choose(option);
    this.input?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#${this.optionId(this.active)}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  // ----- Rendering ------------------------------------------------------------------------------------

  /** The option's first line (subclasses add a badge, such as "Établissement fermé"). */
  protected renderOptionLabel(option: ComboboxOption<T>): unknown {
    return option.label;
  }

  protected renderOption(option: ComboboxOption<T>, index: number) {
    return html`<li
      id=${this.optionId(index)}
      role="option"
      part="option"
      aria-selected=${index === this.active ? 'true' : 'false'}
      @pointerdown=${this.onOptionPointerDown}
      @click=${() => this.onOptionClick(option)}
    >
      ${this.renderOptionLabel(option)} ${option.description ? html`<span class=${this.cls('description')}>${option.description}</span>` : nothing}
    </li>`;
  }

  /** The list, the "no result" line and the live count: after the input, in the light DOM or the shadow root. */
  protected renderPopup() {
    const open = this.expanded && this.searched;
    const empty = open && this.options.length === 0;
    const labelId = this.native ? ensureId(this.nativeLabel ?? this.native) : 'label';
    return html`<ul id=${this.#listboxId} role="listbox" part="listbox" aria-labelledby=${labelId} ?hidden=${!open || empty}>
        ${open ? this.options.map((option, index) => this.renderOption(option, index)) : nothing}
      </ul>
      ${empty ? html`<div class=${this.cls('empty')} part="empty">${this.#emptyText()}</div>` : nothing}
      <div class=${this.cls('visually-hidden')} role="status" aria-live="polite" aria-atomic="true">${this.status}</div>`;
  }

  override render() {
    if (this.native) return this.renderPopup();
    const error = this.visibleError;
    const open = this.expanded && this.searched;
    return html`
      <div class="field" part="base">
        ${this.renderFieldHeader()}
        <div class="wrapper">
          <input
            id="input"
            class="control"
            part="control"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-controls="listbox"
            aria-expanded=${open && this.options.length > 0 ? 'true' : 'false'}
            aria-activedescendant=${ifDefined(open && this.active >= 0 ? `option-${this.active}` : undefined)}
            aria-describedby=${ifDefined(this.describedBy())}
            aria-invalid=${error ? 'true' : 'false'}
            placeholder=${ifDefined(this.placeholder)}
            .value=${live(this.text)}
            ?required=${this.required}
            ?disabled=${this.isDisabled}
            ?readonly=${this.readonly}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @focus=${this.onFocus}
            @blur=${this.onBlur}
          />
          ${this.renderPopup()}
        </div>
      </div>
    `;
  }
}
