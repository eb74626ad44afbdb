import { List, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import type { Decision } from '../../shared/contract/decisions';

/** The k.p.a. art. 107 § 1 check: each element with ✓, or what is missing in Polish. */
export function ArticleCheckList({ check }: { check: Decision['check'] }) {
  const missing = check.filter((item) => !item.ok).length;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="article-check">
      <Title order={2} size="h3" id="article-check" mb="xs">
        Elementy decyzji (art. 107 § 1 k.p.a.)
      </Title>
      <Text c={missing ? 'orange.8' : 'teal.8'} fw={600} mb="sm">
        {missing ? `Do uzupełnienia przed podpisem: ${missing}` : 'Decyzja ma wszystkie wymagane elementy.'}
      </Text>
      <List spacing="xs" size="md" center aria-label="Kontrola elementów decyzji">
        {check.map((item) => (
          <List.Item
            key={item.element}
            icon={
              <ThemeIcon color={item.ok ? 'teal' : 'red'} size={24} radius="xl" aria-hidden>
                {item.ok ? '✓' : '!'}
              </ThemeIcon>
            }
          >
            <Text span fw={600}>
              {item.element}
            </Text>
            {item.ok ? (
              <Text span c="dimmed">
                {' '}
                — jest
              </Text>
            ) : (
              <Text span c="red.8">
                {' '}
                — {item.message}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
