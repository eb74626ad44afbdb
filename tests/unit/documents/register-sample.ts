import type { TableReport } from '../../../electron/core/documents/table-pdf';

/** A register of decisions ("Rejestr decyzji") with the given number of rows, for tests and the preview script. */
export function decisionRegister(rowCount: number): TableReport {
  const surnames = ['Wiśniewska-Grzegorzewska', 'Ćwikła', 'Żółkiewski', 'Łęcka', 'Ślęzak', 'Nowak', 'Źrebiec'];
  const kinds = ['przyznanie zasiłku stałego', 'odmowa zasiłku okresowego', 'przyznanie zasiłku celowego', 'zmiana zasiłku stałego'];
  const rows = Array.from({ length: rowCount }, (_, index) => {
    const number = index + 1;
    const day = String((index % 28) + 1).padStart(2, '0');
    return [
      `${number}/8311/2026`,
      `GOPS.8311.${number}.2026`,
      `${day}.03.2026`,
      `${surnames[index % surnames.length]} ${index % 2 === 0 ? 'Katarzyna' : 'Józef'}`,
      kinds[index % kinds.length] ?? '',
      index % 4 === 1 ? '—' : `${(300 + index * 7.3).toFixed(2).replace('.', ',')} zł`,
      index % 3 === 0 ? 'ostateczna' : 'doręczona',
      'Anna Ślęzak',
    ];
  });
  return {
    title: 'Rejestr decyzji',
    subtitle: 'Rok 2026 · wszystkie rodzaje · stan na 16.03.2026 r.',
    createdAt: '2026-03-16T12:00:00.000Z',
    columns: [
      { header: 'Nr decyzji', width: 70 },
      { header: 'Znak sprawy', width: 95 },
      { header: 'Data', width: 55, align: 'center' },
      { header: 'Strona', width: '*' },
      { header: 'Rodzaj', width: 150 },
      { header: 'Kwota', width: 65, align: 'right' },
      { header: 'Stan', width: 65 },
      { header: 'Pracownik', width: 80 },
    ],
    rows,
    footerNote: 'Gminny Ośrodek Pomocy Społecznej w Sitnie',
  };
}
