/**
 * React 19 with Socle, without a wrapper: React passes properties to the custom elements, the native form
 * submits what was typed, `onInput` follows each key while `onChange` comes when the field is left (the native
 * `change` event, unlike React's own `onChange` on an `<input>`), and Socle's own events are listened to on a ref.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { act, createElement as h, useEffect, useRef, useState } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import '@socle/forms/define';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});

describe('React 19', () => {
  it('renders the fields with their properties, follows typing, and submits in JSON through the engine', async () => {
    const seen: { input: string[]; change: string[]; submitted: unknown[] } = { input: [], change: [], submitted: [] };
    function Demande() {
      const [required] = useState(true);
      const engine = useRef<HTMLElement>(null);
      useEffect(() => {
        const element = engine.current!;
        const onSubmit = (event: Event) => seen.submitted.push((event as CustomEvent<{ data: unknown }>).detail.data);
        element.addEventListener('socle-submit', onSubmit);
        return () => element.removeEventListener('socle-submit', onSubmit);
      }, []);
      return h(
        'socle-form',
        { ref: engine, mode: 'json' },
        h(
          'form',
          null,
          h('socle-text-field', {
            name: 'nom',
            label: 'Nom de famille',
            required,
            onInput: (event: Event) => seen.input.push((event.currentTarget as HTMLInputElement).value),
            onChange: (event: Event) => seen.change.push((event.currentTarget as HTMLInputElement).value),
          }),
          h('socle-checkbox', { name: 'accord', label: 'J’accepte' }),
          h('socle-button', { type: 'submit' }, 'Envoyer'),
        ),
      );
    }
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root!.render(h(Demande)));
    const field = container.querySelector<HTMLElement & { required: boolean; updateComplete: Promise<unknown> }>('socle-text-field')!;
    await field.updateComplete;
    expect(field.required).toBe(true);
    field.shadowRoot!.querySelector('input')!.focus();
    await userEvent.keyboard('Lea');
    expect(seen.input).toEqual(['L', 'Le', 'Lea']);
    expect(seen.change).toEqual([]);
    await userEvent.tab();
    expect(seen.change).toEqual(['Lea']);
    await userEvent.click(container.querySelector('socle-button')!);
    expect(seen.submitted).toEqual([{ nom: 'Lea', accord: false }]);
  });
});
