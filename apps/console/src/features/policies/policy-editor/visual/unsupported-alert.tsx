import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import type { UnsupportedConstruct } from '../model/draft';

/** Says plainly what the visual editor cannot show, and why the statements holding it are read-only rather than dropping it. */
export function UnsupportedAlert({ unsupported }: { unsupported: readonly UnsupportedConstruct[] }) {
  return (
    <Alert type="warning" header="The visual editor can't show everything in this policy">
      <Box variant="p">
        Statements holding these are read-only here so that nothing in them is lost; edit them in the JSON editor. Other
        statements stay editable, and members of the policy itself are kept as written. Not shown here:
      </Box>
      <ul data-testid="unsupported-constructs">
        {unsupported.map(({ path, message }) => (
          <li key={path}>
            <Box variant="code">{path}</Box>: {message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
