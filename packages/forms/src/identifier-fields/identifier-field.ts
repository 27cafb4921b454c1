/**
 * Base of the identifier fields (phone, SIRET, NIR, IBAN, postal code, email): a text field whose value is
 * checked by @socle/validators with its precise French messages, optionally formatted as the person
 * types, and submitted in its normalised form (E.164, compact digits) once valid.
 */
import { type FormValue, type ValidationIssue, setMessages } from '@socle/core';
import { type ValidationResult, type ValidatorKind, validatorMessagesEn, validatorMessagesFr } from '@socle/validators';
import { SocleTextField } from '../text-field/text-field.js';
import { type Formatter, caretAfter, countSignificant, formatTyped } from './format.js';

let messagesRegistered = false;

/** Registers the validators' messages as catalogue defaults, once; services may still override them. */
function registerValidatorMessages(): void {
  if (messagesRegistered) return;
  messagesRegistered = true;
  setMessages('fr', validatorMessagesFr, { defaults: true });
  setMessages('en', validatorMessagesEn, { defaults: true });
}

/** The most precise message key the validators define for this kind and error. */
function messageKey(kind: ValidatorKind, error: string): string {
  const candidates = [`${kind}.${error}`, error === 'too-short' || error === 'too-long' ? `${kind}.length` : '', error];
  return candidates.find((key) => key && key in validatorMessagesFr) ?? error;
}

export abstract class SocleIdentifierField extends SocleTextField {
  /** Which validator speaks for this field (its messages' prefix). */
  protected abstract readonly kind: ValidatorKind;
  /** The validator's verdict on a non-empty value. */
  protected abstract check(value: string): ValidationResult;
  /** The as-you-type formatting, if any. */
  protected readonly formatter: Formatter | undefined = undefined;

  constructor() {
    super();
    registerValidatorMessages();
  }

  /** La valeur normalisée si elle est valide (celle qui est envoyée), sinon `undefined`. / The normalised value. */
  get normalizedValue(): string | undefined {
    if (this.value.trim() === '') return undefined;
    const result = this.check(this.value);
    return result.valid ? result.value : undefined;
  }

  protected override checkConstraints(): ValidationIssue | null {
    const native = super.checkConstraints();
    if (native || this.value.trim() === '') return native;
    const result = this.check(this.value);
    return result.valid ? null : { key: messageKey(this.kind, result.error) };
  }

  protected override toFormValue(): FormValue {
    // Once valid, the normalised form; until then, exactly what was typed (nothing is lost).
    return this.normalizedValue ?? this.value;
  }

  protected override handleInput(): void {
    const input = this.control;
    if (!input) return;
    const formatter = this.formatter;
    if (!formatter) {
      this.commitValue(input.value);
      return;
    }
    const raw = input.value;
    const formatted = formatTyped(raw, formatter);
    if (formatted !== raw) {
      const caret = input.selectionStart ?? raw.length;
      const before = countSignificant(raw.slice(0, caret), formatter);
      input.value = formatted;
      const position = caretAfter(formatted, before, formatter);
      input.setSelectionRange(position, position);
    }
    this.commitValue(formatted);
  }
}
