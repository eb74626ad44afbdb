import { useDebouncedValue } from '@mantine/hooks';
import { ApiError } from '../../shared/api-client';
import type { CaseComputationOut } from '../../shared/contract/computation';
import { api } from '../api';
import { useLoad } from '../common/useLoad';
import { interviewIssuesToErrors, toInterviewInput, type ConvertedInterview, type InterviewValues } from './interviewForm';

export interface InterviewPreview {
  /** The form read 300 ms after the last keystroke: what the panel and the field errors are about. */
  converted: ConvertedInterview;
  computation: CaseComputationOut | null;
  error: Error | undefined;
  /** The core's complaints about fields, keyed like the form ("incomes.0.gross"). */
  issues: Record<string, string>;
  /** Typing, or waiting for the answer. */
  pending: boolean;
}

const keyOf = (converted: ConvertedInterview) => (converted.input ? JSON.stringify(converted.input) : null);

/**
 * The live computation: as the worker types, the core computes the interview exactly as it would save it
 * (`interviews.preview`), at most once per pause in typing; nothing is sent while a figure is missing or cannot
 * be read, and an answer to an older question is dropped.
 */
export function useInterviewPreview(caseId: number, values: InterviewValues): InterviewPreview {
  const [settled] = useDebouncedValue(values, 300);
  const converted = toInterviewInput(settled);
  const key = keyOf(converted);
  // Only a change of what would be sent counts as pending: "600" rewritten as "600,00" on leaving the field is none.
  const typing = keyOf(toInterviewInput(values)) !== key;
  const answer = useLoad(
    () => (key === null ? Promise.resolve(null) : api.call('interviews.preview', { caseId, interview: JSON.parse(key) })),
    [caseId, key],
  );
  const error = key === null ? undefined : answer.error;
  return {
    converted,
    // While a newer answer is on its way the last one stays (dimmed by the panel), so the figures do not flicker.
    computation: key === null || error ? null : (answer.data ?? null),
    error,
    issues: error instanceof ApiError ? interviewIssuesToErrors(error.issues) : {},
    pending: typing || answer.loading,
  };
}
