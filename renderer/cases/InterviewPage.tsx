import { Text } from '@mantine/core';

// PLACEHOLDER — being written.
export function InterviewPage() {
  return <Text>W przygotowaniu.</Text>;
}
