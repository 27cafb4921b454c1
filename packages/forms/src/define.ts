/** Registers every element of @socle/forms. */
import './text-field/define.js';
import './textarea/define.js';
import './select/define.js';
import './checkbox/define.js';
import './checkbox-group/define.js';
import './radio-group/define.js';
import './date-field/define.js';
import './phone-field/define.js';
import './siret-field/define.js';
import './nir-field/define.js';
import './iban-field/define.js';
import './postal-code-field/define.js';
import './email-field/define.js';
import './file-field/define.js';
import './button/define.js';
import './fieldset/define.js';
import './step/define.js';
import './repeat/define.js';
import './form/define.js';

export * from './index.js';
