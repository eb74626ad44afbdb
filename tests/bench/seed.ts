import { personSearchText } from '../../shared/domain/search';
import type { Db } from '../../db/open';
import { persons } from '../../db/schema';

/** A reproducible pseudo-random generator, so that every run seeds the same register. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const maleFirst = ['Jan', 'Andrzej', 'Piotr', 'Krzysztof', 'Stanisław', 'Tomasz', 'Paweł', 'Józef', 'Marcin', 'Marek', 'Michał', 'Grzegorz', 'Jerzy', 'Tadeusz', 'Adam', 'Łukasz', 'Zbigniew', 'Ryszard', 'Dariusz', 'Henryk', 'Mariusz', 'Kazimierz', 'Wojciech', 'Robert', 'Mateusz', 'Marian', 'Rafał', 'Jacek', 'Janusz', 'Mirosław', 'Maciej', 'Sławomir', 'Jarosław', 'Kamil', 'Wiesław', 'Roman', 'Władysław', 'Jakub', 'Artur', 'Zdzisław'];
const femaleFirst = ['Anna', 'Maria', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Krystyna', 'Elżbieta', 'Zofia', 'Teresa', 'Magdalena', 'Joanna', 'Janina', 'Monika', 'Danuta', 'Jadwiga', 'Aleksandra', 'Halina', 'Irena', 'Beata', 'Marta', 'Dorota', 'Helena', 'Karolina', 'Jolanta', 'Iwona', 'Marianna', 'Natalia', 'Bożena', 'Grażyna', 'Stanisława', 'Urszula', 'Justyna', 'Renata', 'Alicja', 'Paulina', 'Sylwia', 'Agata', 'Żaneta'];
const surnames: [string, string][] = [
  ['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kowalczyk', 'Kowalczyk'],
  ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Woźniak', 'Woźniak'],
  ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'], ['Jankowski', 'Jankowska'], ['Mazur', 'Mazur'], ['Kwiatkowski', 'Kwiatkowska'],
  ['Krawczyk', 'Krawczyk'], ['Piotrowski', 'Piotrowska'], ['Grabowski', 'Grabowska'], ['Nowakowski', 'Nowakowska'], ['Pawłowski', 'Pawłowska'],
  ['Michalski', 'Michalska'], ['Nowicki', 'Nowicka'], ['Adamczyk', 'Adamczyk'], ['Dudek', 'Dudek'], ['Zając', 'Zając'],
  ['Wieczorek', 'Wieczorek'], ['Jabłoński', 'Jabłońska'], ['Król', 'Król'], ['Majewski', 'Majewska'], ['Olszewski', 'Olszewska'],
  ['Jaworski', 'Jaworska'], ['Wróbel', 'Wróbel'], ['Malinowski', 'Malinowska'], ['Pawlak', 'Pawlak'], ['Witkowski', 'Witkowska'],
  ['Walczak', 'Walczak'], ['Stępień', 'Stępień'], ['Górski', 'Górska'], ['Rutkowski', 'Rutkowska'], ['Michalak', 'Michalak'],
  ['Sikora', 'Sikora'], ['Ostrowski', 'Ostrowska'], ['Baran', 'Baran'], ['Duda', 'Duda'], ['Szewczyk', 'Szewczyk'],
  ['Tomaszewski', 'Tomaszewska'], ['Pietrzak', 'Pietrzak'], ['Marciniak', 'Marciniak'], ['Wróblewski', 'Wróblewska'], ['Zalewski', 'Zalewska'],
  ['Jakubowski', 'Jakubowska'], ['Jasiński', 'Jasińska'], ['Zawadzki', 'Zawadzka'], ['Sadowski', 'Sadowska'], ['Bąk', 'Bąk'],
  ['Chmielewski', 'Chmielewska'], ['Włodarczyk', 'Włodarczyk'], ['Borkowski', 'Borkowska'], ['Czarnecki', 'Czarnecka'], ['Sawicki', 'Sawicka'],
  ['Sokołowski', 'Sokołowska'], ['Urbański', 'Urbańska'], ['Kubiak', 'Kubiak'], ['Maciejewski', 'Maciejewska'], ['Szczepański', 'Szczepańska'],
  ['Kucharski', 'Kucharska'], ['Wilk', 'Wilk'], ['Kalinowski', 'Kalinowska'], ['Lis', 'Lis'], ['Mazurek', 'Mazurek'],
  ['Wysocki', 'Wysocka'], ['Adamski', 'Adamska'], ['Kaźmierczak', 'Kaźmierczak'], ['Wasilewski', 'Wasilewska'], ['Sobczak', 'Sobczak'],
  ['Czerwiński', 'Czerwińska'], ['Andrzejewski', 'Andrzejewska'], ['Cieślak', 'Cieślak'], ['Głowacki', 'Głowacka'], ['Zakrzewski', 'Zakrzewska'],
  ['Kołodziej', 'Kołodziej'], ['Sikorski', 'Sikorska'], ['Krajewski', 'Krajewska'], ['Gajewski', 'Gajewska'], ['Szymczak', 'Szymczak'],
  ['Szulc', 'Szulc'], ['Baranowski', 'Baranowska'], ['Laskowski', 'Laskowska'], ['Brzeziński', 'Brzezińska'], ['Makowski', 'Makowska'],
  ['Ziółkowski', 'Ziółkowska'], ['Przybylski', 'Przybylska'], ['Żółć', 'Żółć'], ['Łuczak', 'Łuczak'], ['Ślusarczyk', 'Ślusarczyk'],
];
const villages = ['Sitno', 'Bródek', 'Wólka Horyniecka', 'Zamszany', 'Sitaniec', 'Jatutów', 'Kornelówka', 'Cześniki', 'Łabunie', 'Wysokie', 'Stary Zamość', 'Udrycze', 'Horyszów', 'Dębowiec', 'Koniuchy', 'Sulmice', 'Czołki', 'Janówka', 'Żdanów', 'Świdniki'];

/** Streets exist only in the larger villages; most addresses are "village house number". */
const streets = ['Lipowa', 'Szkolna', 'Kościelna', 'Polna', 'Ogrodowa', 'Łąkowa', 'Spokojna', 'Zamojska'];

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
function pesel(year: number, month: number, day: number, serial: number, female: boolean): string {
  const monthCode = month + (year >= 2000 ? 20 : 0);
  let serialDigits = String(serial).padStart(4, '0');
  const sexDigit = Number(serialDigits[3]);
  if ((sexDigit % 2 === 0) !== female) serialDigits = serialDigits.slice(0, 3) + String((sexDigit + 1) % 10);
  const first10 = String(year % 100).padStart(2, '0') + String(monthCode).padStart(2, '0') + String(day).padStart(2, '0') + serialDigits;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first10[index]), 0);
  return first10 + String((10 - (sum % 10)) % 10);
}

