import { Button, Group, NumberInput } from '@mantine/core';
import { useState } from 'react';

/** "Wpis nr 1234" typed and Enter: the check names entries by this number, so the director finds them here. */
export function JumpToEntry({ onJump }: { onJump: (entryId: number) => void }) {
  const [value, setValue] = useState<string | number>('');
  const go = () => {
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) onJump(value);
  };
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <NumberInput
        label="Wpis nr"
        value={value}
        onChange={setValue}
        min={1}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        w={110}
        onKeyDown={(event) => event.key === 'Enter' && go()}
      />
      <Button variant="default" onClick={go} disabled={typeof value !== 'number'}>
        Przejdź
      </Button>
    </Group>
  );
}
