import type { DecisionFields } from '../contract/decisions';
import { amountInWords } from './amount-in-words';
import { formatDatePl, formatMonthPl, monthOf } from './calendar';
import type { BenefitComputation, CaseComputation } from './case-computation';
import { benefitKinds, citeReasons, type BenefitKind, type HelpReason } from './cases';
import type { DecisionTexts } from './decision-texts';
import { benefitWording, decisionKinds, paymentMethods, type DecisionKind } from './decisions';
import { formatMoney, percentOf } from './money';
import { formatNrb } from './nrb';
import { plural } from './plural';
import type { OfficialDocument } from './official-document';
import { formatTraceValue, type ComputationTrace } from './trace';

/**
 * Everything a decision is based on, as plain JSON: gathered from the case when a draft is shown, and frozen with
 * the signature so that later changes to the person, the case or the figures never change a signed decision.
 */
export interface DecisionBasis {
  kind: DecisionKind;
  benefit: BenefitKind;
  office: { officeName: string; addressLines: string[]; contactLine: string | null; town: string };
  texts: DecisionTexts;
  caseRef: string;
  applicationDate: string;
  reasons: HelpReason[];
  party: { fullName: string; pesel: string | null; addressLines: string[] };
  /** The household as the interview found it, the party first. */
  household: { fullName: string; relation: string }[];
  interview: { date: string; incomeMonth: string; findings: string } | null;
  computation: Pick<CaseComputation, 'thresholdCitation' | 'income'> | null;
  /** This benefit's computation, when the program computes it. */
  benefitComputation: BenefitComputation | null;
  fields: DecisionFields;
  /** The signed decision a change, suspension or revocation acts on. */
  refersTo: { decisionNumber: string; issuedOn: string; amount: number | null; effectiveUntil: string | null } | null;
  /** Null on a draft: the number is given at signing. */
  number: string | null;
  issuedOn: string;
  signer: { name: string; post: string };
  preparedBy: string;
}

/** The amount a decision grants or sets: the computation's for zasiłek stały and okresowy, the worker's otherwise. */
export function decisionAmount(basis: Pick<DecisionBasis, 'kind' | 'benefit' | 'benefitComputation' | 'fields'>): number | null {
  if (basis.kind === 'refusal' || basis.kind === 'suspension' || basis.kind === 'revocation') return null;
  if (basis.benefit === 'permanentAllowance' || basis.benefit === 'periodicAllowance') return basis.benefitComputation?.amount ?? null;
  if (basis.benefit === 'careServices' || basis.benefit === 'careHome' || basis.benefit === 'shelter' || basis.benefit === 'meals' || basis.benefit === 'clothing') {
    return null;
  }
  return basis.fields.amount;
}

/** The first, partial month of a monthly benefit granted from the application (art. 106 ust. 3 u.p.s.). */
export function decisionFirstMonth(basis: Pick<DecisionBasis, 'kind' | 'benefit' | 'benefitComputation' | 'fields' | 'applicationDate'>) {
  if (basis.kind !== 'grant' || benefitWording[basis.benefit].money !== 'monthly') return null;
  const first = basis.benefitComputation?.firstMonth;
  // The computation's partial month holds only when the benefit starts on the application day.
  if (!first || basis.fields.periodFrom !== basis.applicationDate) return null;
  return { from: first.from, to: first.to, amount: first.amount };
}

const date = (iso: string) => `${formatDatePl(iso)} r.`;
const money = (grosze: number) => `${formatMoney(grosze)} (słownie: ${amountInWords(grosze)})`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Ends a sentence with one full stop: a date already ends with "r.". */
const sentence = (text: string) => (text.trimEnd().endsWith('.') ? text.trimEnd() : `${text.trimEnd()}.`);

