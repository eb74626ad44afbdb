import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

/** The register of persons. `search_text` is the normalised name, PESEL and document, indexed by FTS5. */
export const persons = sqliteTable(
  'persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    pesel: text('pesel'),
    idDocument: text('id_document'),
    birthDate: text('birth_date').notNull(),
    sex: text('sex', { enum: ['F', 'M'] }).notNull(),
    locality: text('locality').notNull(),
    street: text('street'),
    houseNumber: text('house_number').notNull(),
    flatNumber: text('flat_number'),
    postalCode: text('postal_code').notNull(),
    postTown: text('post_town').notNull(),
    phone: text('phone'),
    peselChecksumAccepted: integer('pesel_checksum_accepted', { mode: 'boolean' }).notNull().default(false),
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('persons_pesel_unique').on(t.pesel),
    index('persons_search_text').on(t.searchText),
    index('persons_updated_at').on(t.updatedAt),
    check('persons_identified', sql`${t.pesel} IS NOT NULL OR ${t.idDocument} IS NOT NULL`),
  ],
);

export const households = sqliteTable('households', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  createdAt: text('created_at').notNull(),
});

/** A person belongs to at most one household at a time; exactly one member is its head. */
export const householdMembers = sqliteTable(
  'household_members',
  {
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    relation: text('relation').notNull(),
    joinedAt: text('joined_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.householdId, t.personId] }),
    uniqueIndex('household_members_person_unique').on(t.personId),
    uniqueIndex('household_members_one_head').on(t.householdId).where(sql`${t.relation} = 'head'`),
  ],
);

/** One row (id = 1): the organ and the office. */
export const officeSettings = sqliteTable(
  'office_settings',
  {
    id: integer('id').primaryKey(),
    gminaName: text('gmina_name').notNull(),
    officeName: text('office_name').notNull(),
    street: text('street'),
    houseNumber: text('house_number').notNull(),
    postalCode: text('postal_code').notNull(),
    town: text('town').notNull(),
    phone: text('phone'),
    email: text('email'),
    directorName: text('director_name').notNull(),
    directorTitle: text('director_title').notNull(),
    lockAfterMinutes: integer('lock_after_minutes').notNull().default(10),
    /** The gmina council may raise the lowest zasiłek okresowy above 50 % of the shortfall (art. 38 u.p.s.). */
    periodicAllowanceMinPercent: integer('periodic_allowance_min_percent').notNull().default(50),
    /** The first part of every case reference, e.g. GOPS in GOPS.8311.15.2025. */
    caseRefUnit: text('case_ref_unit').notNull().default('GOPS'),
    /** JRWA symbol per kind of help (keys of benefitKinds); a kind not listed uses the default symbol. */
    caseRefSymbols: text('case_ref_symbols', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    /** Texts printed in decisions (citations, the appeal body, standard paragraphs); empty keys take the defaults. */
    decisionTexts: text('decision_texts', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    /** The payer on bank files and lists, the bank file's variant and the budget classification per benefit (shared/domain/payment-settings.ts). */
    paymentSettings: text('payment_settings', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('office_settings_single_row', sql`${t.id} = 1`)],
);

/** People who use the program. Roles are a JSON array (a director may also administer). */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    login: text('login').notNull(),
    fullName: text('full_name').notNull(),
    roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
    /** scrypt$N$r$p$salt$hash — never the password itself. */
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: text('locked_until'),
    lastLoginAt: text('last_login_at'),
    /** Set by the administrator's initial or reset password: the next login asks for a password of one's own. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    /** A deputy acts as director (k.p.a. "z upoważnienia") up to and including this day, granted by a director. */
    deputyUntil: text('deputy_until'),
    deputyGrantedBy: integer('deputy_granted_by'),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_login_unique').on(t.login)],
);

/**
 * Who did what, append-only (triggers refuse UPDATE and DELETE). Each entry carries the hash of the
 * previous one, so that a row altered, removed or slipped in by hand breaks the chain at that place.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id'),
    userName: text('user_name'),
    kind: text('kind').notNull(),
    personId: integer('person_id'),
    summary: text('summary').notNull(),
    details: text('details'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /**
     * The PC of the office network the call came from (office_pcs; no foreign key: a removed PC's entries stay as
     * they were). Both null: the main PC itself, and every entry written before the office network existed.
     */
    pcId: integer('pc_id'),
    pcName: text('pc_name'),
  },
  (t) => [
    index('audit_log_person').on(t.personId, t.id),
    index('audit_log_user').on(t.userId, t.id),
    index('audit_log_kind').on(t.kind, t.id),
    index('audit_log_at').on(t.at),
  ],
);

/**
 * The statutory figures (DOMAIN.md §3) as dated rows: a row applies from valid_from until the next one.
 * Seeded by a migration; an administrator adds the next row when the figures change. Amounts in grosze.
 */
export const legalParameters = sqliteTable('legal_parameters', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  validFrom: text('valid_from').notNull().unique(),
  singleThreshold: integer('single_threshold').notNull(),
  perPersonThreshold: integer('per_person_threshold').notNull(),
  permanentAllowanceMax: integer('permanent_allowance_max').notNull(),
  permanentAllowanceMin: integer('permanent_allowance_min').notNull(),
  permanentAllowanceThresholdPercent: integer('permanent_allowance_threshold_percent').notNull(),
  hectareAmount: integer('hectare_amount').notNull(),
  periodicAllowanceMinimum: integer('periodic_allowance_minimum').notNull(),
  source: text('source').notNull(),
  createdAt: text('created_at').notNull(),
  /** Null for the rows the program shipped with. */
  createdByUserId: integer('created_by_user_id'),
});

