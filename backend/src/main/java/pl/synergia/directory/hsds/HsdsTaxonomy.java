package pl.synergia.directory.hsds;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A taxonomy Synergia publishes (HSDS taxonomy). */
@Schema(name = "HsdsTaxonomy")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsTaxonomy(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Polish name") String name,
        @Schema(required = true, description = "Polish description followed by the English one") String description,
        String version) {
}
