import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import type { UnsupportedConstruct } from '../model/draft';

/** Says plainly what the visual editor cannot show, and why it is read-only rather than dropping it. */
export function UnsupportedAlert({ unsupported }: { unsupported: readonly UnsupportedConstruct[] }) {
  return (
    <Alert type="warning" header="The visual editor can't show everything in this policy">
      <Box variant="p">
        The visual editor is read-only for this policy so that nothing in it is lost. Make changes in the JSON editor. Not
        shown here:
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
