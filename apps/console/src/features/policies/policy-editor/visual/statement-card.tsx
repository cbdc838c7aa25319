'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { PolicyKind } from '@gatehouse/evaluator';
import { useCatalog } from '../../../catalog/catalog-provider';
import type { StatementDraft } from '../model/draft';
import {
  addService,
  duplicateStatement,
  removeService,
  removeStatement,
  selectActions,
  setAllServiceActions,
  setEffect,
  setNotAction,
  setSid,
} from '../model/edits';
import { actionService } from '../model/services';
import { ActionsByAccessLevel } from './actions-by-access-level';
import { ConditionsSection } from './conditions-section';
import { NegationToggle } from './negation-toggle';
import { PrincipalSection } from './principal-section';
import { ResourcesSection } from './resources-section';
import { ServicePicker } from './service-picker';
import type { ApplyEdit } from './statement-edit';

export interface StatementCardProps {
  statement: StatementDraft;
  /** Position in the Statement list, counting from 0. */
  statementIndex: number;
  kind: PolicyKind;
  readOnly: boolean;
  canRemove: boolean;
  apply: ApplyEdit;
}

/** One statement as a block: effect, principals (trust policies), actions per service, resources, conditions. */
export function StatementCard({ statement, statementIndex, kind, readOnly, canRemove, apply }: StatementCardProps) {
  const services = statement.services;
  const catalog = useCatalog();
  const serviceNames = services.map((s) => (s === '*' ? 'All services' : (catalog.getService(s)?.name ?? s)));
  return (
    <div data-testid={`statement-${statementIndex + 1}`}>
      <Container
        header={
          <Header
            variant="h2"
            description={`${statement.effect ?? 'No effect'} · ${serviceNames.length > 0 ? serviceNames.join(', ') : 'No service chosen'}`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={readOnly} onClick={() => apply((d) => duplicateStatement(d, statement.id))}>
                  Duplicate
                </Button>
                <Button disabled={!canRemove} onClick={() => apply((d) => removeStatement(d, statement.id))}>
                  Remove
                </Button>
              </SpaceBetween>
            }
          >
            Statement {statementIndex + 1}
          </Header>
        }
      >
        <SpaceBetween size="l">
          <SpaceBetween direction="horizontal" size="xxl">
            <FormField label="Effect">
              <RadioGroup
                value={statement.effect ?? null}
                readOnly={readOnly}
                items={[
                  { value: 'Allow', label: 'Allow' },
                  { value: 'Deny', label: 'Deny' },
                ]}
                onChange={({ detail }) => apply((d) => setEffect(d, statement.id, detail.value as 'Allow' | 'Deny'))}
              />
            </FormField>
            <FormField label="Statement ID (Sid)" constraintText="Letters and digits only. Optional.">
              <Input value={statement.sid ?? ''} readOnly={readOnly} onChange={({ detail }) => apply((d) => setSid(d, statement.id, detail.value))} />
            </FormField>
          </SpaceBetween>

          {(kind === 'trust' || kind === 'resource' || statement.principal !== undefined) && (
            <PrincipalSection statement={statement} readOnly={readOnly} apply={apply} />
          )}

          {statement.actions !== undefined && (
            <SpaceBetween size="s">
              <NegationToggle
                element="NotAction"
                everything="action"
                checked={statement.notAction}
                readOnly={readOnly}
                onChange={(not) => apply((d) => setNotAction(d, statement.id, not))}
              />
              {services.map((service) => (
                <ServiceSection key={service} statement={statement} service={service} readOnly={readOnly} apply={apply} />
              ))}
              <FormField
                label={services.length === 0 ? 'Service' : undefined}
                description={services.length === 0 ? 'Choose a service, then the actions to allow or deny.' : undefined}
              >
                <ServicePicker
                  exclude={services}
                  disabled={readOnly}
                  placeholder={services.length === 0 ? 'Choose a service' : 'Add actions from another service'}
                  onChoose={(service) => apply((d) => addService(d, statement.id, service))}
                />
              </FormField>
            </SpaceBetween>
          )}

          {statement.resources !== undefined && <ResourcesSection statement={statement} readOnly={readOnly} apply={apply} />}

          <ConditionsSection statement={statement} readOnly={readOnly} apply={apply} />
        </SpaceBetween>
      </Container>
    </div>
  );
}

function ServiceSection({
  statement,
  service,
  readOnly,
  apply,
}: {
  statement: StatementDraft;
  service: string;
  readOnly: boolean;
  apply: ApplyEdit;
}) {
  const actions = (statement.actions ?? []).filter((a) => actionService(a) === service);
  if (service === '*') {
    return (
      <ExpandableSection variant="container" headerText="All services" headerDescription="Action: * — every action of every service" defaultExpanded>
        <Box>The statement applies to every action. Edit it in the JSON editor to narrow it down.</Box>
      </ExpandableSection>
    );
  }
  const name = useCatalog().getService(service)?.name ?? service;
  return (
    <ExpandableSection
      variant="container"
      defaultExpanded
      headerText={name}
      headerDescription={actions.length === 0 ? `Choose the actions ${statement.notAction ? 'excluded' : statement.effect === 'Deny' ? 'denied' : 'allowed'}` : `${actions.length} ${actions.length === 1 ? 'action' : 'actions'} · ${service}`}
      headerActions={
        <Button disabled={readOnly} onClick={() => apply((d) => removeService(d, statement.id, service))} ariaLabel={`Remove ${name}`}>
          Remove service
        </Button>
      }
    >
      <ActionsByAccessLevel
        service={service}
        actions={actions}
        readOnly={readOnly}
        onSelect={(chosen, selected) => apply((d) => selectActions(d, statement.id, chosen, selected))}
        onSelectAll={(all) => apply((d) => setAllServiceActions(d, statement.id, service, all))}
      />
    </ExpandableSection>
  );
}
