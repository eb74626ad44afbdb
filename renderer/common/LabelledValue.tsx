import { Text } from '@mantine/core';
import { isValidElement } from 'react';

/**
 * A value under its small grey label, as the person's file and the case show their facts. Text (and text mixed
 * with small badges) is set in large type, an empty value as "—"; a single element (a link, a stack) is shown
 * as it is, so that block content never ends up inside a paragraph.
 */
export function LabelledValue({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {isValidElement(children) ? children : <Text size="lg">{children === '' || children == null ? '—' : children}</Text>}
    </div>
  );
}
