/** @socle/referentiels — embedded COG data, commune search, look-up fields. Importing this module registers nothing and loads no data. */
export { DATA_VINTAGE, DATA_SOURCE_VERSION } from './data/vintage.js';
export { searchCommunes, getCommune, getCommunesByPostalCode, communeLabel, loadCommuneIndex } from './communes/communes.js';
// The index class is loaded with the data, on the first look-up: `loadCommuneIndex()` gives the instance.
export type { CommuneIndex } from './communes/commune-index.js';
export { departementOf } from './communes/departement.js';
export type { Commune, CommuneType, SearchCommunesOptions, Departement, Region } from './communes/types.js';
export { listDepartements, listRegions, getDepartement, getRegion } from './territoires/territoires.js';
export { searchCountries, getCountry, listCountries, FRANCE_CODE, type Country, type CountryStatus, type SearchCountriesOptions } from './pays/pays.js';
export { listEpcis, getEpciOfCommune, type Epci } from './epci/epci.js';
export { foldText, searchWords, canonicalWord, nearPrefix } from './text/normalize.js';
export { SocleCommuneField } from './commune-field/commune-field.js';
export { SocleCountryField } from './country-field/country-field.js';
export { SocleDepartementSelect, SocleRegionSelect } from './territory-selects/territory-selects.js';
export { SocleAddressField, type AddressMode } from './address-field/address-field.js';
export { searchAddresses, parseGeoCodeJson, addressQuery, DEFAULT_ADDRESS_ENDPOINT, type Address, type AddressReply, type SearchAddressOptions } from './api/adresse.js';
export { searchCompanies, parseCompanies, companyQuery, DEFAULT_COMPANY_ENDPOINT, type Company, type CompanyReply, type SearchCompaniesOptions } from './api/entreprises.js';
export { parseBal, searchBal, splitCsvLine } from './api/bal.js';
export { getJson, retryAfterMs, type JsonReply } from './api/http.js';
export { SocleCompanyField, formatSiret, type CompanyMode } from './company-field/company-field.js';
