/**
 * The native value/default pair, for every control that keeps both (string controls, the date field, the
 * look-ups): the default — the `value` attribute — drives the value until the value is set by the person
 * or a script (the HTML "dirty value flag"); a form reset puts the default back and clears the flag.
 */
export class DefaultValue {
  #value = '';
  #dirty = false;

  /** The default (the `value` attribute). */
  get value(): string {
    return this.#value;
  }

  /** Whether the value was set since the last reset: the default no longer drives it. */
  get dirty(): boolean {
    return this.#dirty;
  }

  /** Sets the default; returns whether the value follows it (true while not dirty). */
  set(value: string | null | undefined): boolean {
    this.#value = value ?? '';
    return !this.#dirty;
  }

  /** The value was set (typed, by a script, restored): from now on the default does not drive it. */
  markDirty(): void {
    this.#dirty = true;
  }

  /** A form reset: clean again; returns the default, which becomes the value. */
  reset(): string {
    this.#dirty = false;
    return this.#value;
  }
}
