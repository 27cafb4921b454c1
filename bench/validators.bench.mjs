// @socle/validators: bundle sizes (minified + brotli) and the throughput of isValidIban / isValidSiret
// beside established libraries doing the same check, in the same Node process, on the same inputs.
import { isValidIBAN } from 'ibantools';
import validator from 'validator';
import { isValidIban, isValidSiret } from '@socle/validators';
import { bundleSize } from '../scripts/bundle.mjs';
import { median, printTable, round } from './lib.mjs';

const RUNS = Number(process.env.BENCH_SAMPLES ?? 9);

const IBANS = [
  'FR7630006000011234567890189', 'FR1420041010050500013M02606', 'DE89370400440532013000', 'GB29NWBK60161331926819',
  'FR7630006000011234567890188', 'NO9386011117947', 'BE68539007547034', 'IT60X0542811101000000123456',
];
const SIRETS = ['73282932000074', '35600000000048', '73282932000075', '40483304800022', '12345678901234', '55210055400013'];

/** Calls per second of `check` over `inputs`, median of RUNS runs of at least 100 ms each. */
function throughput(check, inputs) {
  const rates = [];
  let sink = 0;
  for (let run = 0; run < RUNS; run += 1) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < 100) {
      for (let i = 0; i < 1000; i += 1) sink += check(inputs[i % inputs.length]) ? 1 : 0;
      calls += 1000;
      elapsed = performance.now() - start;
    }
    rates.push((calls / elapsed) * 1000);
  }
  if (sink < 0) console.log(sink); // keeps the calls observable
  return median(rates);
}

export async function run() {
  const names = ['validateNir', 'validateSiren', 'validateSiret', 'validateTvaFr', 'validateIban', 'validateBic', 'validateRib',
    'validateRna', 'validatePhoneFr', 'validatePostalCode', 'validateCommuneCode', 'validateEmail', 'validateDate', 'suggestEmailFix'];
  const sizes = [{ import: 'tout (* as all, messages fr+en compris)', ...(await bundleSize(`import * as all from '@socle/validators'; console.log(all);`)) }];
  for (const name of names) sizes.push({ import: name, ...(await bundleSize(`import { ${name} } from '@socle/validators'; console.log(${name});`)) });
  sizes.push({ import: 'ibantools (isValidIBAN)', ...(await bundleSize(`import { isValidIBAN } from 'ibantools'; console.log(isValidIBAN);`)) });
  printTable('@socle/validators — taille (octets, minifié puis brotli)', sizes);

  const iban = { socle: throughput(isValidIban, IBANS), ibantools: throughput(isValidIBAN, IBANS), validator: throughput((s) => validator.isIBAN(s), IBANS) };
  const siret = { socle: throughput(isValidSiret, SIRETS), validator: throughput((s) => validator.isLuhnNumber(s), SIRETS) };
  const speed = [
    { check: 'IBAN', library: '@socle/validators isValidIban', callsPerSecond: round(iban.socle, 0), ratio: 1 },
    { check: 'IBAN', library: 'ibantools isValidIBAN', callsPerSecond: round(iban.ibantools, 0), ratio: round(iban.socle / iban.ibantools) },
    { check: 'IBAN', library: 'validator isIBAN', callsPerSecond: round(iban.validator, 0), ratio: round(iban.socle / iban.validator) },
    { check: 'SIRET', library: '@socle/validators isValidSiret', callsPerSecond: round(siret.socle, 0), ratio: 1 },
    { check: 'SIRET', library: 'validator isLuhnNumber (Luhn seul)', callsPerSecond: round(siret.validator, 0), ratio: round(siret.socle / siret.validator) },
  ];
  printTable('Débit (appels par seconde, médiane ; ratio = socle / autre, > 1 : socle plus rapide)', speed);
  return { sizes, speed };
}
