import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { institutionPage, institutionSummaries, OPS_ID } from '@/test/fixtures';
import { json, mockFetch } from '@/test/fetchMock';
import { PARTNERSHIP_ID, zsl } from '@/test/partnershipFixtures';
import { renderWithProviders } from '@/test/renderWithProviders';
import { ZslEditForm } from './ZslEditForm';

const url = `/api/v1/partnerships/${PARTNERSHIP_ID}/zsl`;

function saving() {
  const calls: { ifMatch: string | null; body: unknown }[] = [];
  mockFetch({
    [`GET ${url}`]: () => json(zsl),
    'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)),
    [`PUT ${url}`]: async (_url, request) => {
      calls.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return json(zsl);
    },
  });
  return calls;
}

describe('ZslEditForm', () => {
  it('asks for the representative’s institution only when a designated representative initiated the ZSL', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = saving();
    const onDone = vi.fn<(message: string) => void>();
    renderWithProviders(<ZslEditForm partnershipId={PARTNERSHIP_ID} zsl={zsl} onDone={onDone} onCancel={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Zmień dane zespołu' });
    expect(within(form).queryByLabelText('Instytucja wyznaczonego przedstawiciela')).not.toBeInTheDocument();

    await user.selectOptions(within(form).getByLabelText('Kto zainicjował zespół'), 'DESIGNATED_REPRESENTATIVE');
    const institution = within(form).getByRole('combobox', { name: 'Instytucja wyznaczonego przedstawiciela' });
    await within(institution).findByRole('option', { name: /Miejski Ośrodek/ });
    await user.selectOptions(institution, OPS_ID);
    const name = within(form).getByLabelText('Inicjator (nazwa)');
    await user.clear(name);
    await user.type(name, 'Kierownik MOPS');
    await user.click(within(form).getByRole('button', { name: 'Zapisz dane zespołu' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Zapisano dane zespołu.'));
    expect(calls).toEqual([
      { ifMatch: `"${zsl.version}"`, body: { initiatorKind: 'DESIGNATED_REPRESENTATIVE', initiatorName: 'Kierownik MOPS', initiatorInstitutionId: OPS_ID, establishedOn: '2025-03-01' } },
    ]);
  });

  it('sends what was left empty as not recorded, and refuses a name over 300 characters before sending', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = saving();
    renderWithProviders(<ZslEditForm partnershipId={PARTNERSHIP_ID} zsl={zsl} onDone={() => undefined} onCancel={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Zmień dane zespołu' });
    const name = within(form).getByLabelText('Inicjator (nazwa)');
    await user.clear(name);
    await user.click(name);
    await user.paste('x'.repeat(301));
    await user.click(within(form).getByRole('button', { name: 'Zapisz dane zespołu' }));
    expect(await within(form).findByRole('link', { name: 'Pole „Inicjator (nazwa)” może mieć najwyżej 300 znaków.' })).toBeInTheDocument();
    expect(calls).toEqual([]);

    await user.clear(name);
    await user.selectOptions(within(form).getByLabelText('Kto zainicjował zespół'), '');
    await user.clear(within(form).getByLabelText('Data powołania'));
    await user.click(within(form).getByRole('button', { name: 'Zapisz dane zespołu' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toEqual({ initiatorKind: null, initiatorName: null, initiatorInstitutionId: null, establishedOn: null });
  });
});
