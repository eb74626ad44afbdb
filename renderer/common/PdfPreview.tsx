import { Button, Group, Loader, Modal, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { downloadFile, fileToBlob, type FilePayload } from './downloadFile';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  title: string;
  /** Makes the file (a call to the core); runs once when the preview opens. */
  load: () => Promise<FilePayload>;
  onClose: () => void;
}

/** A PDF shown inside the program (an iframe of a blob: address), with "Pobierz PDF" for the same bytes. */
export function PdfPreview({ title, load, onClose }: Props) {
  const [file, setFile] = useState<{ payload: FilePayload; url: string }>();
  const [error, setError] = useState<Error>();

  useEffect(() => {
    let url: string | null = null;
    let current = true;
    load().then(
      (payload) => {
        if (!current) return;
        url = URL.createObjectURL(fileToBlob(payload));
        setFile({ payload, url });
      },
      (failure: Error) => current && setError(failure),
    );
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
    // The preview shows the file as it was when opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Modal opened onClose={onClose} title={title} size="min(1100px, 95vw)" centered styles={{ body: { paddingTop: 0 } }}>
      <Stack gap="sm">
        <ErrorAlert error={error} title="Nie udało się przygotować podglądu" />
        {!file && !error && <Loader aria-label="Przygotowywanie podglądu" m="xl" />}
        {file && (
          <>
            <iframe title={`Podgląd: ${title}`} src={file.url} style={{ width: '100%', height: '72vh', border: '1px solid var(--mantine-color-gray-4)' }} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Zamknij
              </Button>
              <Button onClick={() => downloadFile(file.payload)}>Pobierz PDF</Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
