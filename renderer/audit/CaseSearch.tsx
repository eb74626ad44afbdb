import type { CaseSummary } from '../../shared/contract/cases';
import { api } from '../api';
import { formatDate } from '../common/format';
import { SearchPicker } from '../common/SearchPicker';

/** Finding a case of the whole office, closed ones too, by its reference or the applicant's name. */
export function CaseSearch({ onPick }: { onPick: (found: CaseSummary) => void }) {
  return (
    <SearchPicker
      label="Sprawa"
      description="Znak sprawy albo nazwisko wnioskodawcy (wystarczy początek)"
      placeholder="np. 8240 albo kowalski"
      search={(query) => api.call('cases.list', { scope: 'office', status: 'all', query, limit: 10 })}
      title={(item) => item.caseRef}
      details={(item) => `${item.applicantName}, wniosek z ${formatDate(item.applicationDate)}`}
      notFound="Nie znaleziono takiej sprawy."
      onPick={onPick}
      autoFocus
    />
  );
}
