import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { todayIso } from '@/shared/format/dates';
import { captureDownloads } from '@/test/downloads';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { referenceHandlers } from '@/test/fixtures';
import { CLIENT_ID, clientJan, meDpo, meEwaPlans, planJan, PLAN_ID, pupRef, sharingPup } from '@/test/planFixtures';
import { renderApp, TEST_TOKEN } from '@/test/renderApp';

function pdf(fileName?: string): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/pdf' };
  if (fileName) headers['Content-Disposition'] = `attachment; filename="${fileName}"`;
  return new Response('%PDF-1.7 test', { status: 200, headers });
}

const accessLog = [{ occurredAt: '2025-04-02T10:15:00Z', who: 'ewa.nowak', institution: null, recordType: 'CLIENT', recordId: CLIENT_ID, action: 'READ', purpose: 'case work', outcome: 'ALLOWED' }];

function planHandlers(me: Schemas['MeResponse'], extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    ...referenceHandlers(),
    'GET /api/v1/me': () => json(me),
    [`GET /api/v1/plans/${PLAN_ID}`]: () => json(planJan),
    [`GET /api/v1/plans/${PLAN_ID}/referrals`]: () => json([]),
    [`GET /api/v1/clients/${CLIENT_ID}/sharing`]: () => json([sharingPup]),
    ...extra,
  };
}

function clientHandlers(me: Schemas['MeResponse']): Record<string, Handler> {
  return {
    ...referenceHandlers(),
    'GET /api/v1/me': () => json(me),
    [`GET /api/v1/clients/${CLIENT_ID}`]: () => json(clientJan),
    [`GET /api/v1/clients/${CLIENT_ID}/sharing`]: () => json([sharingPup]),
  };
}

