/** Submitting a form on behalf of a custom element, as a native submit button would. */

/** The attributes of a submit button that override its form's, copied to the native button that submits. */
const SUBMITTER_ATTRIBUTES = ['formaction', 'formmethod', 'formenctype', 'formtarget', 'formnovalidate'] as const;

/**
 * Submits `form` through a native submit button made for the occasion: `requestSubmit()` accepts no custom
 * element as submitter, and only a native button puts its name and value in the form data and in
 * `SubmitEvent.submitter`, with the `formaction`, `formmethod`, `formenctype`, `formtarget` and
 * `formnovalidate` of `source`.
 */
export function submitAs(form: HTMLFormElement, source: Element, entry?: { name: string; value: string }): void {
  const proxy = document.createElement('button');
  proxy.type = 'submit';
  proxy.hidden = true;
  if (entry?.name) {
    proxy.name = entry.name;
    proxy.value = entry.value;
  }
  for (const attribute of SUBMITTER_ATTRIBUTES) {
    const value = source.getAttribute(attribute);
    if (value !== null) proxy.setAttribute(attribute, value);
  }
  form.append(proxy);
  try {
    proxy.click();
  } finally {
    proxy.remove();
  }
}
