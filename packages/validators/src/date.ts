/**
 * Dates: ISO `AAAA-MM-JJ` (data) or `JJ/MM/AAAA` (people; `.`, `-` or spaces also separate), real
 * calendar dates only. Options: `min`/`max` (ISO), `past`/`future`, age bounds for birth dates, and
 * FranceConnect's partial birth dates (`AAAA-MM-00`, `AAAA-00-00`) when `allowPartial` is set.
 * The value is ISO; the formatted form is `JJ/MM/AAAA`.
 */
import { type ValidationResult, fail, ok, text } from './result.js';

export interface DateOptions {
  /** Earliest accepted date, ISO. */
  min?: string;
  /** Latest accepted date, ISO. */
  max?: string;
  /** Must be before today. */
  past?: boolean;
  /** Must be after today. */
  future?: boolean;
  /** Birth date: minimum age in whole years on `today`. */
  minAge?: number;
  /** Birth date: maximum age in whole years on `today`. */
  maxAge?: number;
  /** Accept FranceConnect's partial dates: unknown day (`00`) or unknown month and day. */
  allowPartial?: boolean;
  /** The reference day, ISO (default: today, local time). */
  today?: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/;

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

function localToday(): string {
  const now = new Date();
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole years between an ISO birth date and an ISO day (unknown parts count as the earliest). */
function age(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = on.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function validateDate(input: string, options: DateOptions = {}): ValidationResult {
  const raw = text(input).trim();
  if (raw === '') return fail('empty');
  if (raw.length > 32) return fail('too-long');
  const isoMatch = ISO.exec(raw);
  const match = isoMatch ?? FRENCH.exec(raw);
  if (!match) return fail(/^[\d/.\-\s]+$/.test(raw) ? 'format' : 'characters');
  const iso = isoMatch !== null;
  const year = Number(iso ? match[1] : match[3]);
  const month = Number(match[2]);
  const day = Number(iso ? match[3] : match[1]);
  const partial = options.allowPartial === true && (day === 0 && (month === 0 || month <= 12));
  if (!partial) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1) return fail('date-not-real');
  }
  const value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  // For comparisons, an unknown month or day counts as its earliest possible value.
  const comparable = `${pad(year, 4)}-${pad(Math.max(month, 1))}-${pad(Math.max(day, 1))}`;
  const today = options.today ?? localToday();
  if (options.min && comparable < options.min) return fail('too-early');
  if (options.max && comparable > options.max) return fail('too-late');
  if (options.past && comparable >= today) return fail('not-past');
  if (options.future && comparable <= today) return fail('not-future');
  if (options.minAge !== undefined && age(comparable, today) < options.minAge) return fail('too-young');
  if (options.maxAge !== undefined && age(comparable, today) > options.maxAge) return fail('too-old');
  return ok(value, `${pad(day)}/${pad(month)}/${pad(year, 4)}`);
}

export const isValidDate = (input: string): boolean => validateDate(input).valid;
