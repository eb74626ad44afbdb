import { formatDatePl } from './calendar';
import { benefitWording } from './decisions';
import type { BenefitKind } from './cases';
import type { DecisionTexts } from './decision-texts';
import type { OfficialDocument } from './official-document';

/**
 * The two letters the worklist asks for (DOMAIN.md §6): the notice that a case will be late, with its new date
 * (k.p.a. art. 36), and the call to complete an application (art. 64 § 2). Laid out by the same engine as decisions.
 */
export type LetterContent =
  | { kind: 'delayNotice'; newDate: string; delayReason: string }
  | { kind: 'completionCall'; missing: string; days: number };

export interface LetterBasis {
  letter: LetterContent;
  office: { officeName: string; addressLines: string[]; contactLine: string | null; town: string };
  texts: DecisionTexts;
  caseRef: string;
  applicationDate: string;
  benefits: BenefitKind[];
  party: { fullName: string; addressLines: string[] };
  issuedOn: string;
  signer: { name: string; post: string };
}

const date = (iso: string) => `${formatDatePl(iso)} r.`;

function askedFor(benefits: BenefitKind[]): string {
  return benefits.map((benefit) => benefitWording[benefit].genitive).join(', ');
}

export function buildLetterDocument(basis: LetterBasis, createdAt: string): OfficialDocument {
  const kpa = `ustawy z dnia 14 czerwca 1960 r. — Kodeks postępowania administracyjnego (${basis.texts.kpaCitation})`;
  const application = `wniosku z dnia ${date(basis.applicationDate)} o przyznanie ${askedFor(basis.benefits)}`;
  const { letter } = basis;
  const content =
    letter.kind === 'delayNotice'
      ? {
          title: 'ZAWIADOMIENIE',
          subtitle: 'o niezałatwieniu sprawy w terminie',
          opening: `Na podstawie art. 36 § 1 ${kpa} zawiadamiam, że sprawa z ${application} nie zostanie załatwiona w terminie.`,
          sections: [
            { heading: '', paragraphs: [`Przyczyna zwłoki: ${letter.delayReason.replace(/\.$/, '')}.`, `Nowy termin załatwienia sprawy: ${date(letter.newDate)}`] },
            {
              heading: 'Pouczenie',
              paragraphs: [
                `Stronie przysługuje prawo do wniesienia ponaglenia do ${basis.texts.appealBody} za pośrednictwem ${basis.texts.officeGenitive}, jeżeli sprawa nie zostanie załatwiona w terminie (bezczynność) albo postępowanie jest prowadzone dłużej, niż jest to niezbędne (przewlekłość) — art. 37 § 1 i 3 k.p.a.`,
              ],
            },
          ],
        }
      : {
          title: 'WEZWANIE',
          subtitle: 'do uzupełnienia braków wniosku',
          opening: `Na podstawie art. 64 § 2 ${kpa} wzywam do uzupełnienia braków ${application} w terminie ${letter.days} dni od dnia doręczenia niniejszego wezwania.`,
          sections: [
            { heading: '', paragraphs: [`Należy uzupełnić: ${letter.missing.replace(/\.$/, '')}.`] },
            {
              heading: 'Pouczenie',
              paragraphs: ['Nieusunięcie braków w wyznaczonym terminie spowoduje pozostawienie wniosku bez rozpoznania (art. 64 § 2 k.p.a.).'],
            },
          ],
        };
  return {
    metadataTitle: `${content.title === 'ZAWIADOMIENIE' ? 'Zawiadomienie' : 'Wezwanie'} — ${basis.caseRef}`,
    createdAt,
    header: { officeName: basis.office.officeName, lines: [...basis.office.addressLines, ...(basis.office.contactLine ? [basis.office.contactLine] : [])] },
    placeAndDate: `${basis.office.town}, dnia ${date(basis.issuedOn)}`,
    caseRef: basis.caseRef,
    addressee: { name: basis.party.fullName, lines: basis.party.addressLines },
    title: content.title,
    subtitle: content.subtitle,
    opening: content.opening,
    rulingLead: null,
    ruling: [],
    sections: content.sections,
    signature: { onBehalf: basis.texts.organGenitive ? `z up. ${basis.texts.organGenitive}` : null, name: basis.signer.name, post: basis.signer.post },
    recipients: [`${basis.party.fullName}, ${basis.party.addressLines.join(', ')}`, 'a/a'],
    draft: false,
    footerNote: null,
  };
}
