import { describe, expect, it } from 'vitest';
import { problemToFormErrors, resolveFieldKey, sortByFieldOrder } from './formErrors';

const KEYS = ['name', 'address.postalCode', 'cooperationAreas', 'officialStatus.validTo', 'nip'];

describe('server errors → form fields', () => {
  it('finds the field of a JSON path, nested and indexed paths included', () => {
    expect(resolveFieldKey('name', KEYS)).toBe('name');
    expect(resolveFieldKey('address.postalCode', KEYS)).toBe('address.postalCode');
    // what Bean Validation answers for List<@NotBlank String>
    expect(resolveFieldKey('cooperationAreas.<list element>[1]', KEYS)).toBe('cooperationAreas');
    expect(resolveFieldKey('cooperationAreas[1].<list element>', KEYS)).toBe('cooperationAreas');
    expect(resolveFieldKey('cooperationAreas[1]', KEYS)).toBe('cooperationAreas');
    expect(resolveFieldKey('officialStatus.validTo', KEYS)).toBe('officialStatus.validTo');
    expect(resolveFieldKey('officialStatus', KEYS)).toBeUndefined();
    expect(resolveFieldKey('somethingElse', KEYS)).toBeUndefined();
  });

  it('keeps the code and the server wording, and sends unknown fields to the form as a whole', () => {
    const errors = problemToFormErrors(
      {
        type: 'urn:synergia:problem:validation',
        title: 'Invalid request content',
        status: 422,
        errors: [
          { field: 'nip', code: 'Nip', message: 'must be a valid NIP' },
          { field: 'mystery', code: 'Odd', message: 'is odd' },
        ],
      },
      KEYS,
    );
    expect(errors).toEqual([
      { field: 'nip', code: 'Nip', message: 'must be a valid NIP', sourceField: 'nip' },
      { field: '', code: 'Odd', message: 'is odd', sourceField: 'mystery' },
    ]);
  });

  it('orders errors as the fields appear in the form, unknown ones last', () => {
    const ordered = sortByFieldOrder(
      [
        { field: '', code: 'x' },
        { field: 'nip', code: 'Nip' },
        { field: 'name', code: 'NotBlank' },
        { field: 'address.postalCode', code: 'Pattern' },
      ],
      KEYS,
    );
    expect(ordered.map((error) => error.field)).toEqual(['name', 'address.postalCode', 'nip', '']);
  });
});
