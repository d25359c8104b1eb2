import { useTranslation } from 'react-i18next';
import { saveFile } from '@/shared/api/download';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { useImportTemplate } from '../api/downloadImportTemplate';
import { IMPORT_COLUMNS } from './importColumns';

type LooseT = (key: string) => string;

/** The import's template to download and what each column of the file means, is, and looks like. */
export function ImportReference() {
  const { t } = useTranslation();
  const text = t as unknown as LooseT;
  const template = useImportTemplate();
  const download = () => template.mutate(undefined, { onSuccess: (file) => saveFile(file.blob, file.fileName) });

  return (
    <section className="section" aria-labelledby="import-reference-heading">
      <h2 id="import-reference-heading" className="heading-m">
        {t('importReference.title')}
      </h2>
      <p>{t('importReference.lead')}</p>
      <p className="hint">{t('importReference.templateHint')}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={download} disabled={template.isPending}>
          {t('importReference.template')}
        </button>
      </p>
      {template.isError && <ApiErrorMessage error={template.error} onRetry={download} />}
      <details className="details">
        <summary className="details__summary">{t('importReference.caption')}</summary>
        <div className="table-scroll" role="region" aria-labelledby="import-reference-caption" tabIndex={0}>
          <table className="table">
            <caption id="import-reference-caption" className="table__caption table__caption--s">
              {t('importReference.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('importReference.column.name')}</th>
                <th scope="col">{t('importReference.column.meaning')}</th>
                <th scope="col">{t('importReference.column.required')}</th>
                <th scope="col">{t('importReference.column.format')}</th>
                <th scope="col">{t('importReference.column.example')}</th>
              </tr>
            </thead>
            <tbody>
              {IMPORT_COLUMNS.map((column) => (
                <tr key={column.name}>
                  <th scope="row">
                    <code>{column.name}</code>
                  </th>
                  <td>{text(`importReference.columns.${column.name}.meaning`)}</td>
                  <td>{column.required ? t('importReference.yes') : t('importReference.no')}</td>
                  <td>{text(`importReference.columns.${column.name}.format`)}</td>
                  <td>{column.example && <code>{column.example}</code>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
