import { useHotkeys } from '@mantine/hooks';

/** Esc cancels the screen, even while typing in a field (Mantine ignores hotkeys in inputs unless told). */
export function useEscape(onEscape: () => void): void {
  useHotkeys([['Escape', onEscape]], []);
}
