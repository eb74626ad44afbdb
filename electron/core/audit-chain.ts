import type { DatabaseHandle } from '../../db/open';
import {
  registerAuditKey,
  restoreAuditTriggers,
  TRIGGERS_RESTORED_DETAIL,
  verifyAuditChain,
  type AuditAnchor,
} from '../../db/repositories/audit';
import type { MethodOutput, ParsedInput } from '../../shared/contract';
import { formatDatePl } from '../../shared/domain/calendar';
import { pluralForm } from '../../shared/domain/amount-in-words';
import { recordAudit } from './audit';
import { listBackups } from './backup/list';
import { primaryBackupDir, readBackupSettings } from './backup-settings';
import type { Clock, RequestContext } from './context';

/**
 * The keyed audit chain of one open database (see db/repositories/audit.ts and the README, "Dziennik zdarzeń"):
 * the connection gets the audit-chain key (never stored in the database), the append-only triggers are put
 * back when someone dropped them (written to the log, so the check names it ever after), and the check
 * compares the log with the chain's heads that the backups carry.
 */
export function startAuditChain(database: DatabaseHandle, key: Buffer, clock: Clock): void {
  registerAuditKey(database.sqlite, key);
  database.db.transaction((tx) => {
    const restored = restoreAuditTriggers(tx);
    if (restored.length === 0) return;
    recordAudit(tx, { user: null }, clock, {
      kind: 'audit.verify',
      summary: `Przy uruchomieniu programu brakowało zabezpieczeń dziennika przed zmianą i usuwaniem wpisów (${restored.join(', ')}): przywrócono je`,
      details: { [TRIGGERS_RESTORED_DETAIL]: restored },
    });
  });
}

/** The heads recorded in the backups found in the data folder's backups/ and in the second place. */
export function backupAnchors(dataDir: string): AuditAnchor[] {
  const dirs = [primaryBackupDir(dataDir), readBackupSettings(dataDir).secondaryDir].filter((dir): dir is string => !!dir);
  const anchors = new Map<string, AuditAnchor>();
  for (const dir of dirs) {
    for (const backup of listBackups(dir).backups) {
      const head = backup.manifest.auditHead;
      if (!head) continue;
      const key = `${head.id}:${head.hash}`;
      if (anchors.has(key)) continue; // the same backup in both places
      const day = new Date(backup.manifest.createdAt).toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
      anchors.set(key, { id: head.id, hash: head.hash, label: `z ${formatDatePl(day)} (${backup.fileName})`, createdAt: backup.manifest.createdAt });
    }
  }
  return [...anchors.values()].sort((a, b) => a.id - b.id);
}

export function createAuditVerifyService(database: () => DatabaseHandle, clock: Clock, anchors: () => AuditAnchor[]) {
  return {
    verify(_input: ParsedInput<'audit.verify'>, ctx: RequestContext): MethodOutput<'audit.verify'> {
      const { db } = database();
      const { checked, problems } = verifyAuditChain(db, anchors());
      db.transaction((tx) =>
        recordAudit(tx, ctx, clock, {
          kind: 'audit.verify',
          summary:
            problems.length === 0
              ? `Dziennik nienaruszony (${checked} ${pluralForm(checked, { one: 'wpis', few: 'wpisy', many: 'wpisów' })})`
              : `Dziennik NARUSZONY: ${problems.length} ${pluralForm(problems.length, { one: 'problem', few: 'problemy', many: 'problemów' })}`,
          details: { checked, problems: problems.slice(0, 20) },
        }),
      );
      return { intact: problems.length === 0, checked, problems };
    },
  };
}
