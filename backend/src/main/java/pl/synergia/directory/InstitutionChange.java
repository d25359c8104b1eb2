package pl.synergia.directory;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a directory entry or its offerings: who, when, what, and each field's old and new value. */
@Entity
@Immutable
@Table(name = "institution_change")
public class InstitutionChange {

    public enum Action {
        CREATED, UPDATED, DEACTIVATED, REACTIVATED, IMPORTED, OFFERING_ADDED, OFFERING_UPDATED, OFFERING_REMOVED
    }

    /** Old and new value of one field. */
    public record FieldChange(Object oldValue, Object newValue) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "institution_id", nullable = false, updatable = false)
    public UUID institutionId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @Column(name = "changed_by_subject", nullable = false, updatable = false)
    public String changedBySubject;

    @Column(name = "changed_by_name", nullable = false, updatable = false)
    public String changedByName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Action action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Map<String, FieldChange> changes;
}
