/**
 * The emblems drawn inside the provider buttons, authored for Socle (not the providers' artwork): a shield
 * holding a person for FranceConnect, with a red mark for FranceConnect+, a shield holding a building for
 * ProConnect. Decorative: the button's text names the provider.
 */
import { svg } from 'lit';

const shield = svg`<path d="M20 3.5 35 9v12.5c0 10-6.4 17.9-15 21.5C11.4 39.4 5 31.5 5 21.5V9z" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round"/>`;

export const personEmblem = svg`${shield}<circle cx="20" cy="18" r="5" fill="currentColor"/><path d="M11.5 33c1.6-5.2 4.7-7.6 8.5-7.6s6.9 2.4 8.5 7.6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`;

export const plusMark = svg`<circle cx="33" cy="9" r="6" fill="#e1000f"/><path d="M33 5.5v7M29.5 9h7" stroke="#fff" stroke-width="2" stroke-linecap="round"/>`;

export const buildingEmblem = svg`${shield}<path d="M13 32V19h14v13M11 32h18M17 23v5M23 23v5M12 19l8-5 8 5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linejoin="round" stroke-linecap="round"/>`;
