package pl.synergia.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One rectification of a client's data (GDPR art. 16): who, when, why, and what changed. An identity
 * or contact field keeps its old and new value; a special-category field only that it changed.
 */
@Entity
@Immutable
@Table(name = "client_change")
public class ClientChange {

    /** One field: its name and, unless it is special-category data, its old and new value. */
    public record Field(String field, String oldValue, String newValue, boolean specialCategory) {
    }

    @Id
    public UUID id;
    @Column(name = "client_id", nullable = false)
    public UUID clientId;
    @Column(name = "institution_id")
    public UUID institutionId;
    @Column(name = "changed_by_subject", nullable = false)
    public String changedBySubject;
    @Column(name = "changed_by_name", nullable = false)
    public String changedByName;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
    public String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Field> changes;
    @Column(name = "special_category_changed", nullable = false)
    public boolean specialCategoryChanged;
}
