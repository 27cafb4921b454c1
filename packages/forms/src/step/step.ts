/**
 * One step of a multi-step form. The form engine (`<socle-form>`) numbers the steps, shows one at a time
 * and handles "Continuer" / "Précédent"; a step shows its indicator ("Étape 2 sur 4 : Vos enfants"), the
 * next step's name, its fields, and the navigation. A `review` step shows the answers of the steps before
 * it, each with a "Modifier" button ("Vérifier vos réponses").
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { SocleElement, adoptHtmlFirstStyles, focusRing, spokenText, token, useMessages, rem } from '@socle/core';
import { messages } from '../form/messages.js';

/** One answer in the review. */
export interface ReviewRow {
  label: string;
  value: string;
  /** The field, for "Modifier". */
  target: HTMLElement;
  /** False for a read-only answer (given by an identity provider): shown, with no « Modifier ». */
  changeable?: boolean;
}

/** The answers of one step, in the review. */
export interface ReviewSection {
  heading: string;
  step: number;
  rows: ReviewRow[];
}

/** What the step asks of the form engine. */
export type StepRequest = 'next' | 'back' | 'submit';

/** « Vos enfants » → « vos enfants », after a colon; an initialism (« IBAN et paiement ») keeps its capitals. */
export function lowerFirst(text: string, locale: string): string {
  const [first = '', second = ''] = text;
  return second && second === second.toLocaleUpperCase(locale) && second !== second.toLocaleLowerCase(locale) ? text : first.toLocaleLowerCase(locale) + text.slice(first.length);
}

export class SocleStepEvent extends CustomEvent<{ request: StepRequest }> {
  constructor(request: StepRequest) {
    super('socle-step', { bubbles: true, composed: true, detail: { request } });
  }
}

export class SocleReviewEditEvent extends CustomEvent<{ step: number; target: HTMLElement }> {
  constructor(step: number, target: HTMLElement) {
    super('socle-review-edit', { bubbles: true, composed: true, detail: { step, target } });
  }
}

/**
 * @summary Une étape d'un formulaire en plusieurs étapes (dans `<socle-form>`), ou l'étape « Vérifier vos réponses » (`review`). / One step of a multi-step form.
 *
 * @slot - Les champs de l'étape. / The step's fields.
 *
 * @event {SocleStepEvent} socle-step - « Continuer », « Précédent » ou « Envoyer » (`detail.request`), traité par `<socle-form>`. / Navigation request.
 * @event {SocleReviewEditEvent} socle-review-edit - « Modifier » dans le récapitulatif (`detail.step`, `detail.target`). / "Change" in the review.
 *
 * @csspart heading-text - Le titre de l'étape, avec « Étape N sur M ». / The step's heading.
 * @csspart next - Le nom de l'étape suivante. / The next step's name.
 * @csspart review-list - Le récapitulatif des réponses. / The answers' summary.
 * @csspart actions - Les boutons de navigation. / The navigation buttons.
 */