export interface SeededPerson {
  id: number;
  firstName: string;
  lastName: string;
  pesel: string;
  birthDate: string;
  sex: 'F' | 'M';
  locality: string;
  street: string | null;
  houseNumber: string;
  phone: string | null;
}

/** Inserts `count` persons of a rural gmina in one transaction; returns them for building queries. */
export function seedPersons(db: Db, count: number, seed = 20251): SeededPerson[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const used = new Set<string>();
  const seeded: SeededPerson[] = [];
  const now = new Date('2026-01-15T09:00:00Z').getTime();
  db.transaction((tx) => {
    while (seeded.length < count) {
      const female = random() < 0.52;
      const year = 1930 + Math.floor(random() * 90);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const id = pesel(year, month, day, Math.floor(random() * 10000), female);
      if (used.has(id)) continue;
      used.add(id);
      const [male, femaleForm] = pick(surnames);
      const lastName = female ? femaleForm : male;
      const firstName = female ? pick(femaleFirst) : pick(maleFirst);
      const village = pick(villages);
      const stamp = new Date(now - Math.floor(random() * 3e10)).toISOString();
      const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const sex = female ? 'F' : 'M';
      const street = random() < 0.3 ? pick(streets) : null;
      const houseNumber = String(1 + Math.floor(random() * 150));
      const phone = random() < 0.6 ? `${5 + Math.floor(random() * 3)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : null;
      const address = { locality: village, street, houseNumber, flatNumber: null };
      const { lastInsertRowid } = tx
        .insert(persons)
        .values({
          firstName,
          lastName,
          pesel: id,
          idDocument: null,
          birthDate,
          sex,
          ...address,
          postalCode: '22-424',
          postTown: 'Sitno',
          phone,
          peselChecksumAccepted: false,
          searchText: personSearchText({ lastName, firstName, pesel: id, idDocument: null, ...address, phone }),
          createdAt: stamp,
          updatedAt: stamp,
        })
        .run();
      seeded.push({ id: Number(lastInsertRowid), firstName, lastName, pesel: id, birthDate, sex, locality: village, street, houseNumber, phone });
    }
  });
  return seeded;
}
