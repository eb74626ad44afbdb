import { decisionAmount, reasonsOmitted, type DecisionBasis } from './decision-content';
import { formatDatePl } from './calendar';
import { ACTS_ON_EARLIER, benefitWording } from './decisions';

/**
 * The elements every decision must have (k.p.a. art. 107 § 1), checked on what would be printed, plus what the
 * ruling of each kind needs to be carried out. Each item says in Polish what is missing; a decision is signed only
 * when every item holds.
 */
export interface ArticleCheckItem {
  element: string;
  ok: boolean;
  message: string | null;
}

function item(element: string, problem: string | null): ArticleCheckItem {
  return { element, ok: problem === null, message: problem };
}

export function checkDecision(basis: DecisionBasis): ArticleCheckItem[] {
  const { fields, kind, benefit } = basis;
  const words = benefitWording[benefit];
  const amount = decisionAmount(basis);
  // Zasiłek stały on a certificate (not on age) cannot run past the certificate's end (DOMAIN.md §2).
  const certificateEnd = benefit === 'permanentAllowance' ? (basis.benefitComputation?.validUntil ?? null) : null;
  const items = [
    item('oznaczenie organu', basis.texts.organGenitive && basis.office.officeName ? null : 'Uzupełnij w „Dane urzędu” organ, z którego upoważnienia podpisuje kierownik (np. Wójta Gminy Sitno).'),
    item('data wydania', basis.issuedOn ? null : 'Brak daty wydania.'),
    item('oznaczenie strony', basis.party.fullName && basis.party.addressLines.length > 0 ? null : 'Brak imienia, nazwiska lub adresu strony.'),
    item(
      'powołanie podstawy prawnej',
      basis.texts.upsCitation && basis.texts.kpaCitation ? null : 'Uzupełnij w „Dane urzędu” publikatory ustaw (Dz.U.) do podstawy prawnej.',
    ),
  ];

  // The ruling: what it must say for the decision to be carried out.
  let ruling: string | null = null;
  if (ACTS_ON_EARLIER.includes(kind) && !basis.refersTo) ruling = 'Wskaż decyzję, której dotyczy zmiana, wstrzymanie lub uchylenie.';
  else if (ACTS_ON_EARLIER.includes(kind) && !fields.periodFrom) ruling = 'Podaj dzień, od którego decyzja działa.';
  else if (kind === 'grant' || kind === 'change') {
    if (basis.benefitComputation?.eligible === false) ruling = `Wyliczenie wskazuje, że świadczenie nie przysługuje: ${basis.benefitComputation.reason}`;
    else if (basis.benefitComputation?.problem) ruling = basis.benefitComputation.problem;
    else if (words.money && benefit !== 'funeral' && (amount === null || amount <= 0)) {
      ruling =
        benefit === 'periodicAllowance'
          ? 'Brak kwoty zasiłku okresowego: wpisz w wywiadzie proponowaną kwotę mieszczącą się w przedziale.'
          : benefit === 'permanentAllowance'
            ? 'Brak wyliczonej kwoty zasiłku stałego: zapisz wywiad.'
            : 'Podaj kwotę świadczenia.';
    } else if (kind === 'grant' && (words.money === 'monthly' || benefit === 'careServices' || benefit === 'meals' || benefit === 'shelter') && !fields.periodFrom) {
      ruling = 'Podaj, od kiedy świadczenie jest przyznane.';
    } else if (kind === 'grant' && words.money === 'monthly' && benefit !== 'permanentAllowance' && !fields.periodUntil) {
      ruling = 'Podaj, do kiedy świadczenie jest przyznane (na czas nieokreślony przyznaje się tylko zasiłek stały).';
    } else if (kind === 'grant' && certificateEnd && (!fields.periodUntil || fields.periodUntil > certificateEnd)) {
      ruling = `Zasiłek stały przysługuje najdłużej do końca ważności orzeczenia (${formatDatePl(certificateEnd)} r.): ustaw koniec okresu nie później.`;
    } else if (fields.periodFrom && fields.periodUntil && fields.periodUntil < fields.periodFrom) {
      ruling = 'Koniec okresu nie może być wcześniejszy niż jego początek.';
    } else if (kind === 'grant' && words.money && benefit !== 'funeral' && !fields.paymentMethod) {
      ruling = 'Wybierz sposób wypłaty (przelew, kasa, przekaz pocztowy).';
    } else if (kind === 'grant' && fields.paymentMethod === 'transfer' && !fields.bankAccount) {
      ruling = 'Podaj numer rachunku bankowego strony (NRB) do przelewu.';
    } else if (kind === 'grant' && benefit === 'careServices' && !fields.careServices) {
      ruling = 'Podaj zakres, wymiar godzin i odpłatność usług opiekuńczych.';
    } else if (kind === 'grant' && benefit === 'careServices' && !basis.texts.careServicesResolution) {
      ruling = 'Uzupełnij w „Dane urzędu” uchwałę rady gminy o usługach opiekuńczych i odpłatności.';
    } else if (kind === 'grant' && benefit === 'careHome' && !fields.careHome) {
      ruling = 'Podaj dom pomocy społecznej, do którego strona jest kierowana.';
    } else if (kind === 'grant' && benefit === 'funeral' && !fields.purpose) {
      ruling = 'Opisz zakres sprawienia pogrzebu.';
    }
  }
  items.push(item('rozstrzygnięcie', ruling));

  const reasonsProblem = reasonsOmitted(basis)
    ? null
    : kind === 'refusal' && !fields.factualReasons
      ? 'Opisz w uzasadnieniu faktycznym, dlaczego odmówiono (decyzja odmowna zawsze ma uzasadnienie).'
      : kind !== 'grant' && !fields.factualReasons
        ? 'Opisz w uzasadnieniu faktycznym zmianę sytuacji, która jest przyczyną decyzji.'
        : !basis.interview && kind !== 'suspension' && kind !== 'revocation'
          ? 'Decyzję wydaje się po przeprowadzeniu wywiadu środowiskowego (art. 106 ust. 4 ustawy o pomocy społecznej).'
          : null;
  items.push(item('uzasadnienie faktyczne i prawne', reasonsProblem));
  if (fields.omitReasons && kind !== 'grant') {
    items[items.length - 1] = item('uzasadnienie faktyczne i prawne', 'Uzasadnienie można pominąć tylko w decyzji uwzględniającej w całości żądanie strony (art. 107 § 4 k.p.a.).');
  }
  items.push(item('pouczenie o odwołaniu i zrzeczeniu się odwołania', basis.texts.appealBody ? null : 'Uzupełnij w „Dane urzędu” organ odwoławczy (SKO).'));
  items.push(item('podpis: imię, nazwisko i stanowisko', basis.signer.name && basis.signer.post ? null : 'Uzupełnij w „Dane urzędu” imię, nazwisko i stanowisko kierownika.'));
  return items;
}

/** The Polish sentence that refuses signing: every missing element named. */
export function checkProblems(items: readonly ArticleCheckItem[]): string | null {
  const missing = items.filter((entry) => !entry.ok);
  if (missing.length === 0) return null;
  return `Decyzja nie ma wszystkich elementów (art. 107 § 1 k.p.a.): ${missing.map((entry) => `${entry.element} — ${entry.message}`).join(' ')}`;
}
