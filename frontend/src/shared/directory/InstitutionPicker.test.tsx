import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { institutionPage, KIS_ID, NGO_ID, OPS_ID, PUP_ID, summary } from '@/test/fixtures';
import { json, mockFetch } from '@/test/fetchMock';
import { renderWithProviders } from '@/test/renderWithProviders';
import { InstitutionPicker, type InstitutionPickerProps } from './InstitutionPicker';

const ops = summary({ id: OPS_ID, type: 'OPS', name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' });
const pup = summary({ id: PUP_ID, type: 'PUP', name: 'Powiatowy Urząd Pracy w Legionowie' });
const ngo = summary({ id: NGO_ID, type: 'NGO', name: 'Stowarzyszenie „Wspólna Droga”' });

/** The picker in a form of its own: the chosen id is shown so a test can read it. */
function Harness(props: Partial<InstitutionPickerProps> & { onChosen?: (id: string) => void }) {
  const [value, setValue] = useState(props.value ?? '');
  return (
    <InstitutionPicker
      id="partner"
      label="Instytucja"
      {...props}
      value={value}
      onChange={(id) => {
        setValue(id);
        props.onChosen?.(id);
      }}
    />
  );
}

function searches(requests: Request[]): URLSearchParams[] {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/institutions').map((url) => url.searchParams);
}

describe('InstitutionPicker', () => {
  it('searches the directory by the words typed, announces the count and offers the matches but the excluded ones', async () => {
    const user = userEvent.setup({ delay: null });
    const onChosen = vi.fn<(id: string) => void>();
    const { requests } = mockFetch({
      'GET /api/v1/institutions': (url) => json(institutionPage(url.searchParams.get('q') === 'Legionowo' ? [ops, pup, ngo] : [ops, pup, ngo, summary({ id: KIS_ID, type: 'KIS', name: 'Klub Integracji Społecznej' })])),
    });
    renderWithProviders(<Harness exclude={[OPS_ID]} onChosen={onChosen} />);

    const box = screen.getByRole('searchbox', { name: 'Wyszukaj w katalogu: Instytucja' });
    expect(await screen.findByText('Znaleziono 4 instytucje.')).toBeInTheDocument();
    await user.type(box, 'Legionowo');
    expect(await screen.findByText('Znaleziono 3 instytucje.')).toBeInTheDocument();
    expect(box).toHaveAccessibleDescription('Znaleziono 3 instytucje.');

    const select = screen.getByRole('combobox', { name: 'Instytucja' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Wybierz instytucję',
      expect.stringMatching(/^Powiatowy Urząd Pracy w Legionowie \(.+, Legionowo\)$/),
      expect.stringMatching(/^Stowarzyszenie „Wspólna Droga” \(.+, Legionowo\)$/),
    ]);
    await user.selectOptions(select, PUP_ID);
    expect(onChosen).toHaveBeenLastCalledWith(PUP_ID);

    const last = searches(requests).at(-1)!;
    expect(Object.fromEntries(last)).toEqual({ q: 'Legionowo', page: '0', size: '20', sort: 'name' });
  });

  it('asks only for the given types, and for inactive entries when told to', async () => {
    const { requests } = mockFetch({ 'GET /api/v1/institutions': () => json(institutionPage([ngo])) });
    renderWithProviders(<Harness types={['OPS', 'PUP', 'NGO']} includeInactive />);
    expect(await screen.findByText('Znaleziono 1 instytucję.')).toBeInTheDocument();
    const asked = searches(requests)[0]!;
    expect(asked.getAll('type')).toEqual(['OPS', 'PUP', 'NGO']);
    expect(asked.get('includeInactive')).toBe('true');
  });

  it('says when there are more matches than it shows', async () => {
    mockFetch({ 'GET /api/v1/institutions': () => json(institutionPage([ops, pup], { totalItems: 45, totalPages: 3 })) });
    renderWithProviders(<Harness />);
    expect(await screen.findByText('Pokazano pierwsze 20 z 45 instytucji – zawęź wyszukiwanie.')).toBeInTheDocument();
  });

  it('says "more than 1000" when the API stopped counting', async () => {
    mockFetch({ 'GET /api/v1/institutions': () => json(institutionPage([ops, pup], { totalItems: 1000, totalPages: 50, totalCapped: true })) });
    renderWithProviders(<Harness />);
    expect(await screen.findByText('Pokazano pierwsze 20 z ponad 1000 wyników – zawęź wyszukiwanie.')).toBeInTheDocument();
    expect(screen.queryByText(/z 1000 instytucji/)).not.toBeInTheDocument();
  });

  it('says when the words typed were not found and similar ones are shown', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch({
      'GET /api/v1/institutions': (url) =>
        json(url.searchParams.get('q') === 'stowarzyszeine' ? institutionPage([ngo], { similarWords: true }) : institutionPage([ops, pup, ngo])),
    });
    renderWithProviders(<Harness />);
    expect(await screen.findByText('Znaleziono 3 instytucje.')).toBeInTheDocument();
    expect(screen.queryByText(/podobne wyniki/)).not.toBeInTheDocument();
    const box = screen.getByRole('searchbox', { name: 'Wyszukaj w katalogu: Instytucja' });
    await user.type(box, 'stowarzyszeine');
    await waitFor(() =>
      expect(box).toHaveAccessibleDescription('Znaleziono 1 instytucję. Nie znaleziono dokładnie „stowarzyszeine”; pokazano podobne wyniki.'),
    );
  });

  it('keeps the institution saved on the record as a choice, whatever the search finds; labels can be the caller’s', async () => {
    mockFetch({ 'GET /api/v1/institutions': () => json(institutionPage([pup])) });
    renderWithProviders(
      <Harness value={NGO_ID} current={{ id: NGO_ID, name: 'Stowarzyszenie „Wspólna Droga”' }} filterLabel="Znajdź instytucję prowadzącą" emptyLabel="– brak –" />,
    );
    expect(screen.getByRole('searchbox', { name: 'Znajdź instytucję prowadzącą' })).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Instytucja' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '– brak –',
      'Stowarzyszenie „Wspólna Droga”',
      expect.stringMatching(/^Powiatowy Urząd Pracy w Legionowie/),
    ]);
    expect(select).toHaveValue(NGO_ID);
  });
});