/**
 * A case: one application and what follows it (DOMAIN.md §6). The reference `unit.symbol.number.year` is
 * numbered per JRWA symbol and year (case_ref_counters); its parts are kept so the register can be listed.
 * Benefits asked for and reasons (art. 7) are JSON arrays of the keys in shared/domain/cases.ts.
 */
export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseRef: text('case_ref').notNull(),
    refSymbol: text('ref_symbol').notNull(),
    refYear: integer('ref_year').notNull(),
    refNumber: integer('ref_number').notNull(),
    applicantPersonId: integer('applicant_person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    /** The day the application reached the office (k.p.a. art. 61 § 3): the case starts then. */
    applicationDate: text('application_date').notNull(),
    benefits: text('benefits', { mode: 'json' }).$type<string[]>().notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull(),
    workerUserId: integer('worker_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** A complex case has two months for the decision instead of one (k.p.a. art. 35 § 3). */
    complex: integer('complex', { mode: 'boolean' }).notNull().default(false),
    /** Income counts from the application month when an income was lost in it (art. 8 ust. 11 u.p.s.). */
    incomeLostInApplicationMonth: integer('income_lost_in_application_month', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: ['registered', 'interviewDone', 'decided', 'closed'] }).notNull(),
    decidedOn: text('decided_on'),
    /** The last day of the benefit granted (for the worklist: benefits ending soon, interviews to update). */
    benefitUntil: text('benefit_until'),
    closedOn: text('closed_on'),
    closeReason: text('close_reason'),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdByUserId: integer('created_by_user_id').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('cases_case_ref_unique').on(t.caseRef),
    uniqueIndex('cases_ref_number_unique').on(t.refSymbol, t.refYear, t.refNumber),
    index('cases_applicant').on(t.applicantPersonId),
    index('cases_status').on(t.status),
    // Decided cases pile up over the years; the worklist looks only at benefits still running.
    index('cases_status_benefit_until').on(t.status, t.benefitUntil),
    index('cases_worker').on(t.workerUserId, t.status),
  ],
);

/** The last number given per JRWA symbol and year: numbering restarts every year (DOMAIN.md §7). */
export const caseRefCounters = sqliteTable(
  'case_ref_counters',
  {
    symbol: text('symbol').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.symbol, t.year] })],
);

