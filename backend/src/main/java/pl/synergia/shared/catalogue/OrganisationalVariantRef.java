package pl.synergia.shared.catalogue;

/** An organisational variant of the MLW procedure (seed 004), as other contexts name it. */
public record OrganisationalVariantRef(String code, String namePl, String nameEn) {
}
