/** Roles of the people who use Ostoja (DOMAIN.md §1). A user may have several, e.g. a director who administers. */
export const roleLabels = {
  socialWorker: 'Pracownik socjalny',
  director: 'Kierownik',
  accountant: 'Księgowa / kasjer',
  administrator: 'Administrator',
} as const;

export type Role = keyof typeof roleLabels;
export const roleKeys = Object.keys(roleLabels) as [Role, ...Role[]];
