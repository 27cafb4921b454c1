/** Registration helper used by every `define` file. */

/**
 * Registers `constructor` under `tag` unless that tag is already taken, so that a page which loads Socle
 * twice (the script-tag bundle and an npm build, say) keeps working instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
