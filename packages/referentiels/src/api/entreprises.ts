// Companies through the Recherche d'entreprises contract (GET /search). A SIREN or SIRET is checked
// locally with @socle/validators before any request; `endpoint` is configurable (an authority's proxy).
import { validateSiren, validateSiret } from '@socle/validators';
import { type GetJsonOptions, type JsonReply, type OptionalText, getJson, isRecord, pageUrl, text } from './http.js';

export const DEFAULT_COMPANY_ENDPOINT = 'https://recherche-entreprises.api.gouv.fr/search';

/** One establishment of a company, as the field proposes it. */
export interface Company {
  siren: string;
  /** SIRET of the establishment (the head office unless the query matched another one). */
  siret: string;
  /** Name, e.g. "LA POSTE". */
  nom: string;
  adresse: string;
  codePostal?: string;
  commune?: string;
  /** INSEE code of the establishment's commune. */
  codeCommune?: string;
  activitePrincipale?: string;
  /** The establishment is closed ("F") or the company has ceased ("C"). */
  ferme: boolean;
  estSiege: boolean;
}

export type CompanyReply = { kind: 'ok'; companies: Company[] } | Exclude<JsonReply, { kind: 'ok' }> | { kind: 'invalid-identifier'; code: string };

export interface SearchCompaniesOptions extends GetJsonOptions {
  endpoint?: string;
  /** Results per page, 1–25 (default 10). */
  limit?: number;
}

/** The query as the service reads it: 9 or 14 digits (spaces removed) are a SIREN or a SIRET. */
export function companyQuery(text: string): { q: string; identifier?: 'siren' | 'siret'; error?: string } | undefined {
  const compact = text.replace(/[\s.]/g, '');
  // A number being typed: nothing to search until it has the 9 digits of a SIREN.
  if (/^\d+$/.test(compact) && compact.length < 9) return undefined;
  if (/^\d+$/.test(compact)) {
    if (compact.length === 14) {
      const result = validateSiret(compact);
      return result.valid ? { q: compact, identifier: 'siret' } : { q: compact, identifier: 'siret', error: result.error };
    }
    if (compact.length === 9) {
      const result = validateSiren(compact);
      return result.valid ? { q: compact, identifier: 'siren' } : { q: compact, identifier: 'siren', error: result.error };
    }
    return { q: compact, error: 'length' };
  }
  const q = text.replace(/\s+/g, ' ').trim();
  return q.length >= 3 ? { q } : undefined;
}

export async function searchCompanies(query: string, options: SearchCompaniesOptions = {}): Promise<CompanyReply> {
  const parsed = companyQuery(query);
  if (!parsed) return { kind: 'ok', companies: [] };
  if (parsed.error) return { kind: 'invalid-identifier', code: parsed.error };
  const url = new URL(options.endpoint ?? DEFAULT_COMPANY_ENDPOINT, pageUrl());
  url.searchParams.set('q', parsed.q);
  url.searchParams.set('per_page', String(Math.min(25, Math.max(1, options.limit ?? 10))));
  url.searchParams.set('page', '1');
  const reply = await getJson(url.href, options);
  if (reply.kind !== 'ok') return reply;
  const companies = parseCompanies(reply.data, parsed.identifier === 'siret' ? parsed.q : undefined);
  return companies ? { kind: 'ok', companies } : { kind: 'unavailable', reason: 'malformed' };
}

/** The documented reply → one entry per company (its matching establishment, else its head office). */
export function parseCompanies(data: unknown, siret?: string): Company[] | undefined {
  if (!isRecord(data) || !Array.isArray(data.results)) return undefined;
  const companies: Company[] = [];
  for (const result of data.results) {
    if (!isRecord(result)) return undefined;
    const siege = isRecord(result.siege) ? result.siege : {};
    const matching = Array.isArray(result.matching_etablissements) ? result.matching_etablissements.filter(isRecord) : [];
    const establishment = (siret ? matching.find((e) => text(e, 'siret') === siret) : undefined) ?? (siret && text(siege, 'siret') !== siret ? matching[0] : undefined) ?? siege;
    const nom = text(result, 'nom_complet') || text(result, 'nom_raison_sociale');
    const siren = text(result, 'siren');
    if (!nom || !siren) continue;
    const company: Company = {
      siren,
      siret: text(establishment, 'siret'),
      nom,
      adresse: text(establishment, 'adresse'),
      ferme: text(establishment, 'etat_administratif') === 'F' || text(result, 'etat_administratif') === 'C',
      estSiege: establishment === siege || establishment.est_siege === true,
    };
    const optional: [OptionalText<Company>, string][] = [
      ['codePostal', text(establishment, 'code_postal')],
      ['commune', text(establishment, 'libelle_commune')],
      ['codeCommune', text(establishment, 'commune')],
      ['activitePrincipale', text(establishment, 'activite_principale') || text(result, 'activite_principale')],
    ];
    for (const [key, value] of optional) if (value) company[key] = value;
    companies.push(company);
  }
  return companies;
}