/** "art. 37 ust. 1" etc.: the provision that grants the benefit (the article of benefitKinds, with its paragraph where it matters). */
function benefitProvision(benefit: BenefitKind): string {
  const special: Partial<Record<BenefitKind, string>> = {
    permanentAllowance: 'art. 37 ust. 1',
    periodicAllowance: 'art. 38 ust. 1',
    purposeAllowance: 'art. 39 ust. 1',
    eventPurposeAllowance: 'art. 40 ust. 1',
    specialPurposeAllowance: 'art. 41 pkt 1',
    returnableAid: 'art. 41 pkt 2',
    careServices: 'art. 50 ust. 1 i 6',
    careHome: 'art. 54 ust. 1',
  };
  return special[benefit] ?? `art. ${benefitKinds[benefit].article}`;
}

function legalBasis(basis: DecisionBasis): string {
  const { texts, kind, benefit } = basis;
  const ups = `ustawy z dnia 12 marca 2004 r. o pomocy społecznej (${texts.upsCitation})`;
  const kpa = `ustawy z dnia 14 czerwca 1960 r. — Kodeks postępowania administracyjnego (${texts.kpaCitation})`;
  const reasons = citeReasons(basis.reasons);
  const kpaArticles = basis.fields.immediateEnforceabilityReason ? 'art. 104 i art. 108 § 1' : 'art. 104';
  let upsArticles: string;
  if (kind === 'suspension') upsArticles = `art. 11 ust. 2 w związku z ${benefitProvision(benefit)}`;
  else if (kind === 'change' || kind === 'revocation') upsArticles = `art. 106 ust. 5 w związku z ${benefitProvision(benefit)}`;
  else {
    const incomeTested = benefitKinds[benefit].incomeTested ? ', art. 8' : '';
    const monthly = benefitWording[benefit].money === 'monthly' ? ', art. 106 ust. 1 i 3' : ', art. 106 ust. 1';
    upsArticles = `${benefitProvision(benefit)}${reasons ? ` w związku z ${reasons}` : ''}${incomeTested}${monthly}`;
  }
  const about =
    kind === 'grant' || kind === 'refusal'
      ? `po rozpatrzeniu wniosku z dnia ${date(basis.applicationDate)} w sprawie przyznania ${benefitWording[benefit].genitive}`
      : `w sprawie ${benefitWording[benefit].genitive} przyznanego decyzją nr ${basis.refersTo?.decisionNumber ?? '…'} z dnia ${basis.refersTo ? date(basis.refersTo.issuedOn) : '…'}`;
  return `Na podstawie ${kpaArticles} ${kpa} oraz ${upsArticles} ${ups}, ${about},`;
}

function paymentPoint(basis: DecisionBasis, once: boolean): string | null {
  const { paymentMethod, bankAccount, payDay, periodFrom } = basis.fields;
  if (!paymentMethod) return null;
  const how =
    paymentMethod === 'transfer'
      ? `${paymentMethods.transfer} nr ${bankAccount ? formatNrb(bankAccount) : '…'}`
      : paymentMethod === 'cash'
        ? `w kasie ${basis.texts.officeGenitive}`
        : paymentMethods.postalOrder;
  if (once) return `Świadczenie zostanie wypłacone ${how}${periodFrom ? ` w miesiącu ${formatMonthPl(monthOf(periodFrom))}` : ''}${payDay ? `, do ${payDay}. dnia miesiąca` : ''}.`;
  return `Świadczenie będzie wypłacane ${how}${payDay ? `, do ${payDay}. dnia każdego miesiąca` : ', co miesiąc'}.`;
}

function period(fields: DecisionFields): string {
  if (!fields.periodFrom) return '';
  return fields.periodUntil ? `na okres od ${date(fields.periodFrom)} do ${date(fields.periodUntil)}` : `od ${date(fields.periodFrom)} na czas nieokreślony`;
}

