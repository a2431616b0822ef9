import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../../src/core/model/documentNumber.ts';

describe('document numbers as printed', () => {
  it('reads an administrative number, which carries no year', () => {
    expect(parseDocumentNumber('239/KH-UBND')).toEqual({ form: 'administrative', number: '239', typeCode: 'KH', issuerCode: 'UBND' });
    expect(parseDocumentNumber('1673/NQ-UBTVQH15')).toEqual({ form: 'administrative', number: '1673', typeCode: 'NQ', issuerCode: 'UBTVQH15' });
  });

  it('reads a legal number with its year, with or without a type code', () => {
    expect(parseDocumentNumber('111/2024/QH15')).toEqual({ form: 'legal', number: '111', year: 2024, issuerCode: 'QH15' });
    expect(parseDocumentNumber('31/2022/NĐ-CP')).toEqual({ form: 'legal', number: '31', year: 2022, typeCode: 'NĐ', issuerCode: 'CP' });
  });

  it('reads a Party number', () => {
    expect(parseDocumentNumber('20-NQ/TU')).toEqual({ form: 'party', number: '20', typeCode: 'NQ', issuerCode: 'TU' });
  });

  it('rejects numbers that follow no form', () => {
    for (const printed of ['KH 239', '239', '/KH-UBND', '239/kh-ubnd', '20-NQ']) expect(parseDocumentNumber(printed), printed).toBeNull();
  });
});
