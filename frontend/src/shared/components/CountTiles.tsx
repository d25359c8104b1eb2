import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface CountTileProps {
  to: string;
  /** null while the count loads */
  count: number | null;
  /** the words after the number, agreeing with it (an i18next plural) */
  text: (count: number) => string;
  failed?: boolean;
  /** a count above zero asks for attention (red border and the word in the text, never colour alone) */
  urgent?: boolean;
}

/** One count on a home page: the number and what it counts, as one link to the list it counts. */
export function CountTile({ to, count, text, failed = false, urgent = false }: CountTileProps) {
  const { t } = useTranslation();
  const attention = urgent && count !== null && count > 0;
  return (
    <li className={`count-tile${attention ? ' count-tile--urgent' : ''}`}>
      <Link to={to} className="count-tile__link">
        {failed ? (
          <span className="count-tile__text">{t('homeDay.failed', { what: text(0) })}</span>
        ) : count === null ? (
          <span className="count-tile__text">{t('homeDay.counting')}</span>
        ) : (
          <>
            <span className="count-tile__count">{count}</span> <span className="count-tile__text">{text(count)}</span>
          </>
        )}
      </Link>
    </li>
  );
}

/** A labelled group of counts on a home page. */
export function CountTiles({ id, heading, children, lead }: { id: string; heading: string; children: ReactNode; lead?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="section home-section">
      <h2 id={id} className="heading-m">
        {heading}
      </h2>
      {lead}
      <ul className="count-tiles">{children}</ul>
    </section>
  );
}