export class SocleStep extends SocleElement {
  static override styles = [
    ...SocleElement.styles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0 0 ${token('space-2')};
        font-size: ${rem(1.5)};
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        ${focusRing}
      }
      .indicator {
        display: block;
        font-size: ${token('font-size-base')};
        font-weight: normal;
        color: ${token('color-text-muted')};
      }
      .next {
        margin: 0 0 ${token('space-6')};
        color: ${token('color-text-muted')};
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-4')};
        margin-block-start: ${token('space-6')};
      }
      button {
        min-height: ${rem(2.75)};
        padding: ${token('space-2')} ${token('space-4')};
        font: inherit;
        font-weight: ${token('font-weight-bold')};
        border: ${token('border-width')} solid ${token('color-primary')};
        border-radius: ${token('radius')};
        cursor: pointer;
      }
      button:focus-visible {
        ${focusRing}
      }
      .primary {
        color: ${token('color-on-primary')};
        background: ${token('color-primary')};
      }
      .secondary {
        color: ${token('color-primary')};
        background: ${token('color-background')};
      }
      .review h3 {
        margin: ${token('space-6')} 0 ${token('space-2')};
        font-size: ${rem(1.25)};
      }
      dl {
        margin: 0;
      }
      .review {
        container-type: inline-size;
      }
      /* GOV.UK's summary list: the question, the answer and « Modifier » on one row. */
      .row {
        display: grid;
        grid-template-columns: minmax(${rem(8)}, 1fr) 2fr auto;
        gap: ${token('space-1')} ${token('space-3')};
        padding: ${token('space-2')} 0;
        border-block-end: 1px solid ${token('color-border')};
      }
      dt {
        font-weight: ${token('font-weight-bold')};
      }
      dd {
        margin: 0;
      }
      .value {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .change {
        min-height: ${rem(1.5)};
        padding: 0;
        color: ${token('color-primary')};
        background: none;
        border: 0;
        font-weight: normal;
        text-decoration: underline;
      }
      /* Narrow: the question above, the answer and « Modifier » side by side below it. */
      @container (max-width: 30rem) {
        .row {
          grid-template-columns: 1fr auto;
        }
        dt {
          grid-column: 1 / -1;
        }
      }
    `,
  ];

  /** Titre de l'étape. / The step's heading. */
  @property() heading = '';
  /** Étape « Vérifier vos réponses » : affiche les réponses des étapes précédentes. / Review step. */
  @property({ type: Boolean }) review = false;
  /** @internal Position (1, 2…), set by the form engine. */
  @property({ attribute: false }) position = 0;
  /** @internal Number of steps, set by the form engine. */
  @property({ attribute: false }) total = 0;
  /** @internal The next step's heading, set by the form engine. */
  @property({ attribute: false }) nextHeading = '';
  /** @internal The answers, for a review step, set by the form engine. */
  @property({ attribute: false }) sections: readonly ReviewSection[] = [];
  /** @internal Text of the last step's submit button, set by the form engine. */
  @property({ attribute: false }) submitLabel = '';

  @query('h2') private headingElement!: HTMLElement | null;
  /** HTML-first: the author's heading (the step's first child, `<h2>`…`<h6>`), shown before the script too. */
  #authoredHeading: HTMLElement | null = null;

  constructor() {
    super();
    useMessages(messages);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.#adoptHeading();
  }

  #adoptHeading(): void {
    const first = this.firstElementChild;
    if (!this.#authoredHeading && first instanceof HTMLHeadingElement) {
      this.#authoredHeading = first;
      if (!this.heading) this.heading = spokenText(first);
      first.slot = 'heading';
      first.tabIndex = -1;
      void adoptHtmlFirstStyles(this);
    }
  }

  /** Moves focus to the heading (the form engine calls it on each step change). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    (this.#authoredHeading ?? this.headingElement)?.focus();
  }

  /** The indicator « Étape 2 sur 4 », written at the start of the author's heading (text only). */
  #writeIndicator(heading: HTMLElement): void {
    let indicator = heading.querySelector<HTMLElement>(':scope > .socle-step-indicator');
    if (this.total <= 1) {
      indicator?.remove();
      return;
    }
    if (!indicator) {
      indicator = document.createElement('span');
      indicator.className = 'socle-step-indicator';
      heading.prepend(indicator);
    }
    const separator = document.createElement('span');
    separator.className = 'socle-visually-hidden';
    separator.textContent = ' : ';
    indicator.replaceChildren(this.localize('step-indicator', { position: this.position, total: this.total }), separator);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#authoredHeading) this.#writeIndicator(this.#authoredHeading);
  }

  #request(request: StepRequest): void {
    this.dispatchEvent(new SocleStepEvent(request));
  }

  #hasOwnSubmit(): boolean {
    return this.querySelector('socle-button:not([type="button"]):not([type="reset"]), button:not([type]), button[type="submit"], input[type="submit"]') !== null;
  }

  #renderReview() {
    return html`<div class="review" part="review-list">
      ${this.sections.map(
        (section) => html`<h3>${section.heading}</h3>
          <dl>
            ${section.rows.map(
              (row) => html`<div class="row">
                <dt>${row.label}</dt>
                <dd class="value">${row.value || this.localize('review-empty')}</dd>
                <dd>
                  ${row.changeable === false
                    ? nothing
                    : html`<button type="button" class="change" @click=${() => this.dispatchEvent(new SocleReviewEditEvent(section.step, row.target))}
                        >${this.localize('review-change')}<span class="visually-hidden"> ${row.label}</span></button
                      >`}
                </dd>
              </div>`,
            )}
          </dl>`,
      )}
    </div>`;
  }

  override render() {
    const first = this.position <= 1;
    const last = this.position >= this.total;
    return html`${this.#authoredHeading
        ? html`<slot name="heading"></slot>`
        : html`<h2 part="heading-text" tabindex="-1">
            ${this.total > 1
              ? html`<span class="indicator">${this.localize('step-indicator', { position: this.position, total: this.total })}<span class="visually-hidden"> : </span></span>`
              : nothing}${this.heading}
          </h2>`}
      ${this.nextHeading ? html`<p class="next" part="next">${this.localize('step-next-heading', { heading: lowerFirst(this.nextHeading, this.locale) })}</p>` : nothing}
      ${this.review ? this.#renderReview() : nothing}
      <slot></slot>
      <div class="actions" part="actions">
        ${last
          ? this.#hasOwnSubmit()
            ? nothing
            : html`<button type="button" class="primary" @click=${() => this.#request('submit')}>${this.submitLabel || this.localize('step-submit')}</button>`
          : html`<button type="button" class="primary" @click=${() => this.#request('next')}>${this.localize('step-continue')}</button>`}
        ${first ? nothing : html`<button type="button" class="secondary" @click=${() => this.#request('back')}>${this.localize('step-back')}</button>`}
      </div>`;
  }
}
