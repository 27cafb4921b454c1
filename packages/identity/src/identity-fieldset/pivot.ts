/**
 * FranceConnect's pivot identity as the browser receives it (the claim names of the provider, as
 * `@socle/identity-server` returns them), and how it reads for a person: « mai 1962 » for a birthdate whose
 * day is unknown, « 1962 » when only the year is.
 */

/** The pivot identity, with FranceConnect's claim names. */
export interface PivotIdentity {
  given_name?: string;
  family_name?: string;
  /** Usage name, `""` or absent when there is none. */
  preferred_username?: string;
  /** `YYYY-MM-DD`, `YYYY-MM-00` or `YYYY-00-00`. */
  birthdate?: string;
  /** `female` or `male`; anything else is shown as no civilité. */
  gender?: string;
  /** COG commune code (an arrondissement or a former code too), `""` when born abroad. */
  birthplace?: string;
  /** COG country code, `99100` for France. */
  birthcountry?: string;
}

const BIRTHDATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A birthdate as a person reads it, partial dates shown honestly: « 24 août 1962 », « mai 1962 », « 1962 ».
 * A text that is not such a date is returned as it is.
 */
export function formatBirthdate(birthdate: string, locale: string): string {
  const [, year, month, day] = BIRTHDATE.exec(birthdate) ?? [];
  if (year === undefined || month === undefined || day === undefined) return birthdate;
  if (month === '00') return year;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day === '00' ? 1 : Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1) return birthdate;
  const options: Intl.DateTimeFormatOptions = day === '00' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  const text = new Intl.DateTimeFormat(locale, options).format(date);
  // French writes the first of the month as an ordinal: « 1er août 1962 ».
  return day === '01' && locale.startsWith('fr') ? text.replace(/^1 /, '1er ') : text;
}
