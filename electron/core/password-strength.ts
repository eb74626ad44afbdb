import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as polish from '@zxcvbn-ts/language-pl';
import { AppError } from '../../shared/errors';

/**
 * How hard a password is to guess, by zxcvbn-ts with the common password lists and the Polish dictionary
 * (common words, first names, surnames), told also the user's own login and name. A password passes at
 * score 3 of 4 (about 10^8 guesses and more): ten characters of "aaaaaaaaaa" or "1234567890" do not.
 */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
/** Built on first use (the dictionaries take a few hundred milliseconds to load), then kept. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...polish.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

export interface PasswordOwner {
  login: string;
  fullName: string;
}

/** The login, the full name and each part of it, lower-case: what someone who knows the user tries first. */
function ownerWords(owner: PasswordOwner, minLength: number): string[] {
  const parts = [owner.login, owner.fullName, ...owner.fullName.split(/[\s-]+/), ...owner.login.split(/[._-]+/)];
  return [...new Set(parts.map((part) => part.trim().toLocaleLowerCase('pl-PL')).filter((part) => part.length >= minLength))];
}

/** The login or a part of the name (four letters and more, so that "Jan" does not refuse "Janów") inside the password. */
function containsOwner(password: string, owner: PasswordOwner): boolean {
  const lower = password.toLocaleLowerCase('pl-PL');
  return ownerWords(owner, 4).some((word) => lower.includes(word));
}

const TIP = ' Użyj kilku niepowiązanych słów, np. „pogodny zegar nad Wieprzem”.';

/** Why a weak password is weak, in words a person can act on; checked from the most telling reason down. */
function reason(result: ZxcvbnResult, password: string, owner: PasswordOwner): string {
  const sequence = result.sequence;
  if (containsOwner(password, owner) || sequence.some((match) => match.dictionaryName === 'userInputs')) {
    return 'Hasło zawiera login, imię lub nazwisko użytkownika — łatwo je odgadnąć.';
  }
  const patterns = new Set(sequence.map((match) => match.pattern));
  const dictionaries = new Set(sequence.map((match) => match.dictionaryName).filter(Boolean));
  if (patterns.has('repeat')) return 'Hasło to powtarzany znak lub fragment (np. „aaaa”, „abcabc”) — łatwo je odgadnąć.';
  if (dictionaries.has('passwords-common')) return 'To jedno z najczęściej używanych haseł (np. „1234567890”, „qwerty”).';
  if (patterns.has('sequence')) return 'Hasło to ciąg kolejnych znaków (np. „1234”, „abcd”) — łatwo je odgadnąć.';
  if (patterns.has('spatial')) return 'Hasło to sąsiednie klawisze (np. „qwerty”, „zaq12wsx”) — łatwo je odgadnąć.';
  if (['maleFirstnames', 'femaleFirstnames', 'maleLastnames', 'femaleLastnames'].some((name) => dictionaries.has(name))) {
    return 'Hasło opiera się na popularnym imieniu lub nazwisku — łatwo je odgadnąć.';
  }
  if (patterns.has('date') || patterns.has('regex')) return 'Hasło opiera się na dacie lub roku — łatwo je odgadnąć.';
  if (dictionaries.size > 0) return 'Hasło opiera się na popularnym słowie — łatwo je odgadnąć.';
  return 'Hasło jest zbyt łatwe do odgadnięcia.';
}

/** Null for a password strong enough, or the Polish reason why it is refused. */
export function passwordWeakness(password: string, owner: PasswordOwner): string | null {
  const result = zxcvbn().check(password, ownerWords(owner, 3));
  // The user's own login or name in the password is refused even inside a longer one: it is the first guess.
  if (result.score >= MIN_PASSWORD_SCORE && !containsOwner(password, owner)) return null;
  return `${reason(result, password, owner)}${TIP}`;
}

/** Refuses a weak password at its field (path), with the reason. */
export function assertStrongPassword(password: string, owner: PasswordOwner, path: (string | number)[]): void {
  const weakness = passwordWeakness(password, owner);
  if (weakness) throw new AppError('VALIDATION', weakness, [{ path, message: weakness }]);
}
