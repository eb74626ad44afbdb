import { Text } from '@mantine/core';

// PLACEHOLDER — being written.
export function CasesPage() {
  return <Text>W przygotowaniu.</Text>;
}
