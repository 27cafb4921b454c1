/**
 * Validation model shared by every form control: small validator objects (sync or async) that return a
 * message key and its parameters, and the native HTML constraints re-implemented as pure functions so that
 * their messages come from Socle's catalogues and their verdict is known synchronously.
 */
import type { MessageParams } from './localize.js';

/** What a failed check reports: a catalogue key and its placeholders, or a ready-made `message`. */
export interface ValidationIssue {
  readonly key: string;
  readonly params?: MessageParams;
  /** A text that replaces the catalogue's (e.g. a message sent by the server). */
  readonly message?: string;
  /** The `ValidityState` flag it sets, as the native constraint would (`valueMissing`…); `customError` if none. */
  readonly flag?: keyof ValidityStateFlags;
  /**
   * The parts of a composite control the issue is about (a date's `day`, an address's `postcode`): they are
   * marked invalid, and the first takes the focus when a submission is blocked.
   */
  readonly parts?: readonly string[];
}

export type ValidationOutcome = ValidationIssue | null | undefined;

/** What a validator knows of the control it checks. */
export interface ValidationContext {
  readonly label: string;
  readonly locale: string;
}

/**
 * A validator: `validate` returns nothing when the value is fine, an issue otherwise, or a promise of either.
 * Validators are values: to change a parameter, give the control a new validator (or a new array), and the
 * control re-runs validation.
 * @example
 * const notTaken: Validator = {
 *   name: 'username-free',
 *   validate: async (value) => ((await isTaken(value)) ? { key: 'username-taken' } : null),
 * };
 */
export interface Validator<V = string> {
  readonly name: string;
  validate(value: V, context: ValidationContext): ValidationOutcome | Promise<ValidationOutcome>;
}

/** The `ValidityState` flag of each native constraint re-implemented here; a control's own issues carry theirs (`flag`). */
const CONSTRAINT_FLAGS: Readonly<Record<string, keyof ValidityStateFlags>> = {
  required: 'valueMissing',
  minlength: 'tooShort',
  maxlength: 'tooLong',
  pattern: 'patternMismatch',
  'type-email': 'typeMismatch',
  'type-url': 'typeMismatch',
  'type-tel': 'typeMismatch',
  'type-number': 'badInput',
  min: 'rangeUnderflow',
  max: 'rangeOverflow',
  step: 'stepMismatch',
};

/** The flag an issue sets: `customError` for a ready-made message, else its own, else the native constraint's. */
export function validityFlag(issue: ValidationIssue): keyof ValidityStateFlags {
  if (issue.message) return 'customError';
  return issue.flag ?? CONSTRAINT_FLAGS[issue.key] ?? 'customError';
}

/** The HTML constraint attributes a text-like control supports. */
export interface TextConstraints {
  readonly type?: string;
  readonly required?: boolean;
  readonly minlength?: number | null;
  readonly maxlength?: number | null;
  readonly pattern?: string | null;
  readonly min?: string | null;
  readonly max?: string | null;
  readonly step?: string | null;
}

// The HTML standard's "valid email address" rule (https://html.spec.whatwg.org/#valid-e-mail-address).
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// Phone numbers are free text in HTML; we only refuse characters no phone number contains.
const TEL = /^[0-9+().\s\-/]*$/;
// The HTML standard's "valid floating-point number".
const FLOAT = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const patternCache = new Map<string, RegExp | null>();
function compilePattern(pattern: string): RegExp | null {
  let compiled = patternCache.get(pattern);
  if (compiled === undefined) {
    try {
      // Browsers compile `pattern` with the `v` flag, anchored on the whole value.
      compiled = new RegExp(`^(?:${pattern})$`, 'v');
    } catch {
      compiled = null; // An invalid pattern is ignored, as browsers do.
    }
    patternCache.set(pattern, compiled);
  }
  return compiled;
}

function toNumber(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || !FLOAT.test(text.trim())) return undefined;
  return Number(text);
}

/** Decimal-safe remainder check: is `value` on the step grid that starts at `base`? */
function onStep(value: number, base: number, step: number): boolean {
  const steps = (value - base) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/**
 * Checks a text value against the HTML constraints, in the order browsers report them, and returns the
 * first issue. Length is counted in UTF-16 code units, as `minlength`/`maxlength` do.
 */
export function checkTextConstraints(value: string, c: TextConstraints): ValidationIssue | null {
  if (value === '') return c.required ? { key: 'required' } : null;
  const type = c.type ?? 'text';
  if (type === 'number') {
    const number = toNumber(value);
    if (number === undefined) return { key: 'type-number' };
    const min = toNumber(c.min);
    const max = toNumber(c.max);
    if (min !== undefined && number < min) return { key: 'min', params: { min: formatNumber(min) } };
    if (max !== undefined && number > max) return { key: 'max', params: { max: formatNumber(max) } };
    if (c.step !== 'any') {
      const step = toNumber(c.step) ?? 1;
      const base = min ?? 0;
      if (step > 0 && !onStep(number, base, step)) {
        const lower = base + Math.floor((number - base) / step) * step;
        return {
          key: 'step',
          params: { step: formatNumber(step), lower: formatNumber(lower), upper: formatNumber(lower + step) },
        };
      }
    }
    return null;
  }
  if (type === 'email' && !EMAIL.test(value)) return { key: 'type-email' };
  if (type === 'url' && !URL.canParse(value)) return { key: 'type-url' };
  if (type === 'tel' && !TEL.test(value)) return { key: 'type-tel' };
  const length = value.length;
  if (c.minlength != null && c.minlength > 0 && length < c.minlength) {
    return { key: 'minlength', params: { minlength: c.minlength, length } };
  }
  if (c.maxlength != null && c.maxlength >= 0 && length > c.maxlength) {
    return { key: 'maxlength', params: { maxlength: c.maxlength, length } };
  }
  if (c.pattern) {
    const regexp = compilePattern(c.pattern);
    if (regexp && !regexp.test(value)) return { key: 'pattern', params: { pattern: c.pattern } };
  }
  return null;
}
