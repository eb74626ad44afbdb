import { Text } from '@mantine/core';

// PLACEHOLDER — being written.
export function CasePage() {
  return <Text>W przygotowaniu.</Text>;
}