function grantRuling(basis: DecisionBasis): string[] {
  const { benefit, fields } = basis;
  const words = benefitWording[benefit];
  const amount = decisionAmount(basis);
  const points: string[] = [];
  if (words.money === 'monthly') {
    points.push(sentence(`Przyznać stronie ${words.accusative} w kwocie ${amount === null ? '…' : money(amount)} miesięcznie ${period(fields)}`));
    const first = decisionFirstMonth(basis);
    if (first) points.push(`Za okres od ${date(first.from)} do ${date(first.to)} świadczenie wynosi ${money(first.amount)}.`);
    const payment = paymentPoint(basis, false);
    if (payment) points.push(payment);
    if (benefit === 'permanentAllowance') {
      points.push('Od zasiłku stałego ośrodek opłaca składkę na ubezpieczenie zdrowotne, jeżeli strona nie podlega temu ubezpieczeniu z innego tytułu.');
    }
  } else if (benefit === 'careServices') {
    const care = fields.careServices;
    points.push(
      care
        ? sentence(`Przyznać stronie ${words.accusative} w zakresie: ${care.scope}, w wymiarze ${String(care.hoursPerWeek).replace('.', ',')} godz. tygodniowo, ${period(fields)}`)
        : sentence(`Przyznać stronie ${words.accusative} ${period(fields)}`),
    );
    if (care) {
      const fee = percentOf(care.hourlyCost, care.feePercent, 'halfUp');
      points.push(
        care.feePercent === 0
          ? `Usługi są nieodpłatne (koszt jednej godziny usług: ${formatMoney(care.hourlyCost)}).`
          : `Ustalić odpłatność za usługi w wysokości ${care.feePercent}% kosztu jednej godziny usług (${formatMoney(care.hourlyCost)}), tj. ${money(fee)} za godzinę${basis.texts.careServicesResolution ? `, zgodnie z ${basis.texts.careServicesResolution}` : ''}.`,
      );
    }
  } else if (benefit === 'careHome') {
    const home = fields.careHome;
    points.push(home ? `Skierować stronę do domu pomocy społecznej: ${home.homeName}, ${home.homeAddress}.` : 'Skierować stronę do domu pomocy społecznej.');
    points.push('Odpłatność za pobyt w domu pomocy społecznej zostanie ustalona odrębną decyzją (art. 59 ust. 1 ustawy o pomocy społecznej).');
  } else if (benefit === 'funeral') {
    points.push(`Przyznać ${words.accusative}${fields.purpose ? ` w zakresie: ${fields.purpose}` : ''}${amount === null ? '' : `, w kwocie kosztów ${money(amount)}`}.`);
    points.push('Wydatki na sprawienie pogrzebu podlegają zwrotowi z masy spadkowej albo od osób zobowiązanych (art. 96 ust. 3 ustawy o pomocy społecznej).');
  } else if (words.money === 'once') {
    points.push(`Przyznać stronie ${words.accusative} w kwocie ${amount === null ? '…' : money(amount)}${fields.purpose ? ` z przeznaczeniem na ${fields.purpose}` : ''}.`);
    const payment = paymentPoint(basis, true);
    if (payment) points.push(payment);
  } else {
    points.push(sentence(`Przyznać stronie ${words.accusative}${fields.purpose ? ` w zakresie: ${fields.purpose}` : ''} ${period(fields)}`));
  }
  return points;
}

function ruling(basis: DecisionBasis): string[] {
  const words = benefitWording[basis.benefit];
  const earlier = basis.refersTo ? `decyzję nr ${basis.refersTo.decisionNumber} z dnia ${date(basis.refersTo.issuedOn)}` : 'decyzję …';
  const from = basis.fields.periodFrom ? date(basis.fields.periodFrom) : '…';
  let points: string[];
  switch (basis.kind) {
    case 'grant':
      points = grantRuling(basis);
      break;
    case 'refusal':
      points = [`Odmówić stronie przyznania ${words.genitive}.`];
      break;
    case 'change': {
      const amount = decisionAmount(basis);
      points = [
        `Zmienić ${earlier} przyznającą stronie ${words.accusative} w ten sposób, że od dnia ${from} świadczenie przysługuje w kwocie ${amount === null ? '…' : money(amount)} miesięcznie.`,
        'Pozostałe rozstrzygnięcia zmienianej decyzji pozostają bez zmian.',
      ];
      break;
    }
    case 'suspension':
      points = [`Wstrzymać od dnia ${from} wypłatę świadczenia — ${words.genitive} — przyznanego stronie ${earlier.replace('decyzję', 'decyzją')}.`];
      break;
    case 'revocation':
      points = [`Uchylić od dnia ${from} ${earlier} przyznającą stronie ${words.accusative}.`];
      break;
  }
  if (basis.fields.immediateEnforceabilityReason) points.push('Decyzji nadaje się rygor natychmiastowej wykonalności.');
  return points;
}

