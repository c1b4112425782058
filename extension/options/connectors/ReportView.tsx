import type { ExtractionReport, FieldReport } from 'connectors/generic';
import { localized } from '../../i18n';
import { t } from './messages';

const CONFIDENCE = { url: 'confidenceUrl', dom: 'confidenceDom', heuristic: 'confidenceHeuristic' } as const;

function fieldText(f: FieldReport): string {
  return f.found ? t('reportFound', { value: f.value, confidence: t(CONFIDENCE[f.confidence]) }) : localized(f.reason);
}

function Row(props: { name: string; field: string; ok: boolean; text: string }) {
  return (
    <tr data-field={props.field} data-found={props.ok ? 'yes' : 'no'}>
      <th scope="row">{props.name}</th>
      <td class={props.ok ? 'ok' : 'error'}>{props.text}</td>
    </tr>
  );
}

/** What each extractor of a site found on one tab, or why it found nothing. */
export function ReportView({ report }: { report: ExtractionReport }) {
  const yesNo = (b: boolean) => (b ? t('reportYes') : t('reportNo'));
  const identity = report.identity;
  return (
    <div class="report" data-testid="extraction-report">
      {report.reason && (
        <p class="error" data-testid="report-reason">
          {localized(report.reason)}
        </p>
      )}
      <table>
        <tbody>
          <Row name={t('reportCovers')} field="coversUrl" ok={report.coversUrl} text={yesNo(report.coversUrl)} />
          <Row name={t('reportRecordPage')} field="isRecordPage" ok={report.isRecordPage} text={yesNo(report.isRecordPage)} />
          {report.recordId && <Row name={t('reportRecordId')} field="recordId" ok={report.recordId.found} text={fieldText(report.recordId)} />}
          <Row name={t('reportCustomerName')} field="customerName" ok={report.customerName.found} text={fieldText(report.customerName)} />
          <Row
            name={t('reportAnchor')}
            field="anchor"
            ok={report.anchor.found}
            text={report.anchor.found ? t('reportAnchorFound', { tag: report.anchor.tag, mode: report.anchor.mode }) : localized(report.anchor.reason)}
          />
          <Row
            name={t('reportIdentity')}
            field="identity"
            ok={identity !== null}
            text={identity ? [identity.system, identity.recordId, identity.name].filter((x) => x !== undefined).join(' · ') : t('reportNone')}
          />
        </tbody>
      </table>
    </div>
  );
}
