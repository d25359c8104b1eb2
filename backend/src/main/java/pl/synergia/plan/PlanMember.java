package pl.synergia.plan;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class PlanMember {
    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;
    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    public PlanMember() {
    }

    public PlanMember(UUID institutionId, Instant addedAt) {
        this.institutionId = institutionId;
        this.addedAt = addedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanMember other && Objects.equals(institutionId, other.institutionId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(institutionId);
    }
}