/** One computation trace as sentences a party can follow: each step with its figures, then the result. */
export function traceSentences(trace: ComputationTrace): string[] {
  const steps = trace.steps.map((step) => {
    // A comparison reads "600,00 zł < 1 010,00 zł — tak"; a computation "1 313,00 zł − 600,00 zł = 713,00 zł".
    const result = step.unit === 'yesNo' ? ` — ${formatTraceValue(step)}` : ` = ${formatTraceValue(step)}`;
    return sentence(`${capitalise(step.label)}: ${step.formula}${result}${step.note ? ` (${step.note.replace(/\.$/, '')})` : ''}`);
  });
  return [`${trace.title} (${trace.legalBasis}):`, ...steps, `${capitalise(trace.result.label)}: ${formatTraceValue(trace.result)}.`];
}

function householdSentence(basis: DecisionBasis): string | null {
  if (!basis.interview) return null;
  const others = basis.household.slice(1);
  const composition =
    others.length === 0
      ? 'strona prowadzi jednoosobowe gospodarstwo domowe'
      : `gospodarstwo domowe strony ${basis.household.length < 5 ? 'tworzą' : 'tworzy'} ${plural(basis.household.length, 'osoba', 'osoby', 'osób')}: ${basis.household.map((member) => `${member.fullName} (${member.relation.toLowerCase()})`).join(', ')}`;
  return `W dniu ${date(basis.interview.date)} pracownik socjalny przeprowadził rodzinny wywiad środowiskowy (art. 106 ust. 4 ustawy o pomocy społecznej). Ustalono, że ${composition}.`;
}

function incomeSentence(basis: DecisionBasis): string | null {
  const computation = basis.computation;
  if (!computation || !benefitKinds[basis.benefit].incomeTested) return null;
  const income = computation.income;
  const perPerson = income.livesAlone ? '' : `, tj. ${formatMoney(income.perPersonIncome)} na osobę`;
  return `Dochód ${income.livesAlone ? 'strony' : 'gospodarstwa domowego'} za miesiąc ${formatMonthPl(income.incomeMonth)}, obliczony zgodnie z art. 8 ustawy o pomocy społecznej wynosi ${formatMoney(income.householdIncome)}${perPerson}. Zastosowano ${computation.thresholdCitation}.`;
}

function reasonsSection(basis: DecisionBasis): string[] {
  const paragraphs: string[] = [];
  const words = benefitWording[basis.benefit];
  if (basis.kind === 'grant' || basis.kind === 'refusal') {
    paragraphs.push(`W dniu ${date(basis.applicationDate)} strona złożyła wniosek o przyznanie ${words.genitive}. Powód udzielenia pomocy: ${citeReasons(basis.reasons)} ustawy o pomocy społecznej.`);
  } else if (basis.refersTo) {
    paragraphs.push(`Decyzją nr ${basis.refersTo.decisionNumber} z dnia ${date(basis.refersTo.issuedOn)} przyznano stronie ${words.accusative}.`);
  }
  const household = householdSentence(basis);
  if (household) paragraphs.push(household);
  if (basis.fields.factualReasons) paragraphs.push(...basis.fields.factualReasons.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean));
  const income = incomeSentence(basis);
  if (income) paragraphs.push(income);
  const computed = basis.benefitComputation;
  if (computed && basis.kind !== 'suspension' && basis.kind !== 'revocation') {
    paragraphs.push(computed.reason);
    for (const trace of computed.traces) paragraphs.push(traceSentences(trace).join(' '));
  }
  if (basis.kind === 'change' || basis.kind === 'revocation') {
    paragraphs.push('Decyzja działa wyłącznie na przyszłość: od dnia wskazanego w rozstrzygnięciu; świadczenia za okres wcześniejszy pozostają bez zmian (art. 106 ust. 5 ustawy o pomocy społecznej).');
  }
  if (basis.fields.immediateEnforceabilityReason) {
    paragraphs.push(`Decyzji nadano rygor natychmiastowej wykonalności (art. 108 § 1 k.p.a.), ponieważ ${basis.fields.immediateEnforceabilityReason.replace(/\.$/, '')}.`);
  }
  return paragraphs;
}

