/**
 * `socle-loader.js`: for a CMS that prints a classic `<script src>` (no `type="module"`), where `socle.js`
 * would fail with "Unexpected token 'export'". A classic script may still import a module: this one loads
 * `socle-autoloader.js` from beside itself.
 */
const script = document.currentScript;
const base = script instanceof HTMLScriptElement && script.src ? script.src : document.baseURI;
import(/* @vite-ignore */ new URL('socle-autoloader.js', base).href).catch((error: unknown) => {
  console.error('Socle : socle-autoloader.js n’a pas pu être chargé à côté de socle-loader.js.', error);
});
