package pl.synergia.shared.input;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A nullable field of a referenced type is written by the generator as {@code anyOf: [$ref, null]}
 * but keeps beside it the type of the reference ({@code type: object}, or a string's type and
 * limits). A validator reads that outer {@code type} as a second condition, so a {@code null} the
 * API rightly answers would break its own contract. The branches say everything: the outer type,
 * format and length go.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (isNullableReference(schema)) {
            schema.setType(null);
            schema.setFormat(null);
            schema.setMaxLength(null);
            schema.setMinLength(null);
            schema.setPattern(null);
        }
        return schema;
    }

    /** anyOf of one or more references and a {@code type: null} branch. */
    public static boolean isNullableReference(Schema schema) {
        List<Schema> anyOf = schema == null ? null : schema.getAnyOf();
        if (anyOf == null || anyOf.size() < 2) {
            return false;
        }
        boolean nullBranch = false;
        for (Schema branch : anyOf) {
            if (branch.getRef() == null && branch.getType() != null && branch.getType().equals(List.of(Schema.SchemaType.NULL))) {
                nullBranch = true;
            } else if (branch.getRef() == null) {
                return false;
            }
        }
        return nullBranch;
    }
}
