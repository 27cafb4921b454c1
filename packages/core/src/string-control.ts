/**
 * Base of the controls whose value is one string edited in one native control (`<input>`, `<textarea>`,
 * `<select>`): the value/defaultValue pair with the native "dirty value flag", reset, restore, and the
 * native events re-dispatched from the host.
 */
import { property } from 'lit/decorators.js';
import { DefaultValue } from './default-value.js';
import { type FormValue, SocleFormControl } from './form-control.js';

export type NativeValueControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export abstract class SocleStringControl extends SocleFormControl {
  #value = '';
  readonly #default = new DefaultValue((value) => {
    this.#value = value;
    this.valueChanged();
  });

  /** The inner native control. */
  protected abstract get control(): NativeValueControl | null;

  /** Valeur courante. / The current value. */
  @property({ attribute: false })
  get value(): string {
    return this.#value;
  }
  // Wider than the getter: JavaScript callers may assign null or undefined, which mean "empty" here.
  set value(value: string | null | undefined) {
    this.#default.setValue(value);
  }

  /** Valeur par défaut (attribut `value`), rétablie par `form.reset()`. / Default value, restored on reset. */
  @property({ attribute: 'value' })
  get defaultValue(): string {
    return this.#default.value;
  }
  set defaultValue(value: string | null | undefined) {
    this.#default.setDefault(value);
  }

  protected get anchor(): HTMLElement | null {
    return this.control;
  }

  // The inner control's `input` and `change` are listened to once, on the shadow root where they bubble,
  // rather than bound in each template: two fewer bindings for each of a thousand fields.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('input', (event) => {
      if (event.target === this.control) this.handleInput();
    });
    root.addEventListener('change', (event) => {
      if (event.target === this.control) this.handleChange(event);
    });
    return root;
  }

  /** HTML-first: the default is the author's `value`; what the person typed before the script is kept. */
  protected override adoptNative(native: HTMLElement): void {
    super.adoptNative(native);
    const field = native as NativeValueControl;
    // A group's fieldset, a select: the subclass reads its default and what was chosen.
    if (!('defaultValue' in field)) return;
    if (!this.hasAttribute('value')) this.defaultValue = field.defaultValue;
    if (field.value !== field.defaultValue) this.commitValue(field.value);
  }

  /** HTML-first: a value set by script (a draft, the engine) shows in the native control. */
  protected override syncNative(): void {
    super.syncNative();
    const control = this.control;
    // Only a control that holds the value as text (not a group's radio, whose value is its own).
    if (control && control === this.native && control.value !== this.#value) control.value = this.#value;
  }

  protected toFormValue(): FormValue {
    return this.#value;
  }

  protected resetValue(): void {
    this.#value = this.#default.reset();
    this.requestUpdate('value');
  }

  protected restoreValue(state: FormValue): void {
    if (typeof state === 'string') {
      this.#value = state;
      this.#default.markDirty();
      this.requestUpdate('value');
    }
  }

  /** Takes the inner control's value after the person changed it (bind to its `input` event). */
  protected handleInput(): void {
    const value = this.control?.value;
    if (value !== undefined) this.commitValue(value);
  }

  /** Takes a value the person chose: updates the form value and validity, marks the control dirty. */
  protected commitValue(value: string): void {
    this.#value = value;
    this.#default.markDirty();
    this.userChangedValue();
    this.requestUpdate('value');
  }

  /** `change` is not composed: it stops at the shadow root, so re-dispatch it from the host. */
  protected handleChange(event?: Event): void {
    // An HTML-first native control is in the light DOM: its own `change` goes on bubbling.
    if (this.native) return;
    event?.stopPropagation();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
