import { OTHER_CHOICE } from '@bma-kpi/contracts-catalog';
import type { CatalogResource, DatasetMetadata } from '@bma-kpi/contracts-catalog';

import { datasetSlug } from './dataset-slug.util';
import { frequencyIri } from './dcat-frequency.data';

/** One dataset of a catalog with its distributions. */
export interface DcatDatasetInput {
  metadata: DatasetMetadata;
  resources: readonly CatalogResource[];
}

/** A catalog to publish as DCAT: its IRI, which also prefixes dataset and organisation IRIs. */
export interface DcatCatalogInput {
  uri: string;
  title: string;
  description?: string;
  datasets: readonly DcatDatasetInput[];
}

/** A JSON-LD node. */
export type JsonLdNode = Record<string, unknown>;

// NOTE: `thgdc` is our own namespace for thai_gdc fields; no published vocabulary defines them.
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  thgdc: 'https://data.bangkok.go.th/ns/thai-gdc#',
} as const;

const thai = (value: string): JsonLdNode => ({ '@value': value, '@language': 'th' });
const english = (value: string): JsonLdNode => ({ '@value': value, '@language': 'en' });
const date = (value: string): JsonLdNode => ({ '@value': value, '@type': 'xsd:date' });
const trimmedBase = (uri: string): string => uri.replace(/\/+$/u, '');

/** Returns the chosen value, or the free text of its `…_other` field when `อื่นๆ` is chosen. */
function chosenText(value: string, other: string | undefined): string {
  return value === OTHER_CHOICE && other !== undefined ? other : value;
}

function keywords(tagString: string): string[] {
  return tagString
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

function accessRights(metadata: DatasetMetadata): JsonLdNode {
  const labels = [metadata.data_category, metadata.data_classification, metadata.accessible_condition];

  return {
    '@type': 'dct:RightsStatement',
    'rdfs:label': labels.filter((label): label is NonNullable<typeof label> => label !== undefined).map(thai),
  };
}

function distribution(resource: CatalogResource, license: string): JsonLdNode {
  return {
    '@type': 'dcat:Distribution',
    'dct:title': thai(resource.name),
    ...(resource.description === undefined ? {} : { 'dct:description': thai(resource.description) }),
    'dcat:accessURL': { '@id': resource.url },
    'dct:format': resource.format,
    'dct:license': { '@type': 'dct:LicenseDocument', 'rdfs:label': license },
  };
}

function optionalProperties(metadata: DatasetMetadata): JsonLdNode {
  const frequency = frequencyIri(metadata.update_frequency_unit, metadata.update_frequency_interval);

  return {
    ...(frequency === undefined ? {} : { 'dct:accrualPeriodicity': { '@id': frequency } }),
    ...(metadata.url === undefined ? {} : { 'dcat:landingPage': { '@id': metadata.url } }),
    ...(metadata.created_date === undefined ? {} : { 'dct:issued': date(metadata.created_date) }),
    ...(metadata.last_updated_date === undefined ? {} : { 'dct:modified': date(metadata.last_updated_date) }),
  };
}

function datasetNode(base: string, input: DcatDatasetInput, name: string): JsonLdNode {
  const { metadata } = input;
  const license = chosenText(metadata.license_id, metadata.license_id_other);

  return {
    '@id': `${base}/datasets/${name}`,
    '@type': 'dcat:Dataset',
    'dct:identifier': name,
    'dct:title': metadata.titleEn === undefined ? [thai(metadata.title)] : [thai(metadata.title), english(metadata.titleEn)],
    'dct:description': thai(metadata.notes),
    'dcat:keyword': keywords(metadata.tag_string).map(thai),
    'dct:publisher': { '@id': `${base}/organization/${metadata.owner_org}`, '@type': 'foaf:Agent', 'foaf:name': metadata.owner_org },
    'dcat:contactPoint': {
      '@type': 'vcard:Organization',
      'vcard:fn': metadata.maintainer,
      'vcard:hasEmail': { '@id': `mailto:${metadata.maintainer_email}` },
    },
    'dct:spatial': { '@type': 'dct:Location', 'rdfs:label': thai(chosenText(metadata.geo_coverage, metadata.geo_coverage_other)) },
    'dct:accessRights': accessRights(metadata),
    ...optionalProperties(metadata),
    'thgdc:dataType': chosenText(metadata.data_type, metadata.data_type_other),
    'thgdc:objective': metadata.objective.map((objective) => chosenText(objective, metadata.objective_other)),
    'thgdc:dataSource': metadata.data_source,
    'thgdc:updateFrequency': { 'thgdc:unit': metadata.update_frequency_unit, 'thgdc:interval': metadata.update_frequency_interval ?? '1' },
    'dcat:distribution': input.resources.map((resource) => distribution(resource, license)),
  };
}

/**
 * Maps a catalog to DCAT-AP JSON-LD. Title, notes and tags become dct:title, dct:description
 * and dcat:keyword, and the update frequency becomes an EU frequency IRI where one fits.
 * Data category, classification and access conditions become dct:accessRights, and the
 * organisation becomes dct:publisher. Resources become dcat:distribution with format and
 * licence. Fields that DCAT has no property for go under the `thgdc:` namespace.
 */
export function toDcatJsonLd(catalog: DcatCatalogInput): JsonLdNode {
  const base = trimmedBase(catalog.uri);
  const names = new Set<string>();
  const datasets = catalog.datasets.map((input) => {
    const name = input.metadata.name ?? datasetSlug(input.metadata.title, input.metadata.titleEn, names);

    names.add(name);

    return datasetNode(base, input, name);
  });

  return { ...toDcatCatalogNode(catalog), 'dcat:dataset': datasets };
}

/** Maps the catalog itself, without its datasets, to a `dcat:Catalog` node; see toDcatJsonLd. */
export function toDcatCatalogNode(catalog: Omit<DcatCatalogInput, 'datasets'>): JsonLdNode {
  return {
    '@context': DCAT_CONTEXT,
    '@id': trimmedBase(catalog.uri),
    '@type': 'dcat:Catalog',
    'dct:title': thai(catalog.title),
    ...(catalog.description === undefined ? {} : { 'dct:description': thai(catalog.description) }),
  };
}

/** Maps one dataset named by its slug to a `dcat:Dataset` node under the catalog IRI; see toDcatJsonLd. */
export function toDcatDatasetNode(catalogUri: string, input: DcatDatasetInput, slug: string): JsonLdNode {
  return datasetNode(trimmedBase(catalogUri), input, slug);
}
