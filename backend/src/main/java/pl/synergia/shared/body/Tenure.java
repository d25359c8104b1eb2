package pl.synergia.shared.body;

import java.time.LocalDate;

/** The days a member serves in a body: from the first day, to the last (null: still serving). */
public record Tenure(LocalDate from, LocalDate to) {

    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    public boolean overlaps(Tenure other) {
        return (to == null || !to.isBefore(other.from)) && (other.to == null || !other.to.isBefore(from));
    }
}
