package pl.synergia.plan;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A caseworker a team institution named for a plan (its referent). */
@Entity
@Table(name = "plan_referent")
@IdClass(PlanReferent.Key.class)
public class PlanReferent {
    @Id
    @Column(name = "plan_id")
    public UUID planId;
    @Id
    public String subject;
    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;
    @Column(name = "display_name", nullable = false)
    public String displayName;
    @Column(nullable = false)
    public Instant since;
    @Column(name = "assigned_by_name", nullable = false)
    public String assignedByName;

    public static class Key implements Serializable {
        public UUID planId;
        public String subject;

        public Key() {
        }

        public Key(UUID planId, String subject) {
            this.planId = planId;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(planId, k.planId) && Objects.equals(subject, k.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, subject);
        }
    }
}
