package pl.synergia.regional;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import pl.synergia.shared.importjob.ImportJob;

/** One CSV import of need figures by a ROPS (or an administrator). */
@Entity
@Table(name = "need_import")
public class NeedImport extends ImportJob {

    /** The voivodeship the importer was limited to; null for an administrator. */
    @Column(name = "voivodeship_code", updatable = false)
    public String voivodeshipCode;

    /** The refresh queued once the figures were written. */
    @Column(name = "refresh_id")
    public UUID refreshId;
}
