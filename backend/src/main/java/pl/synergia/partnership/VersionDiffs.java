package pl.synergia.partnership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Section-by-section comparison of two versions: sections are matched by number, else heading, else position. */
final class VersionDiffs {

    private VersionDiffs() {
    }

    static VersionDiff diff(PartnershipVersion older, PartnershipVersion newer) {
        Map<String, Section> before = keyed(older.sections);
        Map<String, Section> after = keyed(newer.sections);
        List<VersionDiff.SectionChange> changes = new ArrayList<>();
        for (Map.Entry<String, Section> e : after.entrySet()) {
            Section now = e.getValue();
            Section was = before.get(e.getKey());
            if (was == null) {
                changes.add(new VersionDiff.SectionChange(now.number, now.heading, VersionDiff.Kind.ADDED, null, now.body));
            } else {
                boolean same = was.body.equals(now.body) && java.util.Objects.equals(was.heading, now.heading);
                changes.add(new VersionDiff.SectionChange(now.number, now.heading,
                        same ? VersionDiff.Kind.UNCHANGED : VersionDiff.Kind.CHANGED, was.body, now.body));
            }
        }
        for (Map.Entry<String, Section> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                Section was = e.getValue();
                changes.add(new VersionDiff.SectionChange(was.number, was.heading, VersionDiff.Kind.REMOVED, was.body, null));
            }
        }
        return new VersionDiff(older.number, newer.number, changes);
    }

    private static Map<String, Section> keyed(List<Section> sections) {
        Map<String, Section> keyed = new LinkedHashMap<>();
        for (Section s : sections) {
            String key = s.number != null ? "n:" + s.number.replaceAll("\\s+", "").replaceAll("\\.$", "")
                    : s.heading != null ? "h:" + s.heading.strip().toLowerCase(java.util.Locale.ROOT) : "p:" + s.position;
            keyed.putIfAbsent(key, s);
        }
        return keyed;
    }
}
