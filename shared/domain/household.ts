/** Relation of a household member to the head of the household, as written on interviews and decisions. */
export const householdRelations = {
  head: 'Głowa gospodarstwa',
  spouse: 'Małżonek / małżonka',
  partner: 'Partner / partnerka',
  child: 'Syn / córka',
  stepchild: 'Pasierb / pasierbica',
  parent: 'Ojciec / matka',
  sibling: 'Brat / siostra',
  grandchild: 'Wnuk / wnuczka',
  grandparent: 'Dziadek / babcia',
  childInLaw: 'Zięć / synowa',
  parentInLaw: 'Teść / teściowa',
  otherRelative: 'Inny krewny',
  unrelated: 'Osoba niespokrewniona',
} as const;

export type HouseholdRelation = keyof typeof householdRelations;
export const householdRelationKeys = Object.keys(householdRelations) as [HouseholdRelation, ...HouseholdRelation[]];
