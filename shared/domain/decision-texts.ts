/**
 * Texts printed in every decision that an office may word its own way (DOMAIN.md §7): citations of the
 * consolidated acts (they change almost every year), the appeal body, the council's resolution on care-service
 * fees and the standard paragraphs. Plain texts, no template language: the program puts the names and figures
 * around them. An office that stored nothing gets the defaults.
 */
export interface DecisionTexts {
  /** "Dz.U. 2025 poz. 1214" — ustawa o pomocy społecznej. */
  upsCitation: string;
  /** "Dz.U. 2024 poz. 572" — Kodeks postępowania administracyjnego. */
  kpaCitation: string;
  /** "Samorządowego Kolegium Odwoławczego w Zamościu" — in the genitive, as it is written after "odwołanie do". */
  appealBody: string;
  /** "Gminnego Ośrodka Pomocy Społecznej w Sitnie" — the office in the genitive ("za pośrednictwem …", "w kasie …"). */
  officeGenitive: string;
  /** The organ in whose name the director signs: "Wójta Gminy Sitno" (genitive, after "z up."). */
  organGenitive: string;
  /** The council's resolution on care services and their fees (art. 50 ust. 6 u.p.s.). */
  careServicesResolution: string;
  /** The party's duty to report changes (art. 109 u.p.s.). */
  changeReportingParagraph: string;
  /** Benefits unduly received are repaid (art. 98 u.p.s.). */
  undueBenefitsParagraph: string;
}
export type DecisionTextKey = keyof DecisionTexts;
export const decisionTextKeys = [
  'upsCitation',
  'kpaCitation',
  'appealBody',
  'officeGenitive',
  'organGenitive',
  'careServicesResolution',
  'changeReportingParagraph',
  'undueBenefitsParagraph',
] as const satisfies readonly DecisionTextKey[];

export const decisionTextLabels: Record<DecisionTextKey, string> = {
  upsCitation: 'Ustawa o pomocy społecznej — tekst jednolity (Dz.U.)',
  kpaCitation: 'Kodeks postępowania administracyjnego — tekst jednolity (Dz.U.)',
  appealBody: 'Organ odwoławczy w dopełniaczu („odwołanie do …”), np. Samorządowego Kolegium Odwoławczego w Zamościu',
  officeGenitive: 'Nazwa ośrodka w dopełniaczu („za pośrednictwem …”), np. Gminnego Ośrodka Pomocy Społecznej w Sitnie',
  organGenitive: 'Organ, z którego upoważnienia podpisuje kierownik (dopełniacz), np. Wójta Gminy Sitno',
  careServicesResolution: 'Uchwała rady gminy o usługach opiekuńczych i odpłatności',
  changeReportingParagraph: 'Pouczenie o obowiązku informowania o zmianach (art. 109)',
  undueBenefitsParagraph: 'Pouczenie o świadczeniach nienależnie pobranych (art. 98)',
};

/** The usual office names in the genitive; any other name is left as typed, for the office to correct in settings. */
function officeNameGenitive(officeName: string): string {
  return officeName
    .replace(/^Gminny Ośrodek Pomocy Społecznej/, 'Gminnego Ośrodka Pomocy Społecznej')
    .replace(/^Miejsko-Gminny Ośrodek Pomocy Społecznej/, 'Miejsko-Gminnego Ośrodka Pomocy Społecznej')
    .replace(/^Miejski Ośrodek Pomocy Społecznej/, 'Miejskiego Ośrodka Pomocy Społecznej')
    .replace(/^Ośrodek Pomocy Społecznej/, 'Ośrodka Pomocy Społecznej');
}

export function defaultDecisionTexts(gminaName: string, officeName: string): DecisionTexts {
  return {
    upsCitation: 'Dz.U. 2025 poz. 1214',
    kpaCitation: 'Dz.U. 2024 poz. 572',
    appealBody: 'Samorządowego Kolegium Odwoławczego',
    officeGenitive: officeNameGenitive(officeName),
    organGenitive: `Wójta Gminy ${gminaName}`,
    careServicesResolution: '',
    changeReportingParagraph:
      'Zgodnie z art. 109 ustawy o pomocy społecznej strona jest obowiązana niezwłocznie poinformować ośrodek pomocy społecznej o każdej zmianie w swojej sytuacji osobistej, dochodowej i majątkowej, która wiąże się z podstawą do przyznania świadczenia.',
    undueBenefitsParagraph:
      'Świadczenia nienależnie pobrane podlegają zwrotowi w trybie art. 98 ustawy o pomocy społecznej.',
  };
}

/** The stored texts over the defaults: a key left empty or absent takes the default. */
export function resolveDecisionTexts(stored: Partial<Record<string, string>>, gminaName: string, officeName: string): DecisionTexts {
  const texts = defaultDecisionTexts(gminaName, officeName);
  for (const key of decisionTextKeys) {
    const value = stored[key]?.trim();
    if (value) texts[key] = value;
  }
  return texts;
}
