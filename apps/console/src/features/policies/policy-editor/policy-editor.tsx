'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { PolicyFinding, PolicyKind, TextPosition } from '@gatehouse/evaluator';
import { useEffect, useRef, useState } from 'react';
import { FindingsSummary } from './json/findings-summary';
import { JsonPolicyEditor, type JsonPolicyEditorHandle } from './json/json-policy-editor';
import { StatementSidePanel } from './json/statement-side-panel';
import layout from './json-editor-layout.module.css';
import { usePolicyFindings } from './json/use-policy-findings';
import type { PolicyDraft } from './model/draft';
import { fromJson, type FromJsonResult } from './model/from-json';
import { toJson } from './model/to-json';
import { VisualPolicyEditor } from './visual/visual-policy-editor';

export type PolicyEditorMode = 'visual' | 'json';

export interface PolicyEditorProps {
  /** Which rules validation applies: identity, trust, boundary… The same editor serves them all. */
  kind: PolicyKind;
  /** The policy text; this is what gets saved. */
  value: string;
  onChange: (text: string) => void;
  mode: PolicyEditorMode;
  onModeChange: (mode: PolicyEditorMode) => void;
}

/**
 * The policy editor: the text is the truth; the visual editor works on a draft read from it and writes canonical
 * text back. Findings of `validatePolicy` are shown under both, like IAM Access Analyzer's policy validation.
 */
export function PolicyEditor({ kind, value, onChange, mode, onModeChange }: PolicyEditorProps) {
  // The draft the visual editor shows, with the text it was read from or written as. It is only re-read when the text
  // changed elsewhere (the JSON editor, the page), so services picked without actions survive visual edits.
  const [view, setView] = useState<{ text: string; result: FromJsonResult } | null>(null);
  let current = view;
  if (mode === 'visual' && current?.text !== value) {
    current = { text: value, result: fromJson(value) };
    setView(current);
  }

  const apply = (edit: (draft: PolicyDraft) => PolicyDraft) => {
    if (!current?.result.ok) return;
    const draft = edit(current.result.draft);
    const text = toJson(draft);
    setView({ text, result: { ok: true, draft } });
    onChange(text);
  };

  const jsonEditor = useRef<JsonPolicyEditorHandle>(null);
  const [pendingReveal, setPendingReveal] = useState<PolicyFinding | null>(null);
  useEffect(() => {
    if (mode === 'json' && pendingReveal) {
      jsonEditor.current?.revealFinding(pendingReveal);
      setPendingReveal(null);
    }
  }, [mode, pendingReveal]);
  const reveal = (finding: PolicyFinding) => {
    setPendingReveal(finding);
    if (mode !== 'json') onModeChange('json');
  };

  const findings = usePolicyFindings(value, kind);
  const [cursor, setCursor] = useState<TextPosition>({ line: 1, column: 1 });
  // After a side-panel edit the cursor goes back into the statement, once the editor holds the new text.
  const [pendingCursor, setPendingCursor] = useState<TextPosition | null>(null);
  useEffect(() => {
    if (pendingCursor) {
      jsonEditor.current?.placeCursor(pendingCursor);
      setPendingCursor(null);
    }
  }, [value, pendingCursor]);

  return (
    <SpaceBetween size="l">
      <Header
        variant="h2"
        actions={
          <SegmentedControl
            label="Policy editor mode"
            selectedId={mode}
            options={[
              { id: 'visual', text: 'Visual' },
              { id: 'json', text: 'JSON' },
            ]}
            onChange={({ detail }) => onModeChange(detail.selectedId as PolicyEditorMode)}
          />
        }
      >
        Policy editor
      </Header>
      {mode === 'json' ? (
        <div className={layout.room}>
          <div className={layout.layout}>
            <SpaceBetween size="xs">
              <JsonPolicyEditor ref={jsonEditor} value={value} onChange={onChange} kind={kind} onCursorChange={setCursor} />
              <Box variant="small" color="text-body-secondary" textAlign="right">
                {characterCount(value).toLocaleString('en-US')} characters, not counting white space
              </Box>
            </SpaceBetween>
            <StatementSidePanel text={value} cursor={cursor} onChange={onChange} onPlaceCursor={(at) => { setCursor(at); setPendingCursor(at); }} />
          </div>
        </div>
      ) : current?.result.ok ? (
        <VisualPolicyEditor draft={current.result.draft} kind={kind} apply={apply} />
      ) : (
        <Alert
          type="error"
          header="The visual editor can't read this policy"
          action={<Button onClick={() => onModeChange('json')}>Edit JSON</Button>}
        >
          Fix these errors in the JSON editor first:
          <ul>
            {(current?.result.ok === false ? current.result.findings : []).map((finding) => (
              <li key={`${finding.code}-${finding.path}`}>
                {finding.line !== undefined && `Ln ${finding.line}, Col ${finding.column ?? 1}: `}
                {finding.message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <FindingsSummary findings={findings} onSelect={reveal} />
    </SpaceBetween>
  );
}

/** IAM counts a policy's size without white space (the 6,144-character managed policy quota). */
function characterCount(text: string): number {
  return text.replace(/\s/g, '').length;
}
