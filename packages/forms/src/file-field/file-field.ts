/**
 * Files to attach (proof of address, ID): the native file input (keyboard, screen readers, phones' camera
 * and gallery) inside a drop zone, a list of the chosen files with a remove button each, and checks of
 * type, size per file, total size and count with French messages. Files are submitted with the form.
 */
import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type FormValue, SocleFormControl, type ValidationIssue, fieldStyles, focusRing, secondaryButton, token, useMessages, rem } from '@socle/core';
import { messages } from './messages.js';

/** "5 Mo", "200 Ko", "1.5MB" or a number of bytes → bytes. */
export function parseSize(size: string | number | undefined): number | undefined {
  if (size === undefined || size === '') return undefined;
  if (typeof size === 'number') return size;
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(o|octets?|b|ko|kb|kio|kib|mo|mb|mio|mib|go|gb)?\s*$/i.exec(size);
  if (!match) return undefined;
  const value = Number((match[1] ?? '0').replace(',', '.'));
  const unit = (match[2] ?? 'o').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('g') ? 1024 ** 3 : 1;
  return Math.round(value * factor);
}

/** Bytes in the person's words: "850 octets", "12,5 Ko", "3 Mo". */
export function formatSize(bytes: number, locale: 'fr' | 'en' = 'fr'): string {
  const units = locale === 'fr' ? ['octets', 'Ko', 'Mo', 'Go'] : ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit] ?? ''}`;
}

/** Whether `file` matches an `accept` list (extensions, exact MIME types, `type/*`). */
export function acceptsFile(file: File, accept: string | undefined): boolean {
  const tokens = (accept ?? '').split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((t) => (t.startsWith('.') ? name.endsWith(t) : t.endsWith('/*') ? type.startsWith(t.slice(0, -1)) : type === t));
}

/** The accepted formats for people: ".pdf, .jpg" → "PDF ou JPG". */
function describeAccept(accept: string, locale: 'fr' | 'en'): string {
  const names = accept
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => (t.startsWith('.') ? t.slice(1).toUpperCase() : t.endsWith('/*') ? t.slice(0, -2) : (t.split('/')[1] ?? t).toUpperCase()));
  const unique = [...new Set(names)];
  const last = unique.pop() ?? '';
  return unique.length > 0 ? `${unique.join(', ')} ${locale === 'fr' ? 'ou' : 'or'} ${last}` : last;
}

/**
 * @summary Ajout de fichiers : bouton natif et glisser-déposer, liste des fichiers avec boutons « Supprimer », contrôles du type, de la taille et du nombre. / A file field.
 *
 * @slot label - Le libellé, s'il contient du balisage. / The label, when it needs markup.
 * @slot hint - L'aide (formats et taille acceptés…). / The hint.
 *
 * @event change - Quand la liste des fichiers change. / When the list of files changes.
 * @event invalid - Quand un envoi trouve la sélection invalide. / When the selection is invalid on submit.
 *
 * @csspart base - L'enveloppe. / The wrapper.
 * @csspart label-text - Le `<label>`. / The `<label>`.
 * @csspart hint-text - L'aide. / The hint.
 * @csspart error-text - Le message d'erreur. / The error message.
 * @csspart dropzone - La zone de dépôt. / The drop zone.
 * @csspart control - Le `<input type="file">` natif. / The native file input.
 * @csspart files - La liste des fichiers choisis. / The list of chosen files.
 *
 * @cssstate dirty - La personne a ajouté ou retiré un fichier. / The person has added or removed a file.
 * @cssstate user-invalid - Une erreur est affichée. / An error is shown.
 * @cssstate dragover - Des fichiers sont glissés au-dessus de la zone. / Files are dragged over the drop zone.
 */
