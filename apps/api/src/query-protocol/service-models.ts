import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * AWS's published service models for IAM and STS (from the `aws-sdk` v2 package, Apache-2.0: see
 * apps/api/aws-models/NOTICE.txt), the one source of the Query protocol's wire shapes: parameter names, list and map
 * encodings, value types and output wrappers. Nothing here is typed out by hand.
 */
export interface Shape {
  type?: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'boolean' | 'timestamp' | 'blob' | 'double' | 'float';
  /** A reference to a named shape of the model, resolved by `resolveShape`. */
  shape?: string;
  members?: Record<string, Shape>;
  required?: string[];
  member?: Shape;
  key?: Shape;
  value?: Shape;
  sensitive?: boolean;
  resultWrapper?: string;
}

export interface ServiceOperation {
  input?: Shape;
  output?: Shape;
}

interface ServiceModelFile {
  metadata: { apiVersion: string; endpointPrefix: string; xmlNamespace: string };
  operations: Record<string, ServiceOperation>;
  shapes: Record<string, Shape>;
}

export interface ServiceModel {
  /** The SigV4 signing name and CloudTrail event source prefix: `iam` or `sts`. */
  service: 'iam' | 'sts';
  apiVersion: string;
  xmlNamespace: string;
  operations: Record<string, ServiceOperation>;
  /** The shape itself, with a reference replaced by the named shape it points at. */
  resolveShape(shape: Shape): Shape;
}

function loadModel(file: string): ServiceModel {
  const model = JSON.parse(readFileSync(fileURLToPath(new URL(`../../aws-models/${file}`, import.meta.url)), 'utf8')) as ServiceModelFile;
  const service = model.metadata.endpointPrefix;
  if (service !== 'iam' && service !== 'sts') throw new Error(`unexpected service model ${file}`);
  return {
    service,
    apiVersion: model.metadata.apiVersion,
    xmlNamespace: model.metadata.xmlNamespace,
    operations: model.operations,
    resolveShape: (shape) => (shape.shape === undefined ? shape : { ...model.shapes[shape.shape], ...withoutReference(shape) }),
  };
}

function withoutReference(shape: Shape): Shape {
  const { shape: _reference, ...rest } = shape;
  return rest;
}

export const serviceModels: readonly ServiceModel[] = [loadModel('iam-2010-05-08.min.json'), loadModel('sts-2011-06-15.min.json')];
