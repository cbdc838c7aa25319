'use client';

import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { PolicyKind } from '@gatehouse/evaluator';
import type { PolicyDraft } from '../model/draft';
import { addStatement, isStatementEditable } from '../model/edits';
import { StatementCard } from './statement-card';
import type { ApplyEdit } from './statement-edit';
import { UnsupportedAlert } from './unsupported-alert';

/** Statements as blocks. A statement holding something the draft cannot show is read-only; the others stay editable. */
export function VisualPolicyEditor({ draft, kind, apply }: { draft: PolicyDraft; kind: PolicyKind; apply: ApplyEdit }) {
  return (
    <SpaceBetween size="l">
      {draft.unsupported.length > 0 && <UnsupportedAlert unsupported={draft.unsupported} />}
      {draft.statements.map((statement, statementIndex) => (
        <StatementCard
          key={statement.id}
          statement={statement}
          statementIndex={statementIndex}
          kind={kind}
          readOnly={!isStatementEditable(draft, statement.id)}
          canRemove={draft.statements.length > 1}
          apply={apply}
        />
      ))}
      <Button iconName="add-plus" onClick={() => apply((d) => addStatement(d, kind))}>
        Add new statement
      </Button>
    </SpaceBetween>
  );
}
