/**
 * Published read models for the regional figures (issue #11, docs/adr/0027): each interface is
 * implemented inside the context that owns the data, with its own SQL over its own tables, and
 * answers counts grouped by gmina (and month or day) — never a row per person. The regional
 * context reads other contexts only through these.
 */
package pl.synergia.shared.figures;
