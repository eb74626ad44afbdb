import { Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { decisionTextKeys, decisionTextLabels, defaultDecisionTexts, type DecisionTextKey } from '../../shared/domain/decision-texts';
import type { OfficeFormValues } from './OfficeFields';

/** Texts that are whole paragraphs get a multi-line field; citations and names one line. */
const paragraphs = new Set<DecisionTextKey>(['careServicesResolution', 'changeReportingParagraph', 'undueBenefitsParagraph']);

/** "Teksty w decyzjach": citations, the appeal body, the organ and the standard paragraphs, each the office's own. */
export function DecisionTextsFields({ form }: { form: UseFormReturnType<OfficeFormValues> }) {
  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h4">
          Teksty w decyzjach
        </Title>
        <Text c="dimmed" size="sm">
          Program wstawia je do każdej decyzji. Puste pole przywraca tekst domyślny. Publikatory ustaw (Dz.U.) zmieniają się zwykle co roku.
        </Text>
      </div>
      {decisionTextKeys.map((key) =>
        paragraphs.has(key) ? (
          <Textarea key={key} label={decisionTextLabels[key]} autosize minRows={2} maxRows={8} maxLength={2000} {...form.getInputProps(`decisionTexts.${key}`)} />
        ) : (
          <TextInput key={key} label={decisionTextLabels[key]} maxLength={2000} {...form.getInputProps(`decisionTexts.${key}`)} />
        ),
      )}
    </Stack>
  );
}

/** The texts the office wrote itself: a text equal to its default (or empty) is not stored, so it follows the defaults. */
export function ownDecisionTexts(values: OfficeFormValues): Partial<Record<DecisionTextKey, string>> {
  const defaults = defaultDecisionTexts(values.gminaName.trim(), values.officeName.trim());
  const own: Partial<Record<DecisionTextKey, string>> = {};
  for (const key of decisionTextKeys) {
    const text = (values.decisionTexts[key] ?? '').trim();
    if (text && text !== defaults[key]) own[key] = text;
  }
  return own;
}
