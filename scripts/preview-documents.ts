// Renders the sample documents of tests/unit/documents/samples.ts to /tmp/ostoja-docs/*.pdf to look at them:
//   npx tsx scripts/preview-documents.ts && pdftoppm -png -r 60 /tmp/ostoja-docs/decyzja.pdf /tmp/ostoja-docs/decyzja
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadPdfFonts } from '../electron/core/documents/fonts';
import { renderOfficialDocument } from '../electron/core/documents/official-document-pdf';
import { renderTableReport } from '../electron/core/documents/table-pdf';
import { draftDecision, grantDecision, shortLetter } from '../tests/unit/documents/samples';
import { decisionRegister } from '../tests/unit/documents/register-sample';

const out = process.argv[2] ?? '/tmp/ostoja-docs';
mkdirSync(out, { recursive: true });
const fonts = loadPdfFonts(path.join(process.cwd(), 'build', 'fonts'));

const documents = {
  decyzja: () => renderOfficialDocument(grantDecision(), fonts),
  projekt: () => renderOfficialDocument(draftDecision(), fonts),
  wezwanie: () => renderOfficialDocument(shortLetter(), fonts),
  rejestr: () => renderTableReport(decisionRegister(120), fonts),
};

for (const [name, render] of Object.entries(documents)) {
  const file = path.join(out, `${name}.pdf`);
  writeFileSync(file, await render());
  console.log(file);
}
