/**
 * Design tokens: every colour, size and font a component uses is a `--socle-*` CSS custom property with
 * the neutral default below as its fallback, so an authority themes Socle with a few CSS lines on `:root`
 * and a page with no theme at all still looks right.
 */
import { type CSSResult, unsafeCSS } from 'lit';

/** The neutral default theme. Contrast ratios are checked by tests (text ≥ 4.5:1, UI and focus ≥ 3:1). */
export const defaultTokens = {
  'color-text': '#1e1e1e',
  'color-text-muted': '#595959',
  'color-background': '#ffffff',
  'color-background-alt': '#f4f4f4',
  'color-border': '#6b6b6b',
  'color-primary': '#1f4e9c',
  'color-primary-hover': '#173b76',
  'color-on-primary': '#ffffff',
  'color-error': '#c0162a',
  'color-success': '#1b7340',
  'color-focus': '#0a64d6',
  'color-disabled-background': '#eeeeee',
  'color-disabled-text': '#666666',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  'font-size-base': 'calc(1*var(--socle-u,1rem))',
  'font-size-small': 'calc(0.875*var(--socle-u,1rem))',
  'font-size-label': 'calc(1*var(--socle-u,1rem))',
  'font-size-legend': 'calc(1.25*var(--socle-u,1rem))',
  'font-weight-bold': '700',
  'line-height': '1.5',
  'space-1': 'calc(0.25*var(--socle-u,1rem))',
  'space-2': 'calc(0.5*var(--socle-u,1rem))',
  'space-3': 'calc(0.75*var(--socle-u,1rem))',
  'space-4': 'calc(1*var(--socle-u,1rem))',
  'space-6': 'calc(1.5*var(--socle-u,1rem))',
  radius: 'calc(0.25*var(--socle-u,1rem))',
  'border-width': '1px',
  'control-height': 'calc(2.5*var(--socle-u,1rem))',
  'focus-ring-width': '3px',
  'focus-ring-offset': '2px',
} as const;

export type TokenName = keyof typeof defaultTokens;

/** `var(--socle-NAME, default)`, for use inside `css` templates. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--socle-${name}, ${defaultTokens[name]})`);
}

/**
 * A theme as a CSS text (`:root { --socle-…: … }`), from a partial set of tokens: the way an authority
 * sets its own brand colours without a build step.
 */
export function themeToCss(tokens: Partial<Record<TokenName, string>>, selector = ':root'): string {
  const lines = Object.entries(tokens).map(([name, value]) => `  --socle-${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new TypeError(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
