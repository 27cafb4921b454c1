/**
 * What the commune's server does with a school-canteen registration (docs/examples/inscription-restauration-scolaire.html):
 * reads the multipart body (the family-quotient document is a file) with the platform's own parser, checks
 * every answer again with @socle/validators — the browser's checks are a help for the person, never a
 * guarantee — and compares the identity with the one in the session when the person signed in.
 */
import type { IncomingMessage } from 'node:http';
import type { PivotIdentity } from '@socle/identity-server';
import { validateDate, validateEmail, validateIban, validatePhoneFr, validatorMessage } from '@socle/validators';

/** A file received: what the service keeps of it here (a real one would store the bytes). */
export interface ReceivedFile {
  field: string;
  name: string;
  type: string;
  size: number;
  /** What the first bytes say it is, whatever its name claims. */
  detected: 'pdf' | 'jpeg' | 'png' | 'inconnu';
}

export interface Registration {
  /** Every entry in the order received; a file as « nom (type détecté, taille) ». */
  entries: [string, string][];
  files: ReceivedFile[];
  /** Field name → French message, for what the server refuses. */
  errors: Record<string, string>;
  /** Signed in: whether the submitted identity equals the session's; not signed in: undefined. */
  identityMatches?: boolean;
}

/** A body larger than this is refused before parsing (the page allows 5 Mo for the document). */
const BODY_LIMIT = 6 * 1024 * 1024;
const MAX_FILE = 5 * 1024 * 1024;
const SCHOOLS = new Set(['jaures', 'curie', 'prevert']);
const MAX_CHILDREN = 6;

/** The fields of a form that carry the identity (socle-identity-fieldset's names), and the claims they must equal. */
export const IDENTITY_FIELDS: Record<string, keyof PivotIdentity> = {
  civilite: 'gender',
  nom_naissance: 'family_name',
  prenoms: 'given_name',
  date_naissance: 'birthdate',
  lieu_naissance: 'birthplace',
  pays_naissance: 'birthcountry',
};

function detect(bytes: Uint8Array): ReceivedFile['detected'] {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png';
  return 'inconnu';
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function readRegistration(request: IncomingMessage, identity: PivotIdentity | undefined): Promise<Registration> {
  const registration: Registration = { entries: [], files: [], errors: {} };
  const body = await readBody(request);
  const type = request.headers['content-type'] ?? '';
  if (!body || !type.startsWith('multipart/form-data')) {
    registration.errors.formulaire = body ? 'Le formulaire n’a pas été envoyé comme prévu (multipart/form-data).' : 'La demande dépasse 6 Mo.';
    return registration;
  }
  let data: FormData;
  try {
    // Undici's parser, the one `fetch` uses: no multipart code of our own.
    data = await new Request('http://service.invalid/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body) }).formData();
  } catch {
    registration.errors.formulaire = 'Le formulaire reçu est illisible.';
    return registration;
  }
  for (const [name, value] of data) {
    if (typeof value === 'string') {
      registration.entries.push([name, value]);
      continue;
    }
    const file: ReceivedFile = { field: name, name: value.name, type: value.type, size: value.size, detected: detect(new Uint8Array(await value.slice(0, 8).arrayBuffer())) };
    registration.files.push(file);
    registration.entries.push([name, value.size ? `${file.name} (${file.detected}, ${file.size} octets)` : '']);
  }
  check(data, registration.files, registration.errors);
  if (identity) registration.identityMatches = Object.entries(IDENTITY_FIELDS).every(([field, claim]) => data.get(field) === identity[claim]);
  return registration;
}

function check(data: FormData, files: readonly ReceivedFile[], errors: Record<string, string>): void {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const required = (name: string, message: string) => {
    if (!text(name)) errors[name] = message;
  };
  required('nom_naissance', 'Le nom de naissance manque.');
  required('prenoms', 'Les prénoms manquent.');
  required('civilite', 'La civilité manque.');
  const born = validateDate(text('date_naissance'), { past: true, allowPartial: true });
  if (!born.valid) errors.date_naissance = validatorMessage('date', born.error);
  const email = validateEmail(text('courriel'));
  if (!email.valid) errors.courriel = validatorMessage('email', email.error);
  if (text('telephone')) {
    const phone = validatePhoneFr(text('telephone'));
    if (!phone.valid) errors.telephone = validatorMessage('phone-fr', phone.error);
  }
  required('adresse', 'L’adresse du foyer manque.');

  let children = 0;
  for (let index = 0; index < MAX_CHILDREN && data.has(`enfants[${index}][prenom]`); index++, children++) {
    const field = (part: string) => `enfants[${index}][${part}]`;
    required(field('prenom'), `Le prénom de l’enfant ${index + 1} manque.`);
    required(field('nom'), `Le nom de l’enfant ${index + 1} manque.`);
    const birth = validateDate(text(field('naissance')), { past: true, maxAge: 12 });
    if (!birth.valid) errors[field('naissance')] = validatorMessage('date', birth.error);
    if (!SCHOOLS.has(text(field('ecole')))) errors[field('ecole')] = `Choisissez l’école de l’enfant ${index + 1}.`;
  }
  if (children === 0) errors.enfants = 'Inscrivez au moins un enfant.';

  const document = data.get('quotient');
  if (!(document instanceof File) || document.size === 0) errors.quotient = 'L’attestation de quotient familial manque.';
  else if (document.size > MAX_FILE) errors.quotient = 'L’attestation dépasse 5 Mo.';
  else if (files.find((file) => file.field === 'quotient')?.detected === 'inconnu') errors.quotient = 'L’attestation doit être un PDF, un JPEG ou un PNG.';

  const payment = text('paiement');
  if (payment === 'prelevement') {
    required('titulaire', 'Le titulaire du compte manque.');
    const iban = validateIban(text('iban'));
    if (!iban.valid) errors.iban = validatorMessage('iban', iban.error);
    if (text('mandat') !== 'on') errors.mandat = 'Le mandat de prélèvement n’a pas été accepté.';
  } else if (payment !== 'facture') {
    errors.paiement = 'Choisissez un moyen de paiement.';
  }
  if (text('attestation') !== 'on') errors.attestation = 'L’attestation sur l’honneur manque.';
}
