// Re-checking a submitted form on the server with the same validators as the browser: plain node:http,
// no framework. `createServer()` is exported for the tests; run this file to try it on 127.0.0.1:8080.
import { createServer as createHttpServer } from 'node:http';
import { validateEmail, validateIban, validateSiret, validatorMessage } from '@socle/validators';

/** The form's fields: name → [kind of message, validator]. */
const FIELDS = {
  siret: ['siret', validateSiret],
  iban: ['iban', validateIban],
  courriel: ['email', validateEmail],
};

const MAX_BODY = 64 * 1024;

/** Checks every field; returns the normalised values, or a French message per wrong field. */
export function checkForm(data) {
  const values = {};
  const errors = {};
  for (const [name, [kind, validate]] of Object.entries(FIELDS)) {
    const result = validate(data.get(name) ?? '');
    if (result.valid) values[name] = result.value;
    else errors[name] = validatorMessage(kind, result.error, 'fr');
  }
  return { values, errors };
}

export function createServer() {
  return createHttpServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/demande') {
      response.writeHead(404).end();
      return;
    }
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
      if (body.length > MAX_BODY) request.destroy();
    });
    request.on('end', () => {
      const { values, errors } = checkForm(new URLSearchParams(body));
      const valid = Object.keys(errors).length === 0;
      response.writeHead(valid ? 200 : 422, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(valid ? { values } : { errors }));
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  createServer().listen(8080, '127.0.0.1', () => console.log('http://127.0.0.1:8080/demande (POST)'));
}
