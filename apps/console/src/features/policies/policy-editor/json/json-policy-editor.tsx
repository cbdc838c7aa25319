'use client';

import { jsonLanguage, json } from '@codemirror/lang-json';
import { lintGutter } from '@codemirror/lint';
import { EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { PolicyFinding, PolicyKind, TextPosition } from '@gatehouse/evaluator';
import CodeMirror, { ExternalChange, type ReactCodeMirrorRef } from '@uiw/react-codemirror';
import { useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { useCatalog, useCustomServices } from '../../../catalog/catalog-provider';
import { policyCompletions } from './completions';
import { findingRange, policyLinter } from './lint';
import styles from './json-policy-editor.module.css';

/** What the policy editor can ask of the JSON editor: put the cursor on a finding, or at a line and column. */
export interface JsonPolicyEditorHandle {
  revealFinding: (finding: PolicyFinding) => void;
  placeCursor: (at: TextPosition) => void;
}

export interface JsonPolicyEditorProps {
  value: string;
  onChange: (text: string) => void;
  kind: PolicyKind;
  readOnly?: boolean;
  /** Told where the person put the cursor (not where a replaced text left it), 1-based. */
  onCursorChange?: (at: TextPosition) => void;
  ref?: Ref<JsonPolicyEditorHandle>;
}

/** CodeMirror 6 over the policy text: JSON highlighting, evaluator findings inline, IAM-aware autocomplete. */
export function JsonPolicyEditor({ value, onChange, kind, readOnly = false, onCursorChange, ref }: JsonPolicyEditorProps) {
  const editor = useRef<ReactCodeMirrorRef>(null);
  const cursorListener = useRef(onCursorChange);
  cursorListener.current = onCursorChange;
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
      EditorView.updateListener.of((update) => {
        if (!update.selectionSet || !cursorListener.current || update.transactions.some((tr) => tr.annotation(ExternalChange))) return;
        const head = update.state.selection.main.head;
        const line = update.state.doc.lineAt(head);
        cursorListener.current({ line: line.number, column: head - line.from + 1 });
      }),
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
      placeCursor({ line, column }) {
        const view = editor.current?.view;
        if (!view) return;
        const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
        const at = Math.min(target.from + column - 1, target.to);
        view.dispatch({ selection: EditorSelection.cursor(at), effects: EditorView.scrollIntoView(at, { y: 'center' }) });
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
