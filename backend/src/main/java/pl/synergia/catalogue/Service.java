package pl.synergia.catalogue;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import pl.synergia.shared.institution.InstitutionType;

/**
 * A catalogue entry: one instrument (kind) under one legal regime, with who provides it, for
 * whom, on what conditions, for how long and with what benefit. Reference data, by migration.
 */
@Entity
@Immutable
@Table(name = "service")
public class Service {
    @Id
    public String code;
    public String kind;
    @Column(name = "name_pl")
    public String namePl;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "description_pl")
    public String descriptionPl;
    @Column(name = "description_en")
    public String descriptionEn;
    @Column(name = "duration_min_days")
    public Integer durationMinDays;
    @Column(name = "duration_max_days")
    public Integer durationMaxDays;
    @Column(name = "extension_max_days")
    public Integer extensionMaxDays;
    @Column(name = "benefit_pl")
    public String benefitPl;
    @Column(name = "benefit_en")
    public String benefitEn;
    /** Null for instruments no act governs (e.g. projects funded from programmes). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "legal_regime_code")
    public LegalRegime legalRegime;
    @Column(name = "legal_basis_pl")
    public String legalBasisPl;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public boolean historical;
    public String source;
    /** Folded name and description for search; computed by the database. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "service_provider_type", joinColumns = @JoinColumn(name = "service_code"))
    @Column(name = "institution_type_code")
    @Enumerated(EnumType.STRING)
    public Set<InstitutionType> providerTypes;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "service_target_group", joinColumns = @JoinColumn(name = "service_code"))
    @Column(name = "target_group_code")
    public Set<String> targetGroups;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "service_eligibility", joinColumns = @JoinColumn(name = "service_code"))
    public Set<EligibilityRule> eligibility;

    /** Whether the service's rules apply on the given day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
