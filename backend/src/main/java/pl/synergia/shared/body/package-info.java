/**
 * Working bodies: a group of named representatives that meets, records attendance and keeps
 * minutes. One machinery serves a gmina's Local Synergy Team (ZSL, partnership context) and a
 * voivodeship's Regional Cooperation Platform (RPW, regional context): the meeting input, the rules
 * of membership and attendance, and the minutes PDF live here; each context keeps its own members
 * and meetings (docs/adr/0041-one-machinery-for-zsl-and-rpw.md).
 */
package pl.synergia.shared.body;
