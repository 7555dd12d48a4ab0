/** Municipality registry and site lists: the inputs of an inventory. */
export { listMunicipalities, registrySites, findMunicipality, selectSites } from './registry.ts';
export { parseSitesCsv } from './read-sites-csv.ts';
