'use client';

import { jsonLanguage, json } from '@codemirror/lang-json';
import { lintGutter } from '@codemirror/lint';
import { EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { PolicyFinding, PolicyKind } from '@gatehouse/evaluator';
import CodeMirror, { type ReactCodeMirrorRef } from '@uiw/react-codemirror';
import { useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { useCatalog, useCustomServices } from '../../../catalog/catalog-provider';
import { policyCompletions } from './completions';
import { findingRange, policyLinter } from './lint';
import styles from './json-policy-editor.module.css';

/** What the policy editor can ask of the JSON editor: put the cursor on a finding. */
export interface JsonPolicyEditorHandle {
  revealFinding: (finding: PolicyFinding) => void;
}

export interface JsonPolicyEditorProps {
  value: string;
  onChange: (text: string) => void;
  kind: PolicyKind;
  readOnly?: boolean;
  ref?: Ref<JsonPolicyEditorHandle>;
}

/** CodeMirror 6 over the policy text: JSON highlighting, evaluator findings inline, IAM-aware autocomplete. */
export function JsonPolicyEditor({ value, onChange, kind, readOnly = false, ref }: JsonPolicyEditorProps) {
  const editor = useRef<ReactCodeMirrorRef>(null);
  const catalog = useCatalog();
  const services = useCustomServices();
  const extensions = useMemo(
    () => [
      json(),
      jsonLanguage.data.of({ autocomplete: policyCompletions(catalog) }),
      policyLinter(kind, services),
      lintGutter(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Policy JSON' }),
    ],
    [kind, catalog, services],
  );

  useImperativeHandle(
    ref,
    () => ({
      revealFinding(finding) {
        const view = editor.current?.view;
        if (!view) return;
        const { from, to } = findingRange(view.state.doc, finding);
        view.dispatch({ selection: EditorSelection.range(from, to), effects: EditorView.scrollIntoView(from, { y: 'center' }) });
        view.focus();
      },
    }),
    [],
  );

  return (
    <div className={styles.frame} data-testid="json-policy-editor">
      <CodeMirror
        ref={editor}
        value={value}
        onChange={onChange}
        extensions={extensions}
        readOnly={readOnly}
        editable={!readOnly}
        height="420px"
        theme="light"
        basicSetup={{ foldGutter: true, highlightActiveLine: true, autocompletion: true, closeBrackets: true, tabSize: 4 }}
      />
    </div>
  );
}