/**
 * A household interview (rodzinny wywiad środowiskowy). Never changed once saved: an update is a new row
 * pointing at the one it replaces, so the earlier interview stays as it was. `computation` is the snapshot of
 * what the program computed from it when it was saved (JSON of CaseComputation), with the parameter row used.
 */
export const interviews = sqliteTable(
  'interviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    supersedesId: integer('supersedes_id'),
    interviewDate: text('interview_date').notNull(),
    workerUserId: integer('worker_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    livesAlone: integer('lives_alone', { mode: 'boolean' }).notNull(),
    incomeMonth: text('income_month').notNull(),
    findings: text('findings').notNull(),
    proposedPeriodicAmount: integer('proposed_periodic_amount'),
    computation: text('computation', { mode: 'json' }).$type<unknown>().notNull(),
    createdByUserId: integer('created_by_user_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('interviews_case').on(t.caseId, t.id)],
);

/** The household as the interview found it (it may differ from the register: people move in and out). */
export const interviewMembers = sqliteTable(
  'interview_members',
  {
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'restrict' }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    relation: text('relation').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.personId] }), index('interview_members_person').on(t.personId)],
);

/** Incomes of the income month per member; amounts in grosze (gross and each deduction). */
export const interviewIncomes = sqliteTable(
  'interview_incomes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'restrict' }),
    personId: integer('person_id').notNull(),
    kind: text('kind').notNull(),
    description: text('description'),
    gross: integer('gross').notNull(),
    tax: integer('tax').notNull().default(0),
    healthContribution: integer('health_contribution').notNull().default(0),
    socialContribution: integer('social_contribution').notNull().default(0),
    oneOffReceivedOn: text('one_off_received_on'),
    position: integer('position').notNull(),
  },
  (t) => [index('interview_incomes_interview').on(t.interviewId)],
);

export const interviewAlimonyPaid = sqliteTable(
  'interview_alimony_paid',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'restrict' }),
    personId: integer('person_id').notNull(),
    amount: integer('amount').notNull(),
    description: text('description'),
    position: integer('position').notNull(),
  },
  (t) => [index('interview_alimony_paid_interview').on(t.interviewId)],
);

/** Farm holdings in hectares przeliczeniowe, kept as ten-thousandths of a hectare (the tax notice's precision). */
export const interviewFarms = sqliteTable(
  'interview_farms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'restrict' }),
    personId: integer('person_id').notNull(),
    hectaresTenThousandths: integer('hectares_ten_thousandths').notNull(),
    description: text('description'),
    position: integer('position').notNull(),
  },
  (t) => [index('interview_farms_interview').on(t.interviewId)],
);

/**
 * A person's disability or incapacity certificate (orzeczenie): the ground of "inability to work" for zasiłek
 * stały (art. 37 with art. 6 pkt 7 u.p.s.). `kind` and `issuer` are keys of shared/domain/certificates.ts;
 * `valid_until` is the last day it is in force, NULL for a permanent one ("na stałe").
 */
export const personCertificates = sqliteTable(
  'person_certificates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    issuer: text('issuer').notNull(),
    issuedOn: text('issued_on').notNull(),
    validUntil: text('valid_until'),
    number: text('number'),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdByUserId: integer('created_by_user_id').notNull(),
    ...timestamps,
  },
  (t) => [
    index('person_certificates_person').on(t.personId),
    index('person_certificates_valid_until').on(t.validUntil),
    check('person_certificates_period', sql`${t.validUntil} IS NULL OR ${t.validUntil} >= ${t.issuedOn}`),
  ],
);

/**
 * An administrative decision (DOMAIN.md §7). A draft keeps only what the worker chose (`fields`, JSON of
 * DecisionFields); everything else is built from the case when shown. Signing takes the number, and freezes what
 * the decision was based on (`snapshot`: the basis and the laid-out document) with the printed PDF and its
 * SHA-256; triggers refuse any later change of a signed decision except recording its delivery once.
 */
