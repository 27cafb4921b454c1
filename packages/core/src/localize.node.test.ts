import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage, interpolate, resetMessages, setMessages, toLocale } from './localize.js';
import { en } from './messages/en.js';
import { fr } from './messages/fr.js';

afterEach(resetMessages);

describe('localisation', () => {
  it('maps language tags to the shipped catalogues, French by default', () => {
    expect(toLocale('fr-FR')).toBe('fr');
    expect(toLocale('EN-gb')).toBe('en');
    expect(toLocale('en')).toBe('en');
    expect(toLocale('de')).toBe('fr');
    expect(toLocale('')).toBe('fr');
    expect(toLocale(null)).toBe('fr');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('«\u202f{label}\u202f»\u202f: {min} à {max}', { label: 'Âge', min: 0 })).toBe('«\u202fÂge\u202f»\u202f: 0 à {max}');
  });

  it('writes a French message for every native constraint, and an English one', () => {
    const keys = ['required', 'minlength', 'maxlength', 'pattern', 'type-email', 'type-url', 'type-number', 'min', 'max', 'step'];
    for (const key of keys) {
      expect(fr).toHaveProperty(key);
      expect(en).toHaveProperty(key);
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(formatMessage('required', { label: 'Nom' })).toBe('Renseignez le champ «\u202fNom\u202f»');
    expect(formatMessage('required', { label: 'Name' }, 'en')).toBe('Enter “Name”');
  });

  it('lets a service override any message per language, whatever the order of registration', () => {
    setMessages('fr', { required: 'Saisissez {label}' });
    setMessages('fr', { required: 'Texte par défaut d’un paquet' }, { defaults: true });
    expect(formatMessage('required', { label: 'votre nom' })).toBe('Saisissez votre nom');
    expect(formatMessage('required', { label: 'Name' }, 'en')).toBe('Enter “Name”');
    resetMessages();
    expect(formatMessage('required', { label: 'Nom' })).toBe('Texte par défaut d’un paquet');
  });

  it('falls back to French, then to the key, for unknown messages', () => {
    setMessages('fr', { 'only-fr': 'Seulement en français' }, { defaults: true });
    expect(formatMessage('only-fr', {}, 'en')).toBe('Seulement en français');
    expect(formatMessage('no-such-key')).toBe('no-such-key');
  });
});
