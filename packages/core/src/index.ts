/** @socle/core — base classes, form-control machinery, localisation and design tokens. */
export { SocleElement } from './socle-element.js';
export { type Clock, sleep, systemClock } from './clock.js';
export { DefaultValue } from './default-value.js';
export { afterPointerPress, isPointerPressing, watchPointerPresses } from './pointer-press.js';
export { SocleFormControl, isDraftRecord, isEnhancedNative, type ControlState, type DraftState, type FormValue, type JsonKind } from './form-control.js';
export { errorRegion, errorText } from './error-region.js';
export { adoptHtmlFirstStyles, ensureId, labelOf, spokenText, writeError } from './html-first.js';
export { SocleStringControl, type NativeValueControl } from './string-control.js';
export {
  checkTextConstraints,
  validityFlag,
  type TextConstraints,
  type ValidationContext,
  type ValidationIssue,
  type ValidationOutcome,
  type Validator,
} from './validation.js';
export {
  DEFAULT_LOCALE,
  formatMessage,
  interpolate,
  onMessagesChange,
  resetMessages,
  resolveLang,
  setMessages,
  useMessages,
  toLocale,
  type Catalogue,
  type Locale,
  type MessageBundle,
  type MessageKey,
  type MessageParams,
} from './localize.js';
export { rem, remText, registerUnit } from './units.js';
export { contrastRatio, defaultTokens, relativeLuminance, themeToCss, token, type TokenName } from './tokens.js';
export { baseStyles, controlStyles, fieldStyles, focusRing, noticeStyles, secondaryButton } from './styles.js';
export { fr as messagesFr } from './messages/fr.js';
export { en as messagesEn } from './messages/en.js';
