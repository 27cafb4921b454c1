/** Registers every element of @socle/identity. */
import './connect-button/define.js';
import './login-choice/define.js';
import './identity-fieldset/define.js';

export * from './index.js';
