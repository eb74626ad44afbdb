import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { useLoad } from './useLoad';

interface Props<Item extends { id: number }> {
  label: string;
  description: string;
  placeholder: string;
  /** Asked after a short pause in typing; never with an empty query. */
  search: (query: string) => Promise<{ items: Item[] }>;
  /** What the list shows of an item: the name in bold, then the details that tell two alike apart. */
  title: (item: Item) => string;
  details: (item: Item) => string;
  notFound: string;
  onPick: (item: Item) => void;
  excludeIds?: number[];
  autoFocus?: boolean;
}

/** Finding a record as you type; each result is a button, so Tab and Enter pick it. */
export function SearchPicker<Item extends { id: number }>({ label, description, placeholder, search, title, details, notFound, onPick, excludeIds = [], autoFocus }: Props<Item>) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  // `search` is a new function each render; the query alone decides when to ask again.
  const found = useLoad(() => (debounced.trim() ? search(debounced) : Promise.resolve(null)), [debounced]);
  const candidates = (found.data?.items ?? []).filter((item) => !excludeIds.includes(item.id));

  return (
    <Stack gap="xs">
      <TextInput
        label={label}
        description={description}
        placeholder={placeholder}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        maxLength={100}
        autoFocus={autoFocus}
        data-autofocus={autoFocus || undefined}
      />
      <ErrorAlert error={found.error} title="Wyszukiwanie nie powiodło się" />
      {candidates.map((item) => (
        <Button
          key={item.id}
          variant="default"
          justify="flex-start"
          h="auto"
          py="xs"
          onClick={() => onPick(item)}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
        >
          <span>
            <Text span fw={700}>
              {title(item)}
            </Text>
            <Text span c="dimmed">
              {' '}
              — {details(item)}
            </Text>
          </span>
        </Button>
      ))}
      {debounced.trim() && found.data && candidates.length === 0 && <Text c="dimmed">{notFound}</Text>}
    </Stack>
  );
}
