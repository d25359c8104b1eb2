package pl.synergia.shared.validation;

final class Checksums {
    private Checksums() {
    }

    /** Sum of digit × weight, modulo 11 (the scheme of NIP, REGON and PESEL-like identifiers). */
    static int weightedMod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
