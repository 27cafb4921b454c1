import { describe, expect, it } from 'vitest';
import { contrastRatio, defaultTokens, themeToCss, token } from './tokens.js';

describe('design tokens', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('keeps text at 4.5:1 and UI parts and focus at 3:1 in the default theme', () => {
    const t = defaultTokens;
    const text: [string, string][] = [
      [t['color-text'], t['color-background']],
      [t['color-text'], t['color-background-alt']],
      [t['color-text-muted'], t['color-background']],
      [t['color-error'], t['color-background']],
      [t['color-success'], t['color-background']],
      [t['color-primary'], t['color-background']],
      [t['color-on-primary'], t['color-primary']],
      [t['color-on-primary'], t['color-primary-hover']],
      [t['color-disabled-text'], t['color-disabled-background']],
    ];
    for (const [fg, bg] of text) expect(contrastRatio(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    const ui: [string, string][] = [
      [t['color-border'], t['color-background']],
      [t['color-border'], t['color-background-alt']],
      [t['color-focus'], t['color-background']],
      [t['color-focus'], t['color-background-alt']],
    ];
    for (const [fg, bg] of ui) expect(contrastRatio(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('exposes each token as a custom property with its default as fallback', () => {
    expect(token('color-text').cssText).toBe('var(--socle-color-text, #1e1e1e)');
    expect(themeToCss({ 'color-primary': '#7a1c3b' })).toBe(':root {\n  --socle-color-primary: #7a1c3b;\n}\n');
  });
});
