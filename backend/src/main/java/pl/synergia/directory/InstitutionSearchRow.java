package pl.synergia.directory;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A row of the directory's search table (V82), written only by the database's triggers and read
 * by {@link InstitutionSearch} with native SQL; mapped so the table has its owner (the directory).
 */
@Entity
@Immutable
@Table(name = "institution_search")
public class InstitutionSearchRow {

    @Id
    @Column(name = "institution_id")
    public UUID institutionId;

    @Column(name = "name", insertable = false, updatable = false)
    public String name;
}
