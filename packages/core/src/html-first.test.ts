import { afterEach, describe, expect, it } from 'vitest';
import { adoptHtmlFirstStyles, labelOf } from './html-first.js';
import { htmlFirstCss } from './html-first.styles.js';

afterEach(() => document.body.replaceChildren());

describe('labelOf', () => {
  it('finds the label inside the Socle tag, beside the page’s other labels', () => {
    document.body.innerHTML = `<label for="nom">Ailleurs</label><div id="host"><label for="nom">Nom de famille</label><input id="nom"></div>`;
    const input = document.querySelector<HTMLInputElement>('#host input')!;
    expect(labelOf(input, document.getElementById('host')!)?.textContent).toBe('Nom de famille');
  });

  it('finds a wrapping label, then one anywhere in the page', () => {
    document.body.innerHTML = `<div id="a"><label>Prénom <input id="p"></label></div><label for="q">Ville</label><div id="b"><input id="q"></div>`;
    expect(labelOf(document.querySelector<HTMLInputElement>('#p')!, document.getElementById('a')!)?.textContent).toBe('Prénom ');
    expect(labelOf(document.querySelector<HTMLInputElement>('#q')!, document.getElementById('b')!)?.textContent).toBe('Ville');
  });

  it('gives null for a control without a label', () => {
    document.body.innerHTML = `<div id="a"><input id="r"></div>`;
    expect(labelOf(document.querySelector<HTMLInputElement>('#r')!, document.getElementById('a')!)).toBeNull();
  });
});

describe('adoptHtmlFirstStyles', () => {
  const socleSheets = (root: Document | ShadowRoot) =>
    [...Array.from(root.styleSheets), ...root.adoptedStyleSheets].filter((sheet) => {
      const first = sheet.cssRules[0];
      return first instanceof CSSLayerBlockRule && first.name === 'socle';
    }).length;

  it('adopts the rules once per root, in the socle layer', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    const field = root.appendChild(document.createElement('socle-text-field'));
    await adoptHtmlFirstStyles(field);
    await adoptHtmlFirstStyles(field);
    expect(socleSheets(root)).toBe(1);
  });

  it('adds nothing where socle.css is already there', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    const style = root.appendChild(document.createElement('style'));
    style.textContent = htmlFirstCss; // socle.css, inlined: a sheet that opens with the socle layer
    const field = root.appendChild(document.createElement('socle-text-field'));
    await adoptHtmlFirstStyles(field);
    expect(socleSheets(root)).toBe(1);
    expect(root.adoptedStyleSheets).toHaveLength(0);
  });

  it('a short answer keeps its input’s size (in characters), other inputs take the whole width', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    host.style.width = '600px';
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<socle-text-field><label for="cp">Code postal</label><input id="cp" size="5"></socle-text-field><socle-text-field><label for="n">Nom</label><input id="n"></socle-text-field>`;
    await adoptHtmlFirstStyles(root.querySelector('socle-text-field')!);
    const [short, full] = Array.from(root.querySelectorAll('input'), (input) => input.getBoundingClientRect().width);
    expect(short).toBeLessThan(150);
    expect(full).toBe(600);
  });

  it('lets an unlayered rule of the authority win over a more specific Socle rule', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>input { border-color: rgb(1, 2, 3); }</style><socle-text-field><label for="x">Nom</label><input id="x"></socle-text-field>`;
    await adoptHtmlFirstStyles(root.querySelector('socle-text-field')!);
    const style = getComputedStyle(root.querySelector('input')!);
    expect(style.display).toBe('block'); // Socle's rule applies…
    expect(style.borderTopColor).toBe('rgb(1, 2, 3)'); // …and the authority's wins where both set a property
  });
});
