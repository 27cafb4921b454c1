/**
 * The identities a provider returns, normalised: FranceConnect's pivot identity (claim names kept, so the
 * object goes as it is to `<socle-identity-fieldset identity>`), and ProConnect's agent identity.
 */
import { IdentityError } from './errors.js';

export type Gender = 'female' | 'male';

/** FranceConnect's pivot identity, with the provider's claim names. */
export interface PivotIdentity {
  kind: 'pivot';
  /** Pairwise subject: the same person has another `sub` at another service. */
  sub: string;
  /** Every first name, space-separated, in civil-status order ("Jean-Pierre Marie"). */
  given_name: string;
  given_name_array: string[];
  /** Birth name. */
  family_name: string;
  /** Usage name ("nom d’usage"); absent when the person has none. */
  preferred_username?: string;
  /** `YYYY-MM-DD`, or `YYYY-MM-00` / `YYYY-00-00` when the day or the month is unknown: kept as received. */
  birthdate: string;
  gender?: Gender;
  /** COG code of the birth commune (it may be an arrondissement or a former code); `""` when born abroad. */
  birthplace: string;
  /** COG code of the birth country, `99100` for France. */
  birthcountry: string;
  email?: string;
}

/** ProConnect's agent identity (public servants). */
export interface AgentIdentity {
  kind: 'agent';
  sub: string;
  given_name: string;
  usual_name: string;
  email: string;
  uid?: string;
  siret?: string;
  idp_id?: string;
  phone?: string;
}

/** Any other OpenID Provider: the subject and the claims as received. */
export interface GenericIdentity {
  kind: 'generic';
  sub: string;
  [claim: string]: unknown;
}

export type Identity = PivotIdentity | AgentIdentity | GenericIdentity;
export type IdentityKind = Identity['kind'];

const BIRTHDATE = /^\d{4}-(0[0-9]|1[0-2])-([0-2][0-9]|3[01])$/;
const COUNTRY = /^99\d{3}$/;
const COMMUNE = /^(\d{5}|2[AB]\d{3})$/;

function text(claims: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' ? value.trim() : undefined;
}

function required(claims: Readonly<Record<string, unknown>>, name: string): string {
  const value = text(claims, name);
  if (!value) throw new IdentityError('userinfo-invalid', { providerDescription: `missing claim ${name}` });
  return value;
}

function optional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined | ''): void {
  if (value !== undefined && value !== '') target[key] = value;
}

function pivotIdentity(claims: Readonly<Record<string, unknown>>): PivotIdentity {
  const birthdate = required(claims, 'birthdate');
  // A day is known only with its month: "1962-00-12" is malformed, "1962-00-00" is a year alone.
  if (!BIRTHDATE.test(birthdate) || (birthdate.slice(5, 7) === '00' && birthdate.slice(8) !== '00')) {
    throw new IdentityError('userinfo-invalid', { providerDescription: `birthdate ${birthdate}` });
  }
  const birthcountry = required(claims, 'birthcountry');
  const birthplace = text(claims, 'birthplace') ?? '';
  if (!COUNTRY.test(birthcountry) || (birthplace && !COMMUNE.test(birthplace.toUpperCase()))) {
    throw new IdentityError('userinfo-invalid', { providerDescription: `birthplace ${birthplace} ${birthcountry}` });
  }
  const givenName = required(claims, 'given_name').replace(/\s+/g, ' ');
  const array = claims.given_name_array;
  const identity: PivotIdentity = {
    kind: 'pivot',
    sub: required(claims, 'sub'),
    given_name: givenName,
    given_name_array: Array.isArray(array) && array.every((name) => typeof name === 'string') ? array : givenName.split(' '),
    family_name: required(claims, 'family_name'),
    birthdate,
    birthplace: birthplace.toUpperCase(),
    birthcountry,
  };
  optional(identity, 'preferred_username', text(claims, 'preferred_username'));
  const gender = text(claims, 'gender');
  optional(identity, 'gender', gender === 'female' || gender === 'male' ? gender : undefined);
  optional(identity, 'email', text(claims, 'email'));
  return identity;
}

function agentIdentity(claims: Readonly<Record<string, unknown>>): AgentIdentity {
  const identity: AgentIdentity = {
    kind: 'agent',
    sub: required(claims, 'sub'),
    given_name: required(claims, 'given_name'),
    usual_name: required(claims, 'usual_name'),
    email: required(claims, 'email'),
  };
  for (const key of ['uid', 'siret', 'idp_id', 'phone'] as const) optional(identity, key, text(claims, key));
  return identity;
}

/** The typed identity in a userinfo response; a missing or malformed claim is an `IdentityError` (`userinfo-invalid`). */
export function normaliseIdentity(kind: IdentityKind, claims: Readonly<Record<string, unknown>>): Identity {
  if (kind === 'pivot') return pivotIdentity(claims);
  if (kind === 'agent') return agentIdentity(claims);
  return { ...claims, kind: 'generic', sub: required(claims, 'sub') };
}