export class SocleFileField extends SocleFormControl<readonly File[]> {
  // The native input is the button; its own "no file chosen" text is hidden (`.input`): the list below says it.
  static override styles = [
    ...SocleFormControl.styles,
    fieldStyles,
    css`
      .dropzone {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token('space-3')};
        padding: ${token('space-4')};
        border: 2px dashed ${token('color-border')};
        border-radius: ${token('radius')};
      }
      :host(:state(dragover)) .dropzone {
        border-color: ${token('color-primary')};
        background: ${token('color-background-alt')};
      }
      .input {
        font-size: 0;
        color: transparent;
        min-height: ${rem(2.75)};
      }
      .input::file-selector-button {
        ${secondaryButton}
        margin: 0;
        font-size: ${token('font-size-base')};
      }
      .input:focus-visible {
        ${focusRing}
      }
      .files {
        margin: ${token('space-3')} 0 0;
        padding: 0;
        list-style: none;
      }
      .files li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${token('space-2')};
        padding: ${token('space-2')} 0;
        border-block-end: 1px solid ${token('color-border')};
      }
      .remove {
        min-height: ${rem(2.75)};
        padding: 0 ${token('space-3')};
        font: inherit;
        color: ${token('color-primary')};
        background: none;
        border: 0;
        text-decoration: underline;
        cursor: pointer;
      }
      .remove:focus-visible {
        ${focusRing}
      }
      .size {
        color: ${token('color-text-muted')};
      }
      @media (forced-colors: active) {
        .input:focus-visible,
        .remove:focus-visible {
          outline-color: Highlight;
        }
      }
    `,
  ];
  protected static override validationProperties: ReadonlySet<string> = new Set([
    ...SocleFormControl.validationProperties,
    'accept',
    'maxSize',
    'maxTotalSize',
    'maxFiles',
  ]);

  /** Formats acceptés, comme l'attribut HTML : `.pdf,.jpg,image/*`. / Accepted types. */
  @property() accept?: string;
  /** Plusieurs fichiers. / Several files. */
  @property({ type: Boolean }) multiple = false;
  /** Taille maximale par fichier : `5 Mo`, `500 Ko` ou un nombre d'octets. / Maximum size per file. */
  @property({ attribute: 'max-size' }) maxSize?: string;
  /** Taille maximale de l'ensemble. / Maximum total size. */
  @property({ attribute: 'max-total-size' }) maxTotalSize?: string;
  /** Nombre maximal de fichiers. / Maximum number of files. */
  @property({ type: Number, attribute: 'max-files' }) maxFiles?: number;
  /** Les fichiers ne sont jamais enregistrés dans les brouillons. / Files are never kept in drafts. */
  override sensitive = true;

  @state() private files: readonly File[] = [];
  @state() private status = '';
  @query('#input') private input!: HTMLInputElement | null;

  constructor() {
    super();
    useMessages(messages);
  }

  /** Les fichiers choisis. / The chosen files. */
  @property({ attribute: false })
  get value(): readonly File[] {
    return this.files;
  }
  set value(files: readonly File[] | null | undefined) {
    this.files = [...(files ?? [])];
    this.valueChanged();
  }

  override get displayValue(): string {
    return this.files.map((file) => file.name).join(', ');
  }

  protected get anchor(): HTMLElement | null {
    return this.input;
  }

  protected checkConstraints(): ValidationIssue | null {
    const files = this.files;
    if (files.length === 0) return this.required ? { key: 'required-file', flag: 'valueMissing' } : null;
    const locale = this.locale;
    if (this.accept) {
      const wrong = files.find((file) => !acceptsFile(file, this.accept));
      if (wrong) return { key: 'file-type', flag: 'typeMismatch', params: { file: wrong.name, types: describeAccept(this.accept, locale) } };
    }
    const max = parseSize(this.maxSize);
    if (max !== undefined) {
      const big = files.find((file) => file.size > max);
      if (big) return { key: 'file-size', flag: 'rangeOverflow', params: { file: big.name, size: formatSize(big.size, locale), max: formatSize(max, locale) } };
    }
    const limit = this.maxFiles ?? (this.multiple ? undefined : 1);
    if (limit !== undefined && files.length > limit) return { key: 'file-count', flag: 'rangeOverflow', params: { max: limit, count: files.length } };
    const maxTotal = parseSize(this.maxTotalSize);
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (maxTotal !== undefined && total > maxTotal) {
      return { key: 'file-total', flag: 'rangeOverflow', params: { size: formatSize(total, locale), max: formatSize(maxTotal, locale) } };
    }
    return null;
  }

