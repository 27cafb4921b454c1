/**
 * A repeatable group of fields ("Ajouter un enfant"): a `<template>` of fields, cloned into numbered groups
 * whose field names become `enfants[0][prenom]`, `enfants[1][prenom]`… — unique in FormData, nested arrays
 * in JSON, renumbered when a group is removed so that they stay contiguous. The groups live in the light
 * DOM (they belong to the form); the add and remove buttons and the announcements live in the shadow DOM.
 */
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SocleElement, focusRing, secondaryButton, token, useMessages } from '@socle/core';
import { messages } from '../form/messages.js';
import { formatCondition, parseCondition } from '../form/conditions.js';

/** The name of a field inside the template, kept on each clone so that renumbering is exact. */
const LOCAL_NAME = 'data-socle-name';
const LOCAL_ID = 'data-socle-id';

/**
 * @summary Groupe de champs répétable (« Ajouter un enfant » / « Supprimer cet enfant ») ; noms uniques dans FormData, tableaux en JSON. / A repeatable group.
 *
 * @slot - Un `<template>` contenant les champs d'un groupe. / A `<template>` with one group's fields.
 *
 * @event {CustomEvent<{ count: number }>} socle-repeat-change - Après un ajout ou une suppression (`detail.count`). / After a group is added or removed.
 *
 * @csspart item - L'enveloppe d'un groupe et de son bouton « Supprimer ». / A group and its remove button.
 * @csspart add - Le bouton « Ajouter ». / The add button.
 * @csspart remove - Un bouton « Supprimer ». / A remove button.
 */
export class SocleRepeat extends SocleElement {
  static override styles = [
    ...SocleElement.styles,
    css`
      :host {
        display: block;
        margin-block-end: ${token('space-6')};
      }
      .item {
        margin-block-end: ${token('space-4')};
        padding-block-end: ${token('space-4')};
        border-block-end: 1px solid ${token('color-border')};
      }
      button {
        ${secondaryButton}
      }
      button:focus-visible {
        ${focusRing}
      }
    `,
  ];

  /** Préfixe des noms : `enfants` donne `enfants[0][prenom]`. / Name prefix. */
  @property({ reflect: true }) name = '';
  /** Nombre minimal de groupes (affichés d'emblée). / Minimum number of groups. */
  @property({ type: Number }) min = 1;
  /** Nombre maximal de groupes. / Maximum number of groups. */
  @property({ type: Number }) max = 10;
  /** Nom d'un groupe, numéroté : « Enfant » donne « Enfant 1 ». / A group's name. */
  @property({ attribute: 'item-label' }) itemLabel = '';
  /** Texte du bouton d'ajout, ex. « Ajouter un enfant ». / Add button text. */
  @property({ attribute: 'add-label' }) addLabel = '';
  /** Texte des boutons de suppression, ex. « Supprimer cet enfant ». / Remove buttons text. */
  @property({ attribute: 'remove-label' }) removeLabel = '';

  @state() private count = 0;
  @state() private status = '';
  #template: HTMLTemplateElement | null = null;

  constructor() {
    super();
    useMessages(messages);
  }

