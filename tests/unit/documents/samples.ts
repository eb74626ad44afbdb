import type { OfficialDocument } from '../../../shared/domain/official-document';

/** Sample documents shared by the documents tests and scripts/preview-documents.ts (which renders them to look at). */

const office: OfficialDocument['header'] = {
  officeName: 'Gminny Ośrodek Pomocy Społecznej w Sitnie',
  lines: ['Sitno 73, 22-424 Sitno', 'tel. 84 611 22 33, e-mail: gops@sitno.pl'],
};

const signature: OfficialDocument['signature'] = {
  onBehalf: 'z up. Wójta Gminy Sitno',
  name: 'Małgorzata Żółkiewska-Łęcka',
  post: 'Kierownik Gminnego Ośrodka Pomocy Społecznej w Sitnie',
};

const pouczenie = [
  'Od niniejszej decyzji przysługuje stronie odwołanie do Samorządowego Kolegium Odwoławczego w Zamościu za pośrednictwem Gminnego Ośrodka Pomocy Społecznej w Sitnie, w terminie 14 dni od dnia jej doręczenia.',
  'W trakcie biegu terminu do wniesienia odwołania strona może zrzec się prawa do wniesienia odwołania wobec organu administracji publicznej, który wydał decyzję (art. 127a § 1 k.p.a.). Z dniem doręczenia organowi oświadczenia o zrzeczeniu się prawa do wniesienia odwołania przez ostatnią ze stron postępowania decyzja staje się ostateczna i prawomocna (art. 127a § 2 k.p.a.).',
  'Strona jest obowiązana niezwłocznie poinformować organ, który przyznał świadczenie, o każdej zmianie w jej sytuacji osobistej, dochodowej i majątkowej, która wiąże się z podstawą do przyznania świadczenia (art. 109 ustawy o pomocy społecznej). Świadczenia nienależnie pobrane podlegają zwrotowi (art. 98 ustawy o pomocy społecznej).',
];

