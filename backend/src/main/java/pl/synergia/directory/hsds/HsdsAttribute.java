package pl.synergia.directory.hsds;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Links an organization or service to a taxonomy term (HSDS attribute). */
@Schema(name = "HsdsAttribute")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsAttribute(
        @Schema(required = true) UUID id,
        @JsonProperty("link_id") UUID linkId,
        @JsonProperty("link_type") String linkType,
        @JsonProperty("link_entity") String linkEntity,
        @JsonProperty("taxonomy_term_id") UUID taxonomyTermId,
        @JsonProperty("taxonomy_term") HsdsTaxonomyTerm taxonomyTerm,
        String value,
        String label) {
}