  /** Runs when the children arrive (they may be parsed after the element is connected). */
  #onChildren(): void {
    this.#template ??= this.querySelector(':scope > template');
    // Groups already present (server-rendered, or a restored page) are kept, each in its place.
    this.#items().forEach((item, index) => {
      item.slot ||= `item-${index}`;
      if (!item.hasAttribute('legend')) item.setAttribute('legend', this.#label(index));
    });
    this.count = this.#items().length;
    if (this.count < this.min) this.setCount(this.min);
  }

  /** Nombre de groupes. / Number of groups. */
  get length(): number {
    return this.count;
  }

  /** Adds or removes groups at the end until there are `count` (within min and max); used by drafts. */
  setCount(count: number): void {
    this.#template ??= this.querySelector(':scope > template');
    const target = Math.max(this.min, Math.min(this.max, count));
    while (this.#items().length < target) this.#append();
    while (this.#items().length > target) this.#items().at(-1)?.remove();
    this.count = this.#items().length;
  }

  #items(): HTMLElement[] {
    return Array.from(this.querySelectorAll<HTMLElement>(':scope > [data-socle-item]'));
  }

  #label(index: number): string {
    return this.localize('repeat-item', { label: this.itemLabel, n: index + 1 }).trim();
  }

  #append(): HTMLElement | undefined {
    const template = this.#template;
    if (!template) return undefined;
    const index = this.#items().length;
    const item = document.createElement('socle-fieldset');
    item.setAttribute('data-socle-item', '');
    item.append(template.content.cloneNode(true));
    for (const named of item.querySelectorAll('[name]')) named.setAttribute(LOCAL_NAME, named.getAttribute('name') ?? '');
    for (const identified of item.querySelectorAll('[id]')) identified.setAttribute(LOCAL_ID, identified.id);
    this.#number(item, index);
    this.append(item);
    return item;
  }

  /** Gives the group at `index` its slot, legend, field names, ids and conditions. */
  #number(item: HTMLElement, index: number): void {
    item.slot = `item-${index}`;
    item.setAttribute('legend', this.#label(index));
    const local = new Set<string>();
    for (const named of item.querySelectorAll(`[${LOCAL_NAME}]`)) {
      const name = named.getAttribute(LOCAL_NAME) ?? '';
      local.add(name);
      named.setAttribute('name', this.name ? `${this.name}[${index}][${name}]` : `${name}-${index}`);
    }
    for (const identified of item.querySelectorAll(`[${LOCAL_ID}]`)) identified.id = `${identified.getAttribute(LOCAL_ID) ?? ''}-${index}`;
    for (const label of item.querySelectorAll('label[for]')) {
      const target = item.querySelector(`[${LOCAL_ID}="${CSS.escape(label.getAttribute('data-socle-for') ?? label.getAttribute('for') ?? '')}"]`);
      if (target) {
        if (!label.hasAttribute('data-socle-for')) label.setAttribute('data-socle-for', label.getAttribute('for') ?? '');
        label.setAttribute('for', target.id);
      }
    }
    // A condition on a field of the same group points at this group's copy of it.
    for (const conditional of item.querySelectorAll('[show-when]')) {
      const original = conditional.getAttribute('data-socle-show-when') ?? conditional.getAttribute('show-when') ?? '';
      conditional.setAttribute('data-socle-show-when', original);
      const condition = parseCondition(original);
      const field = condition.name;
      if (local.has(field)) {
        conditional.setAttribute('show-when', formatCondition({ ...condition, name: this.name ? `${this.name}[${index}][${field}]` : `${field}-${index}` }));
      }
    }
  }

  async #add(): Promise<void> {
    if (this.count >= this.max) return;
    const item = this.#append();
    this.count = this.#items().length;
    this.status = this.localize('repeat-added', { item: this.#label(this.count - 1) });
    this.#changed();
    await this.updateComplete;
    // The person continues in the new group.
    const first = item?.querySelector<HTMLElement>('[name]');
    if (first) {
      await (first as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      first.focus();
    }
  }

  async #remove(index: number): Promise<void> {
    const items = this.#items();
    const item = items[index];
    if (!item || items.length <= this.min) return;
    const label = this.#label(index);
    item.remove();
    this.#items().forEach((rest, i) => this.#number(rest, i));
    this.count = this.#items().length;
    this.status = this.localize('repeat-removed', { item: label });
    this.#changed();
    await this.updateComplete;
    const add = this.renderRoot.querySelector<HTMLElement>('[part="add"]');
    const next = this.renderRoot.querySelectorAll<HTMLElement>('[part="remove"]')[Math.min(index, this.count - 1)];
    (add ?? next)?.focus();
  }

  #changed(): void {
    this.dispatchEvent(new CustomEvent('socle-repeat-change', { bubbles: true, composed: true, detail: { count: this.count } }));
    // The form's own listeners (drafts, summary) react to input.
    this.dispatchEvent(new Event('input', { bubbles: true }));
  }

  override render() {
    const canRemove = this.count > this.min;
    return html`${Array.from({ length: this.count }, (_, index) => html`<div class="item" part="item">
        <slot name=${`item-${index}`}></slot>
        ${canRemove
          ? html`<button type="button" part="remove" @click=${() => void this.#remove(index)}
              >${this.removeLabel || this.localize('repeat-remove')}<span class="visually-hidden"> (${this.#label(index)})</span></button
            >`
          : nothing}
      </div>`)}
      ${this.count < this.max
        ? html`<button type="button" part="add" @click=${() => void this.#add()}>${this.addLabel || this.localize('repeat-add')}</button>`
        : nothing}
      <div class="visually-hidden" role="status">${this.status}</div>
      <slot hidden @slotchange=${this.#onChildren}></slot>`;
  }
}
