/** Registers every element of @socle/referentiels. */
import './commune-field/define.js';
import './country-field/define.js';
import './departement-select/define.js';
import './region-select/define.js';
import './address-field/define.js';
import './company-field/define.js';
