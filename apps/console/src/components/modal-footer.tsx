import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';

/** The footer of a dialog that asks for one action, as AWS's console lays it out: Cancel, then the action, on the right. */
export function ModalFooter({
  onCancel,
  actionLabel,
  onAction,
  loading,
  disabled,
}: {
  onCancel: () => void;
  actionLabel: string;
  onAction: () => void;
  loading?: boolean;
  disabled?: boolean;
}) {
  return (
    <Box float="right">
      <SpaceBetween direction="horizontal" size="xs">
        <Button variant="link" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="primary" loading={loading} disabled={disabled} onClick={onAction}>
          {actionLabel}
        </Button>
      </SpaceBetween>
    </Box>
  );
}
