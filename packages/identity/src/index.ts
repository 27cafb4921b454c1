/** @socle/identity — FranceConnect/ProConnect buttons, the sign-in choice, the identity fieldset. Importing this module registers nothing; see `@socle/identity/define`. */
export { SocleConnectButton, type ConnectButtonVariant } from './connect-button/connect-button.js';
export { SocleLoginChoice } from './login-choice/login-choice.js';
export {
  SocleIdentityFieldset,
  IDENTITY_FIELD_NAMES,
  type IdentityFieldOptions,
  type IdentityFields,
  type IdentityRole,
} from './identity-fieldset/identity-fieldset.js';
export { formatBirthdate, type PivotIdentity } from './identity-fieldset/pivot.js';
export { sessionIdentity, forgetSessionIdentity, parseSessionIdentity, type SessionIdentity } from './session-identity.js';
export { PROVIDERS, type IdentityProvider } from './messages.js';
