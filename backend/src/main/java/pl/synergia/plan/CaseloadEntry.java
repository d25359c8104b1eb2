package pl.synergia.plan;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One person in one institution's caseload (V83), written only by the database's triggers and read
 * by {@link PlanRepository#caseload} with native SQL; mapped so the table has its owner (plan).
 */
@Entity
@Immutable
@Table(name = "caseload")
public class CaseloadEntry {

    @EmbeddedId
    public Key key;

    @Column(name = "last_name", insertable = false, updatable = false)
    public String lastName;

    /** Institution and person. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "institution_id")
        public UUID institutionId;

        @Column(name = "client_id")
        public UUID clientId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(institutionId, k.institutionId) && Objects.equals(clientId, k.clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(institutionId, clientId);
        }
    }
}
