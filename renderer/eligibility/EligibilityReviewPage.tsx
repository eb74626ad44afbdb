import { Text } from '@mantine/core';

// PLACEHOLDER — being written.
export function EligibilityReviewPage() {
  return <Text>W przygotowaniu.</Text>;
}
