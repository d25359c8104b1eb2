package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.UpdateTimestamp;

/** Special-category data of a client (GDPR art. 9), apart from identity so views can leave it out. */
@Entity
@Table(name = "client_sensitive")
public class ClientSensitive {
    public enum DisabilityLevel {
        NONE, LIGHT, MODERATE, SEVERE
    }

    @Id
    @Column(name = "client_id")
    public UUID clientId;
    @Enumerated(EnumType.STRING)
    @Column(name = "disability_level")
    public DisabilityLevel disabilityLevel;
    public Boolean addiction;
    public Boolean homeless;
    @Column(name = "social_assistance_since")
    public LocalDate socialAssistanceSince;
    public String notes;
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    @Column(nullable = false)
    public long version;
}