  protected toFormValue(): FormValue {
    if (!this.name) return null;
    // As a native file input with no file: an entry with an empty, unnamed file (a server reads « no file »).
    if (this.files.length === 0) return new File([], '', { type: 'application/octet-stream' });
    const data = new FormData();
    for (const file of this.files) data.append(this.name, file);
    return data;
  }

  protected override syncFormValue(): void {
    // Files cannot be restored by the browser; the state stays empty.
    this.internals.setFormValue(this.toFormValue());
  }

  protected resetValue(): void {
    this.files = [];
  }

  protected restoreValue(): void {
    // Nothing to restore: browsers do not keep chosen files.
  }

  #add(files: readonly File[]): void {
    if (files.length === 0) return;
    this.files = this.multiple ? [...this.files, ...files] : [files[0] as File];
    this.status = this.localize('file-added', { count: files.length });
    this.#changed();
  }

  #changed(): void {
    this.userChangedValue();
    // Choosing files is a finished action: say at once what is wrong with them.
    this.showErrorIfInvalid();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #onInputChange(event: Event): void {
    event.stopPropagation();
    const input = this.input;
    if (!input?.files) return;
    this.#add(Array.from(input.files));
    // The list below is the truth; the native input is only the button.
    input.value = '';
  }

  async #remove(index: number): Promise<void> {
    const file = this.files[index];
    if (!file) return;
    this.files = this.files.filter((_, i) => i !== index);
    this.status = this.localize('file-removed', { file: file.name });
    this.#changed();
    await this.updateComplete;
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('.remove');
    (buttons[Math.min(index, buttons.length - 1)] ?? this.input)?.focus();
  }

  #onDragOver(event: DragEvent): void {
    if (this.isDisabled || this.readonly) return;
    event.preventDefault();
    this.internals.states.add('dragover');
  }

  #onDragLeave(): void {
    this.internals.states.delete('dragover');
  }

  #onDrop(event: DragEvent): void {
    event.preventDefault();
    this.internals.states.delete('dragover');
    if (this.isDisabled || this.readonly) return;
    this.#add(Array.from(event.dataTransfer?.files ?? []));
  }

  override render() {
    const error = this.visibleError;
    const disabled = this.isDisabled || this.readonly;
    return html`
      <div class="field" part="base">
        ${this.renderFieldHeader()}
        <div class="dropzone" part="dropzone" @dragover=${this.#onDragOver} @dragleave=${this.#onDragLeave} @drop=${this.#onDrop}>
          <input
            id="input"
            class="input"
            part="control"
            type="file"
            accept=${ifDefined(this.accept)}
            ?multiple=${this.multiple}
            ?required=${this.required && this.files.length === 0}
            ?disabled=${disabled}
            aria-describedby=${ifDefined(this.describedBy())}
            aria-invalid=${error ? 'true' : 'false'}
            @change=${this.#onInputChange}
          />
          <span aria-hidden="true">${this.localize('file-drop')}</span>
        </div>
        ${this.files.length > 0
          ? html`<ul class="files" part="files" aria-label=${this.localize('file-list')}>
              ${this.files.map(
                (file, index) => html`<li>
                  <span>${file.name} <span class="size">(${formatSize(file.size, this.locale)})</span></span>
                  <button type="button" class="remove" ?disabled=${disabled} @click=${() => void this.#remove(index)}>
                    ${this.localize('file-remove')}<span class="visually-hidden"> ${file.name}</span>
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing}
        <div class="visually-hidden" role="status">${this.status}</div>
      </div>
    `;
  }
}
