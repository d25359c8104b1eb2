package pl.synergia.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an area of the diagnosis stands: a strength to build on, a need to answer, or not explored yet. */
@Schema(name = "DiagnosisAssessment", description = "STRENGTH, NEED or NOT_EXPLORED")
public enum Assessment {
    STRENGTH, NEED, NOT_EXPLORED
}
