package pl.synergia.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who initiated the first composition of the ZSL (seed 004): the wójt, burmistrz or prezydent;
 * the gmina council (the Pakt's § 2: "instytucją wiodącą ... będzie Rada Miejska"); or a
 * representative they designated, e.g. the head of the OPS or the leader of a local NGO.
 */
@Schema(description = "MAYOR (wójt, burmistrz, prezydent miasta), GMINA_COUNCIL (rada gminy / rada miejska), "
        + "DESIGNATED_REPRESENTATIVE (a representative they designated, e.g. the head of the OPS or an NGO leader)")
public enum ZslInitiator {
    MAYOR, GMINA_COUNCIL, DESIGNATED_REPRESENTATIVE
}