function instructions(basis: DecisionBasis): string[] {
  const paragraphs = [
    `Od niniejszej decyzji przysługuje stronie odwołanie do ${basis.texts.appealBody} za pośrednictwem ${basis.texts.officeGenitive} w terminie 14 dni od dnia jej doręczenia (art. 127 § 1 i art. 129 § 1 i 2 k.p.a.).`,
    'W trakcie biegu terminu do wniesienia odwołania strona może zrzec się prawa do wniesienia odwołania wobec organu, który wydał decyzję. Z dniem doręczenia organowi oświadczenia o zrzeczeniu się prawa do wniesienia odwołania przez ostatnią ze stron postępowania decyzja staje się ostateczna i prawomocna (art. 127a k.p.a.).',
  ];
  if (basis.kind === 'grant') {
    paragraphs.push('Decyzja uwzględniająca w całości żądanie strony podlega wykonaniu przed upływem terminu do wniesienia odwołania (art. 130 § 4 k.p.a.).');
    if (basis.texts.changeReportingParagraph) paragraphs.push(basis.texts.changeReportingParagraph);
    if (basis.texts.undueBenefitsParagraph && benefitWording[basis.benefit].money) paragraphs.push(basis.texts.undueBenefitsParagraph);
  }
  return paragraphs;
}

/** Reasons may be left out only when the request is granted in full (k.p.a. art. 107 § 4). */
export function reasonsOmitted(basis: Pick<DecisionBasis, 'kind' | 'fields'>): boolean {
  return basis.kind === 'grant' && basis.fields.omitReasons;
}

/** The decision laid out as the party receives it (DOMAIN.md §7). */
export function buildDecisionDocument(basis: DecisionBasis, options: { createdAt: string; footerNote: string | null }): OfficialDocument {
  const draft = basis.number === null;
  const sections = reasonsOmitted(basis) ? [] : [{ heading: 'Uzasadnienie', paragraphs: reasonsSection(basis) }];
  sections.push({ heading: 'Pouczenie', paragraphs: instructions(basis) });
  return {
    metadataTitle: draft ? `Projekt decyzji — ${basis.caseRef}` : `Decyzja nr ${basis.number}`,
    createdAt: options.createdAt,
    header: { officeName: basis.office.officeName, lines: [...basis.office.addressLines, ...(basis.office.contactLine ? [basis.office.contactLine] : [])] },
    placeAndDate: `${basis.office.town}, dnia ${date(basis.issuedOn)}`,
    caseRef: basis.caseRef,
    addressee: { name: basis.party.fullName, lines: basis.party.addressLines },
    title: `DECYZJA nr ${basis.number ?? '……………'}`,
    subtitle: `${decisionKinds[basis.kind].title} ${benefitWording[basis.benefit].genitive}`,
    opening: legalBasis(basis),
    rulingLead: 'orzekam:',
    ruling: ruling(basis),
    sections,
    signature: { onBehalf: basis.texts.organGenitive ? `z up. ${basis.texts.organGenitive}` : null, name: basis.signer.name, post: basis.signer.post },
    recipients: [`${basis.party.fullName}, ${basis.party.addressLines.join(', ')}`, 'a/a'],
    draft,
    footerNote: options.footerNote,
  };
}
