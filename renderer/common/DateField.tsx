import { ActionIcon, Paper, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { todayIso } from '../cases/caseText';
import { dateFromText, dateProblem, isRealDate, textFromDate } from './dateText';

interface Props extends Omit<TextInputProps, 'value' | 'onChange' | 'label' | 'error' | 'defaultValue'> {
  label: string;
  /** ISO YYYY-MM-DD, null when empty, or the typed text when it is not a date (see dateText.ts). */
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  /** A day that has already happened (a birth, an application, an interview): a later day is refused. */
  notFuture?: boolean;
  /** The first day the calendar offers. */
  minDate?: string;
  /** Where the calendar opens: "decade" suits birth dates. */
  defaultLevel?: 'month' | 'year' | 'decade';
}

/** A small calendar drawn inline (the program ships no icon set). */
function CalendarIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}

/**
 * A date typed the Polish way (dd.mm.rrrr) or picked from a calendar that opens on a click of its button or ↓.
 * Clicking into the text to type does not open it, and it opens in the form's flow under its field, so it never
 * lies over the next field. What is typed stays as typed: a day that does not exist, text that is not a date or a future day where one cannot be is
 * said at the field once the worker leaves it, and the form refuses it on saving — never replaced by another day.
 */
export function DateField({ label, value = null, onChange, error, notFuture = false, minDate, defaultLevel, onBlur, onKeyDown, ...inputProps }: Props) {
  const [text, setText] = useState(() => textFromDate(value));
  const [shownValue, setShownValue] = useState(value);
  const [opened, setOpened] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const [left, setLeft] = useState(false);
  const today = todayIso();
  const real = isRealDate(value) ? value : null;
  const [month, setMonth] = useState(real ?? today);

  // A value set from outside (a loaded record, a reset) replaces the text; the value read from the text does not.
  if (value !== shownValue) {
    setShownValue(value);
    if (dateFromText(text) !== value) setText(textFromDate(value));
    if (isRealDate(value)) setMonth(value);
  }

  const type = (next: string) => {
    setText(next);
    setLeft(false);
    onChange(dateFromText(next));
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setOpened(true);
    if (event.key === 'Escape' && opened) {
      // Esc closes the calendar, not the screen.
      event.stopPropagation();
      setOpened(false);
    }
    onKeyDown?.(event);
  };

  const blur = (event: FocusEvent<HTMLInputElement>) => {
    setLeft(true);
    setOpened(false);
    onBlur?.(event);
  };

  const problem = left ? dateProblem(value, notFuture ? { label, today } : undefined) : null;

  return (
    <div>
      <TextInput
        ref={input}
        label={label}
        placeholder="dd.mm.rrrr"
        autoComplete="off"
        {...inputProps}
        value={text}
        onChange={(event) => type(event.currentTarget.value)}
        rightSection={
          <ActionIcon
            variant="subtle"
            color="gray"
            tabIndex={-1}
            aria-label="Otwórz kalendarz"
            disabled={inputProps.disabled}
            // The text takes the focus: Esc and leaving the field work as when the calendar opens with ↓.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              input.current?.focus();
              setOpened(true);
            }}
          >
            <CalendarIcon />
          </ActionIcon>
        }
        onKeyDown={keyDown}
        onBlur={blur}
        aria-expanded={opened}
        error={error ?? problem}
      />
      {opened && (
        // In the flow of the form, under its field: the fields after it move down instead of being covered.
        // A press inside keeps the focus in the text, so that picking a day does not count as leaving the field.
        <Paper withBorder shadow="sm" p="xs" mt={4} w="fit-content" onMouseDown={(event) => event.preventDefault()}>
          <DatePicker
            value={real}
            date={month}
            onDateChange={setMonth}
            defaultLevel={defaultLevel}
            minDate={minDate}
            maxDate={notFuture ? today : undefined}
            onChange={(picked) => {
              if (picked) type(textFromDate(picked));
              setOpened(false);
            }}
          />
        </Paper>
      )}
    </div>
  );
}
