import { createTheme } from '@mantine/core';

/** Large, calm type for long working days on ordinary office monitors. */
export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: '"Segoe UI", "Noto Sans", "DejaVu Sans", system-ui, sans-serif',
  headings: { fontFamily: '"Segoe UI", "Noto Sans", "DejaVu Sans", system-ui, sans-serif' },
  fontSizes: { xs: '0.85rem', sm: '0.95rem', md: '1.05rem', lg: '1.2rem', xl: '1.4rem' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  components: {
    TextInput: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    DateInput: { defaultProps: { size: 'md' } },
    Button: { defaultProps: { size: 'md' } },
    Checkbox: { defaultProps: { size: 'md' } },
  },
});
