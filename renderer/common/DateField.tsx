import { Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
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

/**
 * A date typed the Polish way (dd.mm.rrrr) or picked from a calendar that opens on a click or ↓. What is typed
 * stays as typed: a day that does not exist, text that is not a date or a future day where one cannot be is
 * said at the field once the worker leaves it, and the form refuses it on saving — never replaced by another day.
 */
export function DateField({ label, value = null, onChange, error, notFuture = false, minDate, defaultLevel, onBlur, onKeyDown, ...inputProps }: Props) {
  const [text, setText] = useState(() => textFromDate(value));
  const [shownValue, setShownValue] = useState(value);
  const [opened, setOpened] = useState(false);
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
    <Popover opened={opened} onChange={setOpened} position="bottom-start" trapFocus={false} shadow="md">
      <Popover.Target>
        <TextInput
          label={label}
          placeholder="dd.mm.rrrr"
          autoComplete="off"
          {...inputProps}
          value={text}
          onChange={(event) => type(event.currentTarget.value)}
          onClick={() => setOpened(true)}
          onKeyDown={keyDown}
          onBlur={blur}
          aria-expanded={opened}
          error={error ?? problem}
        />
      </Popover.Target>
      <Popover.Dropdown onMouseDown={(event) => event.preventDefault()}>
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
      </Popover.Dropdown>
    </Popover>
  );
}
