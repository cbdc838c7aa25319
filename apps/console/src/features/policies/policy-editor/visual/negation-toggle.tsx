'use client';

import Toggle from '@cloudscape-design/components/toggle';

/**
 * AWS's "Switch to NotAction" (and NotResource, NotPrincipal): the same list, meaning everything except those listed.
 * `element` is the IAM element name, shown so that the JSON it writes is never a surprise.
 */
export function NegationToggle({
  element,
  everything,
  checked,
  readOnly,
  onChange,
}: {
  element: 'NotAction' | 'NotResource' | 'NotPrincipal';
  /** What "everything" is: "action", "resource", "principal". */
  everything: string;
  checked: boolean;
  readOnly: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Toggle checked={checked} readOnly={readOnly} onChange={({ detail }) => onChange(detail.checked)} description={`Writes ${element} instead of ${element.slice(3)}.`}>
      Every {everything} except those listed ({element})
    </Toggle>
  );
}
