import { fixture } from '@open-wc/testing-helpers/pure';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { accessibilityNode, axeViolations, deepActiveElement, nextFrames } from '../../../../test/browser/helpers.js';
import './define.js';
import type { SocleConnectButton } from './connect-button.js';

const inner = (el: SocleConnectButton) => el.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
const info = (el: SocleConnectButton) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="info"]')!;

async function render(template: ReturnType<typeof html>) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const button = root.querySelector<SocleConnectButton>('socle-connect-button')!;
  await button.updateComplete;
  return { root, button };
}

describe('socle-connect-button', () => {
  it('as a link to the service’s login route: the official label as its name, the provider’s colours', async () => {
    const { button } = await render(html`<socle-connect-button href="/connexion"></socle-connect-button>`);
    const link = inner(button);
    expect(link.localName).toBe('a');
    expect(link.getAttribute('href')).toBe('/connexion');
    const node = await accessibilityNode(link);
    expect(node.role).toBe('link');
    expect(node.name).toBe('S’identifier avec FranceConnect');
    expect(link.querySelector('.brand')!.textContent).toBe('FranceConnect');
    expect(getComputedStyle(link.querySelector('.brand')!).fontWeight).toBe('700');
    const style = getComputedStyle(link);
    expect(style.backgroundColor).toBe('rgb(0, 0, 145)');
    expect(style.color).toBe('rgb(245, 245, 254)');
    expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(56);
    // The logo is decoration: the text names the provider.
    expect(link.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('changes colour on hover, and has a dark variant', async () => {
    const { button } = await render(html`<socle-connect-button href="/connexion"></socle-connect-button>`);
    await userEvent.hover(inner(button));
    expect(getComputedStyle(inner(button)).backgroundColor).toBe('rgb(18, 18, 255)');
    await userEvent.unhover(inner(button));
    button.variant = 'dark';
    await button.updateComplete;
    expect(getComputedStyle(inner(button)).backgroundColor).toBe('rgb(133, 133, 246)');
    expect(getComputedStyle(inner(button)).color).toBe('rgb(0, 0, 145)');
  });

  it('says « Qu’est-ce que FranceConnect ? » opens a new window, to the eye and to assistive technologies', async () => {
    const { button } = await render(html`<socle-connect-button href="/connexion"></socle-connect-button>`);
    const link = info(button);
    expect(link.href).toBe('https://franceconnect.gouv.fr/');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    const node = await accessibilityNode(link);
    expect(node.name).toBe('Qu’est-ce que FranceConnect\u202f? (nouvelle fenêtre)');
  });

  it('ProConnect and FranceConnect+ carry their own names and links', async () => {
    const { root } = await render(html`<socle-connect-button provider="proconnect" href="/a"></socle-connect-button>
      <socle-connect-button provider="franceconnect-plus" href="/b"></socle-connect-button>`);
    const [pro, plus] = Array.from(root.querySelectorAll('socle-connect-button'));
    expect((await accessibilityNode(inner(pro!))).name).toBe('S’identifier avec ProConnect');
    expect(info(pro!).href).toBe('https://www.proconnect.gouv.fr/');
    expect((await accessibilityNode(info(pro!))).name).toBe('Qu’est-ce que ProConnect\u202f? (nouvelle fenêtre)');
    expect((await accessibilityNode(inner(plus!))).name).toBe('S’identifier avec FranceConnect+');
  });

  it('without href, is the submit button of the service’s POST form: its CSRF field and the provider go with it', async () => {
    let data: FormData | undefined;
    let submitter: HTMLElement | null = null;
    const { root, button } = await render(html`<form
      method="post"
      action="/connexion"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        data = new FormData(event.target as HTMLFormElement, event.submitter);
        submitter = event.submitter;
      }}
    >
      <input type="hidden" name="csrf" value="jeton-anti-csrf" />
      <button type="button" id="avant">Avant</button>
      <socle-connect-button></socle-connect-button>
    </form>`);
    expect(inner(button).localName).toBe('button');
    expect((await accessibilityNode(inner(button))).role).toBe('button');
    // Keyboard alone: Tab to it, Enter.
    root.querySelector<HTMLButtonElement>('#avant')!.focus();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(inner(button));
    await userEvent.keyboard('{Enter}');
    await nextFrames();
    expect(data && Object.fromEntries(data)).toEqual({ csrf: 'jeton-anti-csrf', provider: 'franceconnect' });
    expect(submitter).not.toBeNull();
    // A click with a chosen name and value, as a service offering two providers would.
    button.name = 'fournisseur';
    button.provider = 'proconnect';
    await button.updateComplete;
    await userEvent.click(inner(button));
    await nextFrames();
    expect(data && Object.fromEntries(data)).toEqual({ csrf: 'jeton-anti-csrf', fournisseur: 'proconnect' });
  });

  it('inside a disabled fieldset, is disabled like a native submit button', async () => {
    const { root, button } = await render(html`<form @submit=${(event: Event) => event.preventDefault()}>
      <fieldset disabled><legend>Connexion</legend><socle-connect-button></socle-connect-button></fieldset>
    </form>`);
    await button.updateComplete;
    expect(inner(button).matches(':disabled')).toBe(true);
    root.querySelector('fieldset')!.disabled = false;
    await button.updateComplete;
    expect(inner(button).matches(':disabled')).toBe(false);
  });

  it('keeps a visible focus ring in normal and forced-colours modes', async () => {
    const { root, button } = await render(html`<button id="avant">Avant</button><socle-connect-button href="/connexion"></socle-connect-button>`);
    for (const forced of [false, true]) {
      await commands.emulateForcedColors(forced);
      try {
        root.querySelector<HTMLButtonElement>('#avant')!.focus();
        await userEvent.tab();
        expect(deepActiveElement()).toBe(inner(button));
        const style = getComputedStyle(inner(button));
        expect(style.outlineStyle).toBe('solid');
        expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
        await userEvent.tab();
        expect(deepActiveElement()).toBe(info(button));
        expect(getComputedStyle(info(button)).outlineStyle).toBe('solid');
      } finally {
        await commands.emulateForcedColors(false);
      }
    }
  });

  it('passes axe, light on a light page and dark on a dark one', async () => {
    const { root } = await render(html`<socle-connect-button href="/connexion"></socle-connect-button>
      <socle-connect-button provider="proconnect"></socle-connect-button>
      <div style="background: #161616; padding: 1rem"><socle-connect-button variant="dark" href="/connexion"></socle-connect-button></div>`);
    expect(await axeViolations(root)).toEqual([]);
  });
});
