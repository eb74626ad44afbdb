import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('office_settings_single_row', sql`${t.id} = 1`)],
);
