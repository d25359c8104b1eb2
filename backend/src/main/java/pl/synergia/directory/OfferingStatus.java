package pl.synergia.directory;

public enum OfferingStatus {
    ACTIVE, SUSPENDED, ENDED
}
