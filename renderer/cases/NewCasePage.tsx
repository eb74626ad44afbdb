import { Text } from '@mantine/core';

// PLACEHOLDER — being written.
export function NewCasePage() {
  return <Text>W przygotowaniu.</Text>;
}
