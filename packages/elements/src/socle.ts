/**
 * @socle/elements — Socle in one `<script type="module">` tag, for pages without a build step (a CMS page:
 * WordPress, Drupal, TYPO3). Loading it registers every element of @socle/forms, @socle/referentiels and @socle/identity;
 * Lit is inside. The embedded referentials stay in their own files, next to this one, fetched the first
 * time a look-up needs them.
 */
import '@socle/forms/define';
import '@socle/referentiels/define';
import '@socle/identity/define';

// For a page script that wants the functions too: `import { serialize } from '…/socle.js'`.
export * from '@socle/core';
export * from '@socle/forms';
export * from '@socle/referentiels';
export * from '@socle/identity';
export * from '@socle/validators';