describe('the plan for signature (PDF)', () => {
  it('downloads the plan with the token, under the name the API gives, and says so', async () => {
    const user = userEvent.setup({ delay: null });
    const { saved, blobs } = captureDownloads();
    const { requests } = mockFetch(planHandlers(meEwaPlans, { [`GET /api/v1/plans/${PLAN_ID}/document.pdf`]: () => pdf(`plan-dzialania-OPS-2025-0007.pdf`) }));
    renderApp(`/plans/${PLAN_ID}`);
    const section = await screen.findByRole('region', { name: 'Plan do podpisu' });
    expect(within(section).getByText(/Każde pobranie jest zapisywane w rejestrze dostępu/)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Pobierz plan do podpisu (PDF)' }));
    expect(await within(section).findByText(`Pobrano plik plan-dzialania-OPS-2025-0007.pdf.`)).toHaveAttribute('role', 'status');
    expect(saved).toEqual([{ name: `plan-dzialania-OPS-2025-0007.pdf`, href: 'blob:test/1' }]);
    expect(blobs[0]!.type).toBe('application/pdf');
    const request = requests.find((item) => item.url.endsWith('/document.pdf'))!;
    expect(request.headers.get('Authorization')).toBe(`Bearer ${TEST_TOKEN}`);
    expect(request.headers.get('Accept')).toContain('application/pdf');
  });

  it('is there for a team member who cannot change the plan', async () => {
    mockFetch(planHandlers(meEwaPlans, { [`GET /api/v1/plans/${PLAN_ID}`]: () => json({ ...planJan, lead: pupRef, canEdit: false }) }));
    renderApp(`/plans/${PLAN_ID}`);
    expect(await screen.findByRole('button', { name: 'Pobierz plan do podpisu (PDF)' })).toBeEnabled();
  });

  it('shows a problem answer as an error summary and saves no file', async () => {
    const user = userEvent.setup({ delay: null });
    const { saved } = captureDownloads();
    mockFetch(
      planHandlers(meEwaPlans, {
        [`GET /api/v1/plans/${PLAN_ID}/document.pdf`]: () => problem(404, 'Not Found', 'No plan with this id is visible to your institution.'),
      }),
    );
    renderApp(`/plans/${PLAN_ID}`);
    const section = await screen.findByRole('region', { name: 'Plan do podpisu' });
    await user.click(within(section).getByRole('button', { name: 'Pobierz plan do podpisu (PDF)' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Not Found');
    expect(alert).toHaveTextContent('No plan with this id is visible to your institution.');
    expect(alert).toHaveTextContent('404');
    expect(saved).toEqual([]);
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    expect(within(section).getByRole('button', { name: 'Pobierz plan do podpisu (PDF)' })).toBeEnabled();
  });
});

describe('the data-subject export for the data-protection officer', () => {
  const exportJson = { person: { id: CLIENT_ID, firstName: 'Jan' }, sharing: [], plans: [], accesses: [] };

  it('explains art. 15, says each export is recorded, and downloads the JSON and the PDF', async () => {
    const user = userEvent.setup({ delay: null });
    const { saved, blobs } = captureDownloads();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(meDpo),
      [`GET /api/v1/clients/${CLIENT_ID}/access-log`]: () => json(accessLog),
      [`GET /api/v1/clients/${CLIENT_ID}/export`]: () => json(exportJson),
      [`GET /api/v1/clients/${CLIENT_ID}/export.pdf`]: () => pdf(`dane-osobowe-${CLIENT_ID}-2025-06-01.pdf`),
    });
    renderApp(`/access-log?client=${CLIENT_ID}`);
    const section = await screen.findByRole('region', { name: 'Eksport danych osoby (art. 15 RODO)' });
    expect(within(section).getByText(/art\. 20 RODO/)).toBeInTheDocument();
    expect(within(section).getByText('Każdy eksport jest zapisywany w rejestrze dostępu do danych tej osoby.')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Eksport danych (JSON)' }));
    const jsonName = `dane-osobowe-${CLIENT_ID}-${todayIso()}.json`;
    expect(await within(section).findByText(`Pobrano plik ${jsonName}.`)).toBeInTheDocument();
    expect(JSON.parse(await blobs[0]!.text())).toEqual(exportJson);

    await user.click(within(section).getByRole('button', { name: 'Eksport danych (PDF)' }));
    expect(await within(section).findByText(`Pobrano plik dane-osobowe-${CLIENT_ID}-2025-06-01.pdf.`)).toBeInTheDocument();
    expect(saved.map((file) => file.name)).toEqual([jsonName, `dane-osobowe-${CLIENT_ID}-2025-06-01.pdf`]);
    const exports = requests.filter((request) => request.url.includes('/export'));
    expect(exports.map((request) => new URL(request.url).pathname)).toEqual([`/api/v1/clients/${CLIENT_ID}/export`, `/api/v1/clients/${CLIENT_ID}/export.pdf`]);
    expect(exports.every((request) => request.headers.get('Authorization') === `Bearer ${TEST_TOKEN}`)).toBe(true);
  });

  it('shows a refused export as an error summary, with no file', async () => {
    const user = userEvent.setup({ delay: null });
    const { saved } = captureDownloads();
    mockFetch({
      'GET /api/v1/me': () => json(meDpo),
      [`GET /api/v1/clients/${CLIENT_ID}/access-log`]: () => json(accessLog),
      [`GET /api/v1/clients/${CLIENT_ID}/export.pdf`]: () => problem(404, 'Not Found', 'No client with this id is visible to your institution.'),
    });
    renderApp(`/access-log?client=${CLIENT_ID}`);
    const section = await screen.findByRole('region', { name: 'Eksport danych osoby (art. 15 RODO)' });
    await user.click(within(section).getByRole('button', { name: 'Eksport danych (PDF)' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('No client with this id is visible to your institution.');
    expect(saved).toEqual([]);
    expect(within(section).getByRole('status')).toHaveTextContent('');
  });

  it('is hidden without DATA_SUBJECT_EXPORT, and for a person the log does not find', async () => {
    mockFetch({
      'GET /api/v1/me': () => json({ ...meDpo, permissions: ['AUDIT_REVIEW'] }),
      [`GET /api/v1/clients/${CLIENT_ID}/access-log`]: () => json(accessLog),
    });
    const first = renderApp(`/access-log?client=${CLIENT_ID}`);
    expect(await screen.findByText('1 wpis')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Eksport danych/ })).not.toBeInTheDocument();
    first.unmount();

    mockFetch({ 'GET /api/v1/me': () => json(meDpo), [`GET /api/v1/clients/${CLIENT_ID}/access-log`]: () => problem(404, 'Not Found') });
    renderApp(`/access-log?client=${CLIENT_ID}`);
    expect(await screen.findByText('Nie znaleziono osoby zarejestrowanej lub wspieranej przez Twoją instytucję.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Eksport danych osoby (art. 15 RODO)' })).not.toBeInTheDocument();
  });

  it('is on the client page for a caseworker who is also the officer, not for other caseworkers', async () => {
    const both: Schemas['MeResponse'] = { ...meEwaPlans, roles: ['staff', 'dpo'], permissions: ['DIRECTORY_READ', 'PLAN_WORK', 'AUDIT_REVIEW', 'DATA_SUBJECT_EXPORT'] };
    mockFetch(clientHandlers(both));
    const first = renderApp(`/clients/${CLIENT_ID}`);
    const section = await screen.findByRole('region', { name: 'Eksport danych osoby (art. 15 RODO)' });
    expect(within(section).getByRole('button', { name: 'Eksport danych (PDF)' })).toBeInTheDocument();
    first.unmount();

    mockFetch(clientHandlers(meEwaPlans));
    renderApp(`/clients/${CLIENT_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Jan Wiśniewski' });
    await waitFor(() => expect(screen.getByRole('region', { name: /Indywidualne plany działania/ })).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Eksport danych/ })).not.toBeInTheDocument();
  });
});
