package pl.synergia.catalogue;

import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Reference description of an institution type (seed 002): legal basis, tasks, tools, areas of cooperation. */
@Entity
@Immutable
@Table(name = "institution_type")
public class InstitutionTypeEntry {
    @Id
    public String code;
    @Column(name = "abbreviation_pl")
    public String abbreviationPl;
    @Column(name = "name_pl")
    public String namePl;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "stakeholder_role")
    public String stakeholderRole;
    @Column(name = "legal_basis_pl")
    public String legalBasisPl;
    @Column(name = "description_pl")
    public String descriptionPl;
    @Column(name = "description_en")
    public String descriptionEn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "statutory_tasks_pl")
    public List<String> statutoryTasksPl;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tools_pl")
    public List<String> toolsPl;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cooperation_areas_pl")
    public List<String> cooperationAreasPl;
    @Column(name = "official_status_pl")
    public String officialStatusPl;
    public String source;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "institution_type_regime", joinColumns = @JoinColumn(name = "institution_type_code"))
    @Column(name = "legal_regime_code")
    public Set<String> legalRegimes;
}
