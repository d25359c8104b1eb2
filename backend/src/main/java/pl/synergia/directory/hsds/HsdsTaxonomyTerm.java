package pl.synergia.directory.hsds;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A term of a Synergia taxonomy (HSDS taxonomy_term); names are Polish, descriptions Polish then English. */
@Schema(name = "HsdsTaxonomyTerm")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsTaxonomyTerm(
        @Schema(required = true) UUID id,
        @Schema(description = "Synergia code, e.g. OPS or PUP_INTERNSHIP_2025") String code,
        @Schema(required = true) String name,
        @Schema(required = true) String description,
        @JsonProperty("parent_id") UUID parentId,
        @Schema(description = "Name of the taxonomy") String taxonomy,
        @JsonProperty("taxonomy_detail") HsdsTaxonomy taxonomyDetail,
        @Schema(description = "ISO 639-1 code of the term's name") String language,
        @JsonProperty("taxonomy_id") UUID taxonomyId) {
}
