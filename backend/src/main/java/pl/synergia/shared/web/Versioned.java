package pl.synergia.shared.web;

/** A response whose version is its ETag (see {@link Preconditions#ok(Versioned)}). */
public interface Versioned {

    long version();
}
