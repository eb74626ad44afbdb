// Writes the payment documents of a month of 2,000 lines per list, to look at:
//   npx tsx scripts/preview-payments.ts [/tmp/ostoja-payments] && pdftoppm -r 60 -png -f 1 -l 1 FILE.pdf FILE
// Long names and addresses ("Katarzyna Wiśniewska-Żółkiewska", "Kolonia Przęsławice-Górne 127/14, 22-424
// Szczebrzeszyn"), partial months, amounts from 1 grosz to the cap: the cash list, the transfer list, the month's
// summary per budget classification and the health contributions. The lines are written straight into a fresh
// database as approved lists (the core's own run is measured by the bench and tested by the integration tests).
import fs from 'node:fs';
import path from 'node:path';
import { createTempDataDir, FONTS_FOLDER, MIGRATIONS_FOLDER } from '../db/testing';
import { openDatabase } from '../db/open';
import { loadPdfFonts } from '../electron/core/documents/fonts';
import { healthContributionsPdf, monthSummaryPdf, paymentListPdf } from '../electron/core/payments/list-pdf';
import { sampleListDocument } from '../tests/unit/payments/list-samples';

const out = process.argv[2] ?? '/tmp/ostoja-payments';
fs.mkdirSync(out, { recursive: true });
const temp = createTempDataDir('ostoja-preview-payments-');
const handle = openDatabase({ file: path.join(temp.dir, 'ostoja.db'), migrationsFolder: MIGRATIONS_FOLDER });
const fonts = loadPdfFonts(FONTS_FOLDER);

function save(name: string, bytes: Uint8Array) {
  const target = path.join(out, `${name}.pdf`);
  fs.writeFileSync(target, bytes);
  console.log(target);
}

try {
  const { sqlite } = handle;
  // The lines refer to decisions this preview does not make: only the documents are looked at here.
  sqlite.pragma('foreign_keys = OFF');
  for (const method of ['cash', 'transfer'] as const) {
    const document = sampleListDocument(2_000, method);
    save(`lista-${method}`, await paymentListPdf(document, fonts));
    // The same lines as an approved list of the database, for the month's summary and the health contributions.
    const { list } = document;
    const listId = Number(
      sqlite
        .prepare("INSERT INTO payment_lists (month, method, pay_on, status, line_count, total, prepared_by_user_id, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, 1, ?, ?)")
        .run(list.month, method, list.payOn, list.lineCount, list.total, list.createdAt, list.updatedAt).lastInsertRowid,
    );
    const insert = sqlite.prepare(
      `INSERT INTO payment_lines (list_id, grant_decision_id, decision_id, case_id, person_id, benefit, month, period_from, period_to, amount, classification, recipient_name, recipient_address, recipient_id, decision_number, bank_account, title, outcome, outcome_on, holds_month)
       VALUES (@listId, @grantDecisionId, @decisionId, @caseId, @personId, @benefit, @month, @periodFrom, @periodTo, @amount, @classification, @recipientName, @recipientAddress, @recipientId, @decisionNumber, @bankAccount, @title, @outcome, @outcomeOn, 0)`,
    );
    sqlite.transaction(() => {
      document.rows.forEach((row, index) => {
        // Some not collected at the cash desk or returned by the bank: the summary shows them apart.
        const outcome = index % 17 === 0 ? (method === 'cash' ? 'notCollected' : 'returned') : 'paid';
        insert.run({ ...row, listId, outcome, outcomeOn: '2025-03-14', grantDecisionId: row.grantDecisionId + (method === 'cash' ? 0 : 10_000) });
      });
    })();
    sqlite.prepare("UPDATE payment_lists SET status = 'approved', year = 2025, number = ?, approved_by_user_id = 2, approved_at = ? WHERE id = ?").run(list.number, list.approvedAt, listId);
  }
  save('zestawienie-2025-03', await monthSummaryPdf({ month: '2025-03', db: handle.db, printedAt: '2025-03-31T12:00:00.000Z' }, fonts));
  save('skladki-zdrowotne-2025-03', await healthContributionsPdf({ month: '2025-03', db: handle.db, printedAt: '2025-03-31T12:00:00.000Z' }, fonts));
} finally {
  handle.close();
  temp.cleanup();
}
