// A floor for the kit row, measured beside it: the same markup and the same styles in bare Lit elements —
// form-associated, options cloned from the children into a shadow <select> — with none of Socle's behaviour
// (no validation, messages, states, language, drafts). What is left is the price of Lit + shadow DOM itself.
import { LitElement, html, nothing } from 'lit';
import { SocleTextField } from '@socle/forms/text-field';
import { SocleCheckbox } from '@socle/forms/checkbox';

class FloorBase extends LitElement {
  static formAssociated = true;
  static properties = { label: {}, hint: {}, name: {}, required: { type: Boolean } };
  static shadowRootOptions = { mode: 'open', delegatesFocus: true };
  constructor() {
    super();
    this.internals = this.attachInternals();
  }
  connectedCallback() {
    super.connectedCallback();
    this.internals.setFormValue('');
  }
}

class FloorText extends FloorBase {
  static styles = SocleTextField.styles;
  render() {
    return html`<div class="field"><label id="label" class="label" for="input"><slot name="label">${this.label}</slot>${this.required ? html`<span aria-hidden="true">*</span>` : nothing}</label><div id="hint" class="hint"><slot name="hint">${this.hint}</slot></div><div id="error" class="error" aria-live="polite"></div><input id="input" class="control" name=${this.name} .value=${''} ?required=${this.required} aria-describedby="hint" aria-invalid="false"></div>`;
  }
}

class FloorSelect extends FloorBase {
  static styles = SocleTextField.styles;
  render() {
    return html`<div class="field"><label id="label" class="label" for="input"><slot name="label">${this.label}</slot></label><div id="error" class="error" aria-live="polite"></div><select id="input" class="control" name=${this.name} aria-invalid="false"></select></div>`;
  }
  firstUpdated() {
    const select = this.renderRoot.querySelector('select');
    for (const child of this.children) select.append(child.cloneNode(true));
  }
}

class FloorCheckbox extends FloorBase {
  static styles = SocleCheckbox.styles;
  render() {
    return html`<div class="field"><div id="error" class="error" aria-live="polite"></div><div class="option"><input id="input" class="box" type="checkbox" aria-invalid="false"><label id="label" class="option-label" for="input"><slot name="label">${this.label}</slot></label></div></div>`;
  }
}

customElements.define('floor-text-field', FloorText);
customElements.define('floor-select', FloorSelect);
customElements.define('floor-checkbox', FloorCheckbox);
