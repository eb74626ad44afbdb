import { Alert, Button, Group, List, Text } from '@mantine/core';
import type { MethodOutput } from '../../shared/contract';
import { plural } from '../../shared/domain/plural';

interface Props {
  result: MethodOutput<'audit.verify'>;
  onShow: (entryId: number) => void;
  onClose: () => void;
}

/** What the check found; each broken place with a button that shows the entry it names. */
export function VerificationAlert({ result, onShow, onClose }: Props) {
  if (result.intact) {
    return (
      <Alert color="teal" title="Dziennik jest nienaruszony" onClose={onClose} withCloseButton>
        Sprawdzono {plural(result.checked, 'wpis', 'wpisy', 'wpisów')}: każdy łączy się z poprzednim i nikt ich nie zmienił.
      </Alert>
    );
  }
  return (
    <Alert color="red" title="Dziennik został naruszony" role="alert" onClose={onClose} withCloseButton>
      <Text size="sm" mb="xs">
        Sprawdzono {plural(result.checked, 'wpis', 'wpisy', 'wpisów')}. Znalezione miejsca (numer wpisu jest w kolumnie „Nr”):
      </Text>
      <List size="sm" spacing={4}>
        {result.problems.map((problem) => (
          <List.Item key={`${problem.entryId}-${problem.message}`}>
            <Group gap="xs" wrap="nowrap">
              <span>{problem.message}</span>
              <Button size="compact-sm" variant="light" color="red" onClick={() => onShow(problem.entryId)}>
                Pokaż wpis nr {problem.entryId}
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
