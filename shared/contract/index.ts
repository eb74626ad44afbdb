import { z } from 'zod';
import { auditContract } from './audit';
import { bankAccountsContract } from './bank-accounts';
import { authContract } from './auth';
import { backupsContract } from './backups';
import { casesContract, eligibilityContract } from './cases';
import { certificatesContract } from './certificates';
import { dashboardContract } from './dashboard';
import { decisionsContract } from './decisions';
import { householdsContract } from './households';
import { paymentsContract } from './payments';
import { legalParametersContract } from './legal-parameters';
import { officeContract } from './office';
import { personsContract, personsHistoryContract } from './persons';
import { registersContract } from './registers';
import { reportsContract } from './reports';
import { settingsContract } from './settings';
import { setupContract } from './setup';
import { systemContract } from './system';
import { usersContract } from './users';
import { worklistContract } from './worklist';

// zod's own messages (wrong type, too long…) in Polish, on both sides of the contract.
z.config(z.locales.pl());

export interface MethodDefinition {
  summary: string;
  input: z.ZodType;
  output: z.ZodType;
}

/** Every method of the program: the allow-list of both transports. */
export const contract = {
  ...setupContract,
  ...authContract,
  ...usersContract,
  ...auditContract,
  ...backupsContract,
  ...personsContract,
  ...personsHistoryContract,
  ...certificatesContract,
  ...bankAccountsContract,
  ...casesContract,
  ...eligibilityContract,
  ...decisionsContract,
  ...paymentsContract,
  ...reportsContract,
  ...registersContract,
  ...dashboardContract,
  ...worklistContract,
  ...householdsContract,
  ...legalParametersContract,
  ...settingsContract,
  ...officeContract,
  ...systemContract,
} satisfies Record<string, MethodDefinition>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (before defaults and trimming). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a service receives (after validation). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
