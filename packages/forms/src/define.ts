/** Registers every element of @socle/forms. */
import './text-field/define.js';

export * from './index.js';
