import { XMLBuilder } from 'fast-xml-parser';
import type { ServiceModel } from './service-models';

/** An element's content for fast-xml-parser: text, child elements (repeated for arrays), or attributes (`@_`). */
export type XmlNode = string | { [name: string]: XmlNode | XmlNode[] };

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 holds in no form, not even as a reference: C0 controls other than tab, line feed and carriage
// return, U+FFFE, U+FFFF and lone surrogates. An error message that quotes one (`Value '\u0001' at 'userName'…`) would
// make the whole answer unreadable to an AWS SDK: they become U+FFFD.
const notXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}]/gu;
/** Either kind of character: a value with neither, most of them, is returned after one test. */
const needsWork = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}]/u;

/** Text escaped by one test of each value: most need nothing (the builder's own pass tries all five entities in turn). */
function escapeText(_name: string, value: unknown): unknown {
  if (typeof value !== 'string' || !needsWork.test(value)) return value;
  return value.replace(notXmlCharacters, '\uFFFD').replace(/[&<>"']/g, (character) => xmlEntities[character]!);
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
