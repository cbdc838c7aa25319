'use client';

import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Tabs from '@cloudscape-design/components/tabs';
import type { FindingSeverity, PolicyFinding } from '@gatehouse/evaluator';
import { useState } from 'react';
import { mostSevereTab } from './findings-tab';
import styles from './findings-summary.module.css';

const GROUPS: Array<{ severity: FindingSeverity; label: string; status: StatusIndicatorProps.Type; empty: string }> = [
  { severity: 'ERROR', label: 'Errors', status: 'error', empty: 'No errors.' },
  { severity: 'SECURITY_WARNING', label: 'Security', status: 'warning', empty: 'No security warnings.' },
  { severity: 'WARNING', label: 'Warnings', status: 'warning', empty: 'No warnings.' },
  { severity: 'SUGGESTION', label: 'Suggestions', status: 'info', empty: 'No suggestions.' },
];

/** Access Analyzer's policy validation panel: one tab per severity with a count, each finding linked to its line. */
export function FindingsSummary({
  findings,
  onSelect,
}: {
  findings: readonly PolicyFinding[];
  onSelect?: (finding: PolicyFinding) => void;
}) {
  // The most severe findings' tab opens; a tab the user picks stays until the most severe kind of finding changes.
  const preferred = mostSevereTab(findings);
  const [picked, setPicked] = useState<{ tab: string; preferred: FindingSeverity } | undefined>();
  const activeTabId = picked && picked.preferred === preferred ? picked.tab : preferred;
  return (
    <div data-testid="policy-findings">
      <Tabs
        activeTabId={activeTabId}
        onChange={({ detail }) => setPicked({ tab: detail.activeTabId, preferred })}
        variant="container"
        tabs={GROUPS.map(({ severity, label, status, empty }) => {
          const group = findings.filter((f) => f.severity === severity);
          return {
            id: severity,
            label: `${label}: ${group.length}`,
            content:
              group.length === 0 ? (
                <Box color="text-status-inactive">{empty}</Box>
              ) : (
                <SpaceBetween size="xs">
                  {group.map((finding, index) => (
                    <FindingRow key={`${finding.code}-${finding.path}-${index}`} finding={finding} status={status} onSelect={onSelect} />
                  ))}
                </SpaceBetween>
              ),
          };
        })}
      />
    </div>
  );
}

function FindingRow({
  finding,
  status,
  onSelect,
}: {
  finding: PolicyFinding;
  status: StatusIndicatorProps.Type;
  onSelect?: (finding: PolicyFinding) => void;
}) {
  const position = finding.line === undefined ? finding.path : `Ln ${finding.line}, Col ${finding.column ?? 1}`;
  return (
    <div data-finding-code={finding.code} className={styles.row}>
      <StatusIndicator type={status} iconAriaLabel={finding.severity} />
      {onSelect ? (
        <Link variant="secondary" onFollow={() => onSelect(finding)}>
          {position}
        </Link>
      ) : (
        <span>{position}</span>
      )}
      <span>{finding.message}</span>
      {finding.help && (
        <Box variant="small" color="text-body-secondary">
          {finding.help}
        </Box>
      )}
    </div>
  );
}
