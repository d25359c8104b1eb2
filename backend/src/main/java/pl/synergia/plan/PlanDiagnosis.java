package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A socio-professional diagnosis of a plan's person: each area a strength, a need or not explored. */
@Entity
@Table(name = "plan_diagnosis")
public class PlanDiagnosis {
    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;
    @Column(name = "institution_id", nullable = false, updatable = false)
    public UUID institutionId;
    @Column(name = "made_on", nullable = false)
    public LocalDate madeOn;
    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;
    public String summary;
    @Column(name = "made_by_subject", nullable = false)
    public String madeBySubject;
    @Column(name = "made_by_name", nullable = false)
    public String madeByName;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "diagnosis_area", joinColumns = @JoinColumn(name = "diagnosis_id"))
    public List<Entry> areas = new ArrayList<>();

    @Embeddable
    public static class Entry {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public DiagnosisArea area;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Assessment assessment;
        public String notes;

        public Entry() {
        }

        public Entry(DiagnosisArea area, Assessment assessment, String notes) {
            this.area = area;
            this.assessment = assessment;
            this.notes = notes;
        }
    }
}
