import { useTranslation } from 'react-i18next';
import { EMAIL_MODES, type EmailMode, type Preference } from '../model';

interface PreferenceTableProps {
  /** prefix of the controls' ids */
  id: string;
  caption: string;
  items: Preference[];
  /** without it the table only shows the values */
  onChange?: (items: Preference[]) => void;
}

/**
 * Per event type: shown in the application or not, and by e-mail at once, in the daily digest or
 * not at all. Editable (a checkbox and a select per row, each labelled with its type) or read only.
 */
export function PreferenceTable({ id, caption, items, onChange }: PreferenceTableProps) {
  const { t } = useTranslation();
  const change = (index: number, next: Partial<Preference>) =>
    onChange?.(items.map((item, i) => (i === index ? { ...item, ...next } : item)));
  return (
    <div className="table-scroll">
      <table className="table preference-table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('notificationPreferences.type')}</th>
            <th scope="col">{t('notificationPreferences.inApp')}</th>
            <th scope="col">{t('notificationPreferences.email')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => {
            const type = t(`notificationType.${item.type}`);
            return (
              <tr key={item.type}>
                <th scope="row">{type}</th>
                <td>
                  {onChange ? (
                    <div className="choice choice--small">
                      <input
                        id={`${id}-${item.type}-inapp`}
                        className="choice__input"
                        type="checkbox"
                        checked={item.inApp}
                        onChange={(event) => change(index, { inApp: event.target.checked })}
                      />
                      <label className="choice__label" htmlFor={`${id}-${item.type}-inapp`}>
                        <span className="visually-hidden">
                          {t('notificationPreferences.inAppFor', { type })}
                        </span>
                      </label>
                    </div>
                  ) : item.inApp ? (
                    t('common.yes')
                  ) : (
                    t('common.no')
                  )}
                </td>
                <td>
                  {onChange ? (
                    <>
                      <label className="visually-hidden" htmlFor={`${id}-${item.type}-email`}>
                        {t('notificationPreferences.emailFor', { type })}
                      </label>
                      <select
                        id={`${id}-${item.type}-email`}
                        className="select"
                        value={item.email}
                        onChange={(event) => change(index, { email: event.target.value as EmailMode })}
                      >
                        {EMAIL_MODES.map((mode) => (
                          <option key={mode} value={mode}>
                            {t(`emailMode.${mode}`)}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : (
                    t(`emailMode.${item.email}`)
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
