// Policies → Create policy, as a person uses it: the labels and buttons on screen, no test ids where words suffice.
import type { Page } from 'playwright-core';
import { waitForHydration } from '../harness/hydration';

export class CreatePolicyPage {
  constructor(private readonly page: Page) {}

  private get baseUrl(): string {
    const url = process.env.GATEHOUSE_CONSOLE_URL;
    if (!url) throw new Error('GATEHOUSE_CONSOLE_URL is not set: run the browser tests through jest.e2e.config.cjs');
    return url;
  }

  async open(editor: 'visual' | 'json' = 'visual'): Promise<void> {
    await this.page.goto(`${this.baseUrl}/policies/create${editor === 'json' ? '?editor=json' : ''}`);
    await this.page.getByRole('heading', { name: 'Policy editor' }).waitFor();
    // The editor's pickers are server-rendered: a click on one before hydration would be lost.
    await waitForHydration(this.page.getByRole('heading', { name: 'Policy editor' }));
    if (editor === 'json') await this.page.locator('.cm-content').waitFor();
  }

  async chooseService(picker: string, search: string, serviceName: string): Promise<void> {
    await this.page.getByRole('button', { name: picker }).click();
    await this.page.getByPlaceholder('Search services').fill(search);
    await this.page.getByRole('option', { name: `${serviceName} ${search}`, exact: true }).click();
    await this.page.getByRole('button', { name: new RegExp(`^${serviceName}`) }).waitFor();
  }

  async checkAction(accessLevel: string, actionName: string): Promise<void> {
    const section = this.page.getByRole('button', { name: new RegExp(`^${accessLevel} \\(`) });
    if ((await section.getAttribute('aria-expanded')) !== 'true') await section.click();
    await this.page.getByRole('checkbox', { name: actionName, exact: true }).check();
  }

  async collapseAccessLevel(accessLevel: string): Promise<void> {
    const section = this.page.getByRole('button', { name: new RegExp(`^${accessLevel} \\(`) });
    if ((await section.getAttribute('aria-expanded')) === 'true') await section.click();
  }

  /** "Add ARNs" for a resource type: fills the named fields and ticks "Any …" for the others. */
  async addArn(resourceType: string, fields: Record<string, string>, anyFields: string[]): Promise<void> {
    await this.page.getByRole('button', { name: `Add ARNs for ${resourceType}` }).click();
    const modal = this.page.getByRole('dialog');
    for (const [label, value] of Object.entries(fields)) await modal.getByLabel(label, { exact: true }).fill(value);
    for (const label of anyFields) await modal.getByRole('checkbox', { name: `Any ${label.toLowerCase()}` }).check();
    await modal.getByRole('button', { name: 'Add ARNs' }).click();
    await modal.waitFor({ state: 'hidden' });
  }

  /** "Add another condition", then key, operator and value typed into the new row. */
  async addCondition(key: string, operator: string, value: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add another condition' }).click();
    const keyInput = this.page.getByRole('combobox', { name: 'Condition key' }).last();
    await keyInput.fill(key);
    await keyInput.press('Escape');
    const operatorInput = this.page.getByRole('combobox', { name: 'Operator' }).last();
    await operatorInput.fill(operator);
    await operatorInput.press('Escape');
    await this.page.getByRole('textbox', { name: 'Values' }).last().fill(value);
  }

  async switchTo(mode: 'Visual' | 'JSON'): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Policy editor mode' }).getByRole('button', { name: mode, exact: true }).click();
    if (mode === 'JSON') await this.page.locator('.cm-content').waitFor();
  }

  /** The policy text as the JSON editor shows it. */
  async jsonText(): Promise<string> {
    const lines = await this.page.locator('.cm-content .cm-line').allTextContents();
    return lines.join('\n');
  }

  /** Replaces the text of the first line containing `marker` by typing, key by key, as a person would. */
  async replaceJsonLine(marker: string, text: string): Promise<void> {
    await this.page.locator('.cm-line', { hasText: marker }).first().click();
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Shift+Home');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text);
  }

  /** Puts the cursor just after `marker` (which must end inside a string) and types there, key by key. */
  async typeInsideJsonString(marker: string, text: string): Promise<void> {
    const line = this.page.locator('.cm-line', { hasText: marker }).first();
    await line.click();
    await this.page.keyboard.press('Home');
    const lineText = (await line.textContent()) ?? '';
    // Home stops at the end of the indentation, as in most code editors.
    const indentation = lineText.length - lineText.trimStart().length;
    const column = lineText.indexOf(marker) + marker.length - indentation;
    for (let i = 0; i < column; i += 1) await this.page.keyboard.press('ArrowRight');
    await this.page.keyboard.type(text);
  }

  /** Replaces the whole document at once, as a paste does. */
  async setJson(text: string): Promise<void> {
    await this.page.locator('.cm-content').click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.insertText(text);
  }

  /** The counts on the findings tabs: `{ Security: 0, Errors: 1, Warnings: 0, Suggestions: 0 }`. */
  async findingCounts(): Promise<Record<string, number>> {
    const labels = await this.page.getByTestId('policy-findings').getByRole('tab').allTextContents();
    return Object.fromEntries(
      labels.map((label) => {
        const [name, count] = label.split(':');
        return [name!.trim(), Number(count)];
      }),
    );
  }

  /** Waits for the findings summary to settle on these counts: validation runs a moment after typing stops. */
  async waitForFindingCounts(expected: Record<string, number>, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let counts: Record<string, number> = {};
    while (Date.now() < deadline) {
      counts = await this.findingCounts();
      if (Object.entries(expected).every(([tab, count]) => counts[tab] === count)) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`findings are ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)}`);
  }

  async findingMessages(tab: 'Security' | 'Errors' | 'Warnings' | 'Suggestions'): Promise<string[]> {
    const findings = this.page.getByTestId('policy-findings');
    await findings.getByRole('tab', { name: new RegExp(`^${tab}:`) }).click();
    return findings.getByRole('tabpanel').locator('[data-finding-code]').allTextContents();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  /** The rows of "Permissions defined in this policy" on the review step. */
  async permissionsSummary(): Promise<string[][]> {
    const table = this.page.getByRole('table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').all();
    return Promise.all(rows.map((row) => row.locator('td').allInnerTexts()));
  }
}
