import { Text } from '@mantine/core';

// PLACEHOLDER — being written.
export function WorklistPage() {
  return <Text>W przygotowaniu.</Text>;
}
