package pl.synergia.directory.hsds;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What a capacity counts (HSDS unit). */
@Schema(name = "HsdsUnit")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsUnit(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        String identifier) {
}