export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['grant', 'refusal', 'change', 'suspension', 'revocation'] }).notNull(),
    benefit: text('benefit').notNull(),
    /** A change, suspension or revocation names the signed decision it acts on. */
    refersToDecisionId: integer('refers_to_decision_id'),
    status: text('status', { enum: ['draft', 'submitted', 'signed'] }).notNull(),
    fields: text('fields', { mode: 'json' }).$type<unknown>().notNull(),
    preparedByUserId: integer('prepared_by_user_id').notNull(),
    submittedAt: text('submitted_at'),
    /** The number is given at signing, gap-free per JRWA symbol and year. */
    registerSymbol: text('register_symbol'),
    registerYear: integer('register_year'),
    registerNumber: integer('register_number'),
    decisionNumber: text('decision_number'),
    issuedOn: text('issued_on'),
    signedAt: text('signed_at'),
    signedByUserId: integer('signed_by_user_id'),
    /** From when and until when it acts (a grant: the benefit's period; a change or revocation: from its day on). */
    effectiveFrom: text('effective_from'),
    effectiveUntil: text('effective_until'),
    /** The monthly amount it grants or sets, in grosze (null for refusals, revocations and help in kind). */
    monthlyAmount: integer('monthly_amount'),
    snapshot: text('snapshot', { mode: 'json' }).$type<unknown>(),
    contentHash: text('content_hash'),
    pdf: blob('pdf', { mode: 'buffer' }),
    pdfSha256: text('pdf_sha256'),
    deliveredOn: text('delivered_on'),
    appealWaivedOn: text('appeal_waived_on'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('decisions_case').on(t.caseId, t.id),
    uniqueIndex('decisions_register_number_unique').on(t.registerSymbol, t.registerYear, t.registerNumber),
    index('decisions_register').on(t.registerYear, t.registerNumber),
  ],
);

/** The last decision number given per JRWA symbol and year (taken inside the signing transaction). */
export const decisionNumberCounters = sqliteTable(
  'decision_number_counters',
  {
    symbol: text('symbol').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.symbol, t.year] })],
);

