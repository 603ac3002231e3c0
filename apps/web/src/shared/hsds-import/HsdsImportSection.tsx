import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';

import { useLanguage, useT } from '../../app/i18n/use-t';
import { inLanguage, problemText } from '../forms/problem-catalogue';
import { useSession } from '../session/hooks/use-session';
import {
  importContentType,
  MAX_IMPORT_BYTES,
  sendHsdsImport,
  type ImportOutcome,
  type ImportReport,
} from './hsds-import';
import './hsds-import.css';
import { CaptionedTable } from '../table/CaptionedTable';
import { Checkbox } from '../forms/Checkbox';
import { BusyButton } from '../forms/BusyButton';

type Shown = ImportOutcome | { kind: 'local'; message: string } | null;

function ReportView({ report, dryRun }: { report: ImportReport; dryRun: boolean }) {
  const m = useT().hsdsImport;
  const { lang } = useLanguage();
  const refused = report.refused.length > 0;
  return (
    <div data-testid="hsds-import-report">
      <p className={`notice ${refused ? 'notice--error' : 'notice--success'}`}>
        {refused ? m.refused(report.refused.length) : report.written ? m.written : m.checked}
      </p>
      {refused ? (
        <>
          <h3>{m.refusedHeading}</h3>
          <ul className="hsds-import__refused" data-testid="hsds-import-refused">
            {report.refused.map((r, i) => (
              <li key={i}>
                <strong>{m.fieldOf(r.record, r.field, r.name)}</strong>: {problemText(r, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <CaptionedTable
          className="hsds-import__counts"
          testId="hsds-import-counts"
          caption={dryRun ? `${m.countsCaption} (${m.submitDryRun})` : m.countsCaption}
          columns={[m.kind, m.created, m.changed, m.unchanged]}
        >
          {(['organizations', 'services'] as const).map((k) => (
            <tr key={k}>
              <th scope="row">{k === 'organizations' ? m.organisations : m.services}</th>
              <td>{report.created[k]}</td>
              <td>{report.changed[k]}</td>
              <td>{report.unchanged[k]}</td>
            </tr>
          ))}
        </CaptionedTable>
      )}
    </div>
  );
}

/**
 * Upload of an HSDS datapackage (ZIP) or HSDS JSON to POST /hsds/import, with the report:
 * what was created, changed and refused. An admin may import any organisation, a partner
 * editor only their own (the server decides; the text says which).
 */
export function HsdsImportSection({ className }: { className: string }) {
  const t = useT();
  const m = t.hsdsImport;
  const { lang } = useLanguage();
  const { viewer } = useSession();
  const client = useApolloClient();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [dryRun, setDryRun] = useState(false);
  const [sending, setSending] = useState(false);
  const [shown, setShown] = useState<Shown>(null);
  const [shownDryRun, setShownDryRun] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return setShown({ kind: 'local', message: m.noFile });
    const type = importContentType(file);
    if (!type) return setShown({ kind: 'local', message: m.wrongType });
    if (file.size > MAX_IMPORT_BYTES) return setShown({ kind: 'local', message: m.tooLarge });
    setSending(true);
    setShown(null);
    const outcome = await sendHsdsImport(file, type, dryRun);
    setSending(false);
    setShownDryRun(dryRun);
    setShown(outcome);
    if (outcome.kind === 'report' && outcome.report.written) {
      // The portal's lists show what the import wrote.
      await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    }
  }

  const error =
    shown?.kind === 'local'
      ? [shown.message]
      : shown?.kind === 'network'
        ? [m.network]
        : shown?.kind === 'error'
          ? [m.failed, ...shown.messages.map((message) => inLanguage(message, lang))]
          : [];

  return (
    <section
      className={`hsds-import ${className}`}
      aria-labelledby={`${id}-heading`}
      data-testid="hsds-import"
    >
      <h2 id={`${id}-heading`}>{m.heading}</h2>
      <p>{viewer?.role === 'ADMIN' ? m.introAdmin : m.introPartner}</p>
      <p>{m.allOrNothing}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-field">
          <label htmlFor={`${id}-file`}>{m.file}</label>
          <input
            ref={fileRef}
            id={`${id}-file`}
            type="file"
            accept=".zip,.json,application/zip,application/json"
            aria-describedby={shown?.kind === 'local' ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={shown?.kind === 'local' ? true : undefined}
            onChange={() => setShown(null)}
          />
          <p id={`${id}-hint`} className="field-hint">
            {m.fileHint}
          </p>
        </div>
        <Checkbox id={`${id}-dry`} label={m.dryRun} checked={dryRun} onCheckedChange={setDryRun} />
        <BusyButton type="submit" className="button button--primary" busy={sending}>
          {dryRun ? m.submitDryRun : m.submit}
        </BusyButton>
      </form>
      <div role="status" aria-live="polite">
        {sending && <p>{m.sending}</p>}
        {shown?.kind === 'report' && <ReportView report={shown.report} dryRun={shownDryRun} />}
      </div>
      <div role="alert">
        {error.length > 0 && (
          <div id={`${id}-error`} className="notice notice--error" data-testid="hsds-import-error">
            {error.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
