import type { MethodOutput, ParsedInput } from '../../../shared/contract';
import type { Db } from '../../../db/open';
import { getOfficeSettingsRow, readTownLocalities } from '../../../db/repositories/settings';
import { recordAudit } from '../audit';
import type { Clock, RequestContext } from '../context';
import type { PdfFonts } from '../documents/fonts';
import { cellKey, computeMrpips03, mrpips03Checks } from '../reports/mrpips03';
import { mrpips03Csv, mrpips03Pdf, periodLabel } from '../reports/mrpips03-document';
import { todayInPoland } from '../roles';

export interface ReportsServiceOptions {
  fonts: () => PdfFonts;
}

/** Statistical reports counted from the decisions and payments the program holds (MRPiPS-03). */
export function createReportsService(db: Db, clock: Clock, options: ReportsServiceOptions) {
  const compute = (input: ParsedInput<'reports.mrpips03'>) =>
    computeMrpips03(db, { year: input.year, half: input.half, townLocalities: input.townLocalities ?? readTownLocalities(db) });

  return {
    mrpips03(input: ParsedInput<'reports.mrpips03'>): MethodOutput<'reports.mrpips03'> {
      return compute(input).report;
    },

    mrpips03Cell(input: ParsedInput<'reports.mrpips03Cell'>): MethodOutput<'reports.mrpips03Cell'> {
      const cell = compute(input).cells.get(cellKey(input.section, input.row, input.column));
      // A reason row with a benefits column (or the reverse) names no cell of the form.
      if (!cell) return { value: 0, items: [] };
      return { value: cell.value, items: cell.items() };
    },

    mrpips03Checks(input: ParsedInput<'reports.mrpips03Checks'>): MethodOutput<'reports.mrpips03Checks'> {
      return { items: mrpips03Checks(db, compute(input), todayInPoland(clock)) };
    },

    async mrpips03Export(input: ParsedInput<'reports.mrpips03Export'>, ctx: RequestContext): Promise<MethodOutput<'reports.mrpips03Export'>> {
      const { report } = compute(input);
      const office = getOfficeSettingsRow(db);
      const baseName = `mrpips-03-${input.year}-${input.half === 'H1' ? 'i-polrocze' : 'rok'}`;
      const file =
        input.format === 'csv'
          ? { fileName: `${baseName}.csv`, mimeType: 'text/csv', base64: mrpips03Csv(report).toString('base64') }
          : {
              fileName: `${baseName}.pdf`,
              mimeType: 'application/pdf',
              base64: (
                await mrpips03Pdf(
                  report,
                  { officeName: office?.officeName ?? '', gminaName: office?.gminaName ?? '', createdAt: clock.now().toISOString(), today: todayInPoland(clock) },
                  options.fonts(),
                )
              ).toString('base64'),
            };
      db.transaction((tx) =>
        recordAudit(tx, ctx, clock, {
          kind: input.format === 'pdf' ? 'report.print' : 'report.export',
          summary: `${input.format === 'pdf' ? 'Wydrukowano' : 'Wyeksportowano'} sprawozdanie MRPiPS-03 za ${periodLabel(report)} (${input.format.toUpperCase()})`,
          details: { report: 'MRPiPS-03', year: input.year, half: input.half, format: input.format },
        }),
      );
      return file;
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
