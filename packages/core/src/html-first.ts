/**
 * HTML-first markup: a Socle field around the native control its author wrote (`<label>` + `<input>`,
 * `<select>`, `<textarea>`, or a `<fieldset>` of radios or checkboxes). The page works before and without
 * the script; once it runs, the control enhances that markup in place (nothing moved, re-created or lost).
 * This module holds what every such control shares: adopting the document styles (`html-first.styles.ts`,
 * also shipped as `socle.css` for the time before the script), the error element, and the label's text.
 */


let sheet: Promise<CSSStyleSheet> | undefined;
const styled = new WeakMap<Document | ShadowRoot, Promise<void>>();

/**
 * Adopts the HTML-first styles into the document (or shadow root) `node` lives in, once. The rules are a
 * chunk of their own, loaded by the first HTML-first control: a page of attribute markup never pays for them
 * (and a page that links `socle.css` has them before the script).
 */
export function adoptHtmlFirstStyles(node: Node): Promise<void> {
  const root = node.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return Promise.resolve();
  let done = styled.get(root);
  if (!done && hasSocleCss(root)) {
    // The page links socle.css: the same rules twice would only cost every style recalculation.
    done = Promise.resolve();
    styled.set(root, done);
  }
  if (!done) {
    sheet ??= import('./html-first.styles.js').then(({ htmlFirstCss }) => {
      const created = new CSSStyleSheet();
      created.replaceSync(htmlFirstCss);
      return created;
    });
    done = sheet.then(
      (loaded) => {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, loaded];
      },
      () => undefined, // offline: the native markup stays as the page's own styles (or socle.css) show it
    );
    styled.set(root, done);
  }
  return done;
}

/**
 * Whether a style sheet of `root` is socle.css: a file of that name, or (when its rules can be read) one
 * that opens with the `socle` layer. Reads no computed style, so it forces no style recalculation.
 */
function hasSocleCss(root: Document | ShadowRoot): boolean {
  for (const sheet of Array.from(root.styleSheets)) {
    if (sheet.href && /\/socle\.css(?:[?#]|$)/.test(sheet.href)) return true;
    try {
      const first = sheet.cssRules[0];
      if (first instanceof CSSLayerBlockRule && first.name === 'socle') return true;
    } catch {
      // A sheet from another origin: its rules cannot be read.
    }
  }
  return false;
}

/**
 * The text of a label or legend as a person hears it: hidden parts (a visual required mark in
 * `aria-hidden`, a visually-hidden prefix) are left out.
 */
export function spokenText(element: Element | null | undefined): string {
  if (!element) return '';
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element && node.getAttribute('aria-hidden') !== 'true' && !node.classList.contains('socle-visually-hidden') && !node.classList.contains('socle-hint')) {
      text += spokenText(node);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The `<label>` of an author's native control, looked for inside `scope` (the Socle element around it, where
 * the documented markup puts it) before the whole page: `control.labels` walks the document on every read,
 * which made a page of a thousand fields quadratic.
 */
export function labelOf(control: HTMLElement, scope: Element): HTMLLabelElement | null {
  const id = control.id;
  const own = id ? scope.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(id)}"]`) : null;
  return own ?? control.closest('label') ?? (control as HTMLInputElement).labels?.[0] ?? null;
}

let lastId = 0;

/** The element's id, given one if it has none (for `for` and `aria-describedby`). */
export function ensureId(element: Element, prefix = 'socle'): string {
  if (!element.id) element.id = `${prefix}-${++lastId}`;
  return element.id;
}

/** Fills an HTML-first error element: a visually-hidden prefix (« Erreur : ») then the message, as text only. */
export function writeError(element: HTMLElement, prefix: string, message: string): void {
  if (element.dataset.message === message && (message !== '' || element.childNodes.length === 0)) return;
  element.dataset.message = message;
  if (!message) {
    element.replaceChildren();
    return;
  }
  const hidden = document.createElement('span');
  hidden.className = 'socle-visually-hidden';
  hidden.textContent = `${prefix} `;
  element.replaceChildren(hidden, message);
}
