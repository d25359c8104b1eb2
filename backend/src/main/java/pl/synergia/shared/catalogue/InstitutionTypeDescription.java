package pl.synergia.shared.catalogue;

/** The catalogue's description of an institution type (seed 002) as other contexts read it. */
public record InstitutionTypeDescription(String code, String namePl, String nameEn, String descriptionPl, String descriptionEn,
        String stakeholderRole) {
}
