import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { browserSuite } from './support/suite';

const SYSTEM_ADMIN = 'admin@example.jp';

interface Organization {
  id: string;
  name: string;
  kind: string;
  servedMunicipalityIds: string[];
}

describeInBrowser('organizations (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1366, height: 768 }, timeout: 20_000 });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it("lets the system administrator record a vendor's contracting cities, shown by name", async () => {
    const call = await suite.apiSession(SYSTEM_ADMIN);
    const organizations = (await call<Organization[]>('/organizations?perPage=100')).json;
    const vendor = organizations.find((o) => o.kind === 'vendor' && o.servedMunicipalityIds.length === 1)!;
    const municipalities = (await call<Array<{ id: string; name: string }>>('/municipalities?perPage=100')).json;
    const served = municipalities.find((m) => m.id === vendor.servedMunicipalityIds[0])!;
    const other = municipalities.find((m) => m.id !== served.id)!;

    await suite.logIn(SYSTEM_ADMIN);
    await page.goto(`${suite.api.url}/#/organizations/${vendor.id}`);
    const field = page.getByLabel('契約している自治体');
    await field.waitFor();
    // The city it serves is a chip by name; the municipality picker of a city organization is not shown.
    await page.getByRole('button', { name: served.name }).waitFor();
    expect(await page.getByLabel('自治体', { exact: true }).count()).toBe(0);

    await field.fill(other.name.slice(0, 2));
    await page.getByRole('option', { name: other.name }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(/更新しました|保存しました/).first().waitFor();

    const after = (await call<Organization>(`/organizations/${vendor.id}`)).json;
    expect(new Set(after.servedMunicipalityIds)).toEqual(new Set([served.id, other.id]));
    await page.goto(`${suite.api.url}/#/organizations/${vendor.id}/show`);
    await page.getByText(other.name, { exact: true }).waitFor();
    await page.getByText(served.name, { exact: true }).waitFor();
  });
});