/** A grant of zasiłek stały to a long-named party in a three-person household, with reasons long enough for two pages. */
export function grantDecision(overrides: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    metadataTitle: 'Decyzja nr 15/8311/2026',
    createdAt: '2026-03-16T09:30:00.000Z',
    header: office,
    placeAndDate: 'Sitno, dnia 16.03.2026 r.',
    caseRef: 'GOPS.8311.15.2026',
    addressee: {
      name: 'Pani Katarzyna Aleksandra Wiśniewska-Grzegorzewska',
      lines: ['Zagroda 115A/12, Kolonia Źrebce Górne', '22-424 Sitno'],
    },
    title: 'DECYZJA nr 15/8311/2026',
    subtitle: 'o przyznaniu zasiłku stałego',
    opening:
      'Na podstawie art. 104 ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego (Dz.U. z 2025 r. poz. 1691), art. 37 ust. 1 pkt 2 i ust. 2 pkt 2 w związku z art. 7 pkt 5, art. 8, art. 106 ust. 1 i art. 110 ust. 1 ustawy z dnia 12 marca 2004 r. o pomocy społecznej (Dz.U. z 2025 r. poz. 1214) oraz upoważnienia Wójta Gminy Sitno, po rozpatrzeniu wniosku Pani Katarzyny Aleksandry Wiśniewskiej-Grzegorzewskiej z dnia 2 marca 2026 r.',
    rulingLead: 'orzekam:',
    ruling: [
      'Przyznać Pani Katarzynie Aleksandrze Wiśniewskiej-Grzegorzewskiej, PESEL 02211307589, zamieszkałej: Zagroda 115A/12, Kolonia Źrebce Górne, 22-424 Sitno, zasiłek stały w wysokości 310,60 zł (słownie: trzysta dziesięć złotych 60/100) miesięcznie.',
      'Zasiłek przyznaje się na okres od 1 marca 2026 r. do 31 marca 2027 r.; za marzec 2026 r. zasiłek wynosi 290,56 zł (słownie: dwieście dziewięćdziesiąt złotych 56/100), proporcjonalnie do liczby dni od złożenia wniosku.',
      'Zasiłek będzie wypłacany przelewem na rachunek bankowy nr 12 1020 5356 0000 1802 0012 3456 do 10. dnia każdego miesiąca.',
    ],
    sections: [
      {
        heading: 'Uzasadnienie',
        paragraphs: [
          'W dniu 2 marca 2026 r. do Gminnego Ośrodka Pomocy Społecznej w Sitnie wpłynął wniosek Pani Katarzyny Aleksandry Wiśniewskiej-Grzegorzewskiej o przyznanie zasiłku stałego. W dniu 5 marca 2026 r. pracownik socjalny przeprowadził w miejscu zamieszkania wnioskodawczyni rodzinny wywiad środowiskowy.',
          'Z wywiadu wynika, że wnioskodawczyni prowadzi wspólne gospodarstwo domowe z mężem, Panem Łukaszem Grzegorzewskim (lat 47), oraz synem, Jędrzejem Grzegorzewskim (lat 19), uczniem technikum. Wnioskodawczyni legitymuje się orzeczeniem o znacznym stopniu niepełnosprawności wydanym przez Powiatowy Zespół do Spraw Orzekania o Niepełnosprawności w Zamościu na stałe, jest całkowicie niezdolna do pracy z powodu niepełnosprawności i nie posiada własnego dochodu.',
          'Dochód rodziny w miesiącu poprzedzającym złożenie wniosku (luty 2026 r.) wyniósł 1537,20 zł i składał się z wynagrodzenia męża za pracę w wysokości 1187,20 zł netto oraz zasiłku rodzinnego na syna w wysokości 124,00 zł i dodatku z tytułu kształcenia w wysokości 226,00 zł. Dochód na osobę w rodzinie wynosi 512,40 zł (1537,20 zł : 3 osoby) i nie przekracza kryterium dochodowego na osobę w rodzinie, które wynosi 823,00 zł.',
          'Zgodnie z art. 37 ust. 2 pkt 2 ustawy o pomocy społecznej zasiłek stały ustala się w przypadku osoby w rodzinie w wysokości różnicy między kryterium dochodowym na osobę w rodzinie a dochodem na osobę w rodzinie, nie więcej jednak niż 1229,00 zł miesięcznie. Różnica wynosi 823,00 zł − 512,40 zł = 310,60 zł. Kwota ta jest wyższa od kwoty minimalnej 30,00 zł, o której mowa w art. 37 ust. 3 ustawy.',
          'Za miesiąc, w którym złożono wniosek, zasiłek przysługuje w wysokości proporcjonalnej do liczby dni od dnia złożenia wniosku do końca miesiąca: 310,60 zł × 29/31 dni = 290,56 zł.',
          'Pracownik socjalny ustalił ponadto, że rodzina zajmuje mieszkanie o powierzchni 48 m² w budynku wielorodzinnym, ogrzewane piecem kaflowym; wydatki na utrzymanie mieszkania, leki i dojazdy na rehabilitację stanowią znaczną część dochodu rodziny. Mąż wnioskodawczyni sprawuje nad nią opiekę po godzinach pracy, syn pomaga w codziennych czynnościach. Rodzina nie posiada gospodarstwa rolnego ani innego majątku, który mógłby zostać wykorzystany do zaspokojenia jej potrzeb.',
          'Wnioskodawczyni spełnia zatem przesłanki przyznania zasiłku stałego określone w art. 37 ust. 1 pkt 2 ustawy o pomocy społecznej: jest pełnoletnia, całkowicie niezdolna do pracy z powodu niepełnosprawności, a dochód na osobę w jej rodzinie jest niższy od kryterium dochodowego na osobę w rodzinie. Okoliczność wymieniona w art. 7 pkt 5 ustawy (niepełnosprawność) stanowi powód udzielenia pomocy.',
          'Okres przyznania zasiłku ustalono z uwagi na termin ponownej weryfikacji sytuacji dochodowej rodziny. Przed upływem tego okresu organ przeprowadzi aktualizację wywiadu środowiskowego, nie rzadziej niż co 6 miesięcy, zgodnie z art. 107 ust. 4a ustawy o pomocy społecznej, a w razie zmiany dochodu rodziny zmieni wysokość świadczenia odrębną decyzją.',
          'Mając na uwadze powyższe, orzeczono jak w sentencji. Ze względu na to, że decyzja uwzględnia w całości żądanie strony, organ mógłby odstąpić od jej uzasadnienia (art. 107 § 4 k.p.a.); uzasadnienie sporządzono jednak, aby strona znała sposób wyliczenia świadczenia.',
        ],
      },
      { heading: 'Pouczenie', paragraphs: pouczenie },
    ],
    signature,
    recipients: ['Strona', 'a/a'],
    draft: false,
    footerNote: 'Skrót treści SHA-256: 3f2a9c1b7d0e5a48',
    ...overrides,
  };
}

/** The same grant before signing: no number yet, "PROJEKT" on every page. */
export function draftDecision(): OfficialDocument {
  return grantDecision({
    metadataTitle: 'Projekt decyzji GOPS.8311.15.2026',
    title: 'DECYZJA nr …',
    draft: true,
    footerNote: null,
  });
}

/** A short letter: the call to complete an application (art. 64 § 2 k.p.a.). */
export function shortLetter(): OfficialDocument {
  return {
    metadataTitle: 'Wezwanie GOPS.8311.22.2026',
    createdAt: '2026-03-18T11:05:00.000Z',
    header: office,
    placeAndDate: 'Sitno, dnia 18.03.2026 r.',
    caseRef: 'GOPS.8311.22.2026',
    addressee: { name: 'Pan Zdzisław Ćwikła', lines: ['Źrebce 4', '22-424 Sitno'] },
    title: 'WEZWANIE',
    subtitle: 'do uzupełnienia braków formalnych wniosku',
    opening:
      'Na podstawie art. 64 § 2 ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego wzywam Pana do uzupełnienia wniosku z dnia 10 marca 2026 r. o przyznanie zasiłku okresowego w terminie 7 dni od dnia doręczenia niniejszego wezwania, przez dostarczenie zaświadczenia o wysokości dochodu z lutego 2026 r.',
    rulingLead: null,
    ruling: [],
    sections: [
      {
        heading: '',
        paragraphs: ['Nieusunięcie braków w wyznaczonym terminie spowoduje pozostawienie wniosku bez rozpoznania.'],
      },
    ],
    signature: { onBehalf: null, name: 'Anna Ślęzak', post: 'starszy pracownik socjalny' },
    recipients: ['Adresat', 'a/a'],
    draft: false,
    footerNote: null,
  };
}

/** Every Polish letter, upper and lower case, as it must come out of a PDF. */
export const polishLetters = 'ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ';
