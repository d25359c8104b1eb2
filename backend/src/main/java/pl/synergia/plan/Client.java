package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A person served by the partners: identity data only (special categories are in {@link ClientSensitive}). */
@Entity
@Table(name = "client")
public class Client {
    @Id
    public UUID id;
    @Column(name = "first_name", nullable = false)
    public String firstName;
    @Column(name = "last_name", nullable = false)
    public String lastName;
    public String pesel;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    public String phone;
    public String email;
    @Column(name = "gmina_teryt", nullable = false)
    public String gminaTeryt;
    /** The institution that registered the person and holds their data under its own statutory task. */
    @Column(name = "registered_by_institution_id", nullable = false, updatable = false)
    public UUID registeredBy;
    /** Set when retention removed the identity (see AnonymisationService); the row stays for the statistics. */
    @Column(name = "anonymised_at")
    public Instant anonymisedAt;
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    @Column(nullable = false)
    public long version;

    public boolean anonymised() {
        return anonymisedAt != null;
    }
}
