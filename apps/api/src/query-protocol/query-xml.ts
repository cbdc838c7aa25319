import { XMLBuilder } from 'fast-xml-parser';
import type { ServiceModel } from './service-models';

/** An element's content for fast-xml-parser: text, child elements (repeated for arrays), or attributes (`@_`). */
export type XmlNode = string | { [name: string]: XmlNode | XmlNode[] };

const xmlSpecial = /[&<>"']/;
const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text escaped by one test of each value: most hold none of the five characters (the builder's own pass tries all five in turn). */
function escapeText(_name: string, value: unknown): unknown {
  return typeof value === 'string' && xmlSpecial.test(value) ? value.replace(/[&<>"']/g, (character) => xmlEntities[character]!) : value;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  tagValueProcessor: escapeText,
  attributeValueProcessor: escapeText,
});

/** `<XResponse xmlns=…><XResult>…</XResult><ResponseMetadata><RequestId>…` (no XResult for an action without output). */
export function responseXml(model: ServiceModel, action: string, resultWrapper: string | null, result: XmlNode, requestId: string): string {
  return builder.build({
    [`${action}Response`]: {
      '@_xmlns': model.xmlNamespace,
      ...(resultWrapper === null ? {} : { [resultWrapper]: result }),
      ResponseMetadata: { RequestId: requestId },
    },
  }) as string;
}

/** `<ErrorResponse><Error><Type>Sender|Receiver</Type><Code/><Message/></Error><RequestId/></ErrorResponse>`. */
export function errorXml(model: ServiceModel, error: { type: 'Sender' | 'Receiver'; code: string; message: string }, requestId: string): string {
  return builder.build({
    ErrorResponse: {
      '@_xmlns': model.xmlNamespace,
      Error: { Type: error.type, Code: error.code, Message: error.message },
      RequestId: requestId,
    },
  }) as string;
}
