/**
 * Socle in Angular's forms (`ngModel`, `formControl`, `formControlName`): two directives to copy into an
 * application, as docs/frameworks.md shows. Each control keeps its own checks and French messages; the
 * directives only carry the value between the element and Angular's model, and the disabled state.
 * Compiled with ngc (strict templates) by test/node/angular.test.ts, run in Chromium by test/browser/angular.test.ts.
 *
 * English: two ControlValueAccessor directives connecting Socle's controls to Angular forms.
 */
import { Directive, ElementRef, forwardRef, inject } from '@angular/core';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';

interface SocleControl extends HTMLElement {
  value: unknown;
  checked: boolean;
  disabled: boolean;
}

abstract class SocleAccessor implements ControlValueAccessor {
  protected readonly element = inject<ElementRef<SocleControl>>(ElementRef).nativeElement;
  protected changed: (value: unknown) => void = () => undefined;
  protected touched: () => void = () => undefined;

  abstract writeValue(value: unknown): void;
  protected abstract read(): unknown;

  /** At each keystroke or choice (the `input` event), as Angular does for an `<input>`. */
  handleInput(): void {
    this.changed(this.read());
  }

  handleBlur(): void {
    this.touched();
  }

  registerOnChange(fn: (value: unknown) => void): void {
    this.changed = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.touched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.element.disabled = disabled;
  }
}

/**
 * `[(ngModel)]`, `[formControl]` and `formControlName` on every Socle control whose value is a string (a code
 * for the look-ups) or, for the checkbox group, a list. (The selector is written out: Angular's compiler reads it
 * as it is.)
 */
@Directive({
  selector:
    'socle-text-field[ngModel], socle-text-field[formControl], socle-text-field[formControlName], ' +
    'socle-textarea[ngModel], socle-textarea[formControl], socle-textarea[formControlName], ' +
    'socle-select[ngModel], socle-select[formControl], socle-select[formControlName], ' +
    'socle-radio-group[ngModel], socle-radio-group[formControl], socle-radio-group[formControlName], ' +
    'socle-checkbox-group[ngModel], socle-checkbox-group[formControl], socle-checkbox-group[formControlName], ' +
    'socle-date-field[ngModel], socle-date-field[formControl], socle-date-field[formControlName], ' +
    'socle-email-field[ngModel], socle-email-field[formControl], socle-email-field[formControlName], ' +
    'socle-phone-field[ngModel], socle-phone-field[formControl], socle-phone-field[formControlName], ' +
    'socle-siret-field[ngModel], socle-siret-field[formControl], socle-siret-field[formControlName], ' +
    'socle-nir-field[ngModel], socle-nir-field[formControl], socle-nir-field[formControlName], ' +
    'socle-iban-field[ngModel], socle-iban-field[formControl], socle-iban-field[formControlName], ' +
    'socle-postal-code-field[ngModel], socle-postal-code-field[formControl], socle-postal-code-field[formControlName], ' +
    'socle-commune-field[ngModel], socle-commune-field[formControl], socle-commune-field[formControlName], ' +
    'socle-country-field[ngModel], socle-country-field[formControl], socle-country-field[formControlName], ' +
    'socle-departement-select[ngModel], socle-departement-select[formControl], socle-departement-select[formControlName], ' +
    'socle-region-select[ngModel], socle-region-select[formControl], socle-region-select[formControlName], ' +
    'socle-company-field[ngModel], socle-company-field[formControl], socle-company-field[formControlName]',
  host: { '(input)': 'handleInput()', '(focusout)': 'handleBlur()' },
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => SocleValueAccessor), multi: true }],
})
export class SocleValueAccessor extends SocleAccessor {
  writeValue(value: unknown): void {
    this.element.value = value ?? (this.element.localName === 'socle-checkbox-group' ? [] : '');
  }

  protected read(): unknown {
    return this.element.value;
  }
}

/** The same for `<socle-checkbox>`, whose model is a boolean (ticked or not), read once the tick has changed. */
@Directive({
  selector: 'socle-checkbox[ngModel], socle-checkbox[formControl], socle-checkbox[formControlName]',
  host: { '(change)': 'handleInput()', '(focusout)': 'handleBlur()' },
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => SocleCheckedAccessor), multi: true }],
})
export class SocleCheckedAccessor extends SocleAccessor {
  writeValue(value: unknown): void {
    this.element.checked = value === true;
  }

  protected read(): unknown {
    return this.element.checked;
  }
}

/** Both directives, for a standalone component's `imports`. */
export const SOCLE_FORMS = [SocleValueAccessor, SocleCheckedAccessor] as const;