/** Letters printed from a case (k.p.a. art. 36 notice of delay, art. 64 § 2 call to complete): kept as printed. */
export const caseLetters = sqliteTable(
  'case_letters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['delayNotice', 'completionCall'] }).notNull(),
    issuedOn: text('issued_on').notNull(),
    fields: text('fields', { mode: 'json' }).$type<unknown>().notNull(),
    snapshot: text('snapshot', { mode: 'json' }).$type<unknown>().notNull(),
    pdf: blob('pdf', { mode: 'buffer' }).notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    createdByUserId: integer('created_by_user_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('case_letters_case').on(t.caseId, t.id)],
);

/**
 * A monthly payment list (lista wypłat) of one method. Prepared by one user (księgowa), approved by another
 * (kierownik or the authorised deputy): then numbered per year and frozen by triggers, like a signed decision.
 */
export const paymentLists = sqliteTable(
  'payment_lists',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 'YYYY-MM': the month the list pays (it also carries months left unpaid earlier). */
    month: text('month').notNull(),
    method: text('method', { enum: ['transfer', 'cash', 'postalOrder'] }).notNull(),
    /** The day the money is paid out or the transfers are executed. */
    payOn: text('pay_on').notNull(),
    status: text('status', { enum: ['draft', 'approved', 'discarded'] }).notNull(),
    year: integer('year'),
    number: integer('number'),
    lineCount: integer('line_count').notNull().default(0),
    total: integer('total').notNull().default(0),
    preparedByUserId: integer('prepared_by_user_id').notNull(),
    approvedByUserId: integer('approved_by_user_id'),
    approvedAt: text('approved_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('payment_lists_number_unique').on(t.year, t.number), index('payment_lists_month').on(t.month, t.method)],
);

/**
 * One benefit month on a list. `holdsMonth` is 1 while the line is on an approved list and not returned or left
 * uncollected: the partial unique index lets a benefit month be held by one line only, whatever the screens do.
 */
export const paymentLines = sqliteTable(
  'payment_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    listId: integer('list_id')
      .notNull()
      .references(() => paymentLists.id, { onDelete: 'cascade' }),
    /** The grant the benefit month belongs to (the key of the month, whatever later changes did to its amount). */
    grantDecisionId: integer('grant_decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'restrict' }),
    /** The decision whose amount is paid (the grant or a later change). */
    decisionId: integer('decision_id').notNull(),
    caseId: integer('case_id').notNull(),
    personId: integer('person_id').notNull(),
    benefit: text('benefit').notNull(),
    month: text('month').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    amount: integer('amount').notNull(),
    classification: text('classification').notNull(),
    recipientName: text('recipient_name').notNull(),
    recipientAddress: text('recipient_address').notNull(),
    recipientId: text('recipient_id').notNull(),
    decisionNumber: text('decision_number').notNull(),
    bankAccount: text('bank_account'),
    title: text('title').notNull(),
    outcome: text('outcome', { enum: ['paid', 'notCollected', 'returned'] }),
    outcomeOn: text('outcome_on'),
    holdsMonth: integer('holds_month').notNull().default(0),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('payment_lines_list').on(t.listId, t.id),
    index('payment_lines_grant_month').on(t.grantDecisionId, t.month),
    index('payment_lines_person').on(t.personId),
    uniqueIndex('payment_lines_month_held_once').on(t.grantDecisionId, t.month).where(sql`${t.holdsMonth} = 1`),
  ],
);

/** Every mark and correction of a line after payment (append-only), with who and when. */
export const paymentLineEvents = sqliteTable(
  'payment_line_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    lineId: integer('line_id')
      .notNull()
      .references(() => paymentLines.id, { onDelete: 'restrict' }),
    outcome: text('outcome', { enum: ['paid', 'notCollected', 'returned'] }),
    outcomeOn: text('outcome_on'),
    note: text('note'),
    userId: integer('user_id').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('payment_line_events_line').on(t.lineId, t.id)],
);

/**
 * A person's bank accounts (NRB, 26 digits). A decision paying by transfer names one of them; an account no longer
 * used is marked removed, never deleted, so that the lists and decisions that named it still read true.
 */
export const personBankAccounts = sqliteTable(
  'person_bank_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'restrict' }),
    nrb: text('nrb').notNull(),
    /** The holder when it is not the person (a guardian, a spouse); null: the person's own. */
    holder: text('holder'),
    createdByUserId: integer('created_by_user_id').notNull(),
    createdAt: text('created_at').notNull(),
    removedAt: text('removed_at'),
  },
  (t) => [index('person_bank_accounts_person').on(t.personId), uniqueIndex('person_bank_accounts_current').on(t.personId, t.nrb).where(sql`${t.removedAt} IS NULL`)],
);

/**
 * The other PCs of the office paired with this main PC. Only the hash of a PC's key is kept; a removed PC is kept
 * (its audit entries name it) and refused at its next call.
 */
export const officePcs = sqliteTable('office_pcs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** SHA-256 (hex) of the PC's key: 32 random bytes, so a plain hash is enough. */
  keyHash: text('key_hash').notNull(),
  pairedAt: text('paired_at').notNull(),
  lastSeenAt: text('last_seen_at'),
  removedAt: text('removed_at'),
  removedByUserId: integer('removed_by_user_id'),
});

/**
 * The changes applied for the other PCs, by the change id each call carries: the row is written in the
 * transaction of the change itself (with its audit entry), the answer right after. A call sent again with the
 * same id gets the stored answer instead of a second run. Kept a week.
 */
export const officeChanges = sqliteTable(
  'office_changes',
  {
    pcId: integer('pc_id')
      .notNull()
      .references(() => officePcs.id, { onDelete: 'restrict' }),
    changeId: text('change_id').notNull(),
    at: text('at').notNull(),
    /** The answer's envelope (JSON); null until it is stored, or when it was too large to keep. */
    answer: text('answer'),
  },
  (t) => [primaryKey({ columns: [t.pcId, t.changeId] }), index('office_changes_at').on(t.at)],
);
