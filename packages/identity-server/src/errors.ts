/**
 * Every refusal of a sign-in is an `IdentityError` with a code a service can branch on and a French
 * message it can show. The errors of openid-client (oauth4webapi) are sorted into these codes here, once.
 */
import { AuthorizationResponseError, ResponseBodyError } from 'openid-client';

export type IdentityErrorCode =
  /** No sign-in was under way for this session (callback opened twice, cookies blocked, session expired). */
  | 'state-missing'
  /** The callback's `state` is not the one this session sent. */
  | 'state-mismatch'
  /** The ID token was issued for another sign-in (its `nonce` is not this session's). */
  | 'nonce-mismatch'
  /** The provider refused the authorization code: already used (replayed) or expired. */
  | 'code-invalid'
  /** A token's signature matches none of the provider's published keys. */
  | 'signature-invalid'
  /** A token has expired, or the server's clock is wrong. */
  | 'token-expired'
  /** A token comes from another issuer than the configured provider. */
  | 'issuer-mismatch'
  /** A token was issued for another client. */
  | 'audience-mismatch'
  /** The provider authenticated the person at a lower level (`acr`) than required. */
  | 'acr-insufficient'
  /** The person cancelled on the provider's side (`access_denied`). */
  | 'access-denied'
  /** The provider answered with another error. */
  | 'provider-error'
  /** The provider could not be reached, or its discovery document is unusable. */
  | 'provider-unreachable'
  /** The userinfo response is not a valid, signed identity for this person. */
  | 'userinfo-invalid'
  /** The return from the provider's sign-out does not carry the `state` this session sent. */
  | 'logout-state-mismatch'
  /** A sign-in form was posted without this session's anti-forgery token. */
  | 'csrf-invalid';

const MESSAGES: Record<IdentityErrorCode, string> = {
  'state-missing':
    'Aucune connexion n’était en cours pour cette session : le lien de retour a peut-être été ouvert deux fois, ou les cookies sont bloqués. Recommencez la connexion.',
  'state-mismatch': 'Le retour du fournisseur d’identité ne correspond pas à la connexion demandée. Recommencez la connexion.',
  'nonce-mismatch': 'Le jeton d’identité reçu a été émis pour une autre connexion. Recommencez la connexion.',
  'code-invalid': 'Le fournisseur d’identité a refusé le code de connexion : il a déjà servi ou il a expiré. Recommencez la connexion.',
  'signature-invalid': 'La signature du jeton reçu ne correspond à aucune clé publiée par le fournisseur d’identité.',
  'token-expired': 'Le jeton reçu du fournisseur d’identité a expiré (ou l’horloge du serveur est décalée). Recommencez la connexion.',
  'issuer-mismatch': 'Le jeton reçu ne vient pas du fournisseur d’identité configuré.',
  'audience-mismatch': 'Le jeton reçu a été émis pour un autre service.',
  'acr-insufficient': 'Le niveau de garantie de l’identification est inférieur à celui que demande ce service.',
  'access-denied': 'Vous avez annulé la connexion. Vous pouvez recommencer, ou continuer sans vous identifier.',
  'provider-error': 'Le fournisseur d’identité a renvoyé une erreur. Recommencez la connexion dans quelques instants.',
  'provider-unreachable': 'Le fournisseur d’identité ne répond pas. Recommencez la connexion dans quelques instants.',
  'userinfo-invalid': 'Les informations d’identité reçues sont incomplètes ou invalides.',
  'logout-state-mismatch': 'Le retour de la déconnexion ne correspond pas à la déconnexion demandée.',
  'csrf-invalid': 'Le formulaire de connexion a expiré. Rechargez la page et recommencez.',
};

/** Refusals the person can fix by starting again (HTTP 400); the rest are the provider's or the set-up's (502). */
const CLIENT_SIDE: ReadonlySet<IdentityErrorCode> = new Set([
  'state-missing',
  'state-mismatch',
  'nonce-mismatch',
  'code-invalid',
  'access-denied',
  'logout-state-mismatch',
  'csrf-invalid',
]);

/** A refused sign-in or sign-out: `code` to branch on, `message` in French for the person, `cause` for the logs. */
export class IdentityError extends Error {
  override readonly name = 'IdentityError';
  readonly code: IdentityErrorCode;
  /** The provider's own `error_description`, when it gave one (for the logs, not for the person). */
  readonly providerDescription: string | undefined;

  constructor(code: IdentityErrorCode, options: { cause?: unknown; providerDescription?: string } = {}) {
    super(MESSAGES[code], { cause: options.cause });
    this.code = code;
    this.providerDescription = options.providerDescription;
  }

  /** The HTTP status a service should answer with. */
  get status(): number {
    return CLIENT_SIDE.has(this.code) ? 400 : 502;
  }
}

interface ProcessingError {
  code?: unknown;
  message: string;
  cause?: { claim?: unknown } | Error | undefined;
}

function claimCode(claim: unknown): IdentityErrorCode {
  if (claim === 'nonce') return 'nonce-mismatch';
  if (claim === 'iss') return 'issuer-mismatch';
  if (claim === 'aud' || claim === 'azp') return 'audience-mismatch';
  if (claim === 'sub') return 'userinfo-invalid';
  return 'provider-error';
}

/** The `IdentityError` for anything thrown while talking to the provider. */
export function toIdentityError(error: unknown): IdentityError {
  if (error instanceof IdentityError) return error;
  if (error instanceof AuthorizationResponseError) {
    const code = error.error === 'access_denied' ? 'access-denied' : 'provider-error';
    return new IdentityError(code, { cause: error, providerDescription: error.error_description ?? error.error });
  }
  if (error instanceof ResponseBodyError) {
    const code = error.error === 'invalid_grant' ? 'code-invalid' : 'provider-error';
    return new IdentityError(code, { cause: error, providerDescription: error.error_description ?? error.error });
  }
  if (error instanceof TypeError && /fetch/i.test(error.message)) return new IdentityError('provider-unreachable', { cause: error });
  if (error instanceof Error) {
    // openid-client wraps oauth4webapi's error (which names the claim) in one with a generic message.
    let inner = error as ProcessingError;
    while (inner.cause instanceof Error && typeof (inner.cause as ProcessingError).code === 'string') inner = inner.cause as ProcessingError;
    const { code, message, cause } = inner;
    switch (code) {
      case 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED':
        return new IdentityError('token-expired', { cause: error });
      case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED':
      case 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED':
        return new IdentityError(claimCode(cause && 'claim' in cause ? cause.claim : undefined), { cause: error });
      case 'OAUTH_KEY_SELECTION_FAILED':
        return new IdentityError('signature-invalid', { cause: error });
      case 'OAUTH_JWT_USERINFO_EXPECTED':
        return new IdentityError('userinfo-invalid', { cause: error });
      case 'OAUTH_INVALID_RESPONSE':
        if (/signature/i.test(message)) return new IdentityError('signature-invalid', { cause: error });
        if (/"state"/.test(message)) return new IdentityError('state-mismatch', { cause: error });
        return new IdentityError('provider-error', { cause: error });
      case 'OAUTH_RESPONSE_IS_NOT_JSON':
      case 'OAUTH_RESPONSE_IS_NOT_CONFORM':
      case 'OAUTH_INVALID_SERVER_METADATA':
      case 'OAUTH_MISSING_SERVER_METADATA':
        return new IdentityError('provider-unreachable', { cause: error });
    }
  }
  return new IdentityError('provider-error', { cause: error });
}
