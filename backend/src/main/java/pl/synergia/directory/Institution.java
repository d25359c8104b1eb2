package pl.synergia.directory;

import pl.synergia.shared.institution.InstitutionType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

import pl.synergia.shared.territory.Gmina;

/** An institution of the directory. Never leaves the service layer: the API speaks DTO records. */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstitutionType type;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gmina_teryt", nullable = false)
    public Gmina gmina;

    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    /** Identifier in the system an import came from; imports upsert by it. */
    @Column(name = "external_id")
    public String externalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stakeholder_role", nullable = false)
    public StakeholderRole stakeholderRole = StakeholderRole.KEY;

    @Column(name = "legal_form")
    public String legalForm;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "statutory_tasks")
    public String statutoryTasks;

    /** The NGO or gmina unit that runs this institution (e.g. the association running a KIS). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "operator_id")
    public Institution operator;

    /** The operator when it is not in the directory itself, e.g. a gmina. */
    @Column(name = "operator_name")
    public String operatorName;

    public String phone;
    public String email;
    public String website;
    public String krs;
    public String regon;
    public String nip;

    @Column(name = "register_entry")
    public String registerEntry;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_kind")
    public OfficialStatusKind statusKind;

    @Column(name = "status_granted_by")
    public String statusGrantedBy;

    @Column(name = "status_valid_from")
    public LocalDate statusValidFrom;

    @Column(name = "status_valid_to")
    public LocalDate statusValidTo;

    /** Only for a social cooperative (type SPOLDZIELNIA). */
    @Enumerated(EnumType.STRING)
    @Column(name = "cooperative_profile")
    public CooperativeProfile cooperativeProfile;

    /** Places (capacity), where the institution has a fixed number, e.g. a CIS or WTZ. */
    public Integer places;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cooperation_areas", nullable = false)
    public List<String> cooperationAreas = new ArrayList<>();

    @Column(nullable = false)
    public boolean active = true;

    /** Folded name and address for search; computed by the database. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
