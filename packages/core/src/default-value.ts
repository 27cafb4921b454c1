/**
 * The native value/default pair, for every control that keeps both (string controls, the date field, the
 * look-ups): the default — the `value` attribute — drives the value until the value is set by the person
 * or a script (the HTML "dirty value flag"); a form reset puts the default back and clears the flag.
 */
export class DefaultValue {
  #value = '';
  #dirty = false;
  /** Makes `value` the control's value (and runs what follows a change: form value, validity). */
  readonly #apply: (value: string) => void;

  constructor(apply: (value: string) => void) {
    this.#apply = apply;
  }

  /** The default (the `value` attribute). */
  get value(): string {
    return this.#value;
  }

  /** Whether the value was set since the last reset: the default no longer drives it. */
  get dirty(): boolean {
    return this.#dirty;
  }

  /** The `value` property was set: from now on the default does not drive it. */
  setValue(value: string | null | undefined): void {
    this.#dirty = true;
    this.#apply(value ?? '');
  }

  /** The `value` attribute changed: the value follows while it is clean. */
  setDefault(value: string | null | undefined): void {
    this.#value = value ?? '';
    if (!this.#dirty) this.#apply(this.#value);
  }

  /** The value was set another way (typed, restored): the default no longer drives it. */
  markDirty(): void {
    this.#dirty = true;
  }

  /** A form reset: clean again; returns the default, which becomes the value. */
  reset(): string {
    this.#dirty = false;
    return this.#value;
  }
}
