'use client';

import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { PolicyKind } from '@gatehouse/evaluator';
import type { PolicyDraft } from '../model/draft';
import { addStatement } from '../model/edits';
import { StatementCard } from './statement-card';
import type { ApplyEdit } from './statement-edit';
import { UnsupportedAlert } from './unsupported-alert';

/** Statements as blocks. Read-only whenever the draft holds something it cannot show. */
export function VisualPolicyEditor({ draft, kind, apply }: { draft: PolicyDraft; kind: PolicyKind; apply: ApplyEdit }) {
  const readOnly = draft.unsupported.length > 0;
  return (
    <SpaceBetween size="l">
      {readOnly && <UnsupportedAlert unsupported={draft.unsupported} />}
      {draft.statements.map((statement, statementIndex) => (
        <StatementCard
          key={statement.id}
          statement={statement}
          statementIndex={statementIndex}
          kind={kind}
          readOnly={readOnly}
          canRemove={draft.statements.length > 1}
          apply={apply}
        />
      ))}
      <Button iconName="add-plus" disabled={readOnly} onClick={() => apply((d) => addStatement(d, kind))}>
        Add new statement
      </Button>
    </SpaceBetween>
  );
}
