import { incomeKindKeys, incomeKinds } from '../../shared/domain/income';

/** The kinds of income for a Select: those that count first, the ones art. 8 leaves out marked as such. */
export const incomeKindOptions = [
  {
    group: 'Wlicza się do dochodu',
    items: incomeKindKeys.filter((kind) => !incomeKinds[kind].excluded).map((kind) => ({ value: kind, label: incomeKinds[kind].label })),
  },
  {
    group: 'Nie wlicza się do dochodu (art. 8 u.p.s.)',
    items: incomeKindKeys
      .filter((kind) => incomeKinds[kind].excluded)
      .map((kind) => ({ value: kind, label: `${incomeKinds[kind].label} — nie wlicza się` })),
  },
];
