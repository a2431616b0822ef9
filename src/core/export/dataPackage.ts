import { z } from 'zod';
import { dataVersionLabel, type DataVersion } from '../model/dataVersion.ts';

/** A Frictionless Table Schema field (https://specs.frictionlessdata.io/table-schema/). */
export interface TableSchemaField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  constraints?: { required?: boolean; enum?: string[] };
}

interface JsonSchemaProperty {
  type?: string;
  enum?: string[];
  description?: string;
}

/**
 * Derives a Table Schema from a row's zod schema (through zod's JSON Schema), so that the
 * published schema cannot drift from the columns actually written.
 */
export function tableSchemaOf(schema: z.ZodObject, primaryKey?: string): { fields: TableSchemaField[]; primaryKey?: string } {
  const json = z.toJSONSchema(schema, { io: 'output' }) as { properties: Record<string, JsonSchemaProperty>; required?: string[] };
  const required = new Set(json.required ?? []);
  const fields = Object.entries(json.properties).map(([name, property]): TableSchemaField => {
    const type = property.type === 'integer' ? 'integer' : property.type === 'number' ? 'number' : property.type === 'boolean' ? 'boolean' : 'string';
    const field: TableSchemaField = { name, type };
    if (property.description) field.description = property.description;
    const constraints: NonNullable<TableSchemaField['constraints']> = {};
    if (required.has(name)) constraints.required = true;
    if (property.enum) constraints.enum = property.enum;
    if (Object.keys(constraints).length > 0) field.constraints = constraints;
    return field;
  });
  return primaryKey ? { fields, primaryKey } : { fields };
}

export interface PackagedResource {
  name: string;
  path: string;
  title: string;
  /** CSV unless stated: the whole dataset's figures are one Parquet file. */
  format?: 'csv' | 'parquet';
  schema: z.ZodObject;
  primaryKey?: string;
  bytes: number;
}

/** The `datapackage.json` descriptor (Frictionless Tabular Data Package) for the whole dataset's tables. */
export function dataPackageDescriptor(version: DataVersion, resources: readonly PackagedResource[], homepage: string): object {
  return {
    profile: 'tabular-data-package',
    name: 'minhbach',
    title: 'minhbach: kế hoạch, chỉ tiêu và kết quả / plans, targets and results',
    description: 'Targets and results of government plans, each figure with its source document and quoted sentence.',
    homepage,
    version: dataVersionLabel(version, 'en'),
    ...(version.date ? { created: `${version.date}T00:00:00Z` } : {}),
    resources: resources.map((resource) => ({
      name: resource.name,
      path: resource.path,
      title: resource.title,
      profile: 'tabular-data-resource',
      ...(resource.format === 'parquet'
        ? { format: 'parquet', mediatype: 'application/vnd.apache.parquet', bytes: resource.bytes }
        : {
            format: 'csv',
            mediatype: 'text/csv',
            encoding: 'utf-8',
            bytes: resource.bytes,
            dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
          }),
      schema: tableSchemaOf(resource.schema, resource.primaryKey),
    })),
  };
}
