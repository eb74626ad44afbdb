import { contract } from '../shared/contract';
for (const [m, i] of [['persons.get', {id:'1'}], ['persons.create', 'x'], ['persons.create', null], ['persons.get', {id:1.5}], ['persons.search', {query:'', limit: 0}]] as const) {
  const r = (contract as any)[m].input.safeParse(i ?? {});
  console.log(JSON.stringify(r.error?.issues.map((x: any) => x.message)));
}
